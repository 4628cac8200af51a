// The display style of heatmaps: colour maps, font scale, dark background, in plots and in exports; and cell
// values that fall back to fewer digits in narrow cells. Expected colours are matplotlib's published values
// (lib/matplotlib/_cm_listed.py: the first, middle (index 128) and last entries, rounded to 8 bits); expected
// texts are rounded by hand.
#include "export/heatmapexport.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapstyle.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

/// Published colours of one map: at 0, at 0.5 (matplotlib's cmap(0.5), table entry 128) and at 1.
struct Published {
    SequentialMap map;
    const char* id;
    QColor low;
    QColor middle;
    QColor high;
};

const Published kPublished[] = {
    {SequentialMap::Viridis, "viridis", QColor(0x44, 0x01, 0x54), QColor(0x21, 0x91, 0x8c),
     QColor(0xfd, 0xe7, 0x25)},
    {SequentialMap::Cividis, "cividis", QColor(0x00, 0x22, 0x4e), QColor(0x7d, 0x7c, 0x78),
     QColor(0xfe, 0xe8, 0x38)},
    {SequentialMap::Magma, "magma", QColor(0x00, 0x00, 0x04), QColor(0xb7, 0x37, 0x79), QColor(0xfc, 0xfd, 0xbf)},
    {SequentialMap::Grey, "grey", QColor(0, 0, 0), QColor(0x80, 0x80, 0x80), QColor(0xff, 0xff, 0xff)},
};

HeatmapSpec weightsSpec(const attn::Matrix& values)
{
    return labelledSpec(HeatmapKind::Weights, values);
}

QColor gradientColour(HeatmapKind kind, const HeatmapStyle& style, double value, const QCPRange& range)
{
    return QColor::fromRgba(HeatmapController::gradientFor(kind, style).color(value, range));
}

bool isLight(const QColor& c)
{
    return c.red() > 200 && c.green() > 200 && c.blue() > 200;
}

bool isDark(const QColor& c)
{
    return c.red() < 60 && c.green() < 60 && c.blue() < 60;
}

/// Hand-made weights whose rows sum to 1, with 4 significant digits that need room.
attn::Matrix fourByFour()
{
    return attn::Matrix{{0.09812, 0.4019, 0.2503, 0.2497},
                        {0.3338, 0.1206, 0.4412, 0.1044},
                        {0.2175, 0.2891, 0.1187, 0.3747},
                        {0.05031, 0.6102, 0.2271, 0.11239}};
}

} // namespace

TEST(HeatmapStyle, MapIdsAndNames)
{
    ASSERT_EQ(sequentialMaps().size(), 4);
    for (const Published& p : kPublished) {
        EXPECT_EQ(sequentialMapId(p.map), QLatin1StringView(p.id));
        EXPECT_EQ(sequentialMapFromId(QLatin1StringView(p.id)), p.map);
        EXPECT_FALSE(sequentialMapName(p.map).isEmpty());
    }
    EXPECT_EQ(sequentialMapName(SequentialMap::Cividis), QStringLiteral("Cividis"));
    EXPECT_EQ(sequentialMapFromId(QStringLiteral(" Magma ")), SequentialMap::Magma);
    EXPECT_FALSE(sequentialMapFromId(QStringLiteral("jet")).has_value());
    EXPECT_FALSE(sequentialMapFromId(QString()).has_value());
    const HeatmapStyle defaults;
    EXPECT_EQ(defaults.map, SequentialMap::Viridis);
    EXPECT_DOUBLE_EQ(defaults.fontScale, 1.0);
    EXPECT_FALSE(defaults.dark);
}

TEST(HeatmapStyle, EachMapMatchesMatplotlibsPublishedColours)
{
    const QCPRange unit(0, 1);
    for (const Published& p : kPublished) {
        SCOPED_TRACE(p.id);
        const QList<QColor> stops = sequentialMapStops(p.map);
        ASSERT_GE(stops.size(), 2);
        EXPECT_EQ(stops.front(), p.low) << stops.front().name().toStdString();
        EXPECT_EQ(stops.back(), p.high) << stops.back().name().toStdString();
        HeatmapStyle style;
        style.map = p.map;
        for (const HeatmapKind kind : {HeatmapKind::Weights, HeatmapKind::Outputs}) {
            EXPECT_TRUE(near(gradientColour(kind, style, 0, unit), p.low, 1));
            EXPECT_TRUE(near(gradientColour(kind, style, 1, unit), p.high, 1));
        }
        // Between the stops the map stays within a few levels of matplotlib's own middle entry.
        const QColor middle = gradientColour(HeatmapKind::Weights, style, 0.5, unit);
        EXPECT_TRUE(near(middle, p.middle, 3)) << middle.name().toStdString();
    }
}

TEST(HeatmapStyle, SignedScoresStayDivergingWhateverTheMap)
{
    const QCPRange range(-18, 18);
    for (const Published& p : kPublished) {
        HeatmapStyle style;
        style.map = p.map;
        for (const HeatmapKind kind : {HeatmapKind::Scores, HeatmapKind::Signed}) {
            EXPECT_TRUE(near(gradientColour(kind, style, 0, range), QColor(0xf7, 0xf7, 0xf7), 1)) << p.id;
            EXPECT_TRUE(near(gradientColour(kind, style, -18, range), QColor(0x21, 0x66, 0xac), 1)) << p.id;
            EXPECT_TRUE(near(gradientColour(kind, style, 18, range), QColor(0xb2, 0x18, 0x2b), 1)) << p.id;
        }
    }
}

TEST(HeatmapStyle, CellTextIsLegibleOnEveryMap)
{
    // Black or white, whichever contrasts more, never falls below WCAG's 4.5:1 for normal text.
    const QCPRange unit(0, 1);
    for (const Published& p : kPublished) {
        HeatmapStyle style;
        style.map = p.map;
        for (int i = 0; i <= 100; ++i) {
            const QColor cell = gradientColour(HeatmapKind::Weights, style, i / 100.0, unit);
            EXPECT_GE(CellLabelsItem::contrastRatio(CellLabelsItem::textColorFor(cell), cell), 4.5)
                << p.id << " at " << i / 100.0;
        }
    }
    // Rendered: a white number on each map's dark end, a black one on its light end.
    for (const Published& p : kPublished) {
        SCOPED_TRACE(p.id);
        QCustomPlot plot;
        HeatmapController controller(&plot);
        HeatmapStyle style;
        style.map = p.map;
        controller.setStyle(style);
        controller.show(weightsSpec(attn::Matrix{{0.0, 1.0}}));
        const QImage image = plot.toPixmap(480, 320).toImage();
        EXPECT_GT(countIn(image, cellPixels(plot, 0, 0), isLight), 10);
        EXPECT_GT(countIn(image, cellPixels(plot, 0, 1), isDark), 10);
        EXPECT_TRUE(near(image.pixelColor(cellPixels(plot, 0, 0).topLeft()), p.low));
        EXPECT_TRUE(near(image.pixelColor(cellPixels(plot, 0, 1).topLeft()), p.high));
    }
}

TEST(HeatmapStyle, FontScaleMultipliesEveryFont)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(weightsSpec(attn::Matrix{{0.25, 0.75}}));
    const double title = controller.title()->font().pointSizeF();
    const double axisTitle = plot.xAxis->labelFont().pointSizeF();
    const double scaleTicks = controller.colorScale()->axis()->tickLabelFont().pointSizeF();
    EXPECT_DOUBLE_EQ(title, 14.0);

    HeatmapStyle style;
    style.fontScale = 2.0;
    controller.setStyle(style);
    EXPECT_DOUBLE_EQ(controller.title()->font().pointSizeF(), 28.0); // 2 × 14 pt
    EXPECT_TRUE(controller.title()->font().bold());
    EXPECT_DOUBLE_EQ(plot.xAxis->labelFont().pointSizeF(), 2 * axisTitle);
    EXPECT_DOUBLE_EQ(plot.yAxis->labelFont().pointSizeF(), 2 * axisTitle);
    EXPECT_DOUBLE_EQ(controller.colorScale()->axis()->tickLabelFont().pointSizeF(), 2 * scaleTicks);

    // Token labels start at twice the size (12 pt → 24 pt) when the cells are large enough.
    plot.toPixmap(1600, 1000);
    EXPECT_DOUBLE_EQ(plot.xAxis->tickLabelFont().pointSizeF(), 24.0);
    // Cell values: the largest text allowed doubles (30 px → 60 px).
    EXPECT_DOUBLE_EQ(CellLabelsItem::pixelSizeFor(QSizeF(400, 400), 10, 100, 2.0), 60.0);
    EXPECT_DOUBLE_EQ(CellLabelsItem::pixelSizeFor(QSizeF(400, 400), 10, 100, 1.0), 30.0);

    style.fontScale = 1.0;
    controller.setStyle(style);
    EXPECT_DOUBLE_EQ(controller.title()->font().pointSizeF(), 14.0);
}

TEST(HeatmapStyle, DarkBackgroundWithLightText)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    HeatmapStyle style;
    style.dark = true;
    controller.setStyle(style);
    controller.show(weightsSpec(attn::Matrix{{0.25, 0.75}}));
    const QImage image = plot.toPixmap(480, 320).toImage();
    const QColor corner = image.pixelColor(2, 2);
    EXPECT_LT(corner.lightness(), 50) << corner.name().toStdString();
    EXPECT_GT(controller.title()->textColor().lightness(), 200);
    EXPECT_GT(plot.xAxis->tickLabelColor().lightness(), 200);
    EXPECT_GT(plot.xAxis->labelColor().lightness(), 200);
    EXPECT_GT(controller.colorScale()->axis()->tickLabelColor().lightness(), 200);
    // The cells keep their map's colours.
    EXPECT_TRUE(near(image.pixelColor(cellPixels(plot, 0, 0).topLeft()),
                     gradientColour(HeatmapKind::Weights, style, 0.25, QCPRange(0, 1))));

    style.dark = false;
    controller.setStyle(style);
    const QImage light = plot.toPixmap(480, 320).toImage();
    EXPECT_EQ(light.pixelColor(2, 2), QColor(Qt::white));
}

TEST(HeatmapStyle, ExportsUseTheStyle)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const HeatmapSpec spec = weightsSpec(attn::Matrix{{0.0, 1.0}});
    HeatmapStyle style;
    style.map = SequentialMap::Magma;
    style.dark = true;
    const attn::io::WriteResult plain = exportHeatmaps({spec}, dir.filePath(QStringLiteral("plain")),
                                                       {ImageFormat::Png}, 1); // the old four-argument call
    ASSERT_TRUE(plain.ok()) << plain.errorString().toStdString();
    const attn::io::WriteResult styled =
        exportHeatmaps({spec}, dir.filePath(QStringLiteral("styled")), {ImageFormat::Png}, 1, style);
    ASSERT_TRUE(styled.ok()) << styled.errorString().toStdString();
    const QImage before(plain.written().value(0));
    const QImage after(styled.written().value(0));
    ASSERT_FALSE(before.isNull());
    ASSERT_FALSE(after.isNull());
    EXPECT_EQ(before.pixelColor(2, 2), QColor(Qt::white));
    // The colour map is the style's, the background never dark: exports go on slides and paper (issue 14).
    EXPECT_EQ(after.pixelColor(2, 2), QColor(Qt::white));

    // Magma's end points somewhere in the styled image, viridis' in the plain one.
    auto contains = [](const QImage& image, const QColor& colour) {
        return countIn(image, image.rect(), [&colour](const QColor& c) { return near(c, colour, 1); }) > 100;
    };
    EXPECT_TRUE(contains(after, QColor(0xfc, 0xfd, 0xbf)));
    EXPECT_FALSE(contains(after, QColor(0xfd, 0xe7, 0x25)));
    EXPECT_TRUE(contains(before, QColor(0xfd, 0xe7, 0x25)));

    // Twice the font: a larger image.
    style.fontScale = 2.0;
    const attn::io::WriteResult large =
        exportHeatmaps({spec}, dir.filePath(QStringLiteral("large")), {ImageFormat::Png}, 1, style);
    ASSERT_TRUE(large.ok()) << large.errorString().toStdString();
    const QImage big(large.written().value(0));
    EXPECT_GT(big.width(), before.width());
    EXPECT_GT(big.height(), before.height());
}

TEST(CellLabelDigits, NarrowCellsFallBackToFewerDigits)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(weightsSpec(fourByFour()));
    const CellLabelsItem* labels = controller.cellLabels();

    plot.toPixmap(1000, 800); // wide cells: 4 significant digits
    EXPECT_EQ(labels->printedDigits(), 4);
    ASSERT_EQ(labels->printedTexts().size(), 16);
    EXPECT_EQ(labels->printedTexts().at(0), QStringLiteral("0.09812"));
    EXPECT_EQ(labels->printedTexts().at(1), QStringLiteral("0.4019"));
    EXPECT_EQ(labels->printedTexts().at(15), QStringLiteral("0.1124"));

    plot.toPixmap(300, 260); // about 40 px per cell: fewer digits, but numbers
    const int digits = labels->printedDigits();
    ASSERT_TRUE(digits == 3 || digits == 2) << digits;
    ASSERT_EQ(labels->printedTexts().size(), 16);
    // Rounded by hand: 0.09812 → 0.0981 / 0.098; 0.4019 → 0.402 / 0.4; 0.11239 → 0.112 / 0.11.
    const QStringList three{QStringLiteral("0.0981"), QStringLiteral("0.402"), QStringLiteral("0.112")};
    const QStringList two{QStringLiteral("0.098"), QStringLiteral("0.4"), QStringLiteral("0.11")};
    const QStringList& expected = digits == 3 ? three : two;
    EXPECT_EQ(labels->printedTexts().at(0), expected[0]);
    EXPECT_EQ(labels->printedTexts().at(1), expected[1]);
    EXPECT_EQ(labels->printedTexts().at(15), expected[2]);
    for (const QString& text : labels->printedTexts())
        EXPECT_FALSE(text.isEmpty());

    // The tooltip keeps the exact value.
    HeatmapWidget widget;
    widget.resize(300, 260);
    widget.setSpec(weightsSpec(fourByFour()));
    widget.show();
    QApplication::processEvents();
    QCustomPlot* shown = widget.plot();
    shown->replot(QCustomPlot::rpImmediateRefresh);
    const QPointF cell(shown->xAxis->coordToPixel(0), shown->yAxis->coordToPixel(0));
    EXPECT_EQ(widget.cellToolTip(cell), QStringLiteral("q1 \u2192 k1: 0.09812"));
}

TEST(CellLabelDigits, PresentationSizeKeepsNumbers)
{
    // At twice the font size the same plot still prints every number, larger or with fewer digits.
    QCustomPlot plot;
    HeatmapController controller(&plot);
    HeatmapStyle style;
    style.fontScale = 2.0;
    controller.setStyle(style);
    controller.show(weightsSpec(fourByFour()));
    plot.toPixmap(600, 520);
    EXPECT_GE(controller.cellLabels()->printedDigits(), 2);
    EXPECT_EQ(controller.cellLabels()->printedTexts().size(), 16);
}
