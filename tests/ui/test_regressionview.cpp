// The kernel-regression view (Nadaraya–Watson). Expected numbers come from DOMAIN.md's worked example 1
// (seed 004's waistline → weight) or are computed by hand here from the Gaussian kernel, never by the code
// under test. Drags are real mouse events on the plot, at pixels from xAxis->coordToPixel.
#include "fixtures.h"
#include "teach/regressioncurve.h"
#include "teach/regressionview.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <utility>

using attn::ui::RegressionView;

namespace {

attn::Session waistline(attn::ScoringFunction function = attn::ScoringFunction::Gaussian, double sigma = 1.0)
{
    attn::Session session = attn::waistlineExample();
    session.scoring = attn::Scoring(function, sigma);
    return session;
}

/// Gaussian Nadaraya–Watson weights of the waistline keys 60, 64, 68 at q, by hand.
std::vector<double> handWeights(double q, double sigma = 1.0)
{
    const double keys[] = {60, 64, 68};
    std::vector<double> kernel;
    double sum = 0;
    for (double k : keys) {
        kernel.push_back(std::exp(-(q - k) * (q - k) / (2 * sigma * sigma)));
        sum += kernel.back();
    }
    for (double& w : kernel)
        w /= sum;
    return kernel;
}

/// A shown view laid out at a fixed size, so that pixel positions are meaningful.
struct ShownView {
    RegressionView view;
    explicit ShownView(const attn::Session& session)
    {
        view.resize(800, 500);
        view.setSession(session);
        view.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
    }
    QPoint pixelAt(double q) const
    {
        const QCustomPlot* plot = view.plot();
        return {qRound(plot->xAxis->coordToPixel(q)), plot->axisRect()->rect().center().y()};
    }
};

/// The curve's value at the sample nearest to q.
double curveNear(const RegressionView& view, double q)
{
    const auto data = view.curveGraph()->data();
    auto best = data->constBegin();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        if (std::abs(it->key - q) < std::abs(best->key - q))
            best = it;
    return best->value;
}

} // namespace

TEST(RegressionView, WaistlineEstimateIsDomainExampleOne)
{
    RegressionView view;
    view.setSession(waistline());
    EXPECT_TRUE(view.message().isEmpty());
    EXPECT_NEAR(view.estimateAt(62), 112.5000007596124, 1e-9);
    EXPECT_DOUBLE_EQ(view.queryPosition(0), 62.0);
    // At rest the bars show the first query's weights (DOMAIN.md example 1).
    const QVector<double> bars = view.weightsShown();
    ASSERT_EQ(bars.size(), 3);
    EXPECT_NEAR(bars[0], 0.499999971866208, 1e-14);
    EXPECT_NEAR(bars[1], 0.499999971866208, 1e-14);
    EXPECT_NEAR(bars[2], 5.626758419358835e-08, 1e-20);
}

TEST(RegressionView, CurveSpansKeysPlusThreeSigmaWith400Samples)
{
    RegressionView view;
    view.setSession(waistline(attn::ScoringFunction::Gaussian, 2.0));
    const auto data = view.curveGraph()->data();
    ASSERT_EQ(data->size(), 400);
    EXPECT_DOUBLE_EQ(data->constBegin()->key, 60 - 6.0);
    EXPECT_DOUBLE_EQ((data->constEnd() - 1)->key, 68 + 6.0);
    int index = 0;
    for (const QCPGraphData& point : *data) {
        if (index++ % 40 == 0) {
            const std::vector<double> w = handWeights(point.key, 2.0); // f(q) = Σ w_j v_j with v = 110, 115, 126
            EXPECT_NEAR(point.value, w[0] * 110 + w[1] * 115 + w[2] * 126, 1e-9) << "at q = " << point.key;
        }
    }

    attn::Session dot = waistline(attn::ScoringFunction::Dot);
    dot.keys = attn::Matrix{{0.5}, {1.0}, {1.5}};
    dot.queries = attn::Matrix{{1.0}};
    view.setSession(dot);
    EXPECT_DOUBLE_EQ(view.curveGraph()->data()->constBegin()->key, 0.5 - 0.1);
    EXPECT_DOUBLE_EQ((view.curveGraph()->data()->constEnd() - 1)->key, 1.5 + 0.1);
}

TEST(RegressionView, PressOnQueryLineShowsTheWeightsAsBars)
{
    ShownView shown(waistline());
    QCustomPlot* plot = shown.view.plot();
    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    EXPECT_EQ(shown.view.draggedQuery(), 0);
    const QVector<double> bars = shown.view.weightsShown();
    ASSERT_EQ(bars.size(), 3);
    EXPECT_NEAR(bars[0], 0.499999971866208, 1e-14);
    EXPECT_NEAR(bars[1], 0.499999971866208, 1e-14);
    EXPECT_NEAR(bars[2], 5.626758419358835e-08, 1e-20);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    EXPECT_EQ(shown.view.weightsShown(), bars) << "row 0's bars stay after the release";
    EXPECT_EQ(shown.view.draggedQuery(), -1);
}

TEST(RegressionView, DraggingTheQueryEmitsQueryMovedAndTheBarsFollow)
{
    ShownView shown(waistline());
    QCustomPlot* plot = shown.view.plot();
    QSignalSpy moved(&shown.view, &RegressionView::queryMoved);
    // The view draws the session it is given, never an edited copy: what the window does on every move is
    // write the query into its document and show the result.
    attn::Session document = waistline();
    QObject::connect(&shown.view, &RegressionView::queryMoved, &shown.view, [&](int row, double value) {
        document.queries(row, 0) = value;
        shown.view.setSession(document);
    });
    const double pixelWidth = std::abs(plot->xAxis->pixelToCoord(1) - plot->xAxis->pixelToCoord(0));

    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    QTest::mouseMove(plot, shown.pixelAt(63));
    QTest::mouseMove(plot, shown.pixelAt(64));
    ASSERT_GE(moved.count(), 2);
    const QList<QVariant> last = moved.last();
    EXPECT_EQ(last.at(0).toInt(), 0);
    const double q = last.at(1).toDouble();
    EXPECT_NEAR(q, 64.0, pixelWidth + 0.05) << "a pixel, and the snapping to steps of 0.1 (range 57 … 71)";
    EXPECT_DOUBLE_EQ(q, std::round(q * 10) / 10);
    EXPECT_DOUBLE_EQ(shown.view.queryPosition(0), q);

    // Hand-computed at the position actually emitted: scores −(q − k)²/2, softmax.
    const std::vector<double> expected = handWeights(q);
    const QVector<double> bars = shown.view.weightsShown();
    ASSERT_EQ(bars.size(), 3);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(bars[j], expected[j], 1e-12) << "key " << j;
    // At q = 64 exactly: scores −8, 0, −8.
    const double e8 = std::exp(-8.0);
    EXPECT_NEAR(bars[0], e8 / (1 + 2 * e8), 1e-3 * std::abs(q - 64) + 1e-15);
    EXPECT_NEAR(bars[1], 1 / (1 + 2 * e8), 1e-3 * std::abs(q - 64) + 1e-15);
    EXPECT_NEAR(bars[2], e8 / (1 + 2 * e8), 1e-3 * std::abs(q - 64) + 1e-15);

    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(64));
    EXPECT_DOUBLE_EQ(shown.view.queryPosition(0), q);
    const QVector<double> atRest = shown.view.weightsShown();
    ASSERT_EQ(atRest.size(), 3) << "the bars stay, at the query's new position";
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(atRest[j], expected[j], 1e-12) << "key " << j;
}

TEST(RegressionView, DragSurvivesTheWindowCallingSetSessionOnEveryMove)
{
    ShownView shown(waistline());
    RegressionView& view = shown.view;
    attn::Session document = waistline();
    int calls = 0;
    QObject::connect(&view, &RegressionView::queryMoved, &view, [&](int row, double value) {
        document.queries(row, 0) = value; // what the window does: write it into the document …
        view.setSession(document);        // … and show the edited session
        ++calls;
    });
    QCustomPlot* plot = view.plot();
    const double axisLower = plot->xAxis->range().lower;
    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    QTest::mouseMove(plot, shown.pixelAt(65));
    QTest::mouseMove(plot, shown.pixelAt(66));
    EXPECT_EQ(view.draggedQuery(), 0);
    EXPECT_GE(calls, 2);
    EXPECT_DOUBLE_EQ(plot->xAxis->range().lower, axisLower) << "the axis stays put during a drag";
    EXPECT_NEAR(view.queryPosition(0), 66.0, 0.1);
    EXPECT_EQ(view.weightsShown().size(), 3);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(66));
    EXPECT_DOUBLE_EQ(document.queries(0, 0), view.queryPosition(0));
}

TEST(RegressionView, PressAwayFromTheQueryLineDoesNothing)
{
    ShownView shown(waistline());
    QSignalSpy moved(&shown.view, &RegressionView::queryMoved);
    QTest::mousePress(shown.view.plot(), Qt::LeftButton, {}, shown.pixelAt(66));
    QTest::mouseMove(shown.view.plot(), shown.pixelAt(67));
    QTest::mouseRelease(shown.view.plot(), Qt::LeftButton, {}, shown.pixelAt(67));
    EXPECT_EQ(moved.count(), 0);
    EXPECT_DOUBLE_EQ(shown.view.queryPosition(0), 62.0);
}

TEST(RegressionView, BoxcarCurveHasAGapWhereNoKeyIsWithinSigma)
{
    RegressionView view;
    view.setSession(waistline(attn::ScoringFunction::Boxcar, 1.0));
    EXPECT_TRUE(std::isnan(curveNear(view, 62))) << "no key within σ = 1 of 62";
    EXPECT_TRUE(std::isnan(view.estimateAt(62)));
    EXPECT_DOUBLE_EQ(curveNear(view, 60), 110.0);
    EXPECT_DOUBLE_EQ(view.estimateAt(60), 110.0);

    view.setSession(waistline(attn::ScoringFunction::Boxcar, 3.0));
    EXPECT_DOUBLE_EQ(view.estimateAt(62), 112.5); // DOMAIN.md: weights 0.5, 0.5, 0 at σ = 3
    // Within σ of some key on (57, 71); beyond it (the range reaches 3σ out) no key is: gaps at both ends.
    for (const QCPGraphData& point : *view.curveGraph()->data())
        EXPECT_EQ(std::isnan(point.value), point.key <= 57 || point.key >= 71) << "at q = " << point.key;
}

TEST(RegressionView, AtRestTheBarsAreRowZerosAndWhileDraggingTheDraggedRows)
{
    attn::Session session = waistline();
    session.queries = attn::Matrix{{62}, {66}};
    session.query_labels.clear();
    ShownView shown(session);
    QCustomPlot* plot = shown.view.plot();
    const std::vector<double> row0 = handWeights(62);
    ASSERT_EQ(shown.view.weightsShown().size(), 3);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(shown.view.weightsShown()[j], row0[j], 1e-12) << "key " << j;

    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(66));
    ASSERT_EQ(shown.view.draggedQuery(), 1);
    const std::vector<double> row1 = handWeights(66);
    ASSERT_EQ(shown.view.weightsShown().size(), 3);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(shown.view.weightsShown()[j], row1[j], 1e-12) << "key " << j;
    QTest::mouseMove(plot, shown.pixelAt(67));
    const double q = shown.view.queryPosition(1);
    const std::vector<double> moved = handWeights(q);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(shown.view.weightsShown()[j], moved[j], 1e-12) << "key " << j << " at q = " << q;
    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(67));

    EXPECT_DOUBLE_EQ(shown.view.queryPosition(0), 62.0);
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(shown.view.weightsShown()[j], row0[j], 1e-12) << "back to row 0, key " << j;
}

TEST(RegressionView, AtItsDefaultWidthTheLegendAndQueryLabelsFit)
{
    attn::Session edges = waistline();
    edges.queries = attn::Matrix{{57.2}, {70.8}}; // labels near both edges of the range 57 … 71
    edges.query_labels = {"waist A", "waist B"};
    const std::pair<attn::Session, int> cases[] = {{waistline(), 1}, {edges, 2}};
    for (const auto& [session, queries] : cases) {
        RegressionView view;
        view.resize(380, 420);
        view.setSession(session);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        QCustomPlot* plot = view.plot();
        plot->replot();
        if (const QString path = qEnvironmentVariable("ATTN_REGRESSION_PNG"); !path.isEmpty())
            view.grab().save(QStringLiteral("%1-%2.png").arg(path).arg(queries));

        const QRect legend = plot->legend->outerRect();
        EXPECT_GE(legend.left(), 0);
        EXPECT_LE(legend.right(), plot->width() - 1);
        int entries = 0;
        for (int i = 0; i < plot->legend->elementCount(); ++i) {
            if (!plot->legend->elementAt(i)) // the empty cell after the last entry
                continue;
            ++entries;
            const QRect item = plot->legend->elementAt(i)->outerRect();
            EXPECT_GE(item.left(), legend.left()) << "legend item " << i;
            EXPECT_LE(item.right(), legend.right()) << "legend item " << i;
            EXPECT_LE(item.right(), plot->width() - 1) << "legend item " << i;
        }
        EXPECT_EQ(entries, 3) << "curve, points and weights";
        EXPECT_EQ(plot->legend->rowCount(), 2);

        const QRect rect = plot->axisRect()->rect();
        int labels = 0;
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() || !text->text().contains(QStringLiteral("q =")))
                continue;
            ++labels;
            const QPointF topLeft = text->topLeft->pixelPosition();
            const QPointF bottomRight = text->bottomRight->pixelPosition();
            EXPECT_GE(topLeft.x(), rect.left()) << text->text().toStdString();
            EXPECT_LE(bottomRight.x(), rect.right() + 1) << text->text().toStdString();
        }
        EXPECT_EQ(labels, queries);
    }
}

TEST(RegressionView, DraggingIntoAGapShowsNoBars)
{
    ShownView shown(waistline(attn::ScoringFunction::Boxcar, 1.0));
    QCustomPlot* plot = shown.view.plot();
    // The query starts in the gap (62): pressing shows no weights, moving to 60 shows key 60 alone.
    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    EXPECT_TRUE(shown.view.weightsShown().isEmpty());
    QTest::mouseMove(plot, shown.pixelAt(60));
    EXPECT_EQ(shown.view.weightsShown(), (QVector<double>{1.0, 0.0, 0.0}));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(60));
}

TEST(RegressionView, NonOneDimensionalSessionsShowTheMessage)
{
    RegressionView view;
    attn::Session twoD = waistline();
    twoD.queries = attn::Matrix{{64, 85}};
    twoD.keys = attn::Matrix{{68, 91}, {60, 87}, {64, 84}};
    view.setSession(twoD);
    EXPECT_TRUE(view.message().startsWith(
        QStringLiteral("The regression view needs one-dimensional keys and values (d_k = d_v = 1).")));
    EXPECT_TRUE(view.message().contains(QStringLiteral("d_k = 2"))) << view.message().toStdString();
    EXPECT_TRUE(std::isnan(view.estimateAt(62)));

    attn::Session selfAttention = waistline();
    selfAttention.self_attention = attn::SelfAttention{attn::Matrix{{1.0}}, attn::Matrix{{1.0}},
                                                       attn::Matrix{{1.0}}, attn::Matrix{{1.0}}, false};
    view.setSession(selfAttention);
    EXPECT_FALSE(view.message().isEmpty());

    view.setSession(waistline());
    EXPECT_TRUE(view.message().isEmpty());
}

TEST(RegressionView, InvalidSessionShowsTheCoreError)
{
    RegressionView view;
    view.setSession(waistline(attn::ScoringFunction::Gaussian, -1.0));
    EXPECT_TRUE(view.message().contains(QStringLiteral("cannot compute"))) << view.message().toStdString();
}

TEST(RegressionView, RecomputesFourHundredSamplesOfTenKeysInUnderTwentyMilliseconds)
{
    attn::Session session = waistline(attn::ScoringFunction::Gaussian, 1.5);
    session.keys.resize(10, 1);
    session.values.resize(10, 1);
    for (int j = 0; j < 10; ++j) {
        session.keys(j, 0) = 55 + 2 * j;
        session.values(j, 0) = 100 + 3 * j;
    }
    session.key_labels.clear();
    RegressionView view;
    view.resize(800, 500);
    qint64 best = 1'000'000;
    for (int run = 0; run < 5; ++run) {
        session.scoring.sigma = 1.0 + 0.1 * run; // as a σ slider moves
        QElapsedTimer timer;
        timer.start();
        view.setSession(session);
        best = std::min(best, timer.nsecsElapsed() / 1000);
    }
    EXPECT_LT(best, 20'000) << "best of five setSession calls took " << best << " µs";
}

TEST(RegressionCurve, DraggedQueriesSnapToADecimalStep)
{
    const attn::ui::RegressionRange waistlineRange{57, 71}; // 14 wide: steps of 0.1
    EXPECT_EQ(attn::ui::snapQuery(63.91734, waistlineRange), 63.9);
    EXPECT_EQ(attn::ui::snapQuery(64.0173, waistlineRange), 64.0);
    EXPECT_EQ(attn::ui::snapQuery(0.123456, attn::ui::RegressionRange{0, 1}), 0.01 * 12);
    EXPECT_EQ(attn::ui::snapQuery(1234.5, attn::ui::RegressionRange{0, 5000}), 1230.0); // steps of 10
}

TEST(RegressionView, WithoutADocumentADraggedLineReturnsToTheSessionsQuery)
{
    ShownView shown(waistline());
    QCustomPlot* plot = shown.view.plot();
    QSignalSpy finished(&shown.view, &RegressionView::dragFinished);
    QTest::mousePress(plot, Qt::LeftButton, {}, shown.pixelAt(62));
    QTest::mouseMove(plot, shown.pixelAt(65));
    EXPECT_NEAR(shown.view.queryPosition(0), 65.0, 0.1) << "the line follows the mouse while dragged";
    QTest::mouseRelease(plot, Qt::LeftButton, {}, shown.pixelAt(65));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_DOUBLE_EQ(shown.view.queryPosition(0), 62.0) << "nothing wrote the query: the session still says 62";
}

namespace {

/// The boxes of the texts drawn on `view`'s plot (each as QCustomPlot's own anchors place it), by text.
std::vector<std::pair<QString, QRectF>> visibleTexts(const RegressionView& view)
{
    std::vector<std::pair<QString, QRectF>> texts;
    QCustomPlot* plot = view.plot();
    for (int i = 0; i < plot->itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (text && text->visible() && !text->text().isEmpty())
            texts.emplace_back(
                text->text(),
                QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized());
    }
    return texts;
}

void expectNoOverlaps(const std::vector<std::pair<QString, QRectF>>& texts)
{
    for (std::size_t a = 0; a < texts.size(); ++a)
        for (std::size_t b = a + 1; b < texts.size(); ++b)
            EXPECT_FALSE(texts[a].second.intersects(texts[b].second))
                << "\"" << texts[a].first.toStdString() << "\" covers \"" << texts[b].first.toStdString() << "\"";
}

} // namespace

TEST(RegressionView, AtALargeBandwidthNoLabelCoversAnother)
{
    // σ = 1000: the range is 60 − 3000 … 68 + 3000, so the keys 60, 64, 68 lie within a pixel or two and each
    // weight is 1/3 (the scores differ by less than 2·10⁻⁵). Their three "0.3333" would pile up, and f(62) ≈ 117
    // lies between the points (64, 115) and (68, 126) whose labels it covered.
    ShownView shown(waistline(attn::ScoringFunction::Gaussian, 1000.0));
    const auto texts = visibleTexts(shown.view);
    expectNoOverlaps(texts);
    const auto shownWeights = std::count_if(shown.view.weightLabels().cbegin(), shown.view.weightLabels().cend(),
                                            [](const QCPItemText* label) { return label->visible(); });
    EXPECT_EQ(shownWeights, 1) << "the three equal weights share one place: one label for them";
    EXPECT_TRUE(shown.view.estimateLabel()->visible());
    // Inside the plot, clear of the axes' tick labels.
    const QRect rect = shown.view.plot()->axisRect()->rect();
    const QRectF estimate(shown.view.estimateLabel()->topLeft->pixelPosition(),
                          shown.view.estimateLabel()->bottomRight->pixelPosition());
    EXPECT_TRUE(QRectF(rect).contains(estimate));
    if (const QString path = qEnvironmentVariable("ATTN_REGRESSION_PNG"); !path.isEmpty())
        shown.view.grab().save(path + QStringLiteral("-sigma1000.png"));
}

TEST(RegressionView, AtTheUsualBandwidthEveryLabelIsShownAndNoneOverlaps)
{
    // σ = 1: weights 0.5, 0.5, 5.6·10⁻⁸ at keys 60, 64, 68, far apart on the axis 57 … 71: every label fits.
    ShownView shown(waistline());
    expectNoOverlaps(visibleTexts(shown.view));
    for (const QCPItemText* label : shown.view.weightLabels())
        EXPECT_TRUE(label->visible()) << label->text().toStdString();
    for (const QCPItemText* label : shown.view.keyLabels())
        EXPECT_TRUE(label->visible()) << label->text().toStdString();
    EXPECT_EQ(shown.view.weightLabels().size(), 3);
}

TEST(RegressionView, AtPresentationSizeNoLabelCoversAnotherAndTheEstimateStays)
{
    // Presentation mode at 1440 × 900: texts × 1.7 in a plot about 560 × 620. f(62) = 112.5 lies between the
    // points (60, 110) and (64, 115), whose labels it covered; the estimate is what the view is for, so it keeps
    // its place and a key's label that would cover it is left out.
    ShownView shown(waistline());
    shown.view.resize(560, 620);
    shown.view.setTextScale(1.7);
    shown.view.plot()->replot();
    expectNoOverlaps(visibleTexts(shown.view));
    EXPECT_TRUE(shown.view.estimateLabel()->visible());
    EXPECT_NEAR(shown.view.estimateLabel()->font().pointSizeF(), 12.0 * 1.7, 1e-9);
    for (const QCPItemText* label : shown.view.weightLabels())
        EXPECT_TRUE(label->visible()) << label->text().toStdString();
    // Nor does the estimate cover a key's point (the graph of keys and values: graph 1).
    const QCustomPlot* plot = shown.view.plot();
    const QRectF estimate(shown.view.estimateLabel()->topLeft->pixelPosition(),
                          shown.view.estimateLabel()->bottomRight->pixelPosition());
    const auto points = plot->graph(1)->data();
    for (auto point = points->constBegin(); point != points->constEnd(); ++point) {
        const QPointF centre(plot->xAxis->coordToPixel(point->key), plot->yAxis->coordToPixel(point->value));
        EXPECT_FALSE(estimate.normalized().contains(centre)) << "f(q) covers the point of key " << point->key;
    }
}

TEST(RegressionView, InANarrowPlotEveryTextShownLiesInsideIt)
{
    // The plot beside the heatmaps at 1280 × 720: about 320 px wide. The weight of key 68 (5.63e-08) sits on a bar
    // at the right edge: centred on it, its text ran past the axis rect and was cut off.
    ShownView shown(waistline());
    shown.view.resize(320, 520);
    shown.view.plot()->replot();
    const QRectF rect = shown.view.plot()->axisRect()->rect();
    const auto texts = visibleTexts(shown.view);
    expectNoOverlaps(texts);
    for (const auto& [text, box] : texts)
        EXPECT_TRUE(rect.adjusted(-1, -1, 1, 1).contains(box)) << text.toStdString() << " is cut off";
    // 5.63e-08 is left out rather than drawn over the bars or cut: tiny weights are the first to give way.
    EXPECT_TRUE(shown.view.weightLabels().at(0)->visible());
    EXPECT_TRUE(shown.view.estimateLabel()->visible());
}

TEST(RegressionView, EqualValuesKeepThePointsOnThePlot)
{
    // Ten keys, every value 1: f(q) = Σ a·1 rounds to 0.9999999999999999. The value axis must not zoom into that
    // rounding (it read "1" at top and bottom, the points above the plot).
    attn::Session session;
    session.queries = attn::Matrix{{1.0}};
    session.keys = attn::Matrix::Ones(10, 1);
    session.values = attn::Matrix::Ones(10, 1);
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    ShownView shown(session);
    const QCPRange range = shown.view.plot()->yAxis->range();
    EXPECT_LT(range.lower, 1.0);
    EXPECT_GT(range.upper, 1.0);
    EXPECT_GT(range.size(), 0.4) << "a readable scale around the values (0.85 … 1.3), not their rounding";
}

TEST(RegressionView, TickLabelsKeepApartAtLargeTextSizes)
{
    // Presentation (× 1.7) and Ctrl++ twice (× 1.3225) in a plot about 560 px wide: the key axis's labels ran
    // together ("57.5 6062.5 6567.570").
    ShownView shown(waistline());
    shown.view.resize(560, 620);
    shown.view.setTextScale(1.7 * 1.3225);
    shown.view.plot()->replot();
    QApplication::processEvents(); // the queued replot with the fitted tick count
    shown.view.plot()->replot();
    const QCPAxis* axis = shown.view.plot()->xAxis;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    ASSERT_GE(ticks.size(), 2);
    const QFontMetricsF metrics(axis->tickLabelFont());
    for (int i = 1; i < ticks.size(); ++i) {
        const double gap = axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]);
        const double needed =
            0.5 * (metrics.horizontalAdvance(labels[i - 1]) + metrics.horizontalAdvance(labels[i]));
        EXPECT_GT(gap, needed + metrics.averageCharWidth())
            << labels[i - 1].toStdString() << " and " << labels[i].toStdString() << " touch";
    }
}
