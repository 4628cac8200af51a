#include "attn/errors.h"
#include "attn/scoring.h"

#include <gtest/gtest.h>

#include <cmath>

using attn::Matrix;
using attn::Scoring;
using attn::ScoringFunction;

TEST(Scoring, NamesRoundTripAndUnknownNamesAreRefused)
{
    EXPECT_EQ(attn::scoringName(ScoringFunction::Dot), "dot");
    EXPECT_EQ(attn::scoringName(ScoringFunction::ScaledDot), "scaled_dot");
    EXPECT_EQ(attn::scoringName(ScoringFunction::Gaussian), "gaussian");
    EXPECT_EQ(attn::scoringFromName("gaussian"), ScoringFunction::Gaussian);
    EXPECT_EQ(attn::scoringFromName("scaled_dot"), ScoringFunction::ScaledDot);
    EXPECT_FALSE(attn::scoringFromName("Gaussian").has_value());
    EXPECT_FALSE(attn::scoringFromName("").has_value());
}

TEST(Scoring, DotProductsByHand)
{
    // [1 2]·[3 4] = 11, [1 2]·[−1 0] = −1, [0 1]·[3 4] = 4, [0 1]·[−1 0] = 0.
    const Matrix q{{1.0, 2.0}, {0.0, 1.0}};
    const Matrix k{{3.0, 4.0}, {-1.0, 0.0}};
    const Matrix s = attn::rawScores(q, k, Scoring{ScoringFunction::Dot, 1.0});
    EXPECT_EQ(s, (Matrix{{11.0, -1.0}, {4.0, 0.0}}));
    const Matrix scaled = attn::scaleScores(s, Scoring{ScoringFunction::ScaledDot, 1.0}, 2);
    EXPECT_DOUBLE_EQ(scaled(0, 0), 11.0 / std::sqrt(2.0));
    EXPECT_EQ(attn::scaleScores(s, Scoring{ScoringFunction::Dot, 1.0}, 2), s);
}

TEST(Scoring, GaussianUsesTheSquaredDistanceOverTwoSigmaSquared)
{
    // ‖[1 1] − [4 5]‖² = 9 + 16 = 25; σ = 2.5: −25 / 12.5 = −2.
    const Matrix s = attn::rawScores(Matrix{{1.0, 1.0}}, Matrix{{4.0, 5.0}, {1.0, 1.0}},
                                     Scoring{ScoringFunction::Gaussian, 2.5});
    EXPECT_DOUBLE_EQ(s(0, 0), -2.0);
    EXPECT_DOUBLE_EQ(s(0, 1), 0.0);
}

TEST(Scoring, MismatchedKeyDimensionNamesBothShapes)
{
    try {
        attn::rawScores(Matrix::Zero(2, 3), Matrix::Zero(4, 2), Scoring{});
        FAIL() << "expected ShapeError";
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "queries (2 \u00d7 3) and keys (4 \u00d7 2) differ in d_k: 3 vs 2");
    }
}

TEST(Scoring, EmptyMatricesAreRefused)
{
    try {
        attn::rawScores(Matrix(0, 2), Matrix::Zero(1, 2), Scoring{});
        FAIL() << "expected ShapeError";
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "queries are empty (0 \u00d7 2)");
    }
    EXPECT_THROW(attn::rawScores(Matrix::Zero(1, 2), Matrix(3, 0), Scoring{}), attn::ShapeError);
}

TEST(Scoring, SigmaMustBePositive)
{
    for (double sigma : {0.0, -1.0, std::nan(""), static_cast<double>(INFINITY)}) {
        try {
            attn::rawScores(Matrix{{1.0}}, Matrix{{1.0}}, Scoring{ScoringFunction::Gaussian, sigma});
            FAIL() << "expected ParameterError for sigma " << sigma;
        } catch (const attn::ParameterError& e) {
            EXPECT_NE(std::string(e.what()).find("bandwidth \u03c3 must be a finite number > 0"), std::string::npos)
                << e.what();
        }
    }
    // σ is ignored by the dot products, so a zero σ there is no error.
    EXPECT_NO_THROW(attn::rawScores(Matrix{{1.0}}, Matrix{{1.0}}, Scoring{ScoringFunction::Dot, 0.0}));
}
