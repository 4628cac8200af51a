// Correctness at real model sizes (issue 6): attend() and multiHeadAttend() against a straightforward reference
// written here with plain loops and long double accumulation (64-bit mantissa on x86-64), on seeded random inputs.
//
// Tolerances. Entries of Q, K, V are standard normal, d = 64, so a score s = q·k/8 has |s| of order 1 and
// Σ|q_t k_t|/8 ≲ 10. The library computes s in double by a GEMM: |δs| ≤ γ_64 · Σ|q_t k_t|/8 ≈ 64 · 1.1e−16 · 10
// ≈ 7e−14 (Higham, "Accuracy and Stability of Numerical Algorithms", §3.1, γ_n = n·u/(1 − n·u)). A softmax weight
// a = e^(s − m)/Σ e^(s − m) then has a relative error of at most |δs| + max|δs| (the shift and the sum's terms)
// + a few ulp from exp and the division + γ_n from summing n ≤ 4096 positive terms (4.5e−13): in all well below
// kWeightRel = 1e−12, which still catches any real fault (a wrong scale, a missed mask, a wrong row maximum each
// change weights by far more). An output o = Σ_j a_j v_j errs by at most γ_n Σ_j a_j|v_j| plus the weights'
// relative error times the same sum, so it is compared against kOutputRel = 2e−12 times Σ_j a_j|v_j|.
#include "attn/attention.h"
#include "attn/multihead.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

using attn::Matrix;

constexpr double kWeightRel = 1e-12;
constexpr double kOutputRel = 2e-12;
constexpr double kTiny = 1e-300; ///< Absolute slack for weights that underflow in double (e^−745 and below).

Matrix randomMatrix(long rows, long cols, std::uint64_t seed, double scale = 1.0)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal(0.0, scale);
    Matrix m(rows, cols);
    for (long i = 0; i < rows; ++i)
        for (long j = 0; j < cols; ++j)
            m(i, j) = normal(engine);
    return m;
}

/// One query row of scaled dot-product attention, by the definition: s_j = q·k_j/√d_k, a_j = e^(s_j − m)/Σ over
/// the visible keys j < visible (all keys up to the valid length or the causal limit), o = Σ a_j v_j.
struct ReferenceRow {
    std::vector<long double> weights; ///< n_k entries; 0 for hidden keys.
    std::vector<long double> outputs; ///< d_v entries.
    std::vector<long double> bound;   ///< d_v entries: Σ_j a_j |v_jc|, the scale of each output's error.
};

ReferenceRow referenceRow(const Matrix& q, const Matrix& k, const Matrix& v, long i, long visible)
{
    const long nK = k.rows();
    const long double scale = 1.0L / std::sqrt(static_cast<long double>(k.cols()));
    ReferenceRow row{std::vector<long double>(static_cast<std::size_t>(nK), 0.0L),
                     std::vector<long double>(static_cast<std::size_t>(v.cols()), 0.0L),
                     std::vector<long double>(static_cast<std::size_t>(v.cols()), 0.0L)};
    if (visible == 0)
        return row;
    std::vector<long double> s(static_cast<std::size_t>(visible));
    for (long j = 0; j < visible; ++j) {
        long double dot = 0.0L;
        for (long t = 0; t < q.cols(); ++t)
            dot += static_cast<long double>(q(i, t)) * static_cast<long double>(k(j, t));
        s[static_cast<std::size_t>(j)] = dot * scale;
    }
    const long double m = *std::max_element(s.begin(), s.end());
    long double sum = 0.0L;
    for (long j = 0; j < visible; ++j)
        sum += std::exp(s[static_cast<std::size_t>(j)] - m);
    for (long j = 0; j < visible; ++j) {
        const long double a = std::exp(s[static_cast<std::size_t>(j)] - m) / sum;
        row.weights[static_cast<std::size_t>(j)] = a;
        for (long c = 0; c < v.cols(); ++c) {
            row.outputs[static_cast<std::size_t>(c)] += a * static_cast<long double>(v(j, c));
            row.bound[static_cast<std::size_t>(c)] += a * std::fabs(static_cast<long double>(v(j, c)));
        }
    }
    return row;
}

/// Compares query row i of `trace` with the reference over the first `visible` keys; hidden keys must be exactly
/// 0. `magnitude` scales the tolerances for scores `magnitude` times larger than order 1 (|δs| grows with them).
void expectRow(const attn::Trace& trace, const ReferenceRow& ref, long i, long visible, double magnitude = 1.0)
{
    for (long j = 0; j < trace.weights.cols(); ++j) {
        const auto r = static_cast<double>(ref.weights[static_cast<std::size_t>(j)]);
        if (j >= visible)
            ASSERT_EQ(trace.weights(i, j), 0.0) << "hidden key " << j << " of query " << i;
        else
            ASSERT_NEAR(trace.weights(i, j), r, magnitude * kWeightRel * r + kTiny)
                << "query " << i << ", key " << j;
    }
    for (long c = 0; c < trace.outputs.cols(); ++c) {
        const auto r = static_cast<double>(ref.outputs[static_cast<std::size_t>(c)]);
        const auto b = static_cast<double>(ref.bound[static_cast<std::size_t>(c)]);
        ASSERT_NEAR(trace.outputs(i, c), r, magnitude * kOutputRel * b + kTiny)
            << "query " << i << ", column " << c;
    }
}

/// The query rows checked at size n: all of them up to 1024; above, every 61st row and the last one (the
/// reference is O(n · n_k · d) per row in long double).
std::vector<long> checkedRows(long n)
{
    std::vector<long> rows;
    const long step = n <= 1024 ? 1 : 61;
    for (long i = 0; i < n; i += step)
        rows.push_back(i);
    if (rows.back() != n - 1)
        rows.push_back(n - 1);
    return rows;
}

class LargeScaledDot : public ::testing::TestWithParam<long> {};

TEST_P(LargeScaledDot, NoMaskMatchesReference)
{
    const long n = GetParam();
    const Matrix q = randomMatrix(n, 64, 101), k = randomMatrix(n, 64, 102), v = randomMatrix(n, 64, 103);
    const attn::Trace trace = attn::attend(q, k, v, attn::Scoring(attn::ScoringFunction::ScaledDot));
    ASSERT_EQ(trace.weights.rows(), n);
    ASSERT_EQ(trace.outputs.cols(), 64);
    for (const long i : checkedRows(n)) {
        ASSERT_TRUE(trace.hasOutput(i));
        expectRow(trace, referenceRow(q, k, v, i, n), i, n);
    }
}

TEST_P(LargeScaledDot, CausalMaskMatchesReference)
{
    const long n = GetParam();
    const Matrix q = randomMatrix(n, 64, 201), k = randomMatrix(n, 64, 202), v = randomMatrix(n, 64, 203);
    attn::AttentionOptions options;
    options.mask.kind = attn::MaskKind::Causal;
    const attn::Trace trace = attn::attend(q, k, v, options);
    for (const long i : checkedRows(n))
        expectRow(trace, referenceRow(q, k, v, i, i + 1), i, i + 1);
}

TEST_P(LargeScaledDot, ValidLengthsMatchReference)
{
    const long n = GetParam();
    const Matrix q = randomMatrix(n, 64, 301), k = randomMatrix(n, 64, 302), v = randomMatrix(n, 64, 303);
    attn::AttentionOptions options;
    options.mask.kind = attn::MaskKind::ValidLengths;
    std::mt19937_64 engine(304);
    std::uniform_int_distribution<long> length(1, n);
    for (long i = 0; i < n; ++i)
        options.mask.valid_lengths.push_back(length(engine));
    options.mask.valid_lengths[1] = 0; // a query that sees no key: no weights, no output
    const attn::Trace trace = attn::attend(q, k, v, options);
    EXPECT_EQ(trace.row_status[1], attn::RowStatus::AllMasked);
    EXPECT_TRUE((trace.weights.row(1).array() == 0.0).all());
    EXPECT_TRUE((trace.outputs.row(1).array() == 0.0).all());
    for (const long i : checkedRows(n)) {
        const long visible = options.mask.valid_lengths[static_cast<std::size_t>(i)];
        EXPECT_EQ(trace.hasOutput(i), visible > 0) << "query " << i;
        expectRow(trace, referenceRow(q, k, v, i, visible), i, visible);
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, LargeScaledDot, ::testing::Values(1024L, 4096L),
                         [](const ::testing::TestParamInfo<long>& info) {
                             return "n" + std::to_string(info.param);
                         });

TEST(LargeScaledDotWideRange, UnderflowingWeightsAreExactlyZero)
{
    // Queries 300 times larger: scores spread over thousands, so most e^(s − m) underflow (below e^−745 ≈ 5e−324).
    // They must be exactly 0 as in the reference, not Eigen's clamped e^−709.78 ≈ 1.8e−308. Scores 300 times
    // larger carry a 300 times larger |δs|, hence the tolerances × 300.
    const long n = 1024;
    const Matrix q = randomMatrix(n, 64, 401, 300.0), k = randomMatrix(n, 64, 402), v = randomMatrix(n, 64, 403);
    const attn::Trace trace = attn::attend(q, k, v, attn::Scoring(attn::ScoringFunction::ScaledDot));
    long zeros = 0;
    for (long i = 0; i < n; ++i) {
        const ReferenceRow ref = referenceRow(q, k, v, i, n);
        expectRow(trace, ref, i, n, 300.0);
        for (long j = 0; j < n; ++j)
            // Far below the smallest subnormal (4.9e−324): no rounding at the boundary can make this non-zero.
            if (ref.weights[static_cast<std::size_t>(j)] < 1e-330L) {
                ++zeros;
                ASSERT_EQ(trace.weights(i, j), 0.0) << "query " << i << ", key " << j;
            }
    }
    EXPECT_GT(zeros, n * n / 2); // the case is really exercised
}

TEST(LargeMultiHead, FourHeadsAtN512MatchReference)
{
    // d_model = 64, h = 4 (d_k = 16); projections with entries of standard deviation 1/8 (1/√d_model), so that
    // the projected rows have entries of order 1 as the tolerances above assume.
    const long n = 512, dModel = 64, h = 4, dK = dModel / h;
    const Matrix x = randomMatrix(n, dModel, 501);
    attn::MultiHead mh;
    mh.heads = h;
    mh.W_Q = randomMatrix(dModel, dModel, 502, 0.125);
    mh.W_K = randomMatrix(dModel, dModel, 503, 0.125);
    mh.W_V = randomMatrix(dModel, dModel, 504, 0.125);
    mh.W_O = randomMatrix(dModel, dModel, 505, 0.125);
    const attn::MultiHeadTrace trace = attn::multiHeadAttend(x, x, x, mh, attn::AttentionOptions{});
    ASSERT_EQ(trace.heads.size(), 4U);

    // Reference projections in long double, rounded to double as the heads' inputs (their own error, ≤ γ_64 of
    // order-1 values, is far inside the tolerances).
    auto project = [&](const Matrix& w, long t) {
        Matrix p(n, dK);
        for (long i = 0; i < n; ++i)
            for (long c = 0; c < dK; ++c) {
                long double sum = 0.0L;
                for (long r = 0; r < dModel; ++r)
                    sum += static_cast<long double>(x(i, r)) * static_cast<long double>(w(r, t * dK + c));
                p(i, c) = static_cast<double>(sum);
            }
        return p;
    };
    using Rows = std::vector<std::vector<long double>>;
    Rows concat(static_cast<std::size_t>(n), std::vector<long double>(static_cast<std::size_t>(dModel)));
    Rows headBound = concat; // Σ_j a_j |v_jc| of each head's output: the scale of its error (see above)
    for (long t = 0; t < h; ++t) {
        const Matrix q = project(mh.W_Q, t), k = project(mh.W_K, t), v = project(mh.W_V, t);
        ASSERT_TRUE(trace.queries[static_cast<std::size_t>(t)].isApprox(q, 1e-13)) << "head " << t + 1;
        for (long i = 0; i < n; ++i) {
            const ReferenceRow ref = referenceRow(q, k, v, i, n);
            expectRow(trace.heads[static_cast<std::size_t>(t)], ref, i, n);
            for (long c = 0; c < dK; ++c) {
                const auto at = static_cast<std::size_t>(t * dK + c);
                concat[static_cast<std::size_t>(i)][at] = ref.outputs[static_cast<std::size_t>(c)];
                headBound[static_cast<std::size_t>(i)][at] = ref.bound[static_cast<std::size_t>(c)];
            }
        }
    }
    // Final outputs Concat · W_O: the heads' errors (≤ kOutputRel · headBound) carried through W_O, plus
    // γ_64 Σ_r |concat_ir W_O,rc| ≤ γ_64 Σ_r headBound_ir |W_O,rc| from the product itself (γ_64 ≈ 7e−15).
    for (long i = 0; i < n; ++i)
        for (long c = 0; c < dModel; ++c) {
            long double sum = 0.0L, bound = 0.0L;
            for (long r = 0; r < dModel; ++r) {
                const auto w = static_cast<long double>(mh.W_O(r, c));
                sum += concat[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)] * w;
                bound += headBound[static_cast<std::size_t>(i)][static_cast<std::size_t>(r)] * std::fabs(w);
            }
            ASSERT_NEAR(trace.outputs(i, c), static_cast<double>(sum),
                        2.0 * kOutputRel * static_cast<double>(bound))
                << "query " << i << ", column " << c;
        }
}

} // namespace
