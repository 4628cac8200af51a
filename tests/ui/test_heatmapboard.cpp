// The heatmap board: one HeatmapWidget per spec, named after its id, reused across updates, arranged by shape in
// a scroll area; a left click on a cell is reported with the heatmap's id, row and column.
#include "attn/evaluation.h"
#include "fixtures.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"
#include "teach/heatmapboard.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

QList<HeatmapSpec> specsOf(const attn::Session& session, HeatmapSelection selection = {})
{
    return heatmapsFor(session, attn::evaluate(session), selection);
}

QStringList objectNames(const QList<HeatmapWidget*>& widgets)
{
    QStringList names;
    for (const HeatmapWidget* widget : widgets)
        names << widget->objectName();
    return names;
}

QPoint cellCentre(const HeatmapWidget* widget, int row, int column)
{
    const QCustomPlot* plot = widget->plot();
    return QPointF(plot->xAxis->coordToPixel(column), plot->yAxis->coordToPixel(row)).toPoint();
}

/// The top-left corner of `widget` in `board` coordinates.
QPoint topLeft(const HeatmapWidget* widget, const HeatmapBoard& board)
{
    return widget->mapTo(&board, QPoint(0, 0));
}

} // namespace

TEST(HeatmapBoard, CreatesReusesAndRemovesWidgetsById)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(maskedUniform()));
    EXPECT_EQ(objectNames(board.heatmaps()), (QStringList{QStringLiteral("scores"), QStringLiteral("mask"),
                                                          QStringLiteral("weights"), QStringLiteral("outputs")}));
    EXPECT_EQ(board.specs().size(), 4);
    HeatmapWidget* weights = board.heatmap(QStringLiteral("weights"));
    ASSERT_NE(weights, nullptr);
    EXPECT_EQ(weights->controller()->spec().id, QStringLiteral("weights"));
    EXPECT_EQ(board.heatmap(QStringLiteral("nothing")), nullptr);

    // Same ids, new values: the same widgets show them.
    attn::Session changed = maskedUniform({3, 6});
    board.setSpecs(specsOf(changed));
    EXPECT_EQ(board.heatmap(QStringLiteral("weights")), weights);
    EXPECT_NEAR(weights->controller()->cellValue(0, 2), 1.0 / 3.0, 1e-15);

    // Without a mask the mask heatmap goes away; the others stay.
    changed.mask = {};
    board.setSpecs(specsOf(changed));
    EXPECT_EQ(objectNames(board.heatmaps()),
              (QStringList{QStringLiteral("scores"), QStringLiteral("weights"), QStringLiteral("outputs")}));
    EXPECT_EQ(board.heatmap(QStringLiteral("mask")), nullptr);
    EXPECT_EQ(board.heatmap(QStringLiteral("weights")), weights);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(board.findChildren<HeatmapWidget*>().size(), 3);

    board.setSpecs({});
    EXPECT_TRUE(board.heatmaps().isEmpty());
}

TEST(HeatmapBoard, FiveStagesSitThreeAndTwo)
{
    // Causal self-attention, scaled dot: Q, K, V in a row, then five 5 × 5 or 5 × 4 attention stages.
    HeatmapBoard board;
    board.setSpecs(specsOf(causalSelfAttention()));
    ASSERT_EQ(board.heatmaps().size(), 8);
    showAt(board, QSize(1900, 1000)); // three per row need room for every number (the minimum grows with cells)
    const QList<HeatmapWidget*> all = board.heatmaps();
    EXPECT_EQ(topLeft(all[0], board).y(), topLeft(all[2], board).y());
    const QList<HeatmapWidget*> w = all.mid(3);
    EXPECT_EQ(objectNames(w),
              (QStringList{QStringLiteral("raw_scores"), QStringLiteral("scores"), QStringLiteral("mask"),
                           QStringLiteral("weights"), QStringLiteral("outputs")}));
    EXPECT_GT(topLeft(w[0], board).y(), topLeft(all[0], board).y() + 200);
    EXPECT_EQ(topLeft(w[0], board).y(), topLeft(w[1], board).y());
    EXPECT_EQ(topLeft(w[1], board).y(), topLeft(w[2], board).y());
    EXPECT_LT(topLeft(w[0], board).x(), topLeft(w[1], board).x());
    EXPECT_LT(topLeft(w[1], board).x(), topLeft(w[2], board).x());
    EXPECT_GT(topLeft(w[3], board).y(), topLeft(w[0], board).y() + 200);
    EXPECT_EQ(topLeft(w[3], board).y(), topLeft(w[4], board).y());
    EXPECT_GT(w[3]->width(), w[0]->width()); // two share the second row
    for (const HeatmapWidget* widget : w) {
        EXPECT_GE(widget->width(), 320) << widget->objectName().toStdString();
        EXPECT_GE(widget->height(), 200) << widget->objectName().toStdString();
    }
}

TEST(HeatmapBoard, FlatHeatmapsTakeAFullRowAndTheBoardScrolls)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(attn::waistlineExample())); // 1 × 3, 1 × 3, 1 × 1: each flat
    showAt(board, QSize(1000, 600));
    const QList<HeatmapWidget*> w = board.heatmaps();
    ASSERT_EQ(w.size(), 3);
    for (int i = 1; i < 3; ++i) {
        EXPECT_EQ(topLeft(w[i], board).x(), topLeft(w[0], board).x());
        EXPECT_GT(topLeft(w[i], board).y(), topLeft(w[i - 1], board).y());
        EXPECT_EQ(w[i]->width(), w[0]->width());
    }
    EXPECT_GT(w[0]->width(), 900);

    // Too narrow for two side by side: one per row, each at a legible size, and the board scrolls down.
    board.setSpecs(specsOf(causalSelfAttention(true)));
    showAt(board, QSize(500, 400));
    auto* scroll = board.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    for (const HeatmapWidget* widget : board.heatmaps()) {
        EXPECT_GE(widget->width(), 320);
        EXPECT_GE(widget->height(), 200);
        // Never below the room its numbers need: the board scrolls (also sideways) instead.
        EXPECT_GE(widget->width(), widget->minimumSizeHint().width());
        EXPECT_GE(widget->height(), widget->minimumSizeHint().height());
        EXPECT_EQ(topLeft(widget, board).x(), topLeft(board.heatmaps().first(), board).x());
    }
    EXPECT_TRUE(scroll->verticalScrollBar()->isVisible());

    // Wider again: Q, K and V side by side.
    showAt(board, QSize(1900, 900));
    const QList<HeatmapWidget*> stages = board.heatmaps();
    EXPECT_EQ(topLeft(stages[2], board).y(), topLeft(stages[4], board).y());
    EXPECT_LT(topLeft(stages[2], board).x(), topLeft(stages[4], board).x());
}

TEST(HeatmapBoard, OverviewPutsTheHeadsSideBySide)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(twoHeads(), {HeatmapSelection::Mode::Overview, 0}));
    showAt(board, QSize(1200, 800));
    const QList<HeatmapWidget*> w = board.heatmaps();
    ASSERT_EQ(objectNames(w), (QStringList{QStringLiteral("head1_weights"), QStringLiteral("head2_weights"),
                                           QStringLiteral("concat"), QStringLiteral("outputs")}));
    EXPECT_EQ(topLeft(w[0], board).y(), topLeft(w[1], board).y());
    EXPECT_GT(topLeft(w[2], board).y(), topLeft(w[0], board).y());
    EXPECT_NEAR(w[0]->controller()->cellValue(0, 0), a(), 1e-15);
}

TEST(HeatmapBoard, LeftClickOnACellReportsIt)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(maskedUniform()));
    showAt(board, QSize(1400, 900));
    QSignalSpy spy(&board, &HeatmapBoard::cellClicked);
    HeatmapWidget* weights = board.heatmap(QStringLiteral("weights"));
    ASSERT_NE(weights, nullptr);

    QTest::mouseClick(weights->plot(), Qt::LeftButton, {}, cellCentre(weights, 1, 7));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy[0][0].toString(), QStringLiteral("weights"));
    EXPECT_EQ(spy[0][1].toInt(), 1);
    EXPECT_EQ(spy[0][2].toInt(), 7);

    HeatmapWidget* scores = board.heatmap(QStringLiteral("scores"));
    QTest::mouseClick(scores->plot(), Qt::LeftButton, {}, cellCentre(scores, 0, 0));
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy[1][0].toString(), QStringLiteral("scores"));
    EXPECT_EQ(spy[1][1].toInt(), 0);
    EXPECT_EQ(spy[1][2].toInt(), 0);

    // No signal for the right button, outside the cells, or a drag from one cell to another.
    QTest::mouseClick(weights->plot(), Qt::RightButton, {}, cellCentre(weights, 0, 0));
    QTest::mouseClick(weights->plot(), Qt::LeftButton, {}, QPoint(2, 2));
    QTest::mousePress(weights->plot(), Qt::LeftButton, {}, cellCentre(weights, 0, 0));
    QTest::mouseMove(weights->plot(), cellCentre(weights, 0, 3));
    QTest::mouseRelease(weights->plot(), Qt::LeftButton, {}, cellCentre(weights, 0, 3));
    EXPECT_EQ(spy.count(), 2);
}
