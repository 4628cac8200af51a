// Selection and linked highlighting across the heatmap board, and the step-through view. The linking rule is
// checked on the specs of hand-built sessions (rows are queries; columns of scores, mask and weights are keys);
// outlines and dimming are checked on rendered pixels.
#include "attn/evaluation.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmaplinks.h"
#include "heatmap/heatmapstyle.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"
#include "teach/heatmapboard.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <qcustomplot.h>

#include <QApplication>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

using Cell = std::pair<int, int>;

QList<HeatmapSpec> specsOf(const attn::Session& session, HeatmapSelection selection = {})
{
    return heatmapsFor(session, attn::evaluate(session), selection);
}

QImage render(const HeatmapWidget* widget)
{
    QCustomPlot* plot = widget->plot();
    return plot->toPixmap(plot->width(), plot->height()).toImage();
}

/// The exact pixel rectangle of cell (row, column) of `widget`'s plot.
QRect cellRect(const HeatmapWidget* widget, int row, int column)
{
    return cellPixels(*widget->plot(), row, column, 0.0);
}

/// Pixels along the inside of `rect` (`inset` pixels in from each edge) that differ between two images.
int changedAlongEdge(const QImage& before, const QImage& after, const QRect& rect, int inset)
{
    const QRect ring = rect.adjusted(inset, inset, -inset, -inset);
    int changed = 0;
    for (int x = ring.left(); x <= ring.right(); ++x)
        for (int y : {ring.top(), ring.bottom()})
            changed += before.pixel(x, y) != after.pixel(x, y) ? 1 : 0;
    for (int y = ring.top(); y <= ring.bottom(); ++y)
        for (int x : {ring.left(), ring.right()})
            changed += before.pixel(x, y) != after.pixel(x, y) ? 1 : 0;
    return changed;
}

int changedIn(const QImage& before, const QImage& after, const QRect& rect)
{
    int changed = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            changed += before.pixel(x, y) != after.pixel(x, y) ? 1 : 0;
    return changed;
}

/// Pixels of clearly coloured (saturated) hue: any colour-map colour, none of the greys of a dimmed heatmap.
int colourful(const QImage& image)
{
    return countIn(image, image.rect(), [](const QColor& c) { return c.hsvSaturation() > 40 && c.value() > 40; });
}

} // namespace

TEST(HeatmapLinks, RowsAndColumnsByStage)
{
    const QList<HeatmapSpec> specs = specsOf(causalSelfAttention());
    EXPECT_EQ(byId(specs, QStringLiteral("queries")).rows, attn::Axis::Queries);
    EXPECT_EQ(byId(specs, QStringLiteral("keys")).rows, attn::Axis::Keys);
    EXPECT_EQ(byId(specs, QStringLiteral("values")).rows, attn::Axis::Keys);
    EXPECT_EQ(byId(specs, QStringLiteral("weights")).rows, attn::Axis::Queries);
    for (const char* id : {"raw_scores", "scores", "mask", "weights"})
        EXPECT_EQ(byId(specs, QLatin1StringView(id)).columns, attn::Axis::Keys) << id;
    for (const char* id : {"queries", "keys"})
        EXPECT_EQ(byId(specs, QLatin1StringView(id)).columns, attn::Axis::QueryKeyDimensions) << id;
    for (const char* id : {"values", "outputs"})
        EXPECT_EQ(byId(specs, QLatin1StringView(id)).columns, attn::Axis::ValueDimensions) << id;

    const QList<HeatmapSpec> heads = specsOf(twoHeads(), {HeatmapSelection::Mode::Everything, 0});
    EXPECT_EQ(byId(heads, QStringLiteral("head2_weights")).stage, (attn::StageId{attn::Stage::Weights, 1, -1}));
    EXPECT_EQ(byId(heads, QStringLiteral("head1_keys")).stage, (attn::StageId{attn::Stage::Keys, 0, -1}));
    EXPECT_EQ(byId(heads, QStringLiteral("head2_values")).rows, attn::Axis::Keys);
    EXPECT_EQ(byId(heads, QStringLiteral("concat")).stage, (attn::StageId{attn::Stage::Concat, -1, -1}));
}

TEST(HeatmapLinks, AJacobianCellLinksItsTwoKeysAndItsQuery)
{
    // Waistline, Jacobian of query 0: cell (J row 2, J column 1) depends on query 0 and keys 2 and 1.
    const attn::Session session = attn::waistlineExample();
    HeatmapSelection selection;
    selection.jacobian_row = 0;
    const QList<HeatmapSpec> specs = specsOf(session, selection);
    const HeatmapSpec& jacobian = byId(specs, QStringLiteral("softmax_jacobian"));
    const HeatmapSpec& weights = byId(specs, QStringLiteral("weights"));
    const HeatmapHighlight onWeights = linkedHighlight(jacobian, 2, 1, weights);
    EXPECT_EQ(onWeights.row, 0);
    EXPECT_EQ(onWeights.column, 1);
    // Selecting weight (0, 2) outlines key 2's row and column in the Jacobian.
    const HeatmapHighlight onJacobian = linkedHighlight(weights, 0, 2, jacobian);
    EXPECT_EQ(onJacobian.row, 2);
    EXPECT_EQ(onJacobian.column, 2);
}

TEST(HeatmapLinks, SameQueryEverywhereSameKeyWhereColumnsAreKeys)
{
    // Causal self-attention over "The cat sat on mats": select the weight of query "on" (row 3) for key "cat" (1).
    const QList<HeatmapSpec> specs = specsOf(causalSelfAttention());
    const HeatmapSpec weights = byId(specs, QStringLiteral("weights"));
    auto linked = [&](const char* id) {
        return linkedHighlight(weights, 3, 1, byId(specs, QLatin1StringView(id)));
    };

    EXPECT_EQ(linked("weights"), (HeatmapHighlight{std::nullopt, std::nullopt, Cell{3, 1}}));
    for (const char* id : {"raw_scores", "scores", "mask"})
        EXPECT_EQ(linked(id), (HeatmapHighlight{3, 1, std::nullopt})) << id;
    // Columns are dimensions: the query's row only.
    for (const char* id : {"queries", "outputs"})
        EXPECT_EQ(linked(id), (HeatmapHighlight{3, std::nullopt, std::nullopt})) << id;
    // Rows of K and V are keys: the key's row (k₂ and v₂ enter this weight and its output).
    for (const char* id : {"keys", "values"})
        EXPECT_EQ(linked(id), (HeatmapHighlight{1, std::nullopt, std::nullopt})) << id;

    // Selecting an output (query 2, value dimension 3) links no key.
    const HeatmapSpec outputs = byId(specs, QStringLiteral("outputs"));
    EXPECT_EQ(linkedHighlight(outputs, 2, 3, weights), (HeatmapHighlight{2, std::nullopt, std::nullopt}));
    EXPECT_TRUE(linkedHighlight(outputs, 2, 3, byId(specs, QStringLiteral("keys"))).isEmpty());
    // Selecting key 4 in K links its column in the scores, and no query.
    const HeatmapSpec keys = byId(specs, QStringLiteral("keys"));
    EXPECT_EQ(linkedHighlight(keys, 4, 0, byId(specs, QStringLiteral("scores"))),
              (HeatmapHighlight{std::nullopt, 4, std::nullopt}));
}

TEST(HeatmapLinks, KeysLinkWithinOneHeadQueriesAcrossHeads)
{
    const QList<HeatmapSpec> specs = specsOf(twoHeads(), {HeatmapSelection::Mode::Everything, 0});
    const HeatmapSpec head1 = byId(specs, QStringLiteral("head1_weights"));
    EXPECT_EQ(linkedHighlight(head1, 1, 0, byId(specs, QStringLiteral("head1_scores"))),
              (HeatmapHighlight{1, 0, std::nullopt}));
    EXPECT_EQ(linkedHighlight(head1, 1, 0, byId(specs, QStringLiteral("head2_weights"))),
              (HeatmapHighlight{1, std::nullopt, std::nullopt}));
    EXPECT_EQ(linkedHighlight(head1, 1, 0, byId(specs, QStringLiteral("head1_values"))),
              (HeatmapHighlight{0, std::nullopt, std::nullopt}));
    EXPECT_TRUE(linkedHighlight(head1, 1, 0, byId(specs, QStringLiteral("head2_values"))).isEmpty());
    EXPECT_EQ(linkedHighlight(head1, 1, 0, byId(specs, QStringLiteral("concat"))),
              (HeatmapHighlight{1, std::nullopt, std::nullopt}));
}

TEST(HeatmapBoardSelection, OutlinesTheCellAndItsLinks)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(causalSelfAttention()));
    showAt(board, QSize(1600, 1400)); // cells of at least 48 px: the outline's lines at their full width
    HeatmapWidget* weights = board.heatmap(QStringLiteral("weights"));
    HeatmapWidget* scores = board.heatmap(QStringLiteral("scores"));
    HeatmapWidget* outputs = board.heatmap(QStringLiteral("outputs"));
    ASSERT_TRUE(weights && scores && outputs);
    const QImage weightsBefore = render(weights);
    const QImage scoresBefore = render(scores);
    const QImage outputsBefore = render(outputs);

    board.setSelection(QStringLiteral("weights"), 3, 1);
    EXPECT_EQ(weights->controller()->highlight(), (HeatmapHighlight{std::nullopt, std::nullopt, Cell{3, 1}}));
    EXPECT_EQ(scores->controller()->highlight(), (HeatmapHighlight{3, 1, std::nullopt}));
    EXPECT_EQ(outputs->controller()->highlight(), (HeatmapHighlight{3, std::nullopt, std::nullopt}));

    // The selected cell: a white line on its edge between two black ones, all the way round.
    const QImage weightsAfter = render(weights);
    const QRect selected = cellRect(weights, 3, 1);
    ASSERT_GE(std::min(selected.width(), selected.height()), 6 * 8); // 2 + 4 + 2 px, at most a sixth of a cell
    const int perimeter = 2 * (selected.width() + selected.height()) - 8;
    EXPECT_GT(changedAlongEdge(weightsBefore, weightsAfter, selected, 1), perimeter / 2);
    const int x = selected.center().x();
    EXPECT_EQ(weightsAfter.pixelColor(x, selected.top() - 3), QColor(Qt::black));
    EXPECT_EQ(weightsAfter.pixelColor(x, selected.top()), QColor(Qt::white));
    EXPECT_EQ(weightsAfter.pixelColor(x, selected.top() + 3), QColor(Qt::black));
    // Its neighbour, unselected, is unchanged.
    EXPECT_EQ(changedIn(weightsBefore, weightsAfter, cellRect(weights, 3, 3).adjusted(3, 3, -3, -3)), 0);

    // The linked row in the scores: outlined along its top edge over every column.
    const QImage scoresAfter = render(scores);
    for (int column = 0; column < 5; ++column) {
        const QRect cell = cellRect(scores, 3, column);
        const QRect topEdge(cell.left() + 4, cell.top() + 1, cell.width() - 8, 1);
        EXPECT_GT(changedIn(scoresBefore, scoresAfter, topEdge), topEdge.width() / 2) << column;
    }
    EXPECT_EQ(changedIn(scoresBefore, scoresAfter, cellRect(scores, 0, 3).adjusted(3, 3, -3, -3)), 0);

    // Outputs: the row, but no column (value dimensions are not keys).
    const QImage outputsAfter = render(outputs);
    EXPECT_GT(changedAlongEdge(outputsBefore, outputsAfter, cellRect(outputs, 3, 2), 1), 0);
    for (const int row : {0, 1, 4})
        EXPECT_EQ(changedIn(outputsBefore, outputsAfter, cellRect(outputs, row, 1)), 0) << row;

    // The selection survives new values, and goes away when cleared.
    board.setSpecs(specsOf(causalSelfAttention(true)));
    EXPECT_EQ(board.heatmap(QStringLiteral("scores"))->controller()->highlight(),
              (HeatmapHighlight{3, 1, std::nullopt}));
    board.clearSelection();
    for (const HeatmapWidget* widget : board.heatmaps())
        EXPECT_TRUE(widget->controller()->highlight().isEmpty()) << widget->objectName().toStdString();
    const QImage cleared = render(weights);
    board.setSelection(QStringLiteral("weights"), 0, 0);
    EXPECT_NE(render(weights), cleared);
    board.clearSelection();
    EXPECT_EQ(render(weights), cleared);
}

TEST(HeatmapBoardSteps, LaterStepsAreDimmedAndEmptyTheCurrentOneFramed)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(causalSelfAttention()));
    showAt(board, QSize(1600, 1000));
    const QList<HeatmapWidget*> widgets = board.heatmaps();
    HeatmapWidget* scores = board.heatmap(QStringLiteral("scores"));
    HeatmapWidget* weights = board.heatmap(QStringLiteral("weights"));
    HeatmapWidget* outputs = board.heatmap(QStringLiteral("outputs"));
    ASSERT_GT(colourful(render(weights)), 1000);

    const QStringList shown{QStringLiteral("queries"), QStringLiteral("keys"), QStringLiteral("values"),
                            QStringLiteral("raw_scores"), QStringLiteral("scores")};
    board.setStepView(shown, {QStringLiteral("scores")});
    EXPECT_EQ(board.heatmaps(), widgets); // the same widgets, not rebuilt
    EXPECT_EQ(scores->stepState(), HeatmapWidget::StepState::Current);
    EXPECT_EQ(weights->stepState(), HeatmapWidget::StepState::NotYet);
    EXPECT_EQ(outputs->stepState(), HeatmapWidget::StepState::NotYet);
    EXPECT_EQ(board.heatmap(QStringLiteral("queries"))->stepState(), HeatmapWidget::StepState::Normal);

    // Not yet: no colour of any map, no numbers, only greys; no tooltip that would give the value away.
    const QImage dimmed = render(weights);
    EXPECT_EQ(colourful(dimmed), 0);
    EXPECT_EQ(
        countIn(dimmed, cellPixels(*weights->plot(), 2, 2), [](const QColor& c) { return c.lightness() < 128; }),
        0);
    EXPECT_EQ(weights->controller()->title()->text(), byId(board.specs(), QStringLiteral("weights")).title);
    const QPointF centre(weights->plot()->xAxis->coordToPixel(0), weights->plot()->yAxis->coordToPixel(0));
    EXPECT_TRUE(weights->cellToolTip(centre).isEmpty());
    EXPECT_GT(colourful(render(scores)), 1000);

    // The current step's frame is the accent colour; the others' is the background.
    const QImage framed = scores->grab().toImage();
    EXPECT_TRUE(near(framed.pixelColor(1, framed.height() / 2), stepAccentColor(), 2));
    const QImage plain = board.heatmap(QStringLiteral("queries"))->grab().toImage();
    EXPECT_EQ(plain.pixelColor(1, plain.height() / 2), QColor(Qt::white));

    // The layout does not move between steps.
    const QRect axisRect = weights->plot()->axisRect()->rect();
    board.clearStepView();
    weights->plot()->replot(QCustomPlot::rpImmediateRefresh);
    EXPECT_EQ(weights->plot()->axisRect()->rect(), axisRect);
    EXPECT_EQ(weights->stepState(), HeatmapWidget::StepState::Normal);
    EXPECT_GT(colourful(render(weights)), 1000);
    EXPECT_EQ(board.heatmaps(), widgets);

    // A heatmap that arrives during a step-through takes its state at once.
    board.setStepView({QStringLiteral("queries")}, {QStringLiteral("queries")});
    board.setSpecs(specsOf(causalSelfAttention(true)));
    EXPECT_EQ(board.heatmap(QStringLiteral("positional_encoding"))->stepState(), HeatmapWidget::StepState::NotYet);
}

TEST(HeatmapBoardStyle, AppliesToPresentAndFutureHeatmaps)
{
    HeatmapBoard board;
    board.setSpecs(specsOf(maskedUniform()));
    HeatmapStyle style;
    style.dark = true;
    style.fontScale = 1.6;
    style.map = SequentialMap::Cividis;
    board.setHeatmapStyle(style);
    for (const HeatmapWidget* widget : board.heatmaps())
        EXPECT_EQ(widget->controller()->style(), style) << widget->objectName().toStdString();
    board.setSpecs(specsOf(causalSelfAttention()));
    for (const HeatmapWidget* widget : board.heatmaps())
        EXPECT_EQ(widget->controller()->style(), style) << widget->objectName().toStdString();
    EXPECT_DOUBLE_EQ(board.heatmap(QStringLiteral("weights"))->controller()->title()->font().pointSizeF(),
                     1.6 * 14.0);
}
