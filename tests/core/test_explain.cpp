// "Explain any number": formulas with the numbers substituted. The required texts come from the product's issue
// (DOMAIN.md worked example 1); every other expected number is from DOMAIN.md or worked by hand beside it.
#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "attn/session.h"
#include "attn/stages.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

using attn::CellRef;
using attn::Matrix;
using attn::Stage;

namespace {

attn::Explanation explainCell(const attn::Session& s, Stage stage, long row, long column, int head = -1)
{
    return attn::explain(s, attn::evaluate(s), CellRef{stage, head, row, column});
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::size_t count(const std::string& haystack, const std::string& needle)
{
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

/// DOMAIN.md worked example 2: q₁·k₁ = 112, q₁·k₂ = 96, d_k = 64 (one-hot keys reproduce the dot products).
attn::Session thinkingMachines()
{
    attn::Session s;
    s.queries = Matrix::Zero(1, 64);
    s.queries(0, 0) = 112.0;
    s.queries(0, 1) = 96.0;
    s.keys = Matrix::Zero(2, 64);
    s.keys(0, 0) = 1.0;
    s.keys(1, 1) = 1.0;
    s.values = Matrix{{1.0, 0.0}, {0.0, 1.0}};
    s.scoring = attn::Scoring(attn::ScoringFunction::ScaledDot);
    return s;
}

/// DOMAIN.md worked example 3: ten identical keys, values rows 0..9 of arange(40) reshaped 10 × 4.
attn::Session maskedUniform()
{
    attn::Session s;
    s.queries = Matrix{{0.3, -1.0}, {2.0, 5.0}};
    s.keys = Matrix::Constant(10, 2, 0.7);
    s.values.resize(10, 4);
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 4; ++j)
            s.values(i, j) = 4 * i + j;
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    s.mask.kind = attn::MaskKind::ValidLengths;
    s.mask.valid_lengths = {2, 6};
    return s;
}

} // namespace

TEST(FormatExplained, IssueExamples)
{
    EXPECT_EQ(attn::formatExplained(0.499999971866208), "0.49999997");
    EXPECT_EQ(attn::formatExplained(5.626758419358835e-08), "5.63e\u221208"); // as a 4-digit cell: 5.63e-08
    EXPECT_EQ(attn::formatExplained(112.5000007596124), "112.50000076");
    EXPECT_EQ(attn::formatExplained(-2.0), "\u22122");
    EXPECT_EQ(attn::formatExplained(14.0), "14");
    EXPECT_EQ(attn::formatExplained(0.8807970779778823), "0.88079708");
    EXPECT_EQ(attn::formatExplained(0.0), "0");
    EXPECT_EQ(attn::formatExplained(-0.0), "0");
    EXPECT_EQ(attn::formatExplained(1e-3), "0.001");           // 10⁻³ is the smallest fixed-point cell
    EXPECT_EQ(attn::formatExplained(9.9996e-4), "0.00099996"); // a cell's 0.001: fixed point, 8 decimals
    EXPECT_EQ(attn::formatExplained(1e-4), "1e\u221204");      // cells: "1e-04"
    EXPECT_EQ(attn::formatExplained(-3.25e-7), "\u22123.25e\u221207");
    EXPECT_EQ(attn::formatExplained(7.3215e-7), "7.32e\u221207"); // the teacher's cell read 7.32e-07
    EXPECT_EQ(attn::formatExplained(2.5e7), "2.5e+07");
    EXPECT_EQ(attn::formatExplained(999999.4), "1e+06"); // 1.000e+06 at 4 digits, as the cell
    EXPECT_EQ(attn::formatExplained(123456.5), "123456.5");
}

TEST(FormatExplained, FollowsTheCellDigits)
{
    attn::setExplainedDigits(6); // a 6-digit cell: "5.6268e-08" (the exponent takes one digit)
    EXPECT_EQ(attn::formatExplained(5.626758419358835e-08), "5.6268e\u221208");
    EXPECT_EQ(attn::formatExplained(0.499999971866208), "0.49999997"); // fixed point keeps 8 decimals
    attn::setExplainedDigits(2);                                       // a 2-digit cell: "6e-08"
    EXPECT_EQ(attn::formatExplained(5.626758419358835e-08), "6e\u221208");
    attn::setExplainedDigits(4);
    EXPECT_EQ(attn::formatExplained(5.626758419358835e-08), "5.63e\u221208");
}

TEST(FormatExplained, LatexIsAscii)
{
    EXPECT_EQ(attn::formatExplainedLatex(5.626758419358835e-08), "5.63\\times 10^{-8}");
    EXPECT_EQ(attn::formatExplainedLatex(2.5e7), "2.5\\times 10^{7}");
    EXPECT_EQ(attn::formatExplainedLatex(-2.0), "-2");
    EXPECT_EQ(attn::formatExplainedLatex(112.5000007596124), "112.50000076");
}

TEST(ExplainWaistline, WeightOfSixtyCentimetres)
{
    const attn::Explanation e = explainCell(attn::waistlineExample(), Stage::Weights, 0, 0);
    EXPECT_EQ(e.title, "Attention weight of key \u201c60 cm\u201d for query \u201c62 cm\u201d");
    EXPECT_EQ(e.text,
              "a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/2) / [exp(\u22122) + exp(\u22122) + exp(\u221218)] = "
              "0.49999997");
    EXPECT_EQ(e.full_text, e.text);
    EXPECT_TRUE(contains(e.latex, "\\frac")) << e.latex;
    EXPECT_TRUE(contains(e.latex, "\\exp(-2)")) << e.latex;
    EXPECT_TRUE(contains(e.latex, "= 0.49999997")) << e.latex;
    for (unsigned char ch : e.latex)
        EXPECT_LT(ch, 0x80) << e.latex;
}

TEST(ExplainWaistline, Output)
{
    const attn::Explanation e = explainCell(attn::waistlineExample(), Stage::Outputs, 0, 0);
    EXPECT_EQ(e.text, "o\u2081 = \u03a3\u2c7c a\u2081\u2c7c v\u2c7c = 0.49999997\u00b7110 + 0.49999997\u00b7115 + "
                      "5.63e\u221208\u00b7126 = 112.50000076");
    EXPECT_TRUE(contains(e.latex, "5.63\\times 10^{-8} \\cdot 126")) << e.latex;
    // Single-head: the final outputs are the outputs.
    EXPECT_EQ(explainCell(attn::waistlineExample(), Stage::FinalOutputs, 0, 0).text, e.text);
}

TEST(ExplainWaistline, BandwidthThreeInTheExponent)
{
    // σ = 3: scores −4/18 = −0.22222222 (twice) and −36/18 = −2.
    attn::Session s = attn::waistlineExample();
    s.scoring.sigma = 3.0;
    const attn::Explanation e = explainCell(s, Stage::Weights, 0, 0);
    EXPECT_TRUE(contains(e.text,
                         "a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/(2\u00b73\u00b2)) / [exp(\u22120.22222222)"
                         " + exp(\u22120.22222222) + exp(\u22122)]"))
        << e.text;
}

TEST(ExplainWaistline, RawDotProduct)
{
    attn::Session s = attn::waistlineExample();
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    EXPECT_EQ(explainCell(s, Stage::RawScores, 0, 0).text, "q\u2081 \u00b7 k\u2081 = 62\u00b760 = 3720");
}

TEST(ExplainWaistline, CompactKernels)
{
    // DOMAIN.md example 1: boxcar at σ = 3 gives K = 1, 1, 0 and weights 0.5, 0.5, 0.
    attn::Session s = attn::waistlineExample();
    s.scoring = attn::Scoring(attn::ScoringFunction::Boxcar, 3.0);
    EXPECT_EQ(explainCell(s, Stage::Weights, 0, 0).text,
              "a(62, 60) = K\u2081\u2081/\u03a3\u2c7c K\u2081\u2c7c = 1/(1 + 1 + 0) = 0.5");
    // u = |62 − 68|/3 = 2 ≥ 1: K = 0.
    EXPECT_TRUE(contains(explainCell(s, Stage::RawScores, 0, 2).text, "|62 \u2212 68|/3 = 2 \u2265 1"));
    // At σ = 1 no key lies within the bandwidth: the row has no weights and no output.
    s.scoring.sigma = 1.0;
    const attn::Explanation w = explainCell(s, Stage::Weights, 0, 1);
    EXPECT_TRUE(contains(w.text, "no key lies within the bandwidth \u03c3 = 1")) << w.text;
    EXPECT_FALSE(contains(w.text, "NaN"));
    EXPECT_TRUE(contains(explainCell(s, Stage::Outputs, 0, 0).text, "has no output")) << w.text;
    // Epanechnikov, σ = 3: K(2/3) = 1/3.
    s.scoring = attn::Scoring(attn::ScoringFunction::Epanechnikov, 3.0);
    EXPECT_TRUE(contains(explainCell(s, Stage::RawScores, 0, 0).text, "max(0, 1 \u2212 0.66666667) = 0.33333333"));
}

TEST(ExplainThinkingMachines, ScaledScoreAndWeight)
{
    const attn::Session s = thinkingMachines();
    EXPECT_EQ(explainCell(s, Stage::Scores, 0, 0).text,
              "s\u2081\u2081 = (q\u2081 \u00b7 k\u2081)/\u221ad_k = 112/\u221a64 = 14");
    EXPECT_EQ(
        explainCell(s, Stage::Weights, 0, 0).text,
        "a\u2081\u2081 = exp(s\u2081\u2081) / \u03a3\u2c7c exp(s\u2081\u2c7c) = exp(14)/[exp(14) + exp(12)] = "
        "0.88079708");
    // 64 terms of the raw dot product: shortened in the text, all there in the full text.
    const attn::Explanation raw = explainCell(s, Stage::RawScores, 0, 0);
    EXPECT_EQ(raw.text, "q\u2081 \u00b7 k\u2081 = 112\u00b71 + 96\u00b70 + 0\u00b70 + \u2026 + 0\u00b70 = 112");
    EXPECT_EQ(count(raw.full_text, "\u00b7"), 65u); // the "q₁ · k₁" dot and 64 products
}

TEST(ExplainThinkingMachines, Temperature)
{
    // T = 2: e^{7}/(e^{7} + e^{6}) = 1/(1 + e^{−1}) = 0.7310585786…
    attn::Session s = thinkingMachines();
    s.normalization.temperature = 2.0;
    EXPECT_TRUE(
        contains(explainCell(s, Stage::Weights, 0, 0).text, "exp(14/2)/[exp(14/2) + exp(12/2)] = 0.73105858"));
    EXPECT_TRUE(contains(explainCell(s, Stage::Scores, 0, 0).text, "112/(\u221a64\u00b72) = 7"));
}

TEST(ExplainScores, DotProductTermsWrittenOut)
{
    // [1 2]·[3 4] = 3 + 8 = 11.
    attn::Session s;
    s.queries = Matrix{{1.0, 2.0}};
    s.keys = Matrix{{3.0, 4.0}};
    s.values = Matrix{{1.0}};
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    EXPECT_EQ(explainCell(s, Stage::RawScores, 0, 0).text, "q\u2081 \u00b7 k\u2081 = 1\u00b73 + 2\u00b74 = 11");
}

TEST(ExplainNormalisation, SparsemaxThresholdAndRelu)
{
    // Dot scores 1, 0.5, −1 (q = 1). Sorted: 1 + 2·0.5 = 2 > 1.5, 1 + 3·(−1) < 0.5: support 2,
    // τ = (1 + 0.5 − 1)/2 = 0.25, weight of key 1 = 0.75.
    attn::Session s;
    s.queries = Matrix{{1.0}};
    s.keys = Matrix{{1.0}, {0.5}, {-1.0}};
    s.values = Matrix{{1.0}, {2.0}, {3.0}};
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    s.normalization.function = attn::NormalizationFunction::Sparsemax;
    EXPECT_EQ(explainCell(s, Stage::Weights, 0, 0).text,
              "a\u2081\u2081 = max(s\u2081\u2081 \u2212 \u03c4, 0) = max(1 \u2212 0.25, 0) = 0.75, with \u03c4 = "
              "(1 + 0.5 \u2212 1)/2 = 0.25 over the row's 2 largest scores");
    s.normalization.function = attn::NormalizationFunction::Relu;
    EXPECT_TRUE(contains(explainCell(s, Stage::Weights, 0, 2).text, "max(0, \u22121) = 0"));
}

TEST(ExplainMasks, WorkedExample3MaskedKey)
{
    // Valid length 2 for query 1: key 3 is masked, its weight exactly 0.
    const attn::Session s = maskedUniform();
    const attn::Explanation w = explainCell(s, Stage::Weights, 0, 2);
    EXPECT_TRUE(contains(w.text, "masked")) << w.text;
    EXPECT_TRUE(contains(w.text, "exactly 0")) << w.text;
    EXPECT_TRUE(contains(w.text, "left out of the normalisation")) << w.text;
    EXPECT_TRUE(contains(w.latex, "a_{13} = 0")) << w.latex;
    const attn::Explanation m = explainCell(s, Stage::Mask, 0, 2);
    EXPECT_TRUE(contains(m.text, "valid length 2 of query 1: j = 3 > 2")) << m.text;
    EXPECT_TRUE(contains(explainCell(s, Stage::Mask, 1, 2).text, "is not masked")) << m.text;
    // Query 1 averages keys 0–1: output column 1 = (0 + 4)/2 = 2, the masked keys left out of the sum.
    EXPECT_TRUE(contains(explainCell(s, Stage::Outputs, 0, 0).text, "= 0.5\u00b70 + 0.5\u00b74 = 2")) << m.text;
}

TEST(ExplainMasks, RulesNamed)
{
    attn::Session s = maskedUniform();
    s.mask.kind = attn::MaskKind::Causal;
    EXPECT_TRUE(contains(explainCell(s, Stage::Mask, 0, 2).text, "causal mask: j = 3 > i = 1"));
    s.mask.kind = attn::MaskKind::Window;
    s.mask.window = 1;
    EXPECT_TRUE(contains(explainCell(s, Stage::Mask, 0, 3).text, "|1 \u2212 4| = 3 > 1"));
    s.mask.kind = attn::MaskKind::Cells;
    s.mask.cells = {{0, 0}, {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 9}};
    EXPECT_TRUE(contains(explainCell(s, Stage::Mask, 0, 4).text, "chosen"));
    // Every key of query 1 masked: its output row is empty, and says why.
    EXPECT_TRUE(contains(explainCell(s, Stage::Outputs, 0, 0).text, "every key is masked"));
}

TEST(ExplainShortening, TenKeysShortenedInTextOnly)
{
    // n_k = 10, no mask: ten identical scores, weights 1/10.
    attn::Session s = maskedUniform();
    s.mask = attn::Mask{};
    const attn::Explanation e = explainCell(s, Stage::Weights, 0, 9);
    EXPECT_TRUE(contains(e.text, " + \u2026 + ")) << e.text;
    EXPECT_FALSE(contains(e.full_text, "\u2026")) << e.full_text;
    // exp(s₁,₁₀), Σⱼ exp(s₁ⱼ) and the numerator, then the first 3 terms and the last, or all 10.
    EXPECT_EQ(count(e.text, "exp("), 3u + 4u);
    EXPECT_EQ(count(e.full_text, "exp("), 3u + 10u);
    EXPECT_TRUE(contains(e.text, "= 0.1")) << e.text;
    // Two-digit key index: a₁,₁₀.
    EXPECT_EQ(e.text.rfind("a\u2081,\u2081\u2080 = ", 0), 0u) << e.text;
    EXPECT_FALSE(contains(e.latex, "\\dots"));
    EXPECT_TRUE(contains(e.latex, "a_{1,10}")) << e.latex;
}

TEST(ExplainMultiHead, TwoHeadsByHand)
{
    // d_model = 2, h = 2, Q = K = V = I, projections I, W_O swaps the columns; scaled dot with d_k = 1.
    // Head 1 scores [[1, 0], [0, 0]]: o = [e/(1+e), 1/2]; concat [[a, 1/2], [1/2, a]], a = e/(1+e) = 0.73105858.
    // Final (0, 1) = a·1 + 1/2·0 = a.
    attn::Session s;
    s.queries = s.keys = s.values = Matrix::Identity(2, 2);
    s.scoring = attn::Scoring(attn::ScoringFunction::ScaledDot);
    s.multi_head = attn::MultiHead{2, Matrix::Identity(2, 2), Matrix::Identity(2, 2), Matrix::Identity(2, 2),
                                   Matrix{{0.0, 1.0}, {1.0, 0.0}}};
    EXPECT_EQ(explainCell(s, Stage::FinalOutputs, 0, 1).text,
              "(Concat \u00b7 W_O)\u2081,\u2082 = \u03a3_c Concat[1, c] \u00b7 W_O[c, 2] = 0.73105858\u00b71 + "
              "0.5\u00b70 = 0.73105858");
    EXPECT_EQ(explainCell(s, Stage::FinalOutputs, 0, 1).title, "Final output of \u201cq1\u201d, column 2");
    const attn::Explanation score = explainCell(s, Stage::Scores, 0, 0, 0);
    EXPECT_TRUE(contains(score.text, "d_k = d_model/h = 2/2 = 1")) << score.text;
    EXPECT_TRUE(contains(score.title, "head 1")) << score.title;
    EXPECT_TRUE(contains(explainCell(s, Stage::Concat, 0, 1).text, "0.5\u00b70 + 0.5\u00b71 = 0.5"));
}

TEST(ExplainErrors, OutOfRangeCellsAndHeads)
{
    const attn::Session s = attn::waistlineExample();
    const attn::Computation c = attn::evaluate(s);
    try {
        attn::explain(s, c, CellRef{Stage::Weights, -1, 1, 0});
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "explain: cell [1, 0] (row, column; 0-based) lies outside the 1 \u00d7 3 attention "
                               "weights");
    }
    try {
        attn::explain(s, c, CellRef{Stage::Outputs, -1, 0, 1});
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "explain: cell [0, 1] (row, column; 0-based) lies outside the 1 \u00d7 1 outputs");
    }
    EXPECT_THROW(attn::explain(s, c, CellRef{Stage::RawScores, -1, 0, -1}), attn::ShapeError);
    EXPECT_THROW(attn::explain(s, c, CellRef{Stage::Concat, -1, 0, 0}), attn::ShapeError);
    try {
        attn::explain(s, c, CellRef{Stage::Weights, 0, 0, 0});
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "explain: head 0 given, but the computation is single-head; use -1");
    }

    attn::Session m;
    m.queries = m.keys = m.values = Matrix::Identity(2, 2);
    m.multi_head = attn::MultiHead{2, Matrix::Identity(2, 2), Matrix::Identity(2, 2), Matrix::Identity(2, 2),
                                   Matrix::Identity(2, 2)};
    const attn::Computation mc = attn::evaluate(m);
    try {
        attn::explain(m, mc, CellRef{Stage::Weights, 2, 0, 0});
        FAIL();
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "explain: head 2 is out of range for the attention weights: the computation has 2 "
                               "heads (0-based 0 \u2026 1)");
    }
    EXPECT_THROW(attn::explain(m, mc, CellRef{Stage::FinalOutputs, -1, 0, 2}), attn::ShapeError);
}

// Issue 14 ("Ready for the lecture hall"): a positional-encoding cell gives its sin/cos formula with its numbers.
// DOMAIN.md worked example 4: d = 32, P[1, 0:4] = [0.8415, 0.5403, 0.5332, 0.8460]; the angle of columns 2 and 3
// is 1 / 10000^(2/32) = 10^(−0.25) = 0.56234133.
TEST(ExplainPositional, SinAndCosWithTheirNumbers)
{
    attn::Session s;
    s.self_attention = attn::SelfAttention{Matrix::Zero(2, 32), Matrix::Identity(32, 2), Matrix::Identity(32, 2),
                                           Matrix::Identity(32, 2), true};
    s.query_labels = {"the", "cat"};
    const attn::Explanation even = explainCell(s, Stage::PositionalEncoding, 1, 2);
    EXPECT_EQ(even.text, "PE(pos, 2i) = sin(pos / 10000^(2i/d)) = sin(1 / 10000^(2/32)) = sin(0.56234133) = "
                         "0.53316844, with pos = 1, 2i = 2, d = 32");
    EXPECT_TRUE(contains(even.title, "\u201ccat\u201d")) << even.title;
    const attn::Explanation odd = explainCell(s, Stage::PositionalEncoding, 1, 3);
    EXPECT_TRUE(contains(odd.text, "PE(pos, 2i+1) = cos(pos / 10000^(2i/d)) = cos(1 / 10000^(2/32))")) << odd.text;
    EXPECT_TRUE(contains(odd.text, "= 0.84600911")) << odd.text;
    const attn::Explanation first = explainCell(s, Stage::PositionalEncoding, 1, 0);
    EXPECT_TRUE(contains(first.text, "sin(1 / 10000^(0/32)) = sin(1) = 0.84147098")) << first.text;
    EXPECT_TRUE(contains(first.latex, "\\sin(1 / 10000^{0/32})")) << first.latex;
    EXPECT_THROW(explainCell(s, Stage::PositionalEncoding, 2, 0), attn::ShapeError);
}

TEST(ExplainPositional, StageOneSaysXPlusPWhenTheEncodingIsOn)
{
    attn::Session s;
    s.self_attention = attn::SelfAttention{Matrix::Identity(2, 2), Matrix::Identity(2, 2), Matrix::Identity(2, 2),
                                           Matrix::Identity(2, 2), true};
    EXPECT_TRUE(
        contains(attn::teachingStepText(attn::TeachingStepKind::Inputs, s).description, "Q = (X + P) W_Q"));
    s.self_attention->positional_encoding = false;
    const std::string plain = attn::teachingStepText(attn::TeachingStepKind::Inputs, s).description;
    EXPECT_TRUE(contains(plain, "Q = X W_Q")) << plain;
    EXPECT_FALSE(contains(plain, "X + P")) << plain;
}

TEST(ExplainMask, LabelsAreQuoted)
{
    attn::Session s;
    s.queries = Matrix{{1.0}, {2.0}};
    s.keys = Matrix{{1.0}, {2.0}};
    s.values = s.keys;
    s.query_labels = {"the", "cat"};
    s.key_labels = {"the", "cat"};
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    s.mask.kind = attn::MaskKind::Causal;
    EXPECT_EQ(explainCell(s, Stage::Mask, 1, 0)
                  .text.rfind("Key \u201cthe\u201d is not masked for query \u201ccat\u201d", 0),
              0u)
        << explainCell(s, Stage::Mask, 1, 0).text;
    EXPECT_EQ(
        explainCell(s, Stage::Mask, 0, 1).text.rfind("Key \u201ccat\u201d is masked for query \u201cthe\u201d", 0),
        0u)
        << explainCell(s, Stage::Mask, 0, 1).text;
}

TEST(StageTitles, GeneralAndAdditiveScoresInTheSettingsNotation)
{
    attn::Session s;
    s.queries = Matrix{{1.0, 0.0}};
    s.keys = Matrix{{1.0, 0.0}, {0.0, 1.0}};
    s.values = s.keys;
    s.scoring = attn::Scoring(attn::ScoringFunction::General);
    s.scoring.W = Matrix::Identity(2, 2);
    const attn::Computation c = attn::evaluate(s);
    bool found = false;
    for (const attn::StageMatrix& stage : attn::stagesOf(s, std::make_shared<const attn::Computation>(c)))
        if (stage.id.kind == Stage::Scores) {
            found = true;
            // Row vectors, as the settings panel writes a(q, k) = q W kᵀ.
            EXPECT_TRUE(contains(stage.title, "q W k\u1d40")) << stage.title;
            EXPECT_FALSE(contains(stage.title, "q\u1d40W")) << stage.title;
        }
    EXPECT_TRUE(found);
}

// Issue 15: linear attention with q = −800 said "no key lies within the bandwidth σ" (φ(−800) underflowed and 0/0
// followed). The row has weights φ(k_j) / Σ φ(k) (d_k = 1: φ(q) cancels); keys 1, 0: φ = 2, 1, so 2/3 and 1/3.
TEST(Explain, LinearAttentionWithAVeryNegativeQuerySaysHowItsWeightIsComputed)
{
    attn::Session s;
    s.queries = Matrix{{-800.0}};
    s.keys = Matrix{{1.0}, {0.0}};
    s.values = Matrix{{1.0}, {2.0}};
    s.scoring.function = attn::ScoringFunction::Linear;
    const attn::Explanation e = explainCell(s, Stage::Weights, 0, 0);
    EXPECT_FALSE(contains(e.text, "bandwidth")) << e.text;
    EXPECT_TRUE(contains(e.text, "computed from logarithms")) << e.text;
    EXPECT_TRUE(contains(e.text, "= 0.66666667")) << e.text;
}
