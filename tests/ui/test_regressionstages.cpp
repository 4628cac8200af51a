// The regression view follows the teaching step (points and query before the weights, the bars at the
// normalisation step, f(q) and the curve at the weighted sum) and the mask (masked keys greyed, without a bar, and
// left out of f(q) and the curve). Expected numbers are worked out here from the Gaussian kernel on the waistline
// (keys 60, 64, 68; values 110, 115, 126; σ = 1, T = 1), never taken from the view. In the window the stage bar
// and the presentation mode are driven as a teacher does.
#include "fixtures.h"
#include "regressiontestsupport.h"

#include "document/sessiondocument.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/viewactions.h"

#include "attn/evaluation.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QTest>

#include <cmath>

using attn::TeachingStepKind;
using attn::ui::RegressionView;
using attn::ui::test::labelFaults;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The waistline with key 64 (row 1) masked for its one query (the "chosen cells" mask).
attn::Session waistlineWithout64()
{
    attn::Session session = attn::waistlineExample();
    session.mask.kind = attn::MaskKind::Cells;
    session.mask.cells = {{0, 1}};
    return session;
}

/// Gaussian (σ = 1) Nadaraya–Watson estimate at q from the keys and values given, by hand.
double handEstimate(double q, std::initializer_list<std::pair<double, double>> keyValues)
{
    double sum = 0;
    double weighted = 0;
    for (const auto& [k, v] : keyValues) {
        const double kernel = std::exp(-(q - k) * (q - k) / 2);
        sum += kernel;
        weighted += kernel * v;
    }
    return weighted / sum;
}

struct Shown {
    RegressionView view;
    explicit Shown(const attn::Session& session)
    {
        view.resize(700, 500);
        view.setSession(session);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
    }
};

bool anyVisible(const QList<QCPItemText*>& labels)
{
    return std::any_of(labels.cbegin(), labels.cend(), [](const QCPItemText* label) { return label->visible(); });
}

/// Lets pending layouts, replots and queued calls run.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

int stepOfKind(const attn::ui::StageBar* bar, TeachingStepKind kind)
{
    for (int i = 0; i < bar->steps().size(); ++i)
        if (bar->steps()[i].kind == kind)
            return i;
    return -1;
}

} // namespace

TEST(RegressionStages, BeforeTheWeightsOnlyThePointsAndTheQuery)
{
    Shown shown(attn::waistlineExample());
    RegressionView& view = shown.view;
    for (const TeachingStepKind step : {TeachingStepKind::Scores, TeachingStepKind::Scaling}) {
        view.setStage(step);
        view.plot()->replot();
        EXPECT_TRUE(view.weightsShown().isEmpty());
        EXPECT_FALSE(view.weightBars()->visible());
        EXPECT_FALSE(anyVisible(view.weightLabels()));
        EXPECT_FALSE(view.estimateMarker()->visible());
        EXPECT_FALSE(view.estimateLabel()->visible());
        EXPECT_FALSE(view.curveGraph()->visible());
        EXPECT_EQ(view.pointsGraph()->dataCount(), 3);
        EXPECT_TRUE(view.queryLabels().at(0)->visible());
        EXPECT_FALSE(view.plot()->yAxis2->tickLabels()) << "no weight axis before the weights";
        for (int i = 0; i < view.plot()->legend->itemCount(); ++i) {
            auto* item = qobject_cast<QCPPlottableLegendItem*>(view.plot()->legend->item(i));
            EXPECT_TRUE(!item || item->plottable() == view.pointsGraph()) << "only the points in the legend";
        }
    }
}

TEST(RegressionStages, TheNormalisationStepShowsTheBarsAndTheWeightedSumTheEstimate)
{
    Shown shown(attn::waistlineExample());
    RegressionView& view = shown.view;
    view.setStage(TeachingStepKind::Normalisation);
    view.plot()->replot();
    // a(62, k) = exp(−(62 − k)²/2) / Σ: exp(−2), exp(−2), exp(−18) normalised.
    const double sum = 2 * std::exp(-2.0) + std::exp(-18.0);
    ASSERT_EQ(view.weightsShown().size(), 3);
    EXPECT_NEAR(view.weightsShown()[0], std::exp(-2.0) / sum, 1e-14);
    EXPECT_NEAR(view.weightsShown()[2], std::exp(-18.0) / sum, 1e-20);
    EXPECT_TRUE(view.weightBars()->visible());
    EXPECT_EQ(view.weightBars()->dataCount(), 3);
    EXPECT_FALSE(view.estimateLabel()->visible()) << "f(q) is the next step's";
    EXPECT_FALSE(view.estimateMarker()->visible());
    EXPECT_FALSE(view.curveGraph()->visible());

    view.setStage(TeachingStepKind::WeightedSum);
    view.plot()->replot();
    EXPECT_TRUE(view.curveGraph()->visible());
    EXPECT_TRUE(view.estimateMarker()->visible());
    EXPECT_TRUE(view.estimateLabel()->visible());
    EXPECT_EQ(view.estimateLabel()->text(), u"f(62) = 112.5"_s);
    view.setStage(std::nullopt); // every stage shown
    view.plot()->replot();
    EXPECT_TRUE(view.curveGraph()->visible());
    EXPECT_TRUE(view.estimateLabel()->visible());
    EXPECT_TRUE(labelFaults(view).isEmpty()) << labelFaults(view).join(u"; "_s).toStdString();
}

TEST(RegressionStages, AMaskedKeyIsGreyedHasNoBarAndIsLeftOutOfTheEstimate)
{
    const attn::Session session = waistlineWithout64();
    Shown shown(session);
    RegressionView& view = shown.view;
    // Before the mask step nothing is masked yet (as the heatmaps show the scores whole).
    view.setStage(TeachingStepKind::Scaling);
    EXPECT_EQ(view.maskedKeysShown(), QVector<bool>({false, false, false}));
    EXPECT_EQ(view.pointsGraph()->dataCount(), 3);
    EXPECT_EQ(view.maskedPointsGraph()->dataCount(), 0);

    view.setStage(TeachingStepKind::Mask);
    view.plot()->replot();
    EXPECT_EQ(view.maskedKeysShown(), QVector<bool>({false, true, false}));
    ASSERT_EQ(view.maskedPointsGraph()->dataCount(), 1);
    EXPECT_DOUBLE_EQ(view.maskedPointsGraph()->data()->at(0)->key, 64.0);
    EXPECT_DOUBLE_EQ(view.maskedPointsGraph()->data()->at(0)->value, 115.0);
    EXPECT_EQ(view.pointsGraph()->dataCount(), 2);
    EXPECT_TRUE(view.weightsShown().isEmpty());

    view.setStage(TeachingStepKind::Normalisation);
    view.plot()->replot();
    // Keys 60 and 68 share the weight: exp(−2) and exp(−18) over their sum; 64 gets exactly 0 and no bar.
    const QVector<double> weights = view.weightsShown();
    ASSERT_EQ(weights.size(), 3);
    EXPECT_NEAR(weights[0], 1 / (1 + std::exp(-16.0)), 1e-15);
    EXPECT_EQ(weights[1], 0.0);
    EXPECT_NEAR(weights[2], std::exp(-16.0) / (1 + std::exp(-16.0)), 1e-20);
    ASSERT_EQ(view.weightBars()->dataCount(), 2);
    EXPECT_DOUBLE_EQ(view.weightBars()->data()->at(0)->key, 60.0);
    EXPECT_DOUBLE_EQ(view.weightBars()->data()->at(1)->key, 68.0);
    EXPECT_FALSE(view.weightLabels().at(1)->visible()) << "no value for the masked key";

    view.setStage(TeachingStepKind::WeightedSum);
    view.plot()->replot();
    // f(62) = 110 + 16·e⁻¹⁶/(1 + e⁻¹⁶) ≈ 110.0000018, as the computed output of the session.
    const double expected = 110 + 16 * std::exp(-16.0) / (1 + std::exp(-16.0));
    EXPECT_NEAR(view.estimateAt(62), expected, 1e-9);
    EXPECT_NEAR(attn::evaluate(session).outputs(0, 0), expected, 1e-9);
    EXPECT_EQ(view.estimateLabel()->text(), u"f(62) = 110"_s);
    // The curve leaves key 64 out everywhere: at q = 64 it is the estimate from 60 and 68 alone (= 118).
    const auto data = view.curveGraph()->data();
    int checked = 0;
    for (auto point = data->constBegin(); point != data->constEnd(); ++point) {
        if (std::abs(point->key - 64) < 1.5) {
            EXPECT_NEAR(point->value, handEstimate(point->key, {{60, 110}, {68, 126}}), 1e-9) << point->key;
            ++checked;
        }
    }
    EXPECT_GT(checked, 10);
    EXPECT_TRUE(labelFaults(view).isEmpty()) << labelFaults(view).join(u"; "_s).toStdString();
}

TEST(RegressionStages, ARowsMaskFollowsTheQueryRowWhoseWeightsAreShown)
{
    // Queries 62 and 66 with a mask per row: query 0 sees key 60 only, query 1 keys 60 and 64.
    attn::Session session = attn::waistlineExample();
    session.queries = attn::Matrix{{62.0}, {66.0}};
    session.query_labels = {"62 cm", "66 cm"};
    session.mask.kind = attn::MaskKind::Cells;
    session.mask.cells = {{0, 1}, {0, 2}, {1, 2}};
    Shown shown(session);
    RegressionView& view = shown.view;
    EXPECT_EQ(view.maskedKeysShown(), QVector<bool>({false, true, true}));
    EXPECT_DOUBLE_EQ(view.estimateAt(62), 110.0);
    // A press on query 1's line shows its row: its mask, its weights, its estimate.
    QCustomPlot* plot = view.plot();
    const QPoint line(qRound(plot->xAxis->coordToPixel(66)), plot->axisRect()->rect().center().y());
    QTest::mousePress(plot, Qt::LeftButton, {}, line);
    ASSERT_EQ(view.draggedQuery(), 1);
    EXPECT_EQ(view.maskedKeysShown(), QVector<bool>({false, false, true}));
    EXPECT_NEAR(view.estimateAt(66), handEstimate(66, {{60, 110}, {64, 115}}), 1e-9);
    EXPECT_NEAR(attn::evaluate(session).outputs(1, 0), handEstimate(66, {{60, 110}, {64, 115}}), 1e-9);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, line);
}

TEST(RegressionStages, InTheWindowTheViewFollowsTheStageBar)
{
    attn::ui::MainWindow w;
    w.useDefaultLayout();
    w.show();
    w.loadSession(waistlineWithout64());
    ASSERT_TRUE(w.results()->waitForResults());
    settle();
    RegressionView* view = w.results()->regression();
    attn::ui::StageBar* bar = w.results()->stageBar();
    ASSERT_TRUE(view->isVisible());

    bar->setCurrent(stepOfKind(bar, TeachingStepKind::Scores));
    settle();
    EXPECT_EQ(view->stage(), TeachingStepKind::Scores);
    EXPECT_TRUE(view->weightsShown().isEmpty());
    EXPECT_FALSE(view->curveGraph()->visible());
    EXPECT_FALSE(view->estimateLabel()->visible());
    EXPECT_EQ(view->maskedPointsGraph()->dataCount(), 0);

    bar->setCurrent(stepOfKind(bar, TeachingStepKind::Mask));
    settle();
    EXPECT_EQ(view->maskedKeysShown(), QVector<bool>({false, true, false}));
    EXPECT_TRUE(view->weightsShown().isEmpty());

    bar->setCurrent(stepOfKind(bar, TeachingStepKind::Normalisation));
    settle();
    EXPECT_EQ(view->weightsShown().size(), 3);
    EXPECT_TRUE(view->weightBars()->visible());
    EXPECT_FALSE(view->curveGraph()->visible());

    bar->setCurrent(stepOfKind(bar, TeachingStepKind::WeightedSum));
    settle();
    EXPECT_TRUE(view->curveGraph()->visible());
    EXPECT_TRUE(view->estimateLabel()->visible());
    // The estimate drawn is the output the window computed for the query (key 64 masked).
    EXPECT_NEAR(view->estimateAt(62), w.results()->computation()->outputs(0, 0), 1e-12);

    // An edit while stepping keeps the step (the heatmaps keep it too).
    bar->setCurrent(stepOfKind(bar, TeachingStepKind::Scores));
    w.document()->setSigma(2.0);
    ASSERT_TRUE(w.results()->waitForResults());
    settle();
    EXPECT_EQ(view->stage(), TeachingStepKind::Scores);
    EXPECT_TRUE(view->weightsShown().isEmpty());

    bar->setCurrent(-1);
    settle();
    EXPECT_EQ(view->stage(), std::nullopt);
    EXPECT_TRUE(view->curveGraph()->visible());
}

TEST(RegressionStages, AfterPresentationWithLargerTextNothingIsCut)
{
    // F5, Ctrl++ twice, Esc at 1440 × 900 (the teacher's sequence): the regression view was left narrower than
    // its legend, its query label and f(q) cut at the plot's edge.
    attn::ui::MainWindow w;
    w.useDefaultLayout();
    w.show();
    w.loadSession(attn::waistlineExample());
    ASSERT_TRUE(w.results()->waitForResults());
    const double scale = w.viewActions()->fontScale();
    w.viewActions()->setPresenting(true);
    w.showNormal();
    w.resize(1440, 900);
    settle();
    w.viewActions()->setFontScale(scale * 1.15);
    w.viewActions()->setFontScale(scale * 1.15 * 1.15);
    settle();
    const auto check = [&w](const char* where) {
        RegressionView* view = w.results()->regression();
        QCustomPlot* plot = view->plot();
        plot->replot();
        EXPECT_GE(view->width(), view->minimumSizeHint().width()) << where;
        EXPECT_TRUE(QRect(QPoint(0, 0), plot->size()).contains(plot->legend->outerRect()))
            << where << ": legend " << plot->legend->outerRect().width() << " px wide in a plot of "
            << plot->width();
        const QStringList faults = labelFaults(*view);
        EXPECT_TRUE(faults.isEmpty()) << where << ": " << faults.join(u"; "_s).toStdString();
        EXPECT_TRUE(view->queryLabels().at(0)->visible()) << where;
    };
    check("presentation, Ctrl++ twice");
    w.viewActions()->setPresenting(false);
    w.resize(1440, 900);
    settle();
    check("after Esc");
    w.viewActions()->setFontScale(scale);
}
