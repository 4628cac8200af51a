#!/usr/bin/python3
"""Writes the hand-made seeds of the CSV/TSV and .npy fuzz targets into corpus/delimited/ and corpus/npy/ (the
other seeds are copies of tests/data: NumPy-written .npy fixtures, CSV/TSV samples). Plain Python, no NumPy: each
.npy header is written byte by byte as numpy.lib.format describes it, so that the seeds include what NumPy never
writes (other key orders, extra spaces, a cut-off file, wrong lengths). Run from anywhere:

    python3 tests/fuzz/make_seeds.py
"""
import os
import struct

here = os.path.dirname(os.path.abspath(__file__))


def write(kind, name, data):
    with open(os.path.join(here, "corpus", kind, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def npy(header, payload=b"", version=(1, 0), length=None, pad=True):
    """A .npy file: magic, version, header length, the header (padded to 64 bytes with '\\n' as NumPy does unless
    pad is False) and the payload. `length` overrides the header length field."""
    h = header.encode("latin-1")
    prefix = 10 if version[0] == 1 else 12
    if pad:
        h += b" " * ((64 - (prefix + len(h) + 1) % 64) % 64) + b"\n"
    n = len(h) if length is None else length
    size = struct.pack("<H", n) if version[0] == 1 else struct.pack("<I", n)
    return b"\x93NUMPY" + bytes(version) + size + h + payload


def f8(values, order="<"):
    return struct.pack(order + "%dd" % len(values), *values)


def f4(values, order="<"):
    return struct.pack(order + "%df" % len(values), *values)


# .npy: valid arrays in unusual spellings.
write("npy", "hand-3d-fortran.npy",
      npy("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 1, 2), }", f8([1, 2, 3, 4])))
write("npy", "hand-key-order.npy", npy("{ 'shape':(1,2),'fortran_order':False,'descr':'>f4' }", f4([0.5, -0], ">")))
write("npy", "hand-1d-big.npy", npy("{'descr': '>f4', 'fortran_order': False, 'shape': (3,), }", f4([1, 2, 3], ">")))
write("npy", "hand-v2.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1), }", f8([5e-324]), version=(2, 0)))
write("npy", "hand-v3-5d.npy",
      npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 1, 2, 1), }", f4([1, -1, 2, -2]),
          version=(3, 0)))
write("npy", "hand-0d.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (), }", f8([-2.5])))
write("npy", "hand-unpadded.npy", npy("{'descr':'<f8','fortran_order':False,'shape':(1,1)}", f8([7]), pad=False))
write("npy", "hand-extra-data.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }", f8([1, 2, 3, 4])))
# .npy: faults.
write("npy", "hand-cut-data.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2), }", f8([1, 2])))
write("npy", "hand-length-past-end.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }",
                                             f8([1]), length=65535))
write("npy", "hand-huge-shape.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4611686018427387904, 4), }", f8([1])))
write("npy", "hand-negative-shape.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (-1, 2), }", f8([1])))
write("npy", "hand-int32.npy", npy("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }", b"\1\0\0\0\2\0\0\0"))
write("npy", "hand-no-descr.npy", npy("{'fortran_order': False, 'shape': (1,), }", f8([1])))
write("npy", "hand-version-9.npy", npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", f8([1]),
                                       version=(9, 0)))
write("npy", "hand-magic-only.npy", b"\x93NUMPY")
write("npy", "hand-nan-3d.npy",
      npy("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 1, 1), }", f8([1, float("nan")])))

# CSV/TSV: valid files in unusual spellings.
write("delimited", "hand-crlf-bom.csv", "\ufeffa,b\r\n1,2\r\n3,4\r\n")
write("delimited", "hand-quoted-labels.csv",
      ',"x, y","say ""hi"""\n"row\n1",1e-3,-0\n"#2",+5,4.9e-324\n')
write("delimited", "hand-comments-blank.tsv", "# weights\n\n\tk1\tk2\nq1\t0.5\t0.5\n\n# end\nq2\t1\t0\n")
write("delimited", "hand-single-column.csv", "weight\n110\n115\n126\n")
write("delimited", "hand-semicolon.csv", "1;2;3\n4;5;6\n")
write("delimited", "hand-exponents.csv", "1E308,-1.7976931348623157e308,2.2250738585072014e-308\n")
write("delimited", "hand-labels-only-rows.csv", "a,1\nb,2\n")
# CSV/TSV: faults.
write("delimited", "hand-unterminated-quote.csv", '1,"2\n3,4\n')
write("delimited", "hand-mixed-first-column.csv", "a,1\n2,3\n")
write("delimited", "hand-header-only.csv", "a,b,c\n")
write("delimited", "hand-empty-cell.csv", "1,,3\n")
write("delimited", "hand-underflow.csv", "1e-400,1\n")
write("delimited", "hand-nan-word.tsv", "1\tNaN\n")
write("delimited", "hand-bad-utf8.csv", b"a\xff,1\n")
