// Masks: DOMAIN.md worked example 3 (d2l §11.3's masked uniform example) and hand-built cases.
#include "attn/attention.h"
#include "attn/errors.h"
#include "attn/mask.h"

#include <gtest/gtest.h>

using attn::Mask;
using attn::MaskKind;
using attn::Matrix;

namespace {

/// Rows 0..9 of arange(40).reshape(10, 4).
Matrix arangeValues()
{
    Matrix v(10, 4);
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 4; ++j)
            v(i, j) = 4 * i + j;
    return v;
}

void expectRowsSumToOneAndMaskedAreZero(const attn::Trace& t)
{
    for (Eigen::Index i = 0; i < t.weights.rows(); ++i) {
        if (!t.hasOutput(i))
            continue;
        EXPECT_NEAR(t.weights.row(i).sum(), 1.0, 1e-15) << "row " << i;
        for (Eigen::Index j = 0; j < t.weights.cols(); ++j) {
            if (t.mask(i, j)) {
                EXPECT_EQ(t.weights(i, j), 0.0) << "masked cell " << i << ", " << j;
            }
        }
    }
}

} // namespace

TEST(Masks, WorkedExample3ValidLengths)
{
    // Ten identical keys; any query and any scoring function: uniform weights over the valid keys.
    for (auto f : {attn::ScoringFunction::Dot, attn::ScoringFunction::ScaledDot, attn::ScoringFunction::Gaussian}) {
        attn::AttentionOptions options;
        options.scoring = attn::Scoring(f);
        options.mask.kind = MaskKind::ValidLengths;
        options.mask.valid_lengths = {2, 6};
        const attn::Trace t = attn::attend(Matrix{{0.3, -1.0}, {2.0, 5.0}}, Matrix::Constant(10, 2, 0.7),
                                           arangeValues(), options);
        for (int j = 0; j < 2; ++j)
            EXPECT_NEAR(t.weights(0, j), 0.5, 1e-15);
        for (int j = 0; j < 6; ++j)
            EXPECT_NEAR(t.weights(1, j), 1.0 / 6.0, 1e-15);
        for (int j = 0; j < 4; ++j) {
            EXPECT_NEAR(t.outputs(0, j), 2.0 + j, 1e-12);  // [2, 3, 4, 5]
            EXPECT_NEAR(t.outputs(1, j), 10.0 + j, 1e-12); // [10, 11, 12, 13]
        }
        expectRowsSumToOneAndMaskedAreZero(t);
    }
}

TEST(Masks, CausalHidesTheFuture)
{
    const attn::MaskMatrix m = attn::maskMatrix(Mask{MaskKind::Causal, {}, 0, {}}, 3, 3);
    EXPECT_FALSE(m(0, 0));
    EXPECT_TRUE(m(0, 1));
    EXPECT_TRUE(m(0, 2));
    EXPECT_TRUE(m(1, 2));
    EXPECT_FALSE(m(2, 0));
    EXPECT_EQ(m.count(), 3);
    attn::AttentionOptions options;
    options.mask.kind = MaskKind::Causal;
    const attn::Trace t = attn::attend(Matrix::Identity(3, 2), Matrix::Identity(3, 2), Matrix::Identity(3, 3), options);
    EXPECT_EQ(t.weights(0, 0), 1.0); // the first token sees only itself
    expectRowsSumToOneAndMaskedAreZero(t);
}

TEST(Masks, WindowMasksFarCells)
{
    Mask mask;
    mask.kind = MaskKind::Window;
    mask.window = 1;
    const attn::MaskMatrix m = attn::maskMatrix(mask, 4, 4);
    EXPECT_FALSE(m(0, 1));
    EXPECT_TRUE(m(0, 2));
    EXPECT_TRUE(m(3, 0));
    EXPECT_EQ(m.count(), 6); // (0,2) (0,3) (1,3) and their mirrors
    mask.window = -1;
    EXPECT_THROW(attn::maskMatrix(mask, 4, 4), attn::ParameterError);
}

TEST(Masks, EveryKeyMaskedLeavesTheRowWithoutWeights)
{
    attn::AttentionOptions options;
    options.mask.kind = MaskKind::Cells;
    options.mask.cells = {{0, 0}, {0, 1}};
    const attn::Trace t = attn::attend(Matrix{{1.0}, {2.0}}, Matrix{{1.0}, {2.0}}, Matrix{{3.0}, {4.0}}, options);
    EXPECT_EQ(t.row_status[0], attn::RowStatus::AllMasked);
    EXPECT_FALSE(t.hasOutput(0));
    EXPECT_TRUE(t.hasOutput(1));
    EXPECT_TRUE(t.weights.row(0).isZero());
    // Query 2 scores 2, 4: weights 1/(1+e²), e²/(1+e²).
    EXPECT_NEAR(t.weights(1, 1), std::exp(2.0) / (1.0 + std::exp(2.0)), 1e-15);
    // A valid length of 0 masks every key too.
    options.mask = Mask{MaskKind::ValidLengths, {0, 2}, 0, {}};
    EXPECT_EQ(attn::attend(Matrix{{1.0}, {2.0}}, Matrix{{1.0}, {2.0}}, Matrix{{3.0}, {4.0}}, options).row_status[0],
              attn::RowStatus::AllMasked);
}

TEST(Masks, OutOfRangeEntriesAreNamed)
{
    try {
        attn::maskMatrix(Mask{MaskKind::ValidLengths, {2, 7}, 0, {}}, 2, 5);
        FAIL();
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "valid length of query 2 is 7; it must lie in 0 \u2026 5 (the number of keys)");
    }
    EXPECT_THROW(attn::maskMatrix(Mask{MaskKind::ValidLengths, {2}, 0, {}}, 2, 5), attn::ParameterError);
    try {
        attn::maskMatrix(Mask{MaskKind::Cells, {}, 0, {{1, 5}}}, 2, 5);
        FAIL();
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "masked cell [1, 5] lies outside the 2 \u00d7 5 scores (0-based)");
    }
}

TEST(Masks, ToggleTurnsAnyMaskIntoCells)
{
    const Mask causal{MaskKind::Causal, {}, 0, {}};
    const Mask toggled = attn::toggledCell(causal, 0, 1, 2, 2); // unmask (0, 1): nothing left masked
    EXPECT_EQ(toggled.kind, MaskKind::Cells);
    EXPECT_TRUE(toggled.cells.empty());
    const Mask again = attn::toggledCell(toggled, 1, 0, 2, 2);
    ASSERT_EQ(again.cells.size(), 1u);
    EXPECT_EQ(again.cells[0], (std::pair<long, long>{1, 0}));
}

TEST(Masks, SparsemaxAndKernelsRespectTheMask)
{
    attn::AttentionOptions options;
    options.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    options.normalization.function = attn::NormalizationFunction::Sparsemax;
    options.mask = Mask{MaskKind::Cells, {}, 0, {{0, 0}}};
    // Unmasked scores [0.1, 0.2] (keys 2, 3): sparsemax [0.45, 0.55]; the masked key with score 5 gets 0.
    const attn::Trace t = attn::attend(Matrix{{1.0}}, Matrix{{5.0}, {0.1}, {0.2}}, Matrix{{1.0}, {2.0}, {3.0}}, options);
    EXPECT_EQ(t.weights(0, 0), 0.0);
    EXPECT_NEAR(t.weights(0, 1), 0.45, 1e-15);
    EXPECT_NEAR(t.weights(0, 2), 0.55, 1e-15);
}
