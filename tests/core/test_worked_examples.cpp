// DOMAIN.md worked examples 1 and 2, and seed 004's large raw dot products. Expected numbers are DOMAIN.md's
// independent double-precision values or hand calculations, never this library's own output.
#include "attn/attention.h"
#include "attn/session.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

using attn::Matrix;
using attn::Scoring;
using attn::ScoringFunction;

TEST(WorkedExample1, WaistlineGaussianSigmaOne)
{
    const attn::Trace t = attn::compute(attn::waistlineExample());
    ASSERT_EQ(t.scores.rows(), 1);
    ASSERT_EQ(t.scores.cols(), 3);
    // −(62−60)²/2 = −2, −(62−64)²/2 = −2, −(62−68)²/2 = −18.
    EXPECT_DOUBLE_EQ(t.raw_scores(0, 0), -2.0);
    EXPECT_DOUBLE_EQ(t.raw_scores(0, 1), -2.0);
    EXPECT_DOUBLE_EQ(t.raw_scores(0, 2), -18.0);
    EXPECT_EQ(t.scores, t.raw_scores);
    EXPECT_NEAR(t.weights(0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(t.weights(0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(t.weights(0, 2), 5.626758419358835e-08, 1e-20);
    ASSERT_EQ(t.outputs.rows(), 1);
    ASSERT_EQ(t.outputs.cols(), 1);
    EXPECT_NEAR(t.outputs(0, 0), 112.5000007596124, 1e-12);
}

TEST(WorkedExample1, WiderBandwidthFlattensTheWeights)
{
    // σ = 3: scores −2/9, −2/9, −2; by hand e^{−2/9}/(2e^{−2/9}+e^{−2}) = 1/(2+e^{−16/9}).
    attn::Session s = attn::waistlineExample();
    s.scoring.sigma = 3.0;
    const attn::Trace t = attn::compute(s);
    const double near = 1.0 / (2.0 + std::exp(-16.0 / 9.0));
    EXPECT_NEAR(t.weights(0, 0), near, 1e-15);
    EXPECT_NEAR(t.weights(0, 2), 1.0 - 2.0 * near, 1e-15);
}

TEST(WorkedExample2, ThinkingMachinesScaledDot)
{
    // Seed 000: q1·k1 = 112, q1·k2 = 96, d_k = 64. One-hot-like vectors reproduce those dot products.
    Matrix q = Matrix::Zero(1, 64);
    Matrix k = Matrix::Zero(2, 64);
    q(0, 0) = 112.0;
    q(0, 1) = 96.0;
    k(0, 0) = 1.0;
    k(1, 1) = 1.0;
    const Matrix v{{1.0, 0.0}, {0.0, 1.0}};
    const attn::Trace t = attn::attend(q, k, v, Scoring{ScoringFunction::ScaledDot, 1.0});
    EXPECT_DOUBLE_EQ(t.raw_scores(0, 0), 112.0);
    EXPECT_DOUBLE_EQ(t.raw_scores(0, 1), 96.0);
    EXPECT_DOUBLE_EQ(t.scores(0, 0), 14.0);
    EXPECT_DOUBLE_EQ(t.scores(0, 1), 12.0);
    EXPECT_NEAR(t.weights(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(t.weights(0, 1), 0.11920292202211755, 1e-15);
    // With V = I the outputs are the weights themselves.
    EXPECT_NEAR(t.outputs(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(t.outputs(0, 1), 0.11920292202211755, 1e-15);
}

TEST(LargeScores, RawDotProductsAboveTenThousandDoNotOverflow)
{
    // Seed 004's two-dimensional waistline/weight data with plain dot products: q = [64, 85], keys
    // [60, 110], [64, 115], [68, 126]. Scores 13190, 13871, 15062 (by hand: 64·68 + 85·126 = 4352 + 10710) — exp()
    // of any of them is inf.
    const Matrix q{{64.0, 85.0}};
    const Matrix k{{60.0, 110.0}, {64.0, 115.0}, {68.0, 126.0}};
    const Matrix v{{1.0}, {2.0}, {3.0}};
    const attn::Trace t = attn::attend(q, k, v, Scoring{ScoringFunction::Dot, 1.0});
    EXPECT_DOUBLE_EQ(t.scores(0, 0), 13190.0);
    EXPECT_DOUBLE_EQ(t.scores(0, 1), 13871.0);
    EXPECT_DOUBLE_EQ(t.scores(0, 2), 15062.0);
    // The largest score dominates: e^{−1191} and e^{−1872} underflow to 0 against 1.
    EXPECT_TRUE(std::isfinite(t.weights(0, 0)));
    EXPECT_DOUBLE_EQ(t.weights(0, 2), 1.0);
    EXPECT_EQ(t.weights(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(t.outputs(0, 0), 3.0);
}

TEST(LargeScores, CloseLargeScoresKeepTheirDifference)
{
    // Scores 20000 and 20001: weights 1/(1+e) and e/(1+e), as for scores 0 and 1.
    const Matrix q{{100.0, 100.0}};
    const Matrix k{{100.0, 100.0}, {100.0, 100.01}};
    const Matrix v{{0.0}, {1.0}};
    const attn::Trace t = attn::attend(q, k, v, Scoring{ScoringFunction::Dot, 1.0});
    EXPECT_NEAR(t.weights(0, 0), 1.0 / (1.0 + std::exp(1.0)), 1e-9);
    EXPECT_NEAR(t.weights(0, 1), std::exp(1.0) / (1.0 + std::exp(1.0)), 1e-9);
}
