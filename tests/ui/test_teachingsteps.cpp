// The stage bar's order for single- and multi-head computations (issue 4), from the real heatmap specs.
#include "attn/evaluation.h"
#include "compute/teachingsteps.h"
#include "fixtures.h"
#include "heatmap/heatmapspec.h"

#include <gtest/gtest.h>

using attn::ui::TeachingStep;

namespace {

QStringList titles(const QList<TeachingStep>& steps)
{
    QStringList t;
    for (const TeachingStep& s : steps)
        t << s.title;
    return t;
}

QList<TeachingStep> stepsOf(const attn::Session& s, attn::ui::HeatmapSelection selection = {})
{
    return attn::ui::teachingSteps(s, attn::ui::heatmapsFor(s, attn::evaluate(s), selection));
}

} // namespace

TEST(TeachingSteps, ScaledDotWithAMask)
{
    attn::Session s;
    s.queries = attn::Matrix::Identity(3, 2);
    s.keys = attn::Matrix::Identity(3, 2);
    s.values = attn::Matrix::Identity(3, 3);
    s.mask.kind = attn::MaskKind::Causal;
    const QList<TeachingStep> steps = stepsOf(s);
    EXPECT_EQ(titles(steps),
              (QStringList{QStringLiteral("Scores"), QStringLiteral("Scaling"), QStringLiteral("Mask"),
                           QStringLiteral("Normalisation"), QStringLiteral("Weighted sum")}));
    EXPECT_EQ(steps[0].ids, QStringList{QStringLiteral("raw_scores")});
    EXPECT_EQ(steps[1].ids, QStringList{QStringLiteral("scores")});
    EXPECT_EQ(steps[3].stages, (QList<attn::StageId>{{attn::Stage::Weights, -1, -1}}));
    EXPECT_EQ(steps[3].kind, attn::TeachingStepKind::Normalisation);
}

TEST(TeachingSteps, GaussianHasNoScalingStep)
{
    const QList<TeachingStep> steps = stepsOf(attn::waistlineExample());
    EXPECT_EQ(titles(steps), (QStringList{QStringLiteral("Scores"), QStringLiteral("Normalisation"),
                                          QStringLiteral("Weighted sum")}));
}

TEST(TeachingSteps, MultiHead)
{
    attn::Session s;
    const attn::Matrix x = attn::Matrix::Identity(2, 2);
    s.queries = s.keys = s.values = x;
    s.multi_head = attn::MultiHead{2, x, x, x, x};
    const QList<TeachingStep> steps = stepsOf(s, {attn::ui::HeatmapSelection::Mode::Everything, 0});
    EXPECT_EQ(titles(steps), (QStringList{QStringLiteral("Projections"), QStringLiteral("Per-head attention"),
                                          QStringLiteral("Concatenation"), QStringLiteral("W_O")}));
    EXPECT_TRUE(steps[1].ids.contains(QStringLiteral("head2_weights")));
    EXPECT_EQ(steps[3].stages, (QList<attn::StageId>{{attn::Stage::FinalOutputs, -1, -1}}));
    // Per-head attention: each kind of stage for every head before the next kind (head 1's weights, head 2's …).
    const qsizetype w1 = steps[1].stages.indexOf(attn::StageId{attn::Stage::Weights, 0, -1});
    const qsizetype w2 = steps[1].stages.indexOf(attn::StageId{attn::Stage::Weights, 1, -1});
    const qsizetype o1 = steps[1].stages.indexOf(attn::StageId{attn::Stage::Outputs, 0, -1});
    ASSERT_GE(w1, 0);
    EXPECT_EQ(w2, w1 + 1);
    EXPECT_GT(o1, w2);
    EXPECT_EQ(steps[1].ids.at(w2), QStringLiteral("head2_weights"));
}

TEST(TeachingSteps, TheSoftmaxJacobianOfTheSelectedRowJoinsNormalisation)
{
    attn::ui::HeatmapSelection selection;
    selection.jacobian_row = 0;
    const QList<TeachingStep> steps = stepsOf(attn::waistlineExample(), selection);
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(steps[1].ids, (QStringList{QStringLiteral("weights"), QStringLiteral("softmax_jacobian")}));
    EXPECT_EQ(steps[1].stages.at(1), (attn::StageId{attn::Stage::SoftmaxJacobian, -1, 0}));
}
