// Scoring functions and normalisations beyond the dot product. Every expectation is worked by hand in the
// comment beside it, or taken from DOMAIN.md's worked examples.
#include "attn/attention.h"
#include "attn/errors.h"
#include "attn/normalization.h"
#include "attn/session.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

using attn::Matrix;
using attn::Scoring;
using attn::ScoringFunction;
using attn::Vector;

TEST(General, BilinearScoreByHand)
{
    // q W = [1 2]·[[1 0], [0 2]] = [1 4]; [1 4]·[3 1] = 7.
    Scoring s(ScoringFunction::General);
    s.W = Matrix{{1.0, 0.0}, {0.0, 2.0}};
    EXPECT_DOUBLE_EQ(attn::rawScores(Matrix{{1.0, 2.0}}, Matrix{{3.0, 1.0}}, s)(0, 0), 7.0);
}

TEST(General, WrongShapeOfWIsNamed)
{
    Scoring s(ScoringFunction::General);
    s.W = Matrix::Identity(3, 3);
    try {
        attn::rawScores(Matrix{{1.0, 2.0}}, Matrix{{3.0, 1.0}}, s);
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "general scoring: W must be 2 \u00d7 2, got 3 \u00d7 3");
    }
}

TEST(Additive, BahdanauScoreByHand)
{
    // q W_q + k W_k = [1 0] + [0 2] = [1 2]; w_v · tanh = tanh 1 − tanh 2 = 0.76159415595576… − 0.96402758007581…
    Scoring s(ScoringFunction::Additive);
    s.W_q = Matrix{{1.0, 0.0}};
    s.W_k = Matrix{{0.0, 1.0}};
    s.w_v = Vector{{1.0, -1.0}};
    const double score = attn::rawScores(Matrix{{1.0}}, Matrix{{2.0}}, s)(0, 0);
    EXPECT_NEAR(score, 0.7615941559557649 - 0.9640275800758169, 1e-15);
}

TEST(Additive, QueriesAndKeysMayDifferInDimension)
{
    // d_q = 2, d_k = 1, h = 1: q W_q = 1·1 + 1·1 = 2, k W_k = 0; tanh(2) = 0.9640275800758169.
    Scoring s(ScoringFunction::Additive);
    s.W_q = Matrix{{1.0}, {1.0}};
    s.W_k = Matrix{{5.0}};
    s.w_v = Vector{{1.0}};
    EXPECT_NEAR(attn::rawScores(Matrix{{1.0, 1.0}}, Matrix{{0.0}}, s)(0, 0), 0.9640275800758169, 1e-15);
}

TEST(Cosine, AnglesByHand)
{
    // [1 0] against [1 1]: 1/√2; against [0 2]: 0; against [−3 0]: −1.
    const Matrix s = attn::rawScores(Matrix{{1.0, 0.0}}, Matrix{{1.0, 1.0}, {0.0, 2.0}, {-3.0, 0.0}},
                                     Scoring(ScoringFunction::Cosine));
    EXPECT_NEAR(s(0, 0), 1.0 / std::sqrt(2.0), 1e-15);
    EXPECT_NEAR(s(0, 1), 0.0, 1e-15);
    EXPECT_NEAR(s(0, 2), -1.0, 1e-15);
    EXPECT_THROW(attn::rawScores(Matrix{{0.0, 0.0}}, Matrix{{1.0, 1.0}}, Scoring(ScoringFunction::Cosine)),
                 attn::ParameterError);
}

TEST(CompactKernels, WaistlineAtSigmaOneHasNoKeyInBandwidth)
{
    // DOMAIN.md example 1: distances 2, 2, 6 are all ≥ σ = 1.
    for (ScoringFunction f : {ScoringFunction::Boxcar, ScoringFunction::Epanechnikov}) {
        attn::Session s = attn::waistlineExample();
        s.scoring = Scoring(f, 1.0);
        const attn::Trace t = attn::compute(s);
        EXPECT_EQ(t.row_status[0], attn::RowStatus::NoKeyInBandwidth);
        EXPECT_FALSE(t.hasOutput(0));
        EXPECT_TRUE(t.weights.isZero());
    }
}

TEST(CompactKernels, WaistlineAtSigmaThreeGivesHalfAndHalf)
{
    // DOMAIN.md example 1: at σ = 3 both kernels give weights 0.5, 0.5, 0 and output 112.5.
    for (ScoringFunction f : {ScoringFunction::Boxcar, ScoringFunction::Epanechnikov}) {
        attn::Session s = attn::waistlineExample();
        s.scoring = Scoring(f, 3.0);
        const attn::Trace t = attn::compute(s);
        EXPECT_DOUBLE_EQ(t.weights(0, 0), 0.5);
        EXPECT_DOUBLE_EQ(t.weights(0, 1), 0.5);
        EXPECT_EQ(t.weights(0, 2), 0.0);
        EXPECT_DOUBLE_EQ(t.outputs(0, 0), 112.5);
    }
    // Epanechnikov's kernel values themselves: 1 − 2/3 = 1/3, 1/3, max(0, 1 − 2) = 0.
    attn::Session s = attn::waistlineExample();
    s.scoring = Scoring(ScoringFunction::Epanechnikov, 3.0);
    EXPECT_NEAR(attn::compute(s).raw_scores(0, 0), 1.0 / 3.0, 1e-15);
}

TEST(Linear, ImpliedWeightsAndTheAssociativeRouteAgree)
{
    // φ(0) = e⁰ = 1; φ(1) = 2; φ(−1) = e⁻¹. Weights 2/(2 + e⁻¹), e⁻¹/(2 + e⁻¹); output 10 w₁ + 20 w₂.
    const Matrix q{{0.0}};
    const Matrix k{{1.0}, {-1.0}};
    const Matrix v{{10.0}, {20.0}};
    const attn::Trace t = attn::attend(q, k, v, Scoring(ScoringFunction::Linear));
    const double z = 2.0 + std::exp(-1.0);
    EXPECT_NEAR(t.weights(0, 0), 2.0 / z, 1e-15);
    EXPECT_NEAR(t.weights(0, 1), std::exp(-1.0) / z, 1e-15);
    EXPECT_NEAR(t.outputs(0, 0), (20.0 + 20.0 * std::exp(-1.0)) / z, 1e-12);
    EXPECT_NEAR(attn::linearAttentionOutputs(q, k, v)(0, 0), t.outputs(0, 0), 1e-12);
}

TEST(Linear, AVeryNegativeQueryStillHasWeights)
{
    // d_k = 1: a_j = φ(q)φ(k_j) / Σ φ(q)φ(k) = φ(k_j) / Σ φ(k), whatever q. Keys 1, 0, −1: φ = 2, 1, e⁻¹.
    // φ(−800) = e⁻⁸⁰⁰ is below the smallest double, so the products themselves are 0.
    const Matrix k{{1.0}, {0.0}, {-1.0}};
    const Matrix v{{3.0}, {6.0}, {9.0}};
    const double z = 3.0 + std::exp(-1.0);
    for (const double q : {-800.0, -1e16}) {
        SCOPED_TRACE(q);
        const attn::Trace t = attn::attend(Matrix{{q}}, k, v, Scoring(ScoringFunction::Linear));
        ASSERT_TRUE(t.hasOutput(0));
        EXPECT_NEAR(t.weights(0, 0), 2.0 / z, 1e-15);
        EXPECT_NEAR(t.weights(0, 1), 1.0 / z, 1e-15);
        EXPECT_NEAR(t.weights(0, 2), std::exp(-1.0) / z, 1e-15);
        EXPECT_NEAR(t.outputs(0, 0), (6.0 + 6.0 + 9.0 * std::exp(-1.0)) / z, 1e-12);
        EXPECT_NEAR(attn::linearAttentionOutputs(Matrix{{q}}, k, v)(0, 0), (6.0 + 6.0 + 9.0 * std::exp(-1.0)) / z,
                    1e-12);
    }
}

TEST(Linear, TwoDimensionsWithUnderflowingFeatures)
{
    // q = (−800, −800): φ(q) = (e⁻⁸⁰⁰, e⁻⁸⁰⁰) cancels. k₁ = (1, 1): φ = (2, 2), sum 4; k₂ = (−1, 2): φ = (e⁻¹, 3),
    // sum 3 + e⁻¹. Weights 4 / (7 + e⁻¹), (3 + e⁻¹) / (7 + e⁻¹).
    const Matrix k{{1.0, 1.0}, {-1.0, 2.0}};
    const attn::Trace t =
        attn::attend(Matrix{{-800.0, -800.0}}, k, Matrix{{0.0}, {1.0}}, Scoring(ScoringFunction::Linear));
    ASSERT_TRUE(t.hasOutput(0));
    const double z = 7.0 + std::exp(-1.0);
    EXPECT_NEAR(t.weights(0, 0), 4.0 / z, 1e-15);
    EXPECT_NEAR(t.weights(0, 1), (3.0 + std::exp(-1.0)) / z, 1e-15);
}

TEST(Linear, HugeInputsOfBothSigns)
{
    // q = 10¹⁶: φ(q) = 10¹⁶ + 1 cancels. Keys 10¹⁶, −10¹⁶, 0: φ = 10¹⁶ + 1, e^(−10¹⁶) = 0, 1.
    // Weights (10¹⁶ + 1)/(10¹⁶ + 2) = 1 − 10⁻¹⁶, 0, 1/(10¹⁶ + 2) ≈ 0.99999999999999980 × 10⁻¹⁶.
    const Matrix k{{1e16}, {-1e16}, {0.0}};
    const attn::Trace t =
        attn::attend(Matrix{{1e16}}, k, Matrix{{1.0}, {2.0}, {3.0}}, Scoring(ScoringFunction::Linear));
    ASSERT_TRUE(t.hasOutput(0));
    EXPECT_NEAR(t.weights(0, 0), 1.0, 2e-16);
    EXPECT_EQ(t.weights(0, 1), 0.0);
    EXPECT_NEAR(t.weights(0, 2), 1e-16, 1e-30);
    // A query of −10¹⁶ against the same keys: φ(q) cancels, so again φ(k_j)/Σ φ(k).
    const attn::Trace negative =
        attn::attend(Matrix{{-1e16}}, k, Matrix{{1.0}, {2.0}, {3.0}}, Scoring(ScoringFunction::Linear));
    ASSERT_TRUE(negative.hasOutput(0));
    EXPECT_NEAR(negative.weights(0, 0), 1.0, 2e-16);
    EXPECT_NEAR(negative.weights(0, 2), 1e-16, 1e-30);
}

TEST(Temperature, DividesTheScoresBeforeSoftmax)
{
    // Scores 0 and ln 3 at T = 2: softmax(0, ln3 / 2) = 1/(1 + √3), √3/(1 + √3).
    attn::AttentionOptions options;
    options.scoring = Scoring(ScoringFunction::Dot);
    options.normalization.temperature = 2.0;
    const attn::Trace t =
        attn::attend(Matrix{{1.0}}, Matrix{{0.0}, {std::log(3.0)}}, Matrix{{0.0}, {1.0}}, options);
    EXPECT_NEAR(t.scores(0, 1), std::log(3.0) / 2.0, 1e-15);
    EXPECT_NEAR(t.weights(0, 0), 1.0 / (1.0 + std::sqrt(3.0)), 1e-15);
    EXPECT_NEAR(t.weights(0, 1), std::sqrt(3.0) / (1.0 + std::sqrt(3.0)), 1e-15);
    options.normalization.temperature = 0.0;
    EXPECT_THROW(attn::attend(Matrix{{1.0}}, Matrix{{0.0}}, Matrix{{0.0}}, options), attn::ParameterError);
}

TEST(Sparsemax, HandWorkedCases)
{
    // z = [1, 0.5, −1]: support k = 2 (1 + 2·0.5 = 2 > 1.5; 1 + 3·(−1) < 0.5), τ = (1.5 − 1)/2 = 0.25.
    const Vector p = attn::sparsemax(Vector{{1.0, 0.5, -1.0}});
    EXPECT_DOUBLE_EQ(p(0), 0.75);
    EXPECT_DOUBLE_EQ(p(1), 0.25);
    EXPECT_EQ(p(2), 0.0);
    // z = [0.1, 0.2]: both in the support, τ = (0.3 − 1)/2 = −0.35 → [0.45, 0.55].
    const Vector q = attn::sparsemax(Vector{{0.1, 0.2}});
    EXPECT_NEAR(q(0), 0.45, 1e-15);
    EXPECT_NEAR(q(1), 0.55, 1e-15);
    // A dominant entry takes everything: [3, 0, 0] → [1, 0, 0].
    EXPECT_EQ(attn::sparsemax(Vector{{3.0, 0.0, 0.0}}), (Vector{{1.0, 0.0, 0.0}}));
}

TEST(Sparsemax, IsShiftInvariantAtLargeScores)
{
    // Issue 15: q = 1e8 against two keys 1e8 gives scores 1e16, 1e16; sparsemax depends only on differences
    // (Martins & Astudillo 2016, §2), so the weights are those of [0, 0]: τ = (0 − 1)/2 → [0.5, 0.5], output
    // 0.5·1 + 0.5·2 = 1.5. Summing 1e16 + 1e16 − 1 directly loses the 1 and used to give [0, 0] and output 0.
    attn::AttentionOptions options;
    options.scoring = Scoring(ScoringFunction::Dot);
    options.normalization.function = attn::NormalizationFunction::Sparsemax;
    const attn::Trace t = attn::attend(Matrix{{1e8}}, Matrix{{1e8}, {1e8}}, Matrix{{1.0}, {2.0}}, options);
    EXPECT_EQ(t.weights, (Matrix{{0.5, 0.5}}));
    EXPECT_DOUBLE_EQ(t.outputs(0, 0), 1.5);
    // The hand-worked case [1, 0.5, −1] → [0.75, 0.25, 0] again, shifted by ±1e16 (1e16 + 0.5 is a double
    // only to the nearest 2, so use offsets that keep the differences exact: 2^53 and −2^53 with steps of 2, 1,
    // 4).
    const double big = 9007199254740992.0; // 2^53
    for (const double offset : {big, -big}) {
        const Vector p = attn::sparsemax(Vector{{offset + 4.0, offset + 2.0, offset - 4.0}});
        // Differences [0, −2, −8]: support 1 (1 + 2·(−2) = −3 < −2), τ − max = −1 → [1, 0, 0].
        EXPECT_EQ(p, (Vector{{1.0, 0.0, 0.0}})) << offset;
        const Vector q = attn::sparsemax(Vector{{offset + 2.0, offset}});
        // Differences [0, −2]: 1 + 2·(−2) = −3 < −2, support 1 → [1, 0].
        EXPECT_EQ(q, (Vector{{1.0, 0.0}})) << offset;
    }
    // A support of two at 2^50 ≈ 1.1e15 (doubles there step by 0.25): differences [0, −0.5], 1 + 2·(−0.5) = 0 >
    // −0.5, τ − max = (−0.5 − 1)/2 = −0.75 → [0.75, 0.25].
    const double large = 1125899906842624.0; // 2^50
    for (const double offset : {large, -large})
        EXPECT_EQ(attn::sparsemax(Vector{{offset + 0.5, offset}}), (Vector{{0.75, 0.25}})) << offset;
    // Small scores at 1e−16 keep their exact answer [0.5, 0.5].
    EXPECT_EQ(attn::sparsemax(Vector{{1e-16, 1e-16}}), (Vector{{0.5, 0.5}}));
    // The threshold itself: [1, 0.5, −1] + 1e8 has τ = 1e8 + 0.25 (exact in doubles), support 2.
    const attn::SparsemaxThreshold th = attn::sparsemaxThreshold(Vector{{1e8 + 1.0, 1e8 + 0.5, 1e8 - 1.0}});
    EXPECT_EQ(th.support, 2);
    EXPECT_DOUBLE_EQ(th.tau_from_max, -0.75);
    EXPECT_DOUBLE_EQ(th.tau, 1e8 + 0.25);
}

TEST(Relu, ClipsNegativeScoresAndDoesNotNormalise)
{
    attn::AttentionOptions options;
    options.scoring = Scoring(ScoringFunction::Dot);
    options.normalization.function = attn::NormalizationFunction::Relu;
    // Scores [−1, 2] → weights [0, 2]; output 0·5 + 2·7 = 14.
    const attn::Trace t = attn::attend(Matrix{{1.0}}, Matrix{{-1.0}, {2.0}}, Matrix{{5.0}, {7.0}}, options);
    EXPECT_EQ(t.weights, (Matrix{{0.0, 2.0}}));
    EXPECT_DOUBLE_EQ(t.outputs(0, 0), 14.0);
}

TEST(Names, EveryFunctionRoundTrips)
{
    for (ScoringFunction f : attn::kScoringFunctions)
        EXPECT_EQ(attn::scoringFromName(attn::scoringName(f)), f);
    EXPECT_EQ(attn::normalizationFromName("sparsemax"), attn::NormalizationFunction::Sparsemax);
    EXPECT_FALSE(attn::normalizationFromName("softmin").has_value());
    EXPECT_EQ(attn::maskFromName("valid_lengths"), attn::MaskKind::ValidLengths);
}
