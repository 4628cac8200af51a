// Heatmap specs, the controller's colour map and the cell labels, on QCustomPlots that are never shown.
// Expected values come from DOMAIN.md's worked examples or are typed in by hand; colours are matplotlib's
// viridis end points (#440154, #fde725).
#include "attn/evaluation.h"
#include "export/heatmapwidgetexport.h"
#include "fixtures.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapwidget.h"
#include "heatmap/matrixcolormap.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>

#include <cmath>

using namespace attn::ui;

namespace {

HeatmapSpec makeSpec(HeatmapKind kind, const attn::Matrix& values)
{
    return heatmaptest::labelledSpec(kind, values);
}

QList<HeatmapSpec> waistlineSpecs()
{
    const attn::Session session = attn::waistlineExample();
    return heatmapsFor(session, attn::evaluate(session));
}

/// The pixel of `image` at the data point (key, value) of `plot`'s default axes, after `plot` was laid out at
/// the image's size.
QColor pixelAt(const QImage& image, const QCustomPlot& plot, double key, double value)
{
    const int x = qRound(plot.xAxis->coordToPixel(key));
    const int y = qRound(plot.yAxis->coordToPixel(value));
    return image.pixelColor(x, y);
}

bool near(const QColor& actual, const QColor& expected, int tolerance = 3)
{
    return std::abs(actual.red() - expected.red()) <= tolerance &&
           std::abs(actual.green() - expected.green()) <= tolerance &&
           std::abs(actual.blue() - expected.blue()) <= tolerance;
}

/// Counts pixels in the cell centred at (key, value) (half-size 0.4 in data units) that satisfy `test`.
template <typename Test>
int countInCell(const QImage& image, const QCustomPlot& plot, double key, double value, Test test)
{
    const QRect rect = QRectF(QPointF(plot.xAxis->coordToPixel(key - 0.4), plot.yAxis->coordToPixel(value - 0.4)),
                              QPointF(plot.xAxis->coordToPixel(key + 0.4), plot.yAxis->coordToPixel(value + 0.4)))
                           .normalized()
                           .toRect();
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += test(image.pixelColor(x, y)) ? 1 : 0;
    return count;
}

bool isLight(const QColor& c)
{
    return c.red() > 200 && c.green() > 200 && c.blue() > 200;
}
bool isDark(const QColor& c)
{
    return c.red() < 60 && c.green() < 60 && c.blue() < 60;
}

} // namespace

TEST(HeatmapSpecs, WaistlineGivesScoresWeightsAndOutputs)
{
    const QList<HeatmapSpec> specs = waistlineSpecs();
    ASSERT_EQ(specs.size(), 3);
    EXPECT_EQ(specs[0].id, QStringLiteral("scores"));
    EXPECT_EQ(specs[1].id, QStringLiteral("weights"));
    EXPECT_EQ(specs[2].id, QStringLiteral("outputs"));
    EXPECT_EQ(specs[0].title, QStringLiteral("Scores \u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)"));
    EXPECT_EQ(specs[1].title, QStringLiteral("Attention weights"));
    EXPECT_EQ(specs[2].title, QStringLiteral("Outputs"));
    EXPECT_EQ(specs[0].kind, HeatmapKind::Scores);
    EXPECT_EQ(specs[1].kind, HeatmapKind::Weights);
    EXPECT_EQ(specs[2].kind, HeatmapKind::Outputs);

    const QStringList keys = {QStringLiteral("60 cm"), QStringLiteral("64 cm"), QStringLiteral("68 cm")};
    for (const HeatmapSpec& spec : specs) {
        EXPECT_EQ(spec.rowLabels, QStringList{QStringLiteral("62 cm")}) << spec.id.toStdString();
        EXPECT_EQ(spec.rowAxisTitle, QStringLiteral("Queries"));
    }
    EXPECT_EQ(specs[0].columnLabels, keys);
    EXPECT_EQ(specs[1].columnLabels, keys);
    EXPECT_EQ(specs[0].columnAxisTitle, QStringLiteral("Keys"));
    EXPECT_EQ(specs[2].columnLabels, QStringList{QStringLiteral("v1")});
    EXPECT_EQ(specs[2].columnAxisTitle, QStringLiteral("Value dimensions"));

    // DOMAIN.md worked example 1.
    ASSERT_EQ(specs[0].values.rows(), 1);
    ASSERT_EQ(specs[0].values.cols(), 3);
    EXPECT_NEAR(specs[0].values(0, 0), -2.0, 1e-12);
    EXPECT_NEAR(specs[0].values(0, 1), -2.0, 1e-12);
    EXPECT_NEAR(specs[0].values(0, 2), -18.0, 1e-12);
    EXPECT_NEAR(specs[1].values(0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(specs[1].values(0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(specs[1].values(0, 2), 5.626758419358835e-08, 1e-20);
    ASSERT_EQ(specs[2].values.rows(), 1);
    ASSERT_EQ(specs[2].values.cols(), 1);
    EXPECT_NEAR(specs[2].values(0, 0), 112.5000007596124, 1e-12);
}

TEST(HeatmapSpecs, DefaultLabelsAndValueDimensions)
{
    attn::Session session;
    session.queries = attn::Matrix{{1, 0}, {0, 1}};
    session.keys = attn::Matrix{{1, 0}, {0, 1}, {1, 1}};
    session.values = attn::Matrix{{1, 2}, {3, 4}, {5, 6}};
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    const QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    ASSERT_EQ(specs.size(), 3);
    EXPECT_EQ(specs[1].rowLabels, (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
    EXPECT_EQ(specs[1].columnLabels,
              (QStringList{QStringLiteral("k1"), QStringLiteral("k2"), QStringLiteral("k3")}));
    EXPECT_EQ(specs[2].columnLabels, (QStringList{QStringLiteral("v1"), QStringLiteral("v2")}));
    // q1·k = 1, 0, 1 (by hand).
    EXPECT_DOUBLE_EQ(specs[0].values(0, 0), 1.0);
    EXPECT_DOUBLE_EQ(specs[0].values(0, 1), 0.0);
    EXPECT_DOUBLE_EQ(specs[0].values(0, 2), 1.0);
}

TEST(HeatmapController, CellsHoldTheMatrixEntries)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    const int items = plot.itemCount(); // cell values, outlines, "not yet": a fixed few, whatever the matrix
    controller.show(makeSpec(HeatmapKind::Weights, attn::Matrix{{0.1, 0.2, 0.7}, {0.6, 0.3, 0.1}}));

    const MatrixColorMap* map = controller.colorMap();
    EXPECT_EQ(map->columns(), 3); // keys
    EXPECT_EQ(map->rows(), 2);    // queries
    EXPECT_DOUBLE_EQ(controller.cellValue(0, 0), 0.1);
    EXPECT_DOUBLE_EQ(controller.cellValue(0, 2), 0.7);
    EXPECT_DOUBLE_EQ(controller.cellValue(1, 0), 0.6);
    EXPECT_DOUBLE_EQ(controller.cellValue(1, 1), 0.3);
    EXPECT_DOUBLE_EQ(map->value(1, 2), 0.1);
    EXPECT_TRUE(std::isnan(map->value(2, 0)));
    EXPECT_TRUE(std::isnan(controller.cellValue(2, 0)));
    EXPECT_TRUE(std::isnan(controller.cellValue(0, -1)));
    EXPECT_FALSE(controller.colorMap()->interpolate());
    EXPECT_EQ(plot.itemCount(), items); // one item prints every cell value
    EXPECT_LE(items, 3);

    // Cell (row i, column j) is centred at the integer coordinates (j, i).
    EXPECT_DOUBLE_EQ(map->columnRange().lower, 0.0);
    EXPECT_DOUBLE_EQ(map->columnRange().upper, 2.0);
    EXPECT_DOUBLE_EQ(map->rowRange().lower, 0.0);
    EXPECT_DOUBLE_EQ(map->rowRange().upper, 1.0);
    EXPECT_DOUBLE_EQ(plot.xAxis->range().lower, -0.5);
    EXPECT_DOUBLE_EQ(plot.xAxis->range().upper, 2.5);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().lower, -0.5);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().upper, 1.5);
}

TEST(HeatmapController, ShowingAgainReplacesTheMatrix)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    const int items = plot.itemCount();
    controller.show(makeSpec(HeatmapKind::Weights, attn::Matrix{{0.1, 0.2, 0.7}, {0.6, 0.3, 0.1}}));
    controller.show(makeSpec(HeatmapKind::Scores, attn::Matrix{{4.0}}));
    EXPECT_EQ(controller.colorMap()->columns(), 1);
    EXPECT_EQ(controller.colorMap()->rows(), 1);
    EXPECT_DOUBLE_EQ(controller.cellValue(0, 0), 4.0);
    EXPECT_EQ(plot.itemCount(), items);
    EXPECT_EQ(controller.spec().kind, HeatmapKind::Scores);
}

TEST(HeatmapController, TokenLabelsAndTitles)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(waistlineSpecs()[1]);

    auto bottom = plot.xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(bottom);
    EXPECT_EQ(bottom->ticks().value(0), QStringLiteral("60 cm"));
    EXPECT_EQ(bottom->ticks().value(1), QStringLiteral("64 cm"));
    EXPECT_EQ(bottom->ticks().value(2), QStringLiteral("68 cm"));
    EXPECT_EQ(bottom->ticks().size(), 3);
    auto left = plot.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(left);
    EXPECT_EQ(left->ticks().value(0), QStringLiteral("62 cm"));
    EXPECT_EQ(plot.xAxis->label(), QStringLiteral("Keys"));
    EXPECT_EQ(plot.yAxis->label(), QStringLiteral("Queries"));

    auto* title = qobject_cast<QCPTextElement*>(plot.plotLayout()->element(0, 0));
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->text(), QStringLiteral("Attention weights"));
    EXPECT_TRUE(title->font().bold());
    EXPECT_GE(title->font().pointSizeF(), 13.0);
    EXPECT_GE(plot.xAxis->tickLabelFont().pointSizeF(), 11.0);
}

TEST(HeatmapController, ColourScaleSharesTheMapsGradientAndRange)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(waistlineSpecs()[1]);
    ASSERT_NE(controller.colorScale(), nullptr);
    EXPECT_EQ(controller.colorMap()->colorScale(), controller.colorScale());
    EXPECT_NE(controller.colorScale()->marginGroup(QCP::msTop), nullptr);
    EXPECT_EQ(controller.colorScale()->marginGroup(QCP::msTop), plot.axisRect()->marginGroup(QCP::msTop));
    // Weights always span [0, 1], although the largest weight here is 0.5.
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().lower, 0.0);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 1.0);
    EXPECT_DOUBLE_EQ(controller.colorScale()->dataRange().upper, 1.0);
}

TEST(HeatmapController, FirstQueryAtTheTopInViridis)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(makeSpec(HeatmapKind::Weights, attn::Matrix{{0.0}, {1.0}})); // 2 queries, 1 key
    const QImage image = plot.toPixmap(400, 400).toImage();
    EXPECT_TRUE(plot.yAxis->rangeReversed());
    EXPECT_LT(plot.yAxis->coordToPixel(0), plot.yAxis->coordToPixel(1));
    // Left of the printed value: weight 0 in the top row is viridis' darkest colour, 1 below it the lightest.
    EXPECT_TRUE(near(pixelAt(image, plot, -0.4, 0), QColor(0x44, 0x01, 0x54)))
        << pixelAt(image, plot, -0.4, 0).name().toStdString();
    EXPECT_TRUE(near(pixelAt(image, plot, -0.4, 1), QColor(0xfd, 0xe7, 0x25)))
        << pixelAt(image, plot, -0.4, 1).name().toStdString();
}

TEST(HeatmapController, ScoresDivergeAroundZero)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(makeSpec(HeatmapKind::Scores, attn::Matrix{{-2.0, -2.0, -18.0}}));
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().lower, -18.0);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 18.0);
    QCPColorGradient gradient = controller.colorMap()->gradient();
    const QCPRange range = controller.colorMap()->dataRange();
    const QColor zero = QColor::fromRgba(gradient.color(0.0, range));
    const QColor negative = QColor::fromRgba(gradient.color(-18.0, range));
    const QColor positive = QColor::fromRgba(gradient.color(18.0, range));
    EXPECT_TRUE(isLight(zero)) << zero.name().toStdString();
    EXPECT_GT(negative.blue(), negative.red() + 60);
    EXPECT_GT(positive.red(), positive.blue() + 60);
}

TEST(HeatmapController, OutputsSpanTheirDataAndSurviveConstantData)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(makeSpec(HeatmapKind::Outputs, attn::Matrix{{110.0, 126.0}}));
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().lower, 110.0);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 126.0);

    controller.show(makeSpec(HeatmapKind::Outputs, attn::Matrix{{112.5000007596124}}));
    const QCPRange range = controller.colorMap()->dataRange();
    EXPECT_LT(range.lower, 112.5);
    EXPECT_GT(range.upper, 112.5);

    // A single cell fills the plot area (QCustomPlot draws nothing for a one-cell map of zero extent).
    const QImage image = plot.toPixmap(300, 300).toImage();
    EXPECT_FALSE(isLight(pixelAt(image, plot, -0.4, -0.4)));
    EXPECT_FALSE(isLight(pixelAt(image, plot, 0.4, 0.4)));
}

TEST(CellLabels, BlackOrWhiteByContrast)
{
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(0x44, 0x01, 0x54)), QColor(Qt::white)); // viridis darkest
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(0xfd, 0xe7, 0x25)), QColor(Qt::black)); // viridis lightest
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(Qt::black)), QColor(Qt::white));
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(Qt::white)), QColor(Qt::black));
    // RdBu's dark blue #2166ac: relative luminance 0.128 < 0.179, so white (worked out by hand).
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(0x21, 0x66, 0xac)), QColor(Qt::white));
    // viridis' middle #21918c: luminance 0.225, so black.
    EXPECT_EQ(CellLabelsItem::textColorFor(QColor(0x21, 0x91, 0x8c)), QColor(Qt::black));
}

TEST(CellLabels, FontFollowsTheCellSize)
{
    // Height 200 allows 0.3 × 200 = 60 px, capped at 30; width 100 less 2 × 12 padding leaves 76 px for a text
    // 400 px wide at 100 px, so 19 px.
    EXPECT_DOUBLE_EQ(CellLabelsItem::pixelSizeFor(QSizeF(100, 200), 400, 100), 19.0);
    EXPECT_DOUBLE_EQ(CellLabelsItem::pixelSizeFor(QSizeF(400, 200), 100, 100), 30.0);
    EXPECT_DOUBLE_EQ(CellLabelsItem::pixelSizeFor(QSizeF(20, 10), 400, 100), CellLabelsItem::kMinPixelSize);
    EXPECT_GE(CellLabelsItem::kMinPixelSize, 12.0);
}

TEST(CellLabels, LegibleOnDarkAndLightCells)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(makeSpec(HeatmapKind::Weights, attn::Matrix{{0.0, 1.0}}));
    const QImage image = plot.toPixmap(480, 320).toImage();
    EXPECT_GT(countInCell(image, plot, 0, 0, isLight), 10); // white "0" on viridis' darkest
    EXPECT_EQ(countInCell(image, plot, 0, 0, isDark), 0);
    EXPECT_GT(countInCell(image, plot, 1, 0, isDark), 10); // black "1" on viridis' lightest
}

TEST(CellLabels, LeftOutWhenTheyDoNotFit)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    const int items = plot.itemCount();
    controller.show(makeSpec(HeatmapKind::Weights, attn::Matrix::Zero(40, 40))); // all viridis' darkest
    const QImage image = plot.toPixmap(300, 300).toImage();
    int light = 0;
    for (int row = 1; row < 39; ++row) // the inner cells: the outer ones touch the plot's edge
        light += countInCell(image, plot, row, row, isLight);
    EXPECT_EQ(light, 0);
    EXPECT_EQ(plot.itemCount(), items);
    EXPECT_TRUE(controller.cellLabels()->printedTexts().isEmpty());
}

TEST(CellLabels, AllOrNothing)
{
    // In very narrow cells "0.5" would fit but "6e-08" would not: print neither, so that no cell looks empty.
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(waistlineSpecs()[1]);
    const QImage narrow = plot.toPixmap(200, 300).toImage();
    EXPECT_TRUE(controller.cellLabels()->printedTexts().isEmpty());
    EXPECT_EQ(countInCell(narrow, plot, 0, 0, isDark), 0);
    EXPECT_EQ(countInCell(narrow, plot, 2, 0, isLight), 0);
    const QImage wide = plot.toPixmap(600, 300).toImage();
    EXPECT_EQ(controller.cellLabels()->printedDigits(), 4);
    EXPECT_EQ(controller.cellLabels()->printedTexts(),
              (QStringList{QStringLiteral("0.5"), QStringLiteral("0.5"), QStringLiteral("5.63e-08")}));
    EXPECT_GT(countInCell(wide, plot, 0, 0, isDark), 10);  // black "0.5" on viridis' middle
    EXPECT_GT(countInCell(wide, plot, 2, 0, isLight), 10); // white "5.63e-08" on viridis' darkest
}

TEST(HeatmapWidget, NamedAfterTheSpecWithExportActions)
{
    HeatmapWidget widget;
    attn::ui::addExportActions(&widget); // as the board and the matrix viewer give them
    widget.setSpec(waistlineSpecs()[1]);
    EXPECT_EQ(widget.objectName(), QStringLiteral("weights"));
    EXPECT_DOUBLE_EQ(widget.controller()->cellValue(0, 2), 5.626758419358835e-08);
    // The minimum is a hint that layouts use (it grows with the cells and the text size).
    EXPECT_GE(widget.minimumSizeHint().width(), 320);
    EXPECT_GE(widget.minimumSizeHint().height(), 200);
    QStringList texts;
    for (const QAction* action : widget.actions())
        texts << action->text();
    EXPECT_EQ(texts, (QStringList{QStringLiteral("Export as PNG (1\u00d7)\u2026"),
                                  QStringLiteral("Export as PNG (2\u00d7)\u2026"),
                                  QStringLiteral("Export as PNG (4\u00d7)\u2026"),
                                  QStringLiteral("Export as PDF\u2026"), QStringLiteral("Export as SVG\u2026"),
                                  QString(), // separator
                                  QStringLiteral("Export Data as CSV\u2026"),
                                  QStringLiteral("Export Data as NumPy (.npy)\u2026")}));
    EXPECT_EQ(widget.plot()->contextMenuPolicy(), Qt::CustomContextMenu);
}

TEST(HeatmapWidget, ToolTipShowsTheExactValue)
{
    HeatmapWidget widget;
    widget.resize(480, 320);
    widget.setSpec(makeSpec(HeatmapKind::Weights, attn::Matrix{{0.1, 0.2, 0.7}, {0.6, 0.3, 0.1}}));
    widget.show();
    QApplication::processEvents();
    QCustomPlot* plot = widget.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPointF cell(plot->xAxis->coordToPixel(2), plot->yAxis->coordToPixel(0));
    EXPECT_EQ(widget.cellToolTip(cell), QStringLiteral("q1 \u2192 k3: 0.7"));
    const QPointF second(plot->xAxis->coordToPixel(0), plot->yAxis->coordToPixel(1));
    EXPECT_EQ(widget.cellToolTip(second), QStringLiteral("q2 \u2192 k1: 0.6"));
    // Left of the cells, beside the first row: its token label in full (a long one is elided on the axis).
    const QPointF besideRow(plot->xAxis->coordToPixel(-1), plot->yAxis->coordToPixel(0));
    EXPECT_EQ(widget.cellToolTip(besideRow), QStringLiteral("q1"));
    const QPointF above(plot->xAxis->coordToPixel(0), plot->yAxis->coordToPixel(-1));
    EXPECT_TRUE(widget.cellToolTip(above).isEmpty());
}
