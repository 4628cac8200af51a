// bench_core: Google Benchmark of attn::core at n = 8, 128, 1024, 4096 (n_q = n_k = n, d_k = d_v = 64; also
// d = 4 at n = 8): the full trace of scaled dot-product attention (attn::attend) and each of its stages, every
// one with a GFLOP/s counter (FLOPs counted by hand, see flops.h) and, beside it, peak_GFLOP/s: the best rate this
// machine reached in the same run for an Eigen GEMM of the same shape (n × d · d × n), measured once per shape
// before the first benchmark that needs it. BM_EigenGemm is that GEMM as a benchmark of its own.
//
//   bench_core --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "flops.h"

#include "attn/attention.h"
#include "attn/mask.h"
#include "attn/normalization.h"
#include "attn/scoring.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <utility>
#include <vector>

namespace {

using attn::Matrix;
using attn::bench::randomMatrix;

/// n and d of every benchmark: (8, 4), then n = 8 … 4096 with d = 64.
void sizes(benchmark::internal::Benchmark* b)
{
    b->ArgNames({"n", "d"});
    b->Args({8, 4});
    for (const long n : {8, 128, 1024, 4096})
        b->Args({n, 64});
}

/// This thread's CPU time in seconds (Google Benchmark's rates divide by CPU time too, so that other processes
/// on a shared machine distort them less than wall time).
double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

/// The best GFLOP/s (per CPU second) of C = A Bᵀ (A, B: n × d; C: n × n) over repeated runs of at least 0.2 s
/// of CPU time in total, timed in batches of at least 1 ms so that the clock's resolution does not matter.
double measureGemmPeak(long n, long d)
{
    const Matrix a = randomMatrix(n, d, 11);
    const Matrix b = randomMatrix(n, d, 12);
    Matrix c(n, n);
    double best = 0.0;
    const double start = threadSeconds();
    for (int batches = 0; batches < 3 || threadSeconds() - start < 0.2; ++batches) {
        const double t0 = threadSeconds();
        long runs = 0;
        do { // the clock read (about 0.1 µs) once per 64 products, not once per product
            for (int r = 0; r < 64; ++r) {
                c.noalias() = a * b.transpose();
                benchmark::DoNotOptimize(c.data());
            }
            runs += 64;
        } while (threadSeconds() - t0 < 1e-3);
        const double seconds = threadSeconds() - t0;
        best = std::max(best, static_cast<double>(runs) * attn::bench::gemmFlops(n, n, d) / seconds / 1e9);
    }
    return best;
}

/// measureGemmPeak(n, d), measured once per shape and remembered.
double gemmPeak(long n, long d)
{
    static std::map<std::pair<long, long>, double> peaks;
    const auto key = std::make_pair(n, d);
    auto found = peaks.find(key);
    if (found == peaks.end())
        found = peaks.emplace(key, measureGemmPeak(n, d)).first;
    return found->second;
}

/// Sets the counters GFLOP/s (`flops` per iteration) and peak_GFLOP/s (the GEMM of this shape).
void reportFlops(benchmark::State& state, double flops, long n, long d)
{
    state.counters["GFLOP/s"] = benchmark::Counter(flops / 1e9, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_GFLOP/s"] = gemmPeak(n, d);
}

struct Inputs {
    Matrix q, k, v;
};

Inputs inputs(const benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    return {randomMatrix(n, d, 1), randomMatrix(n, d, 2), randomMatrix(n, d, 3)};
}

void BM_EigenGemm(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Matrix a = randomMatrix(n, d, 11);
    const Matrix b = randomMatrix(n, d, 12);
    Matrix c(n, n);
    for (auto _ : state) {
        c.noalias() = a * b.transpose();
        benchmark::DoNotOptimize(c.data());
        benchmark::ClobberMemory();
    }
    reportFlops(state, attn::bench::gemmFlops(n, n, d), n, d);
}
BENCHMARK(BM_EigenGemm)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// The full trace: attn::attend with scaled_dot, softmax (T = 1), no mask.
void BM_Attend(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const attn::Scoring scoring(attn::ScoringFunction::ScaledDot);
    for (auto _ : state) {
        attn::Trace trace = attn::attend(in.q, in.k, in.v, scoring);
        benchmark::DoNotOptimize(trace.outputs.data());
    }
    reportFlops(state, attn::bench::attendFlops(n, d), n, d);
}
BENCHMARK(BM_Attend)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// The full trace with a causal mask (n(n+1)/2 visible scores; FLOPs counted as without the mask).
void BM_AttendCausal(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    attn::AttentionOptions options;
    options.mask.kind = attn::MaskKind::Causal;
    for (auto _ : state) {
        attn::Trace trace = attn::attend(in.q, in.k, in.v, options);
        benchmark::DoNotOptimize(trace.outputs.data());
    }
    reportFlops(state, attn::bench::attendFlops(n, d), n, d);
}
BENCHMARK(BM_AttendCausal)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// Stage 1: raw scores Q Kᵀ (attn::rawScores).
void BM_RawScores(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const attn::Scoring scoring(attn::ScoringFunction::ScaledDot);
    for (auto _ : state) {
        Matrix raw = attn::rawScores(in.q, in.k, scoring);
        benchmark::DoNotOptimize(raw.data());
    }
    reportFlops(state, attn::bench::gemmFlops(n, n, d), n, d);
}
BENCHMARK(BM_RawScores)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// Stage 2: ÷ √d_k (attn::scaleScores).
void BM_ScaleScores(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const attn::Scoring scoring(attn::ScoringFunction::ScaledDot);
    const Matrix raw = in.q * in.k.transpose();
    for (auto _ : state) {
        Matrix scores = attn::scaleScores(raw, scoring, d);
        benchmark::DoNotOptimize(scores.data());
    }
    reportFlops(state, attn::bench::scaleFlops(n, n), n, d);
}
BENCHMARK(BM_ScaleScores)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// Stage 3: row softmax without a mask (attn::normalizeRows).
void BM_Softmax(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const Matrix scores = in.q * in.k.transpose() / std::sqrt(static_cast<double>(d));
    const attn::MaskMatrix mask = attn::maskMatrix({}, n, n);
    std::vector<attn::RowStatus> status;
    for (auto _ : state) {
        Matrix weights = attn::normalizeRows(scores, mask, attn::NormalizationFunction::Softmax, status);
        benchmark::DoNotOptimize(weights.data());
    }
    reportFlops(state, attn::bench::softmaxFlops(n, n), n, d);
}
BENCHMARK(BM_Softmax)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// Stage 3 with a causal mask (FLOPs counted for the n(n+1)/2 visible scores).
void BM_SoftmaxCausal(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const Matrix scores = in.q * in.k.transpose() / std::sqrt(static_cast<double>(d));
    attn::Mask causal;
    causal.kind = attn::MaskKind::Causal;
    const attn::MaskMatrix mask = attn::maskMatrix(causal, n, n);
    std::vector<attn::RowStatus> status;
    for (auto _ : state) {
        Matrix weights = attn::normalizeRows(scores, mask, attn::NormalizationFunction::Softmax, status);
        benchmark::DoNotOptimize(weights.data());
    }
    reportFlops(state, attn::bench::softmaxFlops(n, n + 1) / 2.0, n, d);
}
BENCHMARK(BM_SoftmaxCausal)->Apply(sizes)->Unit(benchmark::kMicrosecond);

/// Stage 4: outputs A V, as attn::attend computes them.
void BM_WeightedSum(benchmark::State& state)
{
    const long n = state.range(0);
    const long d = state.range(1);
    const Inputs in = inputs(state);
    const Matrix scores = in.q * in.k.transpose() / std::sqrt(static_cast<double>(d));
    const Matrix weights = attn::softmaxRows(scores);
    for (auto _ : state) {
        Matrix outputs = weights * in.v;
        benchmark::DoNotOptimize(outputs.data());
    }
    reportFlops(state, attn::bench::gemmFlops(n, d, n), n, d);
}
BENCHMARK(BM_WeightedSum)->Apply(sizes)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
