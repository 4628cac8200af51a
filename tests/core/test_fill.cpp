#include "attn/fill.h"

#include <gtest/gtest.h>

#include <random>

using attn::Matrix;

TEST(Fill, SeededRandomFollowsTheStandardMersenneTwister)
{
    // The C++ standard fixes std::mt19937's 10000th output for the default seed 5489 at 4123659995; the first
    // output for seed 5489 is 3499211612 (the reference implementation): 200·3499211612/2³² − 100 = 62.94… → 0.63.
    const Matrix m = attn::seededRandomMatrix(1, 1, 5489u);
    EXPECT_DOUBLE_EQ(m(0, 0), 0.63);
    std::mt19937 check;
    check.discard(9999);
    EXPECT_EQ(check(), 4123659995u);
}

TEST(Fill, SameSeedSameNumbersAndWithinRange)
{
    const Matrix a = attn::seededRandomMatrix(4, 5, 42u);
    EXPECT_EQ(a, attn::seededRandomMatrix(4, 5, 42u));
    EXPECT_NE(a, attn::seededRandomMatrix(4, 5, 43u));
    EXPECT_LE(a.maxCoeff(), 1.0);
    EXPECT_GE(a.minCoeff(), -1.0);
    for (long i = 0; i < a.size(); ++i)
        EXPECT_DOUBLE_EQ(a.data()[i] * 100.0, std::round(a.data()[i] * 100.0));
}

TEST(Fill, ResizeKeepsTheOverlapAndFillsTheDiagonal)
{
    const Matrix m{{2.0, 3.0}, {4.0, 5.0}};
    EXPECT_EQ(attn::resizedKeeping(m, 3, 3, true), (Matrix{{2.0, 3.0, 0.0}, {4.0, 5.0, 0.0}, {0.0, 0.0, 1.0}}));
    EXPECT_EQ(attn::resizedKeeping(m, 1, 3, false), (Matrix{{2.0, 3.0, 0.0}}));
    EXPECT_EQ(attn::identityMatrix(2, 3), (Matrix{{1.0, 0.0, 0.0}, {0.0, 1.0, 0.0}}));
}
