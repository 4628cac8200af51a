// Self-attention, positional encoding (DOMAIN.md worked example 4) and a two-head case worked by hand.
#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/multihead.h"
#include "attn/positional.h"
#include "attn/session.h"

#include <gtest/gtest.h>

#include <cmath>

using attn::Matrix;

TEST(PositionalEncoding, WorkedExample4)
{
    const Matrix p = attn::sinusoidalPositionalEncoding(2, 32);
    for (int c = 0; c < 32; ++c)
        EXPECT_DOUBLE_EQ(p(0, c), c % 2 == 0 ? 0.0 : 1.0) << "column " << c;
    EXPECT_NEAR(p(1, 0), 0.8415, 5e-5);
    EXPECT_NEAR(p(1, 1), 0.5403, 5e-5);
    EXPECT_NEAR(p(1, 2), 0.5332, 5e-5);
    EXPECT_NEAR(p(1, 3), 0.8460, 5e-5);
    // The exact values: sin 1, cos 1, sin(1/10000^(1/16)).
    EXPECT_DOUBLE_EQ(p(1, 0), std::sin(1.0));
    EXPECT_DOUBLE_EQ(p(1, 2), std::sin(1.0 / std::pow(10000.0, 2.0 / 32.0)));
}

TEST(SelfAttention, IdentityProjectionsGiveQEqualsKEqualsVEqualsX)
{
    attn::Session s;
    s.self_attention = attn::SelfAttention{Matrix{{1.0, 0.0}, {0.0, 1.0}}, Matrix::Identity(2, 2),
                                           Matrix::Identity(2, 2), Matrix::Identity(2, 2), false};
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    const attn::Computation c = attn::evaluate(s);
    EXPECT_EQ(c.queries, s.self_attention->X);
    EXPECT_EQ(c.values, s.self_attention->X);
    // Scores [[1, 0], [0, 1]]: weights e/(1+e) on the diagonal.
    const double e = std::exp(1.0);
    EXPECT_NEAR(c.trace.weights(0, 0), e / (1.0 + e), 1e-15);
    EXPECT_NEAR(c.outputs(1, 1), e / (1.0 + e), 1e-15);
    EXPECT_EQ(attn::queryLabel(s, 1), "x2");
}

TEST(SelfAttention, ProjectionsAndPositionalEncoding)
{
    // X = [[1], [1]] (d_model = 1), W_Q = [2], W_K = [3], W_V = [5]; with P: X' = [[1 + sin 0 = 1], [1 + sin 1]].
    attn::Session s;
    s.self_attention =
        attn::SelfAttention{Matrix{{1.0}, {1.0}}, Matrix{{2.0}}, Matrix{{3.0}}, Matrix{{5.0}}, true};
    const attn::Computation c = attn::evaluate(s);
    const double x1 = 1.0 + std::sin(1.0);
    EXPECT_DOUBLE_EQ(c.positional_encoding(1, 0), std::sin(1.0));
    EXPECT_DOUBLE_EQ(c.inputs(1, 0), x1);
    EXPECT_DOUBLE_EQ(c.queries(1, 0), 2.0 * x1);
    EXPECT_DOUBLE_EQ(c.keys(0, 0), 3.0);
    EXPECT_DOUBLE_EQ(c.values(1, 0), 5.0 * x1);
    // Scaled dot with d_k = 1: score(0, 1) = 2 · 3x1.
    EXPECT_DOUBLE_EQ(c.trace.scores(0, 1), 6.0 * x1);
}

TEST(MultiHead, TwoHeadsByHand)
{
    // d_model = 2, h = 2, d_k = 1; Q = K = V = I, projections I, W_O swaps the two columns. Dot scoring.
    // Head 1 sees column 0: scores [[1, 0], [0, 0]] → outputs [e/(1+e), 1/2].
    // Head 2 sees column 1: scores [[0, 0], [0, 1]] → outputs [1/2, e/(1+e)].
    // Concat [[a, 1/2], [1/2, a]] with a = e/(1+e); times W_O: [[1/2, a], [a, 1/2]].
    attn::MultiHead mh{2, Matrix::Identity(2, 2), Matrix::Identity(2, 2), Matrix::Identity(2, 2),
                       Matrix{{0.0, 1.0}, {1.0, 0.0}}};
    attn::AttentionOptions options;
    options.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    const Matrix x = Matrix::Identity(2, 2);
    const attn::MultiHeadTrace t = attn::multiHeadAttend(x, x, x, mh, options);
    const double a = std::exp(1.0) / (1.0 + std::exp(1.0));
    ASSERT_EQ(t.heads.size(), 2u);
    EXPECT_NEAR(t.heads[0].outputs(0, 0), a, 1e-15);
    EXPECT_NEAR(t.heads[0].outputs(1, 0), 0.5, 1e-15);
    EXPECT_NEAR(t.heads[1].weights(1, 1), a, 1e-15);
    EXPECT_NEAR(t.concat(0, 1), 0.5, 1e-15);
    EXPECT_NEAR(t.outputs(0, 0), 0.5, 1e-15);
    EXPECT_NEAR(t.outputs(0, 1), a, 1e-15);
    EXPECT_NEAR(t.outputs(1, 0), a, 1e-15);
}

TEST(MultiHead, HeadsUseContiguousColumnBlocks)
{
    // d_model = 4, h = 2: head 2 uses columns 2–3 of W_Q. With W_Q = W_K having a 2 in column 2 only, head 2's
    // query for x = [1 0 0 0] is [2, 0] and its score against the same key (dot) is 4; head 1's is 0.
    Matrix w = Matrix::Zero(4, 4);
    w(0, 2) = 2.0;
    attn::MultiHead mh{2, w, w, Matrix::Identity(4, 4), Matrix::Identity(4, 4)};
    attn::AttentionOptions options;
    options.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    const Matrix x{{1.0, 0.0, 0.0, 0.0}};
    const attn::MultiHeadTrace t = attn::multiHeadAttend(x, x, x, mh, options);
    EXPECT_EQ(t.queries[1], (Matrix{{2.0, 0.0}}));
    EXPECT_DOUBLE_EQ(t.heads[1].scores(0, 0), 4.0);
    EXPECT_DOUBLE_EQ(t.heads[0].scores(0, 0), 0.0);
}

TEST(MultiHead, HeadsMustDivideDModel)
{
    attn::MultiHead mh{3, Matrix::Identity(4, 4), Matrix::Identity(4, 4), Matrix::Identity(4, 4),
                       Matrix::Identity(4, 4)};
    const Matrix x = Matrix::Identity(2, 4);
    try {
        attn::multiHeadAttend(x, x, x, mh, attn::AttentionOptions{});
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "multi-head: 3 heads do not divide d_model = 4");
    }
}
