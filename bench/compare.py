#!/usr/bin/python3
"""Attention Lab beside NumPy and matplotlib on identical inputs (issue 6; bench/README.md).

Writes Q, K, V (n x d, standard normal) and an n_h x n_h attention matrix (a row softmax of random scores) as .npy
from a fixed seed, then times
  * the full trace of scaled dot-product attention: ours (attn::attend through bench_compare) and NumPy float64
    doing the same work: S = Q @ K.T / sqrt(d), stable row softmax, A @ V;
  * exporting the matrix as one heatmap PNG: ours (exportHeatmaps, the path of File > Export and `attnlab export`)
    and matplotlib with the Agg backend (imshow + colorbar + title and axis labels + savefig) at the same pixel
    size as ours;
and prints one table with the medians (wall and CPU time) and each ratio ours / theirs. Before any figure it checks
that our weights and outputs equal NumPy's on those inputs (max abs difference printed; the run fails above 1e-12).

Run with Debian's Python (python3-numpy, python3-matplotlib):
    /usr/bin/python3 bench/compare.py --tool build-bench-rel/bench/compare/bench_compare
"""

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

SEED = 20261121


def median_times(work, repeats):
    """Runs work() once untimed, then `repeats` times; returns the median wall and CPU (process) time in ms."""
    work()
    wall, cpu = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        work()
        cpu.append((time.process_time() - c0) * 1e3)
        wall.append((time.perf_counter() - w0) * 1e3)
    return float(np.median(wall)), float(np.median(cpu))


def numpy_attention(q, k, v):
    """The same work as attn::attend for scaled_dot + softmax: scores, weights and outputs."""
    raw = q @ k.T
    scores = raw / np.sqrt(q.shape[1])
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = e / e.sum(axis=1, keepdims=True)
    return raw, scores, weights, weights @ v


def matplotlib_png(matrix, path, width_px, height_px):
    """One heatmap as an Agg PNG of width_px x height_px: imshow + colorbar + title + axis labels + savefig."""
    dpi = 100
    fig, ax = plt.subplots(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    image = ax.imshow(matrix, cmap="viridis", vmin=0.0, vmax=1.0, interpolation="nearest", aspect="auto")
    fig.colorbar(image, ax=ax)
    ax.set_title("Attention weights")
    ax.set_xlabel("Keys")
    ax.set_ylabel("Queries")
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def blas_name():
    """The BLAS that Debian's NumPy calls through libblas.so.3 (the alternatives link), for the record."""
    link = "/etc/alternatives/libblas.so.3-x86_64-linux-gnu"
    return os.path.realpath(link) if os.path.exists(link) else "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", default="build-bench-rel/bench/compare/bench_compare", help="bench_compare")
    parser.add_argument("--n", type=int, default=1024, help="n_q = n_k (default 1024)")
    parser.add_argument("--d", type=int, default=64, help="d_k = d_v (default 64)")
    parser.add_argument("--heatmap", type=int, default=512, help="side of the exported matrix (default 512)")
    parser.add_argument("--repeats", type=int, default=15, help="timed runs per figure (default 15)")
    parser.add_argument("--keep", help="write the inputs and outputs here instead of a temporary folder")
    args = parser.parse_args()
    if not os.access(args.tool, os.X_OK):
        sys.exit(f"compare.py: {args.tool} is not an executable; build it with -DATTN_BUILD_BENCH=ON "
                 "(cmake --build <dir> --target bench_compare) and pass --tool")

    rng = np.random.default_rng(SEED)
    q, k, v = (rng.standard_normal((args.n, args.d)) for _ in range(3))
    scores = rng.standard_normal((args.heatmap, args.heatmap)) * 2.0
    m = np.exp(scores - scores.max(axis=1, keepdims=True))
    m /= m.sum(axis=1, keepdims=True)

    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or tmp
        os.makedirs(work, exist_ok=True)
        paths = [os.path.join(work, name) for name in ("q.npy", "k.npy", "v.npy", "m.npy")]
        for path, array in zip(paths, (q, k, v, m)):
            np.save(path, array)
        ours_dir = os.path.join(work, "ours")
        result = subprocess.run([args.tool, *paths, ours_dir, str(args.repeats)], capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"compare.py: {args.tool} failed ({result.returncode}): {result.stderr.strip()}")
        ours = {name: float(value) for name, value in (line.split() for line in result.stdout.splitlines())}

        # Honesty first: the same numbers, or no comparison.
        _, _, weights, outputs = numpy_attention(q, k, v)
        weights_diff = float(np.max(np.abs(np.load(os.path.join(ours_dir, "weights.npy")) - weights)))
        outputs_diff = float(np.max(np.abs(np.load(os.path.join(ours_dir, "outputs.npy")) - outputs)))
        print(f"# check: max |ours - NumPy| weights {weights_diff:.3g}, outputs {outputs_diff:.3g}")
        if max(weights_diff, outputs_diff) > 1e-12:
            sys.exit("compare.py: our results differ from NumPy's by more than 1e-12: no comparison")

        np_wall, np_cpu = median_times(lambda: numpy_attention(q, k, v), args.repeats)
        width, height = int(ours["export_width_px"]), int(ours["export_height_px"])
        png = os.path.join(work, "matplotlib.png")
        mpl_wall, mpl_cpu = median_times(lambda: matplotlib_png(m, png, width, height), args.repeats)
        with open(png, "rb") as f:  # the PNG's own header: width and height at bytes 16-23
            header = f.read(24)
        mpl_size = (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big"))

    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.node()}, Python {platform.python_version()},"
          f" NumPy {np.__version__} (BLAS {blas_name()}), matplotlib {matplotlib.__version__}, seed {SEED},"
          f" {args.repeats} timed runs each (medians)")
    print(f"# PNG size: ours {width} x {height} px, matplotlib {mpl_size[0]} x {mpl_size[1]} px")
    rows = [
        (f"full trace n={args.n} d={args.d}, wall ms", ours["attend_wall_ms"], np_wall, "NumPy"),
        (f"full trace n={args.n} d={args.d}, CPU ms", ours["attend_cpu_ms"], np_cpu, "NumPy"),
        (f"heatmap PNG {args.heatmap}x{args.heatmap}, wall ms", ours["export_wall_ms"], mpl_wall, "matplotlib"),
        (f"heatmap PNG {args.heatmap}x{args.heatmap}, CPU ms", ours["export_cpu_ms"], mpl_cpu, "matplotlib"),
    ]
    print(f"| {'what':<36} | {'ours':>10} | {'theirs':>10} | {'ours / theirs':>13} | theirs")
    print(f"|{'-' * 38}|{'-' * 12}|{'-' * 12}|{'-' * 15}|-----------")
    for what, mine, theirs, who in rows:
        print(f"| {what:<36} | {mine:>10.2f} | {theirs:>10.2f} | {mine / theirs:>13.3f} | {who}")


if __name__ == "__main__":
    main()
