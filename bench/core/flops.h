#pragma once

// Floating-point operation counts of attention's stages, counted by hand for the GFLOP/s counters of bench_core,
// and the random inputs the benchmarks share.

#include "attn/matrix.h"

#include <cstdint>

namespace attn::bench {

/// FLOPs of a product of an n_q × d and a d × n_k matrix: n_q · n_k dot products of length d, each d multiplies
/// and d adds (the conventional 2·m·n·k of GEMM; the first add is counted although it is not needed).
double gemmFlops(long nQ, long nK, long d);

/// FLOPs of scaling n_q × n_k scores by 1/√d_k: one division per entry (the square root is not counted).
double scaleFlops(long nQ, long nK);

/// FLOPs of a stable row softmax of n_q × n_k scores: per entry one comparison for the row maximum, one
/// subtraction, one exponential (counted as a single operation, as NumPy's np.exp counts in a roofline), one add
/// to the row sum and one division: 5 per entry.
double softmaxFlops(long nQ, long nK);

/// FLOPs of the full trace of scaled dot-product attention, n_q = n_k = n, d_k = d_v = d:
/// Q·Kᵀ (2n²d) + scaling (n²) + softmax (5n²) + A·V (2n²d) = 4n²d + 6n².
double attendFlops(long n, long d);

/// An n × d matrix of standard normal entries from a fixed seed (std::mt19937_64), the same on every run.
attn::Matrix randomMatrix(long n, long d, std::uint64_t seed);

} // namespace attn::bench
