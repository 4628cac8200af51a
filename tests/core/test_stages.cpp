// Stages as data (issue 13): the stage list of each variant, names, dependencies, and the softmax Jacobian
// (DOMAIN.md "Gradients", worked example 9), checked against DOMAIN.md's numbers and finite differences.
#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "attn/stages.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace attn;

namespace {

std::vector<StageMatrix> stagesOfSession(const Session& s, StageSelection selection = {})
{
    return stagesOf(s, std::make_shared<const Computation>(evaluate(s)), selection);
}

std::vector<std::string> names(const std::vector<StageMatrix>& stages)
{
    std::vector<std::string> n;
    for (const StageMatrix& s : stages)
        n.push_back(s.name);
    return n;
}

/// softmax(s) written out here, independent of the library.
Vector softmaxOf(const Vector& s)
{
    const Vector e = (s.array() - s.maxCoeff()).exp().matrix();
    return e / e.sum();
}

Session thinkingMachines()
{
    Session s;
    s.queries = Matrix::Zero(1, 64);
    s.keys = Matrix::Zero(2, 64);
    s.queries(0, 0) = 112.0;
    s.queries(0, 1) = 96.0;
    s.keys(0, 0) = 1.0;
    s.keys(1, 1) = 1.0;
    s.values = Matrix{{1.0, 0.0}, {0.0, 1.0}};
    s.scoring.function = ScoringFunction::ScaledDot;
    return s;
}

} // namespace

TEST(Stages, WaistlineListsScoresWeightsAndOutputs)
{
    const std::vector<StageMatrix> stages = stagesOfSession(waistlineExample());
    EXPECT_EQ(names(stages), (std::vector<std::string>{"scores", "weights", "outputs"}));
    EXPECT_EQ(stages[1].id, (StageId{Stage::Weights, -1, -1}));
    EXPECT_EQ(stages[1].kind, ValueKind::Weights);
    EXPECT_EQ(stages[1].step, TeachingStepKind::Normalisation);
    EXPECT_EQ(stages[1].rows, Axis::Queries);
    EXPECT_EQ(stages[1].columns, Axis::Keys);
    EXPECT_EQ(stages[1].row_labels, (std::vector<std::string>{"62 cm"}));
    EXPECT_EQ(stages[1].column_labels, (std::vector<std::string>{"60 cm", "64 cm", "68 cm"}));
    EXPECT_EQ(stages[1].title, "Attention weights");
    EXPECT_NEAR((*stages[1].values)(0, 0), 0.5, 1e-7);
    EXPECT_EQ(stages[2].column_labels, (std::vector<std::string>{"v1"}));
}

TEST(Stages, ValuesAreSharedWithTheComputation)
{
    const Session s = waistlineExample();
    const auto computation = std::make_shared<const Computation>(evaluate(s));
    const std::vector<StageMatrix> stages = stagesOf(s, computation);
    EXPECT_EQ(stages[1].values.get(), &computation->trace.weights);
}

TEST(Stages, ScaledDotWithCausalMaskInTeachingOrder)
{
    Session s;
    s.queries = Matrix::Identity(3, 2);
    s.keys = Matrix::Identity(3, 2);
    s.values = Matrix::Identity(3, 3);
    s.mask.kind = MaskKind::Causal;
    const std::vector<StageMatrix> stages = stagesOfSession(s);
    EXPECT_EQ(names(stages), (std::vector<std::string>{"raw_scores", "scores", "mask", "weights", "outputs"}));
    EXPECT_EQ(stages[0].step, TeachingStepKind::Scores);
    EXPECT_EQ(stages[1].step, TeachingStepKind::Scaling);
    EXPECT_EQ(stages[2].step, TeachingStepKind::Mask);
    EXPECT_EQ(stages[2].kind, ValueKind::Mask);
    EXPECT_EQ(stages[1].title, "Scaled scores q\u00b7k / \u221ad_k");
    // Query 0 sees key 0 only: the mask holds 1 for keys 1 and 2.
    EXPECT_EQ((*stages[2].values)(0, 1), 1.0);
    EXPECT_EQ((*stages[2].values)(0, 0), 0.0);
}

TEST(Stages, MultiHeadNamesCarryTheHeadFromOne)
{
    Session s;
    const Matrix x = Matrix::Identity(2, 2);
    s.queries = s.keys = s.values = x;
    s.multi_head = MultiHead{2, x, x, x, x};
    const std::vector<StageMatrix> one = stagesOfSession(s, {StageSelection::Mode::OneHead, 1});
    EXPECT_EQ(names(one), (std::vector<std::string>{"head2_queries", "head2_keys", "head2_values", "head2_scores",
                                                    "head2_weights", "head2_outputs", "concat", "outputs"}));
    EXPECT_EQ(one[4].id, (StageId{Stage::Weights, 1, -1}));
    EXPECT_EQ(one[4].title, "Head 2: attention weights");
    EXPECT_EQ(one[6].column_labels, (std::vector<std::string>{"h1 v1", "h2 v1"}));
    EXPECT_EQ(one[7].id.kind, Stage::FinalOutputs);
    const std::vector<StageMatrix> overview = stagesOfSession(s, {StageSelection::Mode::Overview, 0});
    EXPECT_EQ(names(overview), (std::vector<std::string>{"head1_weights", "head2_weights", "concat", "outputs"}));
}

TEST(Stages, StageNameIsMadeFromTheIdentity)
{
    EXPECT_EQ(stageName({Stage::Weights, -1, -1}), "weights");
    EXPECT_EQ(stageName({Stage::Weights, 1, -1}), "head2_weights");
    EXPECT_EQ(stageName({Stage::SoftmaxJacobian, -1, 3}), "softmax_jacobian");
    EXPECT_EQ(stageName({Stage::FinalOutputs, -1, -1}), "outputs");
    EXPECT_EQ(stageName({Stage::PositionalEncoding, -1, -1}), "positional_encoding");
}

TEST(Stages, CellDependencies)
{
    const CellDependencies weight = cellDependencies({Stage::Weights, -1, -1}, Axis::Queries, Axis::Keys, 1, 2);
    EXPECT_EQ(weight.query, 1);
    EXPECT_EQ(weight.keys, (std::vector<long>{2}));
    const CellDependencies value =
        cellDependencies({Stage::Values, 0, -1}, Axis::Keys, Axis::ValueDimensions, 3, 0);
    EXPECT_FALSE(value.query.has_value());
    EXPECT_EQ(value.keys, (std::vector<long>{3}));
    EXPECT_EQ(value.head, 0);
    const CellDependencies j = cellDependencies({Stage::SoftmaxJacobian, -1, 4}, Axis::Keys, Axis::Keys, 0, 2);
    EXPECT_EQ(j.query, 4);
    EXPECT_EQ(j.keys, (std::vector<long>{0, 2}));
}

TEST(SoftmaxJacobian, WaistlineMatchesDomainExample9)
{
    const std::vector<Matrix> j = softmaxJacobians(waistlineExample(), evaluate(waistlineExample()), 0);
    ASSERT_EQ(j.size(), 1u);
    ASSERT_EQ(j[0].rows(), 3);
    ASSERT_EQ(j[0].cols(), 3);
    EXPECT_NEAR(j[0](0, 0), 0.2499999999999992, 1e-15);
    EXPECT_NEAR(j[0](1, 1), 0.2499999999999992, 1e-15);
    EXPECT_NEAR(j[0](0, 1), -0.24999997186620879, 1e-15);
    EXPECT_NEAR(j[0](1, 0), -0.24999997186620879, 1e-15);
    EXPECT_NEAR(j[0](0, 2), -2.8133790513773666e-08, 1e-20);
    EXPECT_NEAR(j[0](1, 2), -2.8133790513773666e-08, 1e-20);
    EXPECT_NEAR(j[0](2, 2), 5.6267581027547318e-08, 1e-20);
}

TEST(SoftmaxJacobian, ThinkingMachinesMatchesDomainExample9)
{
    const Session s = thinkingMachines();
    const Matrix j = softmaxJacobians(s, evaluate(s), 0).front();
    EXPECT_NEAR(j(0, 0), 0.1049935854035066, 1e-15);
    EXPECT_NEAR(j(0, 1), -0.1049935854035065, 1e-15);
    EXPECT_NEAR(j(1, 0), -0.1049935854035065, 1e-15);
    EXPECT_NEAR(j(1, 1), 0.1049935854035065, 1e-15);
}

TEST(SoftmaxJacobian, EqualsCentralFiniteDifferencesOfSoftmax)
{
    const Vector s{{0.3, -1.2, 2.0, 0.7}};
    const Matrix j = softmaxJacobian(softmaxOf(s));
    const double h = 1e-6;
    for (int l = 0; l < 4; ++l) {
        Vector plus = s;
        Vector minus = s;
        plus(l) += h;
        minus(l) -= h;
        const Vector column = (softmaxOf(plus) - softmaxOf(minus)) / (2 * h);
        for (int r = 0; r < 4; ++r)
            EXPECT_NEAR(j(r, l), column(r), 1e-9) << r << ", " << l;
    }
}

TEST(SoftmaxJacobian, FollowsTheWeightsWhenARowIsSelected)
{
    StageSelection selection;
    selection.jacobian_row = 0;
    const std::vector<StageMatrix> stages = stagesOfSession(waistlineExample(), selection);
    EXPECT_EQ(names(stages), (std::vector<std::string>{"scores", "weights", "softmax_jacobian", "outputs"}));
    const StageMatrix& j = stages[2];
    EXPECT_EQ(j.id, (StageId{Stage::SoftmaxJacobian, -1, 0}));
    EXPECT_EQ(j.step, TeachingStepKind::Normalisation);
    EXPECT_EQ(j.kind, ValueKind::Signed);
    EXPECT_EQ(j.rows, Axis::Keys);
    EXPECT_EQ(j.columns, Axis::Keys);
    EXPECT_EQ(j.row_labels, (std::vector<std::string>{"60 cm", "64 cm", "68 cm"}));
    EXPECT_EQ(j.title, "Softmax Jacobian \u2202a/\u2202s of query \u201c62 cm\u201d");
    EXPECT_NEAR((*j.values)(0, 1), -0.24999997186620879, 1e-15);
}

TEST(SoftmaxJacobian, NotForOtherNormalisationsOrRowsWithoutWeights)
{
    Session sparse = waistlineExample();
    sparse.normalization.function = NormalizationFunction::Sparsemax;
    StageSelection selection;
    selection.jacobian_row = 0;
    EXPECT_EQ(names(stagesOfSession(sparse, selection)),
              (std::vector<std::string>{"scores", "weights", "outputs"}));
    try {
        (void)softmaxJacobians(sparse, evaluate(sparse), 0);
        FAIL() << "sparsemax has no softmax Jacobian";
    } catch (const ParameterError& e) {
        EXPECT_STREQ(e.what(), "softmax Jacobian: the weights are not softmax weights (sparsemax)");
    }
    try {
        (void)softmaxJacobians(waistlineExample(), evaluate(waistlineExample()), 1);
        FAIL() << "row 1 does not exist";
    } catch (const ShapeError& e) {
        EXPECT_STREQ(e.what(), "softmax Jacobian: query row 1 is out of range (0-based, 1 rows)");
    }
    Session boxcar = waistlineExample();
    boxcar.scoring.function = ScoringFunction::Boxcar;
    boxcar.queries(0, 0) = 100.0; // no key within σ = 1: no weights
    try {
        (void)softmaxJacobians(boxcar, evaluate(boxcar), 0);
        FAIL() << "boxcar weights are not softmax weights";
    } catch (const ParameterError& e) {
        EXPECT_STREQ(e.what(), "softmax Jacobian: the weights are not softmax weights (boxcar)");
    }
    Session masked;
    masked.queries = masked.keys = masked.values = Matrix::Identity(2, 2);
    masked.mask.kind = MaskKind::Cells;
    masked.mask.cells = {{0, 0}, {0, 1}};
    try {
        (void)softmaxJacobians(masked, evaluate(masked), 0);
        FAIL() << "every key of row 0 is masked";
    } catch (const ParameterError& e) {
        EXPECT_STREQ(e.what(), "softmax Jacobian: query row 0 (q1) has no weights");
    }
}

TEST(SoftmaxJacobian, ExplainedCellByCell)
{
    const Session s = waistlineExample();
    const Computation c = evaluate(s);
    const Explanation diagonal = explain(s, c, CellRef::of({Stage::SoftmaxJacobian, -1, 0}, 0, 0));
    EXPECT_EQ(diagonal.title, "Softmax Jacobian \u2202a/\u2202s of query \u201c62 cm\u201d, keys \u201c60 "
                              "cm\u201d and \u201c60 cm\u201d");
    EXPECT_EQ(diagonal.text, "J\u2081\u2081 = \u2202a\u2081/\u2202s\u2081 = a\u2081(1 \u2212 a\u2081) = "
                             "0.49999997\u00b7(1 \u2212 0.49999997) = 0.25");
    const Explanation off = explain(s, c, CellRef::of({Stage::SoftmaxJacobian, -1, 0}, 0, 2));
    EXPECT_EQ(off.text, "J\u2081\u2083 = \u2202a\u2081/\u2202s\u2083 = \u2212a\u2081a\u2083 = "
                        "\u22120.49999997\u00b75.63e\u221208 = \u22122.81e\u221208");
    EXPECT_EQ(off.latex, "J_{13} = \\frac{\\partial a_{1}}{\\partial s_{3}} = -a_{1} a_{3} = -0.49999997 \\cdot "
                         "5.63\\times 10^{-8} = -2.81\\times 10^{-8}");
    EXPECT_THROW((void)explain(s, c, CellRef::of({Stage::SoftmaxJacobian, -1, 0}, 0, 3)), ShapeError);
    EXPECT_THROW((void)explain(s, c, CellRef::of({Stage::SoftmaxJacobian, -1, 5}, 0, 0)), ShapeError);
}

TEST(Stages, InputStagesAreExplainedByTheirValue)
{
    Session s;
    s.self_attention = SelfAttention{Matrix{{1.0, 2.0}, {3.0, 4.0}}, Matrix::Identity(2, 2),
                                     Matrix::Identity(2, 2), Matrix::Identity(2, 2), false};
    const Computation c = evaluate(s);
    const Explanation e = explain(s, c, CellRef::of({Stage::Keys, -1, -1}, 1, 0));
    EXPECT_EQ(e.title, "Keys K = X W_K");
    EXPECT_EQ(e.text, "x2, d1 = 3");
}

TEST(SoftmaxJacobian, MaskedKeysAreMaskedInTheJacobianAndSaySo)
{
    // Causal mask, query 1 sees keys 0 and 1; key 2 is masked: its row and column of J are masked (and 0).
    Session s;
    s.queries = s.keys = Matrix::Identity(3, 3);
    s.values = Matrix::Identity(3, 3);
    s.mask.kind = MaskKind::Causal;
    StageSelection selection;
    selection.jacobian_row = 1;
    const auto computation = std::make_shared<const Computation>(evaluate(s));
    const std::vector<StageMatrix> stages = stagesOf(s, computation, selection);
    const auto j = std::find_if(stages.cbegin(), stages.cend(),
                                [](const StageMatrix& m) { return m.id.kind == Stage::SoftmaxJacobian; });
    ASSERT_NE(j, stages.cend());
    ASSERT_EQ(j->masked.rows(), 3);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            EXPECT_EQ(j->masked(r, c), r == 2 || c == 2) << r << ", " << c;
    EXPECT_EQ((*j->values)(2, 2), 0.0);
    // The visible keys' cells follow J = diag(a) − a aᵀ of the row's weights.
    const double a0 = (*computation).trace.weights(1, 0);
    EXPECT_NEAR((*j->values)(0, 0), a0 * (1 - a0), 1e-15);
    const Explanation e = explain(s, *computation, CellRef::of(j->id, 0, 2));
    EXPECT_EQ(
        e.text.rfind(
            "Key \u201ck3\u201d is masked for query \u201cq2\u201d: its weight is exactly 0, so J\u2081\u2083", 0),
        0u)
        << e.text;
}
