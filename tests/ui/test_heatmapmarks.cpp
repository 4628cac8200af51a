// How heatmaps draw what is not a number: masked cells hatched, rows without weights empty with a note, the mask
// heatmap in two colours, signed matrices diverging around zero. Checked on rendered pixels of plots that are
// never shown; sessions are DOMAIN.md's worked examples 1 and 3.
#include "attn/evaluation.h"
#include "heatmap/cellmarks.h"
#include "heatmap/fittedtextelement.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapwidget.h"
#include "heatmap/matrixcolormap.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

HeatmapSpec specOf(const attn::Session& session, const char* id)
{
    return byId(heatmapsFor(session, attn::evaluate(session)), QString::fromLatin1(id));
}

QColor colourFor(const HeatmapController& controller, double value)
{
    return QColor::fromRgba(controller.colorMap()->gradient().color(value, controller.colorMap()->dataRange()));
}

} // namespace

TEST(HeatmapMarks, RowOutsideTheBandwidthIsEmptyNotZeroColoured)
{
    const HeatmapSpec weights = specOf(waistlineKernel(attn::ScoringFunction::Boxcar, 1.0), "weights");
    ASSERT_FALSE(weights.rowNotes.value(0).isEmpty());
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(weights);
    EXPECT_TRUE(controller.colorMap()->isHidden(0, 0)); // the map leaves the row empty
    EXPECT_EQ(controller.cellValue(0, 0), 0.0);         // the core's value, for the record
    const QImage image = plot.toPixmap(640, 320).toImage();
    const QColor zero = colourFor(controller, 0.0); // viridis' darkest
    for (int column = 0; column < 3; ++column) {
        const QRect cell = cellPixels(plot, 0, column);
        const int pixels = cell.width() * cell.height();
        const int white = countIn(image, cell, [](const QColor& c) { return near(c, cellmarks::emptyRowFill()); });
        EXPECT_EQ(countIn(image, cell, [&](const QColor& c) { return near(c, zero, 20); }), 0) << column;
        EXPECT_GT(white, pixels * 7 / 10) << column; // the rest is the note's text
    }
    // The note is printed: dark text pixels in the middle cell.
    EXPECT_GT(countIn(image, cellPixels(plot, 0, 1), [](const QColor& c) { return c.lightness() < 100; }), 20);
}

TEST(HeatmapMarks, MaskedCellsAreHatched)
{
    const HeatmapSpec weights = specOf(maskedUniform(), "weights");
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(weights);
    const QImage image = plot.toPixmap(1000, 400).toImage();
    // Row 0, key 5 is masked (valid length 2): grey fill and hatching lines, nothing of the colour for 0.
    const QRect masked = cellPixels(plot, 0, 5);
    const int fill = countIn(image, masked, [](const QColor& c) { return near(c, cellmarks::maskedFill(), 6); });
    const int hatch = countIn(image, masked, [](const QColor& c) { return near(c, cellmarks::hatchColor(), 12); });
    EXPECT_GT(fill, 50);
    EXPECT_GT(hatch, 20);
    EXPECT_EQ(countIn(image, masked, [&](const QColor& c) { return near(c, colourFor(controller, 0.0), 20); }), 0);
    // Key 1 is visible with weight 1/2: its gradient colour, no hatching.
    const QRect visible = cellPixels(plot, 0, 1);
    EXPECT_GT(countIn(image, visible, [&](const QColor& c) { return near(c, colourFor(controller, 0.5), 3); }),
              visible.width() * visible.height() / 2);
    EXPECT_EQ(countIn(image, visible, [](const QColor& c) { return near(c, cellmarks::hatchColor(), 12); }), 0);
    EXPECT_TRUE(controller.colorMap()->isHidden(0, 5));
    EXPECT_FALSE(controller.colorMap()->isHidden(0, 1));
    EXPECT_EQ(controller.cellValue(0, 5), 0.0); // the weight itself is exactly 0
    EXPECT_DOUBLE_EQ(controller.cellValue(0, 1), 0.5);
}

TEST(HeatmapMarks, MaskHeatmapHasTwoColoursAndNoNumbers)
{
    const HeatmapSpec mask = specOf(maskedUniform(), "mask");
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(mask);
    const QImage image = plot.toPixmap(1000, 400).toImage();
    const QRect visible = cellPixels(plot, 1, 0, 0.05);
    const int area = visible.width() * visible.height();
    EXPECT_EQ(countIn(image, visible, [](const QColor& c) { return near(c, cellmarks::visibleFill()); }), area);
    const QRect masked = cellPixels(plot, 1, 8);
    EXPECT_GT(countIn(image, masked, [](const QColor& c) { return near(c, cellmarks::hatchColor(), 12); }), 20);
    // The colour scale is labelled "visible" and "masked".
    auto ticker = controller.colorScale()->axis()->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(ticker);
    EXPECT_EQ(ticker->ticks().value(0), QStringLiteral("visible"));
    EXPECT_EQ(ticker->ticks().value(1), QStringLiteral("masked"));
    // Showing a weights heatmap afterwards brings the numeric scale back.
    controller.show(specOf(maskedUniform(), "weights"));
    EXPECT_FALSE(controller.colorScale()->axis()->ticker().dynamicCast<QCPAxisTickerText>());
}

TEST(HeatmapMarks, SignedDivergesAroundZeroAndRangesSkipHiddenCells)
{
    HeatmapSpec spec = specOf(causalSelfAttention(true), "positional_encoding");
    ASSERT_EQ(spec.kind, HeatmapKind::Signed);
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(spec);
    const QCPRange range = controller.colorMap()->dataRange();
    EXPECT_DOUBLE_EQ(range.lower, -range.upper);
    EXPECT_GT(colourFor(controller, 0.0).lightness(), 230);
    EXPECT_GT(colourFor(controller, range.lower).blue(), colourFor(controller, range.lower).red() + 60);

    // Masked scores do not stretch the scale: only the visible −1 and 2 count.
    HeatmapSpec scores;
    scores.kind = HeatmapKind::Scores;
    scores.values = attn::Matrix{{-1.0, 500.0}, {2.0, -800.0}};
    scores.masked = attn::MaskMatrix(2, 2);
    scores.masked << false, true, false, true;
    controller.show(scores);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 2.0);
}

TEST(HeatmapMarks, ReluWeightsAboveOneWidenTheScale)
{
    HeatmapSpec spec;
    spec.kind = HeatmapKind::Weights;
    spec.values = attn::Matrix{{3.0, 0.0}};
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(spec);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().lower, 0.0);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 3.0);
    spec.values = attn::Matrix{{0.25, 0.5}};
    controller.show(spec);
    EXPECT_DOUBLE_EQ(controller.colorMap()->dataRange().upper, 1.0);
}

TEST(HeatmapMarks, ToolTipsSayMaskedAndTheNote)
{
    HeatmapWidget widget;
    widget.resize(900, 360);
    widget.setSpec(specOf(maskedUniform(), "weights"));
    widget.show();
    QApplication::processEvents();
    QCustomPlot* plot = widget.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    auto at = [plot](int row, int column) {
        return QPointF(plot->xAxis->coordToPixel(column), plot->yAxis->coordToPixel(row));
    };
    EXPECT_EQ(widget.cellToolTip(at(0, 5)), QStringLiteral("q1 \u2192 k6: masked"));
    EXPECT_EQ(widget.cellToolTip(at(0, 1)), QStringLiteral("q1 \u2192 k2: 0.5"));

    widget.setSpec(specOf(maskedUniform(), "mask"));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    EXPECT_EQ(widget.cellToolTip(at(1, 5)), QStringLiteral("q2 \u2192 k6: visible"));
    EXPECT_EQ(widget.cellToolTip(at(1, 6)), QStringLiteral("q2 \u2192 k7: masked"));

    widget.setSpec(specOf(waistlineKernel(attn::ScoringFunction::Boxcar, 1.0), "outputs"));
    plot->replot(QCustomPlot::rpImmediateRefresh);
    EXPECT_EQ(widget.cellToolTip(at(0, 0)), QStringLiteral("62 cm: no key lies within the bandwidth \u03c3 = 1"));
}

TEST(HeatmapMarks, LongTitlesAndNotesFit)
{
    // A narrow plot: the title shrinks (or is elided) instead of pushing the colour scale out of the plot.
    HeatmapSpec spec = specOf(waistlineKernel(attn::ScoringFunction::Boxcar, 1.0), "weights");
    spec.title = QStringLiteral("Attention weights with a title far too long for a plot of this width at all");
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(spec);
    const QImage image = plot.toPixmap(320, 240).toImage();
    EXPECT_LE(controller.colorScale()->outerRect().right(), 320);
    EXPECT_GT(plot.axisRect()->rect().width(), 100);
    auto* title = qobject_cast<FittedTextElement*>(plot.plotLayout()->element(0, 0));
    ASSERT_NE(title, nullptr);
    const auto [font, text] = title->fitted(title->rect().width());
    EXPECT_LE(QFontMetricsF(font).horizontalAdvance(text), title->rect().width());
    EXPECT_EQ(title->font().pointSizeF(), 14.0); // the preferred font is kept for wider plots

    // The note's font fits the row or the note is elided: never wider than the row.
    const QString note = spec.rowNotes.value(0);
    const int pixels = cellmarks::fittingPixelSize(note, plot.font(), QSizeF(400, 60), 22, 11);
    ASSERT_GT(pixels, 0);
    QFont fitted = plot.font();
    fitted.setPixelSize(pixels);
    EXPECT_LE(QFontMetricsF(fitted).horizontalAdvance(note), 400);
    EXPECT_EQ(cellmarks::fittingPixelSize(note, plot.font(), QSizeF(60, 60), 22, 11), 0);
}

TEST(HeatmapMarks, TitlesSetByPixelsShrinkByPixels)
{
    // The handout sets its titles by pixels (pointSizeF() = −1): a narrow title shrinks in pixels and stays
    // a valid font instead of asking Qt for a point size of −1.
    QCustomPlot plot;
    QFont font;
    font.setPixelSize(40);
    const QString text = QStringLiteral("Attention weights of every query for every key");
    FittedTextElement title(&plot, text, font);
    const double wide = QFontMetricsF(font).horizontalAdvance(text);
    const auto [fittedFont, fittedText] = title.fitted(static_cast<int>(wide * 0.7));
    EXPECT_EQ(fittedText, text); // 70 % of the width is reached well above the smallest size
    EXPECT_GT(fittedFont.pixelSize(), 0);
    EXPECT_LT(fittedFont.pixelSize(), 40);
    EXPECT_LE(QFontMetricsF(fittedFont).horizontalAdvance(text), wide * 0.7);

    const auto [smallest, elided] = title.fitted(60);
    EXPECT_EQ(smallest.pixelSize(), 12); // kMinPointSize 9 pt = 12 px at 96 dpi
    EXPECT_NE(elided, text);
}
