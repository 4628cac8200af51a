#include "teach/handoutpainter.h"

#include "base/numberformat.h"
#include "export/heatmapexport.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "teach/handouttables.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace attn::ui {

namespace {

/// Translation context of the handout pages.
struct Handout {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::Handout)
};

constexpr double kMargin = 56;
constexpr double kGap = 28;
constexpr double kTablesTop = 40;      ///< The tables start below their "Inputs" caption.
constexpr QSizeF kNaturalCell{90, 60}; ///< A heatmap's natural cell size, as exportHeatmaps draws it.
constexpr QSizeF kCompactCell{50, 40}; ///< The smallest cell that still prints its number at text zoom 1.
constexpr double kMinZoom = 0.85;      ///< Plots are drawn at 0.85 … 2 × their own text size.
constexpr double kMaxZoom = 2.0;
constexpr double kMaxStretch = 2.0; ///< How far a plot may grow beyond its natural size (at its zoom).
constexpr int kCaptionPixels = 28;  ///< Every caption on the body of a page: heatmap titles and "Inputs"
                                    ///< (table names are at most this size).
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kRule(0xc8, 0xcc, 0xd2);
const QColor kBox(0xf4, 0xf5, 0xf7);

QFont fontOf(int pixels, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

/// Height of `text` wrapped at `width` in `font`.
double wrappedHeight(const QString& text, const QFont& font, double width)
{
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, keepNumbersWhole(text))
        .height();
}

/// Draws the heading and description; returns the y below them.
double paintHeader(QPainter& painter, const HandoutPage& page, const QRectF& area)
{
    const QFont heading = fontOf(40, true);
    const QFont description = fontOf(24);
    double y = area.top();
    painter.setFont(heading);
    painter.setPen(kInk);
    const double headingHeight = QFontMetricsF(heading).height();
    painter.drawText(QRectF(area.left(), y, area.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     page.heading);
    y += headingHeight + 6;
    const double descriptionHeight = wrappedHeight(page.description, description, area.width());
    painter.setFont(description);
    painter.setPen(kMuted);
    painter.drawText(QRectF(area.left(), y, area.width(), descriptionHeight), Qt::TextWordWrap,
                     keepNumbersWhole(page.description));
    y += descriptionHeight + 14;
    painter.setPen(QPen(kRule, 2));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    return y + kGap;
}

/// Draws the footer (session title, page number); returns its top.
double paintFooter(QPainter& painter, const HandoutPage& page, const QRectF& area)
{
    const QFont font = fontOf(16);
    const QFontMetricsF metrics(font);
    const QRectF line(area.left(), area.bottom() - metrics.height(), area.width(), metrics.height());
    painter.setFont(font);
    painter.setPen(kMuted);
    const QString number = Handout::tr("Attention Lab \u00b7 page %1 of %2").arg(page.number).arg(page.count);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, number);
    const double titleWidth = line.width() - metrics.horizontalAdvance(number) - kGap;
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(page.sessionTitle, Qt::ElideRight, titleWidth));
    return line.top() - 12;
}

/// Draws the explained cell in a box at the bottom of `area`; returns the box's top (area.bottom() if none).
double paintExplanation(QPainter& painter, const HandoutPage& page, const QRectF& area)
{
    if (page.explanation.isEmpty())
        return area.bottom() + kGap;
    constexpr double pad = 18;
    const double width = area.width() - 2 * pad;
    const QFont titleFont = fontOf(20, true);
    const QString title = Handout::tr("Worked cell: %1").arg(page.explanationTitle);
    const double titleHeight = wrappedHeight(title, titleFont, width);
    QFont textFont = fontOf(28);
    double textHeight = 0;
    for (int pixels = 28; pixels >= 11; --pixels) { // at most a third of the body
        textFont.setPixelSize(pixels);
        textHeight = wrappedHeight(page.explanation, textFont, width);
        if (titleHeight + textHeight + 2 * pad + 8 <= area.height() / 3)
            break;
    }
    const double height = titleHeight + 8 + textHeight + 2 * pad;
    const QRectF box(area.left(), area.bottom() - height, area.width(), height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kBox);
    painter.drawRoundedRect(box, 8, 8);
    painter.setBrush(Qt::NoBrush);
    painter.setFont(titleFont);
    painter.setPen(kMuted);
    painter.drawText(QRectF(box.left() + pad, box.top() + pad, width, titleHeight), Qt::TextWordWrap, title);
    painter.setFont(textFont);
    painter.setPen(kInk);
    painter.drawText(QRectF(box.left() + pad, box.top() + pad + titleHeight + 8, width, textHeight),
                     Qt::TextWordWrap, keepNumbersWhole(page.explanation));
    return box.top();
}

/// One heatmap on its own offscreen plot (never shown).
struct PlotBox {
    std::unique_ptr<QCustomPlot> plot{std::make_unique<QCustomPlot>()};
    std::unique_ptr<HeatmapController> controller{std::make_unique<HeatmapController>(plot.get())};
    QSizeF margins; ///< Everything but the cells: labels, titles, colour scale.
    QSizeF cells;   ///< Columns × rows.
    /// The smallest cell (logical pixels, at zoom 1) that prints every number with the page's digits: the grid
    /// never zooms the plot so far that its cells fall below it (kCompactCell at least).
    QSizeF compactCell{kCompactCell};

    /// The plot's size with cells of `cell` logical pixels.
    QSizeF sizeWith(const QSizeF& cell) const
    {
        return margins + QSizeF(cell.width() * cells.width(), cell.height() * cells.height());
    }
};

/// Shows `spec` on the box's plot, its cells with `digits` significant digits, and measures its margins by laying
/// it out once.
void prepare(PlotBox& box, const HeatmapSpec& spec, int digits)
{
    HeatmapStyle style = box.controller->style();
    style.cellDigits = digits;
    box.controller->setStyle(style);
    box.controller->show(spec);
    const QSize probe(1200, 900);
    layOutOffscreen(*box.plot, probe);
    const QRect inner = box.plot->axisRect()->rect();
    box.margins = QSizeF(probe.width() - inner.width(), probe.height() - inner.height());
    box.cells = QSizeF(static_cast<double>(std::max<Eigen::Index>(1, spec.values.cols())),
                       static_cast<double>(std::max<Eigen::Index>(1, spec.values.rows())));
    // Room for the widest number at `digits` (a Jacobian's "-2.813e-08" is twice as wide as a weight's "0.5"):
    // with only kCompactCell, the page's zoom left such cells too narrow and every map lost digits.
    const Eigen::Index rows = spec.values.rows();
    const Eigen::Index columns = spec.values.cols();
    if (spec.kind == HeatmapKind::Mask || rows > CellLabelsItem::kAlwaysPrintedCells ||
        columns > CellLabelsItem::kAlwaysPrintedCells)
        return;
    QStringList texts;
    for (Eigen::Index i = 0; i < rows; ++i) {
        if (!spec.rowNotes.value(static_cast<qsizetype>(i)).isEmpty())
            continue;
        for (Eigen::Index j = 0; j < columns; ++j) {
            const bool masked = i < spec.masked.rows() && j < spec.masked.cols() && spec.masked(i, j);
            if (!masked)
                texts << formatCellValue(spec.values(i, j), digits);
        }
    }
    box.compactCell = box.compactCell.expandedTo(
        CellLabelsItem::minimumCellSizeFor(texts, box.plot->font(), box.controller->style().fontScale));
}

/// The zoom at which every plot fits a tile of a grid with `columns` columns over `area`.
double gridZoom(const std::vector<PlotBox>& boxes, const QRectF& area, int columns, QSizeF& tile)
{
    const auto count = static_cast<int>(boxes.size());
    const int rows = (count + columns - 1) / columns;
    tile = QSizeF((area.width() - kGap * (columns - 1)) / columns, (area.height() - kGap * (rows - 1)) / rows);
    double zoom = 1e9;
    for (const PlotBox& box : boxes)
        zoom = std::min({zoom, tile.width() / box.sizeWith(box.compactCell).width(),
                         tile.height() / box.sizeWith(box.compactCell).height()});
    return zoom;
}

/// The grid (number of columns, tile size) that lets the plots in `area` be largest, and their zoom.
struct Grid {
    int columns{1};
    QSizeF tile;
    double zoom{0};
};

Grid bestGrid(const std::vector<PlotBox>& boxes, const QRectF& area)
{
    Grid best;
    for (int columns = 1; columns <= static_cast<int>(boxes.size()); ++columns) {
        QSizeF tile;
        if (const double zoom = gridZoom(boxes, area, columns, tile); zoom > best.zoom)
            best = Grid{columns, tile, zoom};
    }
    return best;
}

/// Where the plots of `boxes` go in `area`: each one's logical size and top-left corner, and the zoom of all.
struct Placement {
    double zoom{1};
    std::vector<QSize> logical;
    std::vector<QPointF> corners;
};

/// Lays the plots out at their places with one caption size and one number of digits for the page: every title
/// drawn kCaptionPixels high whatever the zoom, and every heatmap's cells at the fewest digits any of them can
/// print (so that no map shows 3 digits beside 4-digit ones). Returns those digits (`digits` if all fit).
int settlePlots(std::vector<PlotBox>& boxes, const Placement& placement, int digits)
{
    int fewest = digits;
    const std::size_t placed = std::min(boxes.size(), placement.logical.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < placed; ++i) {
            HeatmapController& controller = *boxes[i].controller;
            if (controller.style().cellDigits != fewest) {
                HeatmapStyle style = controller.style();
                style.cellDigits = fewest;
                controller.setStyle(style);
            }
            QFont title = controller.title()->font();
            title.setPixelSize(std::max(1, qRound(kCaptionPixels / placement.zoom)));
            controller.title()->setFont(title);
            layOutOffscreen(*boxes[i].plot, placement.logical[i]);
        }
        if (pass == 1)
            break;
        // A draw into a scratch image tells how many digits each map's cells could print.
        for (std::size_t i = 0; i < placed; ++i) {
            QImage scratch(placement.logical[i], QImage::Format_RGB32);
            QCPPainter painter(&scratch);
            boxes[i].plot->toPainter(&painter, scratch.width(), scratch.height());
            painter.end();
            if (const int printed = boxes[i].controller->cellLabels()->printedDigits(); printed > 0)
                fewest = std::min(fewest, printed);
        }
        if (fewest == digits)
            break;
    }
    return fewest;
}

/// The grid over `area` that lets the plots of `boxes` be largest, each plot's size and place in it.
Placement placeHeatmaps(const std::vector<PlotBox>& boxes, const QRectF& area)
{
    Placement placement;
    if (boxes.empty() || area.width() <= 0 || area.height() <= 0)
        return placement;
    const Grid grid = bestGrid(boxes, area);
    const double zoom = std::clamp(grid.zoom, kMinZoom, kMaxZoom);
    placement.zoom = zoom;
    const QSizeF tile = grid.tile;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const QSizeF natural = boxes[i].sizeWith(kNaturalCell.expandedTo(boxes[i].compactCell));
        // At `zoom`, the plot fills its tile but grows at most kMaxStretch × its natural size.
        const QSize logical(qRound(std::min(tile.width() / zoom, natural.width() * kMaxStretch)),
                            qRound(std::min(tile.height() / zoom, natural.height() * kMaxStretch)));
        const auto column = static_cast<int>(i) % grid.columns;
        const auto row = static_cast<int>(i) / grid.columns;
        const QSizeF drawn(logical.width() * zoom, logical.height() * zoom);
        const QPointF tileCorner(area.left() + column * (tile.width() + kGap),
                                 area.top() + row * (tile.height() + kGap));
        const QPointF corner(tileCorner.x() + (tile.width() - drawn.width()) / 2,
                             tileCorner.y() + (tile.height() - drawn.height()) / 2);
        placement.logical.push_back(logical);
        placement.corners.push_back(corner);
    }
    return placement;
}

/// Draws the plots of `boxes`, laid out by settlePlots(), at their places.
void paintHeatmaps(QCPPainter& painter, std::vector<PlotBox>& boxes, const Placement& placement)
{
    for (std::size_t i = 0; i < placement.logical.size(); ++i) {
        const QSize logical = placement.logical[i];
        painter.save();
        painter.translate(placement.corners[i]);
        painter.scale(placement.zoom, placement.zoom);
        boxes[i].plot->toPainter(&painter, logical.width(), logical.height());
        painter.restore();
    }
}

/// The input tables beside heatmaps: their layout and the width they take.
struct TablesColumn {
    HandoutTableLayout layout;
    double width{0};
};

/// Splits the width of `figures` between the heatmaps of `boxes` and the tables of `page`: the share whose worse
/// half (heatmap zoom against 1.3, table text against 22 pixels) is best, preferring the heatmaps on a tie.
TablesColumn tablesColumn(const HandoutPage& page, const std::vector<PlotBox>& boxes, const QRectF& figures)
{
    constexpr int kLargest = 28;
    constexpr int kSmallest = 10;
    TablesColumn best;
    double bestScore = -1;
    for (double share = 0.15; share <= 0.451; share += 0.025) {
        const QSizeF available(figures.width() * share, figures.height() - kTablesTop);
        const HandoutTableLayout layout =
            layoutHandoutTables(page.inputs, available, fontOf(kLargest), kLargest, kSmallest);
        const double width = std::min(layout.size.width(), available.width());
        const QRectF heatmaps = figures.adjusted(0, 0, -width - 2 * kGap, 0);
        const double zoom = boxes.empty() ? kMaxZoom : std::min(bestGrid(boxes, heatmaps).zoom, kMaxZoom);
        const double score = std::min(zoom / 1.3, layout.font.pixelSize() / 22.0);
        if (score > bestScore + 1e-6) {
            bestScore = score;
            best = TablesColumn{layout, width};
        }
    }
    return best;
}

} // namespace

int paintHandoutPage(QCPPainter& painter, const HandoutPage& page)
{
    const QRectF pageRect(QPointF(0, 0), QSizeF(kHandoutPageSize));
    painter.save();
    painter.fillRect(pageRect, Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF area = pageRect.adjusted(kMargin, kMargin * 0.8, -kMargin, -kMargin * 0.6);
    const double bodyTop = paintHeader(painter, page, area);
    const double bodyBottom = paintFooter(painter, page, area);
    const QRectF body(area.left(), bodyTop, area.width(), bodyBottom - bodyTop);
    const double explanationTop = paintExplanation(painter, page, body);
    QRectF figures(body.left(), body.top(), body.width(), explanationTop - kGap - body.top());

    std::vector<PlotBox> boxes(static_cast<std::size_t>(page.heatmaps.size()));
    for (std::size_t i = 0; i < boxes.size(); ++i)
        prepare(boxes[i], page.heatmaps.at(static_cast<qsizetype>(i)), page.cellDigits);
    TablesColumn tables;
    if (!page.inputs.isEmpty()) {
        tables = tablesColumn(page, boxes, figures);
        figures.setRight(figures.right() - tables.width - 2 * kGap);
    }
    const Placement placement = placeHeatmaps(boxes, figures);
    const int digits = settlePlots(boxes, placement, page.cellDigits);
    if (!page.inputs.isEmpty()) {
        const double left = figures.right() + 2 * kGap;
        painter.setFont(fontOf(kCaptionPixels, true));
        painter.setPen(kInk);
        painter.drawText(QRectF(left, figures.top(), tables.width, 30), Qt::AlignLeft | Qt::AlignVCenter,
                         Handout::tr("Inputs"));
        for (qsizetype t = 0; t < page.inputs.size(); ++t) {
            HandoutTable table = page.inputs.at(t);
            table.digits = digits; // as the heatmaps beside it
            paintHandoutTable(painter, table,
                              tables.layout.rects.at(t).translated(left, figures.top() + kTablesTop),
                              tables.layout.font);
        }
    }
    paintHeatmaps(painter, boxes, placement);
    painter.restore();
    return digits;
}

} // namespace attn::ui
