// MatrixColorMap: the colour map that draws a heatmap's matrix without QCustomPlot's copy of it. Colours are
// checked on rendered pixels against QCPColorGradient::color() of each value (QCustomPlot's own mapping), cell
// positions against the axes' coordToPixel (cell i centred on i), image sizes against QCPColorMap's documented
// oversampling (at least 100 pixels along an axis with fewer than 200 cells).
#include "../support/writeresultcheck.h"
#include "export/plotexport.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/matrixcolormap.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace attn::ui;
using namespace heatmaptest;

namespace {

QColor colourOf(const HeatmapController& controller, double value)
{
    MatrixColorMap* map = controller.colorMap();
    return QColor::fromRgba(map->gradient().color(value, map->dataRange()));
}

/// The colour inside cell (row, column) of `plot` (default axes: x = columns, y = rows), `offset` cells from its
/// centre along both axes (away from the printed number in cells large enough for one).
QColor centreColour(const QCustomPlot& plot, const QImage& image, int row, int column, double offset = 0)
{
    const QPointF at(plot.xAxis->coordToPixel(column - offset), plot.yAxis->coordToPixel(row - offset));
    return image.pixelColor(at.toPoint());
}

/// The same near the cell's corner, clear of its number.
QColor cornerColour(const QCustomPlot& plot, const QImage& image, int row, int column)
{
    return centreColour(plot, image, row, column, 0.4);
}

/// 3 × 4 outputs with twelve distinct values: 1, 2, …, 12 row by row.
attn::Matrix twelve()
{
    attn::Matrix m(3, 4);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 4; ++j)
            m(i, j) = 4 * i + j + 1;
    return m;
}

} // namespace

TEST(MatrixColorMap, EachCellHasTheGradientColourOfItsValueFirstRowAtTheTop)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(labelledSpec(HeatmapKind::Outputs, twelve()));
    const QImage image = plot.toPixmap(800, 500).toImage();
    ASSERT_TRUE(plot.yAxis->rangeReversed());
    // Row 0 (values 1 … 4) is drawn above row 2 (values 9 … 12).
    EXPECT_LT(plot.yAxis->coordToPixel(0), plot.yAxis->coordToPixel(2));
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 4; ++j) {
            const double value = 4 * i + j + 1;
            EXPECT_TRUE(near(cornerColour(plot, image, i, j), colourOf(controller, value), 1))
                << i << "," << j << ": " << cornerColour(plot, image, i, j).name().toStdString() << " vs "
                << colourOf(controller, value).name().toStdString();
        }
    }
    // The two ends of the outputs' range are viridis' ends (#440154 for 1, #fde725 for 12).
    EXPECT_TRUE(near(cornerColour(plot, image, 0, 0), QColor(0x44, 0x01, 0x54), 2));
    EXPECT_TRUE(near(cornerColour(plot, image, 2, 3), QColor(0xfd, 0xe7, 0x25), 2));
}

TEST(MatrixColorMap, AValueAxisGrowingUpwardsPutsTheFirstRowAtTheBottom)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(labelledSpec(HeatmapKind::Outputs, twelve()));
    plot.yAxis->setRangeReversed(false);
    const QImage image = plot.toPixmap(800, 500).toImage();
    EXPECT_GT(plot.yAxis->coordToPixel(0), plot.yAxis->coordToPixel(2));
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 4; ++j)
            EXPECT_TRUE(near(cornerColour(plot, image, i, j), colourOf(controller, 4 * i + j + 1), 1)) << i << j;
    // The image itself was rebuilt for this orientation: its top line is the last row.
    const QImage& built = controller.colorMap()->mapImage();
    EXPECT_EQ(QColor::fromRgba(built.pixel(0, 0)).rgb(), colourOf(controller, 9).rgb());
    EXPECT_EQ(QColor::fromRgba(built.pixel(0, built.height() - 1)).rgb(), colourOf(controller, 1).rgb());
}

TEST(MatrixColorMap, SmallMapsAreOversampledAsQCPColorMapDoesIt)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(labelledSpec(HeatmapKind::Outputs, twelve()));
    plot.toPixmap(400, 300);
    // int(1 + 100/4) = 26 pixels per column, int(1 + 100/3) = 34 per row.
    EXPECT_EQ(controller.colorMap()->mapImage().size(), QSize(4 * 26, 3 * 34));
    const QImage& image = controller.colorMap()->mapImage();
    EXPECT_EQ(QColor::fromRgba(image.pixel(0, 0)).rgb(), colourOf(controller, 1).rgb()); // row 0 on top
    EXPECT_EQ(QColor::fromRgba(image.pixel(3 * 26 + 25, 2 * 34 + 33)).rgb(), colourOf(controller, 12).rgb());
}

TEST(MatrixColorMap, HoldsNoCopyOfALargeMatrix)
{
    attn::Matrix values(512, 512);
    for (int i = 0; i < 512; ++i)
        for (int j = 0; j < 512; ++j)
            values(i, j) = (i / 64) * 8 + (j / 64); // 8 × 8 blocks of 64 × 64 cells, values 0 … 63
    const HeatmapSpec spec = labelledSpec(HeatmapKind::Outputs, values);
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(spec);
    const QImage image = plot.toPixmap(1100, 1000).toImage();

    MatrixColorMap* map = controller.colorMap();
    EXPECT_EQ(map->data()->keySize() * map->data()->valueSize(), 0); // QCustomPlot's data holds nothing
    EXPECT_TRUE(map->matrix().sharesWith(spec.values));              // the spec's own memory
    EXPECT_EQ(map->rows(), 512);
    EXPECT_EQ(map->columns(), 512);
    EXPECT_EQ(map->mapImage().size(), QSize(512, 512)); // one pixel per cell, no oversampling above 200 cells
    for (int bi = 0; bi < 8; ++bi) {
        for (int bj = 0; bj < 8; ++bj) {
            const QColor expected = colourOf(controller, bi * 8 + bj);
            EXPECT_TRUE(near(centreColour(plot, image, bi * 64 + 32, bj * 64 + 32), expected, 1)) << bi << bj;
            EXPECT_EQ(QColor::fromRgba(map->mapImage().pixel(bj * 64 + 5, bi * 64 + 60)).rgb(), expected.rgb());
        }
    }
}

TEST(MatrixColorMap, RangesForRescaleAxesAreTheCellCentres)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(labelledSpec(HeatmapKind::Outputs, twelve()));
    bool found = false;
    const QCPRange keys = controller.colorMap()->getKeyRange(found);
    EXPECT_TRUE(found);
    EXPECT_DOUBLE_EQ(keys.lower, 0.0);
    EXPECT_DOUBLE_EQ(keys.upper, 3.0);
    const QCPRange rows = controller.colorMap()->getValueRange(found);
    EXPECT_TRUE(found);
    EXPECT_DOUBLE_EQ(rows.lower, 0.0);
    EXPECT_DOUBLE_EQ(rows.upper, 2.0);
    controller.colorMap()->getValueRange(found, QCP::sdBoth, QCPRange(10, 20)); // keys beside the map
    EXPECT_FALSE(found);
    plot.rescaleAxes();
    EXPECT_DOUBLE_EQ(plot.xAxis->range().upper, 3.0);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().upper, 2.0);

    auto* empty = new MatrixColorMap(plot.xAxis2, plot.yAxis2); // the plot owns its plottables
    empty->getKeyRange(found);
    EXPECT_FALSE(found);
}

TEST(MatrixColorMap, HiddenCellsAreTransparentAndKeepTheirValues)
{
    QCustomPlot plot;
    auto* mapItem = new MatrixColorMap(plot.xAxis, plot.yAxis); // the plot owns its plottables
    MatrixColorMap& map = *mapItem;
    attn::MaskMatrix hidden = attn::MaskMatrix::Constant(3, 4, false);
    hidden(0, 1) = true;
    map.setMatrix(SharedMatrix(twelve()), hidden, {0, 0, 1});
    QCPColorGradient grey(QCPColorGradient::gpGrayscale);
    grey.setNanHandling(QCPColorGradient::nhTransparent); // as every heatmap's gradient (gradientFor)
    map.setGradient(grey);
    map.setInterpolate(false); // as every heatmap (QCPColorMap interpolates by default)
    map.setDataRange(QCPRange(1, 12));
    plot.xAxis->setRange(-0.5, 3.5);
    plot.yAxis->setRange(-0.5, 2.5);
    plot.yAxis->setRangeReversed(true);
    plot.toPixmap(400, 300);
    EXPECT_TRUE(map.isHidden(0, 1));
    EXPECT_TRUE(map.isHidden(2, 3)); // a hidden row
    EXPECT_FALSE(map.isHidden(1, 1));
    EXPECT_FALSE(map.isHidden(5, 5));
    EXPECT_DOUBLE_EQ(map.value(0, 1), 2.0);
    EXPECT_DOUBLE_EQ(map.value(2, 3), 12.0);
    // The image drawn (row 0 on top, 26 × 34 pixels per cell, see above): hidden cells fully transparent, the
    // others their grey.
    const QImage& built = map.mapImage();
    ASSERT_EQ(built.size(), QSize(4 * 26, 3 * 34));
    auto pixel = [&](int row, int column) { return built.pixel(column * 26 + 13, row * 34 + 17); };
    EXPECT_EQ(qAlpha(pixel(0, 1)), 0);
    for (int j = 0; j < 4; ++j)
        EXPECT_EQ(qAlpha(pixel(2, j)), 0) << j;
    EXPECT_EQ(pixel(0, 0), grey.color(1, QCPRange(1, 12)));
    EXPECT_EQ(pixel(1, 1), grey.color(6, QCPRange(1, 12)));
    EXPECT_EQ(qAlpha(pixel(1, 3)), 255);
}

TEST(MatrixColorMap, SvgAndPdfExportEmbedTheCells)
{
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(labelledSpec(HeatmapKind::Outputs, twelve()));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString svgPath = dir.filePath(QStringLiteral("map.svg"));
    const QString pdfPath = dir.filePath(QStringLiteral("map.pdf"));
    ASSERT_TRUE(writecheck::succeeded(exportPlot(plot, svgPath, ImageFormat::Svg, 1, 600, 400)));
    ASSERT_TRUE(writecheck::succeeded(exportPlot(plot, pdfPath, ImageFormat::Pdf, 1, 600, 400)));

    QFile svgFile(svgPath);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svgFile.readAll());
    static const QRegularExpression embedded(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=\\s]+)"));
    QImage cells;
    for (auto it = embedded.globalMatch(svg); it.hasNext();) {
        const QImage image = QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
        if (image.width() > cells.width())
            cells = image; // the largest embedded image is the map's buffer
    }
    ASSERT_FALSE(cells.isNull());
    // Every value's colour fills a good part of the embedded image (the map's 12 cells, at 3 × resolution).
    for (int v = 1; v <= 12; ++v) {
        const QColor expected = colourOf(controller, v);
        EXPECT_GT(countIn(cells, cells.rect(), [&](const QColor& c) { return near(c, expected, 0); }), 1000) << v;
    }

    QFile pdfFile(pdfPath);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdf = pdfFile.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.contains("/Subtype /Image"));
}
