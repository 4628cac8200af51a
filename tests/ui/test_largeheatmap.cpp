// Large heatmaps (issue 6): a 1024 × 1024 matrix prints values only where they fit and only for the cells in view,
// its token labels thin out without overlapping (and come back after a zoom), the wheel zooms about the cursor,
// a drag pans, a double-click or "Reset Zoom" shows everything again, a click after a pan selects the cell under
// the cursor, the tooltip gives the exact value, and masked cells smaller than a few pixels are tinted flat.
// The values are a(i, j) = i + j / 1024 (exact in binary), so that every expected text is worked by hand.
#include "files/importedfile.h"
#include "heatmap/cellgeometry.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/cellmarks.h"
#include "heatmap/heatmapaxes.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapnavigator.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapwidget.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QWheelEvent>

#include <cmath>
#include <functional>

using attn::ui::HeatmapSpec;
using attn::ui::HeatmapWidget;

namespace {

constexpr int kSide = 1024;

/// a(i, j) = i + j / 1024, side × side.
attn::Matrix largeValues(int side = kSide)
{
    attn::Matrix values(side, side);
    for (int i = 0; i < side; ++i)
        for (int j = 0; j < side; ++j)
            values(i, j) = i + j / 1024.0;
    return values;
}

/// largeValues() with labels "1" … "1024" (the viewer's) or "tok1" … (words) on the keys.
HeatmapSpec largeSpec(bool words = false, int side = kSide)
{
    HeatmapSpec spec;
    spec.id = QStringLiteral("large");
    spec.title = QStringLiteral("Large");
    spec.kind = attn::ui::HeatmapKind::Outputs;
    spec.values = largeValues(side);
    spec.rowLabels = attn::ui::labelsOrNumbers({}, side);
    spec.columnLabels = spec.rowLabels;
    if (words)
        for (QString& label : spec.columnLabels)
            label.prepend(QStringLiteral("tok"));
    spec.rowAxisTitle = QStringLiteral("Queries");
    spec.columnAxisTitle = QStringLiteral("Keys");
    return spec;
}

struct LargeHeatmap : ::testing::Test {
    HeatmapWidget widget;

    void showSpec(const HeatmapSpec& spec)
    {
        widget.resize(820, 720);
        widget.setSpec(spec);
        widget.show();
        QApplication::processEvents();
        plot()->replot(); // laid out at its final size
        plot()->replot();
    }
    QCustomPlot* plot() const { return widget.plot(); }
    QCPAxis* keys() const { return widget.controller()->colorMap()->keyAxis(); }
    QCPAxis* rows() const { return widget.controller()->colorMap()->valueAxis(); }
    attn::ui::CellLabelsItem* labels() const { return widget.controller()->cellLabels(); }
    /// The pixel centre of cell (row, column) as the axes place it now.
    QPointF centreOf(int row, int column) const
    {
        return {keys()->coordToPixel(column), rows()->coordToPixel(row)};
    }

    void send(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, plot()->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(plot(), &event);
    }
    void drag(QPointF from, QPointF to)
    {
        send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int step = 1; step <= 4; ++step)
            send(QEvent::MouseMove, from + (to - from) * step / 4.0, Qt::NoButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    void click(QPointF at)
    {
        send(QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton);
    }
    /// One wheel event; `check` runs before the replot (which may shift the axes by a few pixels when the
    /// labels beside them change width).
    void wheel(QPointF at, int angle, const std::function<void()>& check = {})
    {
        QWheelEvent event(at, plot()->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot(), &event);
        if (check)
            check();
        plot()->replot();
    }
};

/// The extent of each tick label of `axis` along it, in pixels, in tick order.
QList<std::pair<double, double>> labelExtents(const QCPAxis* axis)
{
    const QFontMetricsF metrics(axis->tickLabelFont());
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    // A label turned by an angle a lies on a line at that angle: neighbours clear each other when their distance
    // along the axis is at least the text height / sin(a) (for a = 90°: the height).
    const double angle = std::abs(axis->tickLabelRotation()) * M_PI / 180.0;
    QList<std::pair<double, double>> extents;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> texts = axis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        double along = metrics.height();
        if (horizontal)
            along = angle == 0 ? metrics.horizontalAdvance(texts.at(i)) : metrics.height() / std::sin(angle);
        const double centre = axis->coordToPixel(ticks.at(i));
        extents.append({centre - along / 2, centre + along / 2});
    }
    std::sort(extents.begin(), extents.end());
    return extents;
}

void expectNoOverlap(const QCPAxis* axis, const char* what)
{
    const auto extents = labelExtents(axis);
    for (qsizetype i = 1; i < extents.size(); ++i)
        EXPECT_LE(extents.at(i - 1).second, extents.at(i).first)
            << what << ": labels " << i - 1 << " and " << i << " overlap (rotation " << axis->tickLabelRotation()
            << ", " << axis->tickLabelFont().pointSizeF() << " pt)";
}

} // namespace

TEST_F(LargeHeatmap, ValuesPrintOnlyWhenTheyFitAndOnlyForTheVisibleCells)
{
    showSpec(largeSpec());
    // Cells under a pixel: nothing printed, nothing formatted.
    EXPECT_TRUE(labels()->printedTexts().isEmpty());
    EXPECT_TRUE(labels()->printedArea().isEmpty());
    EXPECT_EQ(labels()->visibleCells(), QRect(0, 0, kSide, kSide));

    // Ten by ten cells in view (about 55 pixels each): only those hundred are formatted and drawn.
    keys()->setRange(499.5, 509.5);
    rows()->setRange(199.5, 209.5);
    plot()->replot();
    EXPECT_EQ(labels()->visibleCells(), QRect(500, 200, 10, 10));
    EXPECT_EQ(labels()->printedArea(), QRect(500, 200, 10, 10));
    ASSERT_EQ(labels()->printedTexts().size(), 100);
    EXPECT_EQ(labels()->printedDigits(), 4);
    // a(200, 500) = 200 + 500/1024 = 200.48828125 → "200.5"; a(201, 509) = 201.4970703125 → "201.5";
    // a(209, 509) = 209.4970703125 → "209.5".
    EXPECT_EQ(labels()->printedTexts().at(0), QStringLiteral("200.5"));
    EXPECT_EQ(labels()->printedTexts().at(19), QStringLiteral("201.5"));
    EXPECT_EQ(labels()->printedTexts().at(99), QStringLiteral("209.5"));

    // A range that cuts cells: the partly visible ones at both ends count (cells 499 … 509 along the keys).
    keys()->setRange(499.2, 509.2);
    plot()->replot();
    EXPECT_EQ(labels()->printedArea(), QRect(499, 200, 11, 10));
    EXPECT_EQ(labels()->printedTexts().size(), 110);
}

TEST_F(LargeHeatmap, ThinnedAxisLabelsNeverOverlapAndAllReturnAfterAZoom)
{
    for (const bool words : {false, true}) {
        showSpec(largeSpec(words));
        for (QCPAxis* axis : {keys(), rows()}) {
            const int step = attn::ui::heatmapaxes::labelStep(axis);
            EXPECT_GT(step, 1) << words;
            // Readable: at least the thinned size, and a useful number of them.
            EXPECT_GE(axis->tickLabelFont().pointSizeF(), attn::ui::heatmapaxes::kThinnedTickPoints) << words;
            EXPECT_GE(axis->tickVector().size(), 5) << words;
            EXPECT_LE(axis->tickVector().size(), kSide / step + 1) << words;
            expectNoOverlap(axis, words ? "words, whole matrix" : "numbers, whole matrix");
        }
        // "1", "2", … and "tok1", "tok2", … are thinned to round numbers: each one shown a multiple of the step.
        for (const QString& label : keys()->tickVectorLabels())
            EXPECT_EQ(label.mid(words ? 3 : 0).toInt() % attn::ui::heatmapaxes::labelStep(keys()), 0)
                << label.toStdString();

        // Zoomed in to twenty cells: every label in view, none overlapping.
        keys()->setRange(99.5, 119.5);
        rows()->setRange(99.5, 119.5);
        plot()->replot();
        for (QCPAxis* axis : {keys(), rows()}) {
            EXPECT_EQ(attn::ui::heatmapaxes::labelStep(axis), 1) << words;
            EXPECT_EQ(axis->tickVector().size(), 20) << words;
        }
        EXPECT_EQ(keys()->tickVectorLabels().front(), words ? QStringLiteral("tok101") : QStringLiteral("101"));
        expectNoOverlap(keys(), "zoomed keys");
        expectNoOverlap(rows(), "zoomed rows");
        widget.navigator()->resetZoom();
    }
}

TEST_F(LargeHeatmap, TheWheelZoomsAboutTheCursorADragPansAndADoubleClickResets)
{
    showSpec(largeSpec());
    attn::ui::HeatmapNavigator* navigator = widget.navigator();
    EXPECT_FALSE(navigator->isZoomed());
    EXPECT_FALSE(widget.resetZoomAction()->isEnabled());
    QRect rect = plot()->axisRect()->rect();
    const QPoint at(rect.left() + rect.width() * 3 / 10, rect.top() + rect.height() * 6 / 10);
    const double keyAt = keys()->pixelToCoord(at.x());
    const double rowAt = rows()->pixelToCoord(at.y());

    // A wheel step towards the screen: each range 0.8 of 1024 cells, the cell under the cursor kept (measured in
    // the layout of the wheel event: the replot after it may move the axes by the few pixels that the narrower
    // or wider labels beside them need).
    wheel(at, 120, [&] {
        EXPECT_NEAR(keys()->range().size(), 1024 * 0.8, 1e-6);
        EXPECT_NEAR(rows()->range().size(), 1024 * 0.8, 1e-6);
        const QCPRange k = keys()->range();
        const QCPRange r = rows()->range();
        EXPECT_NEAR(k.lower + (at.x() - rect.left()) * k.size() / rect.width(), keyAt, 1e-6);
        EXPECT_NEAR(r.upper - (rect.bottom() - at.y()) * r.size() / rect.height(), rowAt, 1e-6); // reversed
    });
    wheel(at, 120);
    EXPECT_NEAR(keys()->range().size(), 1024 * 0.64, 1e-6);
    EXPECT_NEAR(rows()->range().size(), 1024 * 0.64, 1e-6);
    EXPECT_TRUE(navigator->isZoomed());
    EXPECT_TRUE(widget.resetZoomAction()->isEnabled());

    // A drag of 40 pixels to the right and 60 up moves the view by as many cells left and down.
    QSignalSpy clicked(&widget, &HeatmapWidget::cellClicked);
    rect = plot()->axisRect()->rect();
    const QCPRange keysBefore = keys()->range();
    const QCPRange rowsBefore = rows()->range();
    const double keyPixels = rect.width() / keysBefore.size(); // pixels per cell
    const double rowPixels = rect.height() / rowsBefore.size();
    drag(at, at + QPoint(40, -60));
    EXPECT_NEAR(keys()->range().lower, keysBefore.lower - 40 / keyPixels, 1e-6);
    EXPECT_NEAR(rows()->range().lower, rowsBefore.lower + 60 / rowPixels, 1e-6); // rows grow downwards
    EXPECT_NEAR(keys()->range().size(), keysBefore.size(), 1e-9);
    EXPECT_EQ(clicked.count(), 0); // a drag is no click

    // Never beyond the matrix: a long drag stops at its edge.
    drag(at, at + QPoint(4000, 0));
    EXPECT_NEAR(keys()->range().lower, -0.5, 1e-9);
    // Zooming out stops at the whole matrix.
    for (int i = 0; i < 6; ++i)
        wheel(at, -120);
    EXPECT_FALSE(navigator->isZoomed());
    EXPECT_NEAR(keys()->range().lower, -0.5, 1e-9);
    EXPECT_NEAR(keys()->range().upper, kSide - 0.5, 1e-9);

    // Zooming in stops at kMinCells cells.
    for (int i = 0; i < 60; ++i)
        wheel(at, 120);
    EXPECT_NEAR(keys()->range().size(), attn::ui::HeatmapNavigator::kMinCells, 1e-9);

    // A double-click shows the whole matrix again.
    send(QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
    EXPECT_FALSE(navigator->isZoomed());
    EXPECT_EQ(keys()->range(), QCPRange(-0.5, kSide - 0.5));
    EXPECT_EQ(rows()->range(), QCPRange(-0.5, kSide - 0.5));
    EXPECT_FALSE(widget.resetZoomAction()->isEnabled());

    // So does "Reset Zoom".
    wheel(at, 120);
    ASSERT_TRUE(widget.resetZoomAction()->isEnabled());
    widget.resetZoomAction()->trigger();
    EXPECT_EQ(keys()->range(), QCPRange(-0.5, kSide - 0.5));
}

TEST_F(LargeHeatmap, AClickAfterAPanSelectsTheCellUnderTheCursor)
{
    showSpec(largeSpec());
    keys()->setRange(99.5, 119.5); // 20 cells of about 30 pixels
    rows()->setRange(299.5, 319.5);
    plot()->replot();
    const double cellWidth = plot()->axisRect()->rect().width() / 20.0;
    const double cellHeight = plot()->axisRect()->rect().height() / 20.0;
    // Pan by three cells to the left (the view moves right by three columns) and two rows up; mouse positions
    // are whole pixels, so the pan is exact to a pixel.
    const QPoint start = centreOf(310, 110).toPoint();
    drag(start, start - QPointF(3 * cellWidth, 2 * cellHeight).toPoint());
    EXPECT_NEAR(keys()->range().lower, 102.5, 1 / cellWidth);
    EXPECT_NEAR(rows()->range().lower, 301.5, 1 / cellHeight);

    QSignalSpy clicked(&widget, &HeatmapWidget::cellClicked);
    // The pixel where cell (row 305, column 104) was before the pan now shows cell (307, 107).
    const QPointF where(plot()->axisRect()->rect().left() + (104 - 99.5) * cellWidth,
                        plot()->axisRect()->rect().top() + (305 - 299.5) * cellHeight);
    click(where);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toInt(), 307);
    EXPECT_EQ(clicked.at(0).at(1).toInt(), 107);
}

TEST_F(LargeHeatmap, TheTooltipGivesTheExactValueAtAnyZoom)
{
    showSpec(largeSpec());
    // a(101, 7) = 101 + 7/1024 = 101.0068359375 exactly; labels are 1-based.
    EXPECT_EQ(widget.cellToolTip(centreOf(101, 7)), QStringLiteral("102 \u2192 8: 101.0068359375"));
    keys()->setRange(0.5, 10.5);
    rows()->setRange(95.5, 105.5);
    plot()->replot();
    EXPECT_EQ(widget.cellToolTip(centreOf(101, 7)), QStringLiteral("102 \u2192 8: 101.0068359375"));
    // a(1023, 1023) = 1023 + 1023/1024 = 1023.9990234375.
    keys()->setRange(1013.5, 1023.5);
    rows()->setRange(1013.5, 1023.5);
    plot()->replot();
    EXPECT_EQ(widget.cellToolTip(centreOf(1023, 1023)), QStringLiteral("1024 \u2192 1024: 1023.9990234375"));
}

TEST_F(LargeHeatmap, ANewSpecOfTheSameShapeKeepsTheZoom)
{
    showSpec(largeSpec());
    keys()->setRange(99.5, 119.5);
    rows()->setRange(299.5, 319.5);
    plot()->replot();
    HeatmapSpec edited = largeSpec();
    attn::Matrix values = largeValues();
    values(300, 100) = 0.5;
    edited.values = values;
    widget.setSpec(edited);
    EXPECT_EQ(keys()->range(), QCPRange(99.5, 119.5));
    EXPECT_EQ(rows()->range(), QCPRange(299.5, 319.5));
    // The same spec again (an edit elsewhere): the zoom stays and nothing is replotted.
    int replots = 0;
    QObject::connect(plot(), &QCustomPlot::afterReplot, plot(), [&replots] { ++replots; });
    widget.setSpec(edited);
    EXPECT_EQ(replots, 0);
    EXPECT_EQ(keys()->range(), QCPRange(99.5, 119.5));
    widget.setSpec(largeSpec(false, 64)); // another shape: the whole matrix
    EXPECT_EQ(keys()->range(), QCPRange(-0.5, 63.5));
    EXPECT_FALSE(widget.navigator()->isZoomed());
}

TEST_F(LargeHeatmap, SubPixelMaskedCellsAreTintedFlatAndHatchedOnceZoomed)
{
    HeatmapSpec spec = largeSpec();
    spec.kind = attn::ui::HeatmapKind::Weights;
    spec.values = attn::Matrix(attn::Matrix::Constant(kSide, kSide, 1.0 / kSide));
    spec.masked = attn::MaskMatrix::Constant(kSide, kSide, false);
    for (int i = 0; i < kSide; ++i)
        for (int j = i + 1; j < kSide; ++j)
            spec.masked(i, j) = true; // causal
    showSpec(spec);
    const QColor tint = attn::ui::cellmarks::maskedFill();
    QImage image = plot()->toPixmap().toImage();
    // Far above the diagonal every pixel is the masked tint; far below it none is.
    const QPoint above = centreOf(100, 900).toPoint();
    const QPoint below = centreOf(900, 100).toPoint();
    int tinted = 0;
    for (int dy = -3; dy <= 3; ++dy)
        for (int dx = -3; dx <= 3; ++dx)
            tinted += image.pixelColor(above + QPoint(dx, dy)) == tint ? 1 : 0;
    EXPECT_EQ(tinted, 49);
    EXPECT_NE(image.pixelColor(below), tint);

    // Zoomed to 8 × 8 cells of 70 pixels: masked cells are hatched again (lines in the hatch colour).
    keys()->setRange(595.5, 603.5);
    rows()->setRange(595.5, 603.5);
    plot()->replot();
    image = plot()->toPixmap().toImage();
    const QRectF cell = attn::ui::cellPixelRect(widget.controller()->colorMap(), 602, 597);
    int hatch = 0;
    const QColor hatchColor = attn::ui::cellmarks::hatchColor();
    for (int y = qCeil(cell.top()) + 2; y < cell.bottom() - 2; ++y)
        for (int x = qCeil(cell.left()) + 2; x < cell.right() - 2; ++x)
            hatch += std::abs(image.pixelColor(x, y).red() - hatchColor.red()) <= 8 ? 1 : 0;
    EXPECT_GT(hatch, 50);
}
