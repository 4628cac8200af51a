#!/usr/bin/python3
"""Writes the .npy fixtures of tests/io/test_npyfile.cpp with NumPy's own np.save (and numpy.lib.format for the
format versions 2.0 and 3.0), plus tests/data/csv/binary.csv and savetxt.csv. Run it with Debian's Python, which
sees python3-numpy:

    /usr/bin/python3 tests/data/npy/make_fixtures.py

Every array is built from np.arange so that each entry can be stated by hand in the tests:
  m23 = [[0, 0.25, 0.5], [0.75, 1, 1.25]]                 (np.arange(6).reshape(2, 3) / 4)
  attention[l, h, q, k] = 1000 l + 100 h + 10 q + k       (shape (2, 3, 4, 5): layer, head, query, key)
  heads[h, q, k] = 100 h + 10 q + k                       (shape (2, 3, 4))
"""
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
csv_dir = os.path.join(os.path.dirname(here), "csv")


def save(name, array):
    np.save(os.path.join(here, name), array)


m23 = np.arange(6, dtype=np.float64).reshape(2, 3) / 4

save("f8_c.npy", m23.astype("<f8"))
save("f8_big.npy", m23.astype(">f8"))
save("f4_c.npy", m23.astype("<f4"))
save("f4_big.npy", m23.astype(">f4"))
save("f8_fortran.npy", np.asfortranarray(m23.astype("<f8")))
save("f4_big_fortran.npy", np.asfortranarray(m23.astype(">f4")))

l, h, q, k = np.indices((2, 3, 4, 5))
attention = (1000 * l + 100 * h + 10 * q + k).astype("<f4")
save("attention_4d.npy", attention)
save("attention_4d_fortran.npy", np.asfortranarray(attention.astype(">f8")))
h3, q3, k3 = np.indices((2, 3, 4))
save("heads_3d_big.npy", (100 * h3 + 10 * q3 + k3).astype(">f8"))

save("vector_1d.npy", np.array([1.5, -2.0, 3.25]))
save("scalar_0d.npy", np.array(42.5))
save("nan.npy", np.array([[1.0, 2.0], [3.0, np.nan]]))
save("inf_f4.npy", np.array([[-np.inf, 1.0]], dtype="<f4"))
save("empty.npy", np.zeros((0, 3)))

save("int64.npy", np.arange(3, dtype="<i8"))
save("complex.npy", np.array([1 + 2j, 3 - 4j]))
save("bool.npy", np.array([True, False]))
save("float16.npy", np.arange(3, dtype="<f2"))
save("structured.npy", np.zeros(2, dtype=[("a", "<f4"), ("b", "<f8")]))
np.save(os.path.join(here, "object.npy"), np.array([1, "two"], dtype=object), allow_pickle=True)

for version in [(2, 0), (3, 0)]:
    with open(os.path.join(here, "f8_v%d.npy" % version[0]), "wb") as f:
        np.lib.format.write_array(f, m23, version=version)

# Text fixtures that NumPy writes: a .npy file given as CSV, and np.savetxt's own CSV (with a '#' header).
with open(os.path.join(here, "f8_c.npy"), "rb") as src, open(os.path.join(csv_dir, "binary.csv"), "wb") as dst:
    dst.write(src.read())
np.savetxt(os.path.join(csv_dir, "savetxt.csv"), m23, delimiter=",", header="written by np.savetxt")
