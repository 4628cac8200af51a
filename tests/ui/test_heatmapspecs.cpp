// heatmapsFor(): which heatmaps each variant shows, in which order, under which titles, with which values.
// Expected numbers are DOMAIN.md's worked examples 1–3 and the two-head case worked by hand.
#include "attn/evaluation.h"
#include "fixtures.h"
#include "heatmap/heatmapspec.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

QStringList ids(const QList<HeatmapSpec>& specs)
{
    QStringList list;
    for (const HeatmapSpec& spec : specs)
        list << spec.id;
    return list;
}

QStringList titles(const QList<HeatmapSpec>& specs)
{
    QStringList list;
    for (const HeatmapSpec& spec : specs)
        list << spec.title;
    return list;
}

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(u' ');
}

} // namespace

TEST(HeatmapsFor, WaistlineGaussian)
{
    const attn::Session session = attn::waistlineExample();
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("scores weights outputs"));
    EXPECT_EQ(titles(specs),
              (QStringList{QStringLiteral("Scores \u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)"),
                           QStringLiteral("Attention weights"), QStringLiteral("Outputs")}));
    for (const HeatmapSpec& spec : specs) {
        EXPECT_EQ(spec.masked.size(), 0) << spec.id.toStdString();
        EXPECT_TRUE(spec.rowNotes.isEmpty()) << spec.id.toStdString();
        EXPECT_EQ(spec.group, QStringLiteral("Attention"));
    }
    EXPECT_EQ(specs[0].values, (attn::Matrix{{-2.0, -2.0, -18.0}}));
    EXPECT_NEAR(specs[1].values(0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(specs[1].values(0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(specs[1].values(0, 2), 5.626758419358835e-08, 1e-20);
    EXPECT_NEAR(specs[2].values(0, 0), 112.5000007596124, 1e-12);
}

TEST(HeatmapsFor, BoxcarOutsideTheBandwidthLeavesTheRowEmpty)
{
    const attn::Session session = waistlineKernel(attn::ScoringFunction::Boxcar, 1.0);
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("scores weights outputs"));
    EXPECT_EQ(specs[0].title, QStringLiteral("Kernel values K(u)"));
    EXPECT_EQ(specs[0].values, (attn::Matrix{{0.0, 0.0, 0.0}})); // kernel values: real zeros, shown as such
    EXPECT_TRUE(specs[0].rowNotes.isEmpty());
    const QString note = QStringLiteral("no key lies within the bandwidth \u03c3 = 1");
    EXPECT_EQ(specs[1].rowNotes, QStringList{note});
    EXPECT_EQ(specs[2].rowNotes, QStringList{note});
    EXPECT_EQ(specs[1].title, QStringLiteral("Attention weights (\u00f7 row sum)"));

    // σ = 3: weights 0.5, 0.5, 0 and output 112.5 (DOMAIN.md example 1), no notes.
    const attn::Session wide = waistlineKernel(attn::ScoringFunction::Epanechnikov, 3.0);
    const QList<HeatmapSpec> wideSpecs = heatmapsFor(wide, attn::evaluate(wide));
    EXPECT_TRUE(wideSpecs[1].rowNotes.isEmpty());
    EXPECT_NEAR(wideSpecs[1].values(0, 0), 0.5, 1e-15);
    EXPECT_NEAR(wideSpecs[1].values(0, 2), 0.0, 1e-15);
    EXPECT_NEAR(wideSpecs[2].values(0, 0), 112.5, 1e-12);
}

TEST(HeatmapsFor, RowStatusNotes)
{
    attn::Session session = attn::waistlineExample();
    session.scoring.sigma = 0.25;
    EXPECT_TRUE(rowStatusNote(attn::RowStatus::Ok, session).isEmpty());
    EXPECT_EQ(rowStatusNote(attn::RowStatus::AllMasked, session),
              QStringLiteral("every key is masked for this query"));
    EXPECT_EQ(rowStatusNote(attn::RowStatus::NoKeyInBandwidth, session),
              QStringLiteral("no key lies within the bandwidth \u03c3 = 0.25"));
}

TEST(HeatmapsFor, ScaledDotShowsRawAndScaledScores)
{
    // DOMAIN.md example 2, "Thinking Machines": q·k₁ = 112, q·k₂ = 96 with d_k = 64 → 14, 12.
    attn::Session session;
    session.queries = attn::Matrix::Constant(1, 64, 1.0);
    session.keys.resize(2, 64);
    session.keys.row(0).setConstant(1.75);
    session.keys.row(1).setConstant(1.5);
    session.values = attn::Matrix{{1.0}, {0.0}};
    session.scoring = attn::Scoring(attn::ScoringFunction::ScaledDot);
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("raw_scores scores weights outputs"));
    EXPECT_EQ(specs[0].title, QStringLiteral("Raw scores q\u00b7k"));
    EXPECT_EQ(specs[1].title, QStringLiteral("Scaled scores q\u00b7k / \u221ad_k"));
    EXPECT_EQ(specs[0].kind, HeatmapKind::Scores);
    EXPECT_DOUBLE_EQ(specs[0].values(0, 0), 112.0);
    EXPECT_DOUBLE_EQ(specs[0].values(0, 1), 96.0);
    EXPECT_DOUBLE_EQ(specs[1].values(0, 0), 14.0);
    EXPECT_DOUBLE_EQ(specs[1].values(0, 1), 12.0);
    EXPECT_NEAR(specs[2].values(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(specs[2].values(0, 1), 0.11920292202211755, 1e-15);

    // d_k = 1: √d_k = 1 changes nothing, so no raw scores.
    session.queries = attn::Matrix{{2.0}};
    session.keys = attn::Matrix{{1.0}, {3.0}};
    EXPECT_EQ(ids(heatmapsFor(session, attn::evaluate(session))), split("scores weights outputs"));
}

TEST(HeatmapsFor, TemperatureDividesTheScores)
{
    attn::Session session = attn::waistlineExample();
    session.normalization.temperature = 2.0;
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("raw_scores scores weights outputs"));
    EXPECT_EQ(specs[1].title, QStringLiteral("Scores \u00f7 T (T = 2)"));
    EXPECT_EQ(specs[0].values, (attn::Matrix{{-2.0, -2.0, -18.0}}));
    EXPECT_EQ(specs[1].values, (attn::Matrix{{-1.0, -1.0, -9.0}}));

    // Sparsemax ignores the temperature: nothing to show twice.
    session.normalization.function = attn::NormalizationFunction::Sparsemax;
    const QList<HeatmapSpec> sparse = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(sparse), split("scores weights outputs"));
    EXPECT_EQ(sparse[1].title, QStringLiteral("Attention weights (sparsemax)"));
}

TEST(HeatmapsFor, MaskedUniformWorkedExample3)
{
    const attn::Session session = maskedUniform();
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("scores mask weights outputs"));
    const HeatmapSpec& mask = specs[1];
    const HeatmapSpec& weights = specs[2];
    EXPECT_EQ(mask.title, QStringLiteral("Mask: valid lengths"));
    EXPECT_EQ(mask.kind, HeatmapKind::Mask);
    ASSERT_EQ(weights.masked.rows(), 2);
    ASSERT_EQ(weights.masked.cols(), 10);
    for (int j = 0; j < 10; ++j) {
        EXPECT_EQ(weights.masked(0, j), j >= 2) << j;
        EXPECT_EQ(weights.masked(1, j), j >= 6) << j;
        EXPECT_EQ(specs[0].masked(0, j), j >= 2) << j;
        EXPECT_EQ(mask.values(0, j), j >= 2 ? 1.0 : 0.0) << j;
        EXPECT_EQ(weights.values(0, j), j < 2 ? 0.5 : 0.0) << j; // exactly 0 where masked
        if (j >= 6) {
            EXPECT_EQ(weights.values(1, j), 0.0) << j;
        } else {
            EXPECT_NEAR(weights.values(1, j), 1.0 / 6.0, 1e-15) << j;
        }
    }
    EXPECT_TRUE(weights.rowNotes.isEmpty());
    EXPECT_EQ(specs[3].masked.size(), 0); // outputs have no keys to mask
    const attn::Matrix expected{{2.0, 3.0, 4.0, 5.0}, {10.0, 11.0, 12.0, 13.0}};
    EXPECT_TRUE(specs[3].values.isApprox(expected, 1e-14));
}

TEST(HeatmapsFor, AllMaskedRowHasANote)
{
    const attn::Session session = maskedUniform({0, 3});
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    const QString note = QStringLiteral("every key is masked for this query");
    EXPECT_EQ(byId(specs, QStringLiteral("scores")).rowNotes, (QStringList{note, QString()}));
    EXPECT_EQ(byId(specs, QStringLiteral("weights")).rowNotes, (QStringList{note, QString()}));
    EXPECT_EQ(byId(specs, QStringLiteral("outputs")).rowNotes, (QStringList{note, QString()}));
    EXPECT_TRUE(byId(specs, QStringLiteral("mask")).rowNotes.isEmpty());
}

TEST(HeatmapsFor, CausalSelfAttentionWithPositionalEncoding)
{
    const attn::Session session = causalSelfAttention(true);
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    EXPECT_EQ(ids(specs), split("positional_encoding inputs queries keys values raw_scores scores mask weights "
                                "outputs"));
    EXPECT_EQ(titles(specs).mid(0, 5),
              (QStringList{QStringLiteral("Positional encoding P"), QStringLiteral("Inputs X + P"),
                           QStringLiteral("Queries Q = (X + P) W_Q"), QStringLiteral("Keys K = (X + P) W_K"),
                           QStringLiteral("Values V = (X + P) W_V")}));
    EXPECT_EQ(specs[7].title, QStringLiteral("Mask: causal"));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(specs[i].kind, HeatmapKind::Signed) << i;
    EXPECT_EQ(specs[0].group, specs[1].group);
    EXPECT_NE(specs[1].group, specs[2].group);
    EXPECT_EQ(specs[2].group, specs[4].group);
    EXPECT_NE(specs[4].group, specs[5].group);
    EXPECT_EQ(specs[0].rowLabels, split("The cat sat on mats"));
    EXPECT_EQ(specs[0].columnLabels, split("d1 d2 d3 d4"));
    EXPECT_EQ(specs[4].columnLabels, split("v1 v2 v3 v4"));
    // P row 1 starts sin 1, cos 1 (DOMAIN.md example 4); X + P and Q = (X + P) I agree.
    EXPECT_DOUBLE_EQ(specs[0].values(1, 0), std::sin(1.0));
    EXPECT_DOUBLE_EQ(specs[0].values(1, 1), std::cos(1.0));
    EXPECT_DOUBLE_EQ(specs[1].values(1, 0), -0.6 + std::sin(1.0));
    EXPECT_EQ(specs[2].values, specs[1].values);
    const HeatmapSpec& weights = specs[8];
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 5; ++j) {
            EXPECT_EQ(weights.masked(i, j), j > i);
            if (j > i) {
                EXPECT_EQ(weights.values(i, j), 0.0);
            }
        }
    }
    EXPECT_DOUBLE_EQ(weights.values(0, 0), 1.0);
}

TEST(HeatmapsFor, TwoHeadsOneHead)
{
    const attn::Session session = twoHeads();
    const attn::Computation computation = attn::evaluate(session);
    const QList<HeatmapSpec> specs = heatmapsFor(session, computation, {HeatmapSelection::Mode::OneHead, 0});
    EXPECT_EQ(ids(specs), split("head1_queries head1_keys head1_values head1_scores head1_weights head1_outputs "
                                "concat outputs"));
    EXPECT_EQ(titles(specs),
              (QStringList{QStringLiteral("Head 1: queries"), QStringLiteral("Head 1: keys"),
                           QStringLiteral("Head 1: values"), QStringLiteral("Head 1: scores q\u00b7k"),
                           QStringLiteral("Head 1: attention weights"),
                           QStringLiteral("Head 1: output head\u2081 = A V"),
                           QStringLiteral("Concat(head\u2081, head\u2082)"),
                           QStringLiteral("Outputs = Concat \u00b7 W_O")}));
    EXPECT_EQ(specs[0].group, QStringLiteral("Head 1"));
    const HeatmapSpec& weights = specs[4];
    EXPECT_NEAR(weights.values(0, 0), a(), 1e-15);
    EXPECT_NEAR(weights.values(0, 1), 1.0 / (1.0 + std::exp(1.0)), 1e-15);
    EXPECT_NEAR(weights.values(1, 0), 0.5, 1e-15);
    EXPECT_EQ(specs[6].columnLabels, (QStringList{QStringLiteral("h1 v1"), QStringLiteral("h2 v1")}));
    const HeatmapSpec& outputs = specs[7];
    EXPECT_EQ(outputs.kind, HeatmapKind::Outputs);
    EXPECT_TRUE(outputs.values.isApprox(attn::Matrix{{0.5, a()}, {a(), 0.5}}, 1e-15));

    const QList<HeatmapSpec> second = heatmapsFor(session, computation, {HeatmapSelection::Mode::OneHead, 1});
    const HeatmapSpec weights2 = byId(second, QStringLiteral("head2_weights"));
    EXPECT_EQ(weights2.title, QStringLiteral("Head 2: attention weights"));
    EXPECT_NEAR(weights2.values(1, 1), a(), 1e-15);
    EXPECT_NEAR(weights2.values(0, 0), 0.5, 1e-15);
    EXPECT_EQ(byId(second, QStringLiteral("head1_weights")).id, QString());
    // A head beyond the last shows the last.
    EXPECT_EQ(ids(heatmapsFor(session, computation, {HeatmapSelection::Mode::OneHead, 7})).first(),
              QStringLiteral("head2_queries"));
}

TEST(HeatmapsFor, TwoHeadsOverviewAndEverything)
{
    const attn::Session session = twoHeads();
    const attn::Computation computation = attn::evaluate(session);
    const QList<HeatmapSpec> overview = heatmapsFor(session, computation, {HeatmapSelection::Mode::Overview, 0});
    EXPECT_EQ(ids(overview), split("head1_weights head2_weights concat outputs"));
    EXPECT_EQ(overview[0].group, overview[1].group); // the heads side by side
    EXPECT_NE(overview[1].group, overview[2].group);
    EXPECT_NEAR(overview[0].values(0, 0), a(), 1e-15);
    EXPECT_NEAR(overview[1].values(1, 1), a(), 1e-15);

    const QList<HeatmapSpec> all = heatmapsFor(session, computation, {HeatmapSelection::Mode::Everything, 0});
    EXPECT_EQ(ids(all), split("head1_queries head1_keys head1_values head1_scores head1_weights head1_outputs "
                              "head2_queries head2_keys head2_values head2_scores head2_weights head2_outputs "
                              "concat outputs"));
    // Head 2's own outputs: [1/2, a] in its single value dimension, as column 2 of the concatenation.
    EXPECT_NEAR(byId(all, QStringLiteral("head2_outputs")).values(1, 0), a(), 1e-15);
    EXPECT_NEAR(byId(all, QStringLiteral("concat")).values(1, 1), a(), 1e-15);
}

TEST(HeatmapsFor, ReluWeightsKeepTheirKind)
{
    attn::Session session;
    session.queries = attn::Matrix{{2.0, 1.0}};
    session.keys = attn::Matrix{{1.0, 1.0}, {-1.0, 0.0}};
    session.values = attn::Matrix{{1.0}, {2.0}};
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    session.normalization.function = attn::NormalizationFunction::Relu;
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    const HeatmapSpec weights = byId(specs, QStringLiteral("weights"));
    EXPECT_EQ(weights.kind, HeatmapKind::Weights);
    EXPECT_EQ(weights.values, (attn::Matrix{{3.0, 0.0}})); // relu(3), relu(−2): not normalised
    EXPECT_EQ(weights.title, QStringLiteral("Attention weights relu(s), not normalised"));
}
