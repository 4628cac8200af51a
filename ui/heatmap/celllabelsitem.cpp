#include "heatmap/celllabelsitem.h"

#include "base/numberformat.h"
#include "heatmap/cellgeometry.h"
#include "heatmap/cellmarks.h"

#include <QFontMetricsF>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace attn::ui {

namespace {

constexpr int kFewerDigits[] = {0, 1, 2}; ///< Digits fewer than HeatmapStyle::cellDigits to try, most first.

/// Linearised sRGB channel (WCAG 2 relative luminance).
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

} // namespace

CellLabelsItem::CellLabelsItem(QCustomPlot* plot, MatrixColorMap* map) : QCPAbstractItem(plot), m_map(map)
{
    setSelectable(false);
    if (map) {
        setLayer(map->layer()); // added after the map, so drawn above it
        setClipToAxisRect(true);
        setClipAxisRect(map->keyAxis()->axisRect());
    }
}

double CellLabelsItem::selectTest(const QPointF& pos, bool onlySelectable, QVariant* details) const
{
    Q_UNUSED(pos)
    Q_UNUSED(onlySelectable)
    Q_UNUSED(details)
    return -1;
}

double CellLabelsItem::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CellLabelsItem::textColorFor(const QColor& background)
{
    const double l = luminance(background);
    const double contrastWithWhite = 1.05 / (l + 0.05);
    const double contrastWithBlack = (l + 0.05) / 0.05;
    return contrastWithWhite > contrastWithBlack ? QColor(Qt::white) : QColor(Qt::black);
}

double CellLabelsItem::pixelSizeFor(const QSizeF& cellSize, double widestText, double probeSize, double fontScale)
{
    const double scale = std::clamp(fontScale, 0.5, 4.0);
    const double smallest = kMinPixelSize * scale;
    // The text's line height is about 1.2 × its pixel size: never aim above 0.75 of the cell height.
    const double wanted = std::min(cellSize.height() * 0.3 * scale, cellSize.height() * 0.75);
    const double fromHeight = std::clamp(wanted, smallest, kMaxPixelSize * scale);
    const double padding = std::max(4.0, 0.12 * cellSize.width()); // numbers side by side stay apart
    const double available = cellSize.width() - 2 * padding;
    const double fromWidth = widestText > 0 ? probeSize * available / widestText : kMaxPixelSize * scale;
    return std::max(smallest, std::floor(std::min(fromHeight, fromWidth)));
}

QSizeF CellLabelsItem::minimumCellSizeFor(const QStringList& texts, const QFont& font, double fontScale)
{
    QFont probe = font;
    probe.setPixelSize(std::max(1, static_cast<int>(kMinPixelSize * std::clamp(fontScale, 0.5, 4.0))));
    const QFontMetricsF metrics(probe);
    double widest = 0;
    for (const QString& text : texts)
        widest = std::max(widest, metrics.horizontalAdvance(text));
    // pixelSizeFor leaves max(4, 12 %) of the width on each side; drawValues wants 2 pixels to spare and a cell
    // at least two minimum text sizes wide and one high. One pixel more for rounding.
    const double width = std::max({widest + 8.0, widest / 0.76, widest + 2.0, 2 * kMinPixelSize}) + 1.0;
    const double height = std::max(metrics.height(), kMinPixelSize) + 1.0;
    return {std::ceil(width), std::ceil(height)};
}

QSizeF CellLabelsItem::minimumCellSize() const
{
    if (!m_map || m_map->isEmpty() || !m_printValues || m_map->rows() > kAlwaysPrintedCells ||
        m_map->columns() > kAlwaysPrintedCells)
        return {};
    const QRect all(0, 0, m_map->columns(), m_map->rows());
    // At the fewest digits drawValues() falls back to: wider cells print more of them.
    const int fewest = kFewerDigits[std::size(kFewerDigits) - 1];
    const int digits = std::max(1, std::clamp(m_style.cellDigits, 1, 10) - fewest);
    const QStringList allTexts = texts(digits, all);
    return minimumCellSizeFor(allTexts, mParentPlot->font(), m_style.fontScale);
}

void CellLabelsItem::setMarks(const attn::MaskMatrix& masked, const QStringList& rowNotes, bool printValues)
{
    m_masked = masked;
    m_rowNotes = rowNotes;
    m_printValues = printValues;
}

void CellLabelsItem::setStyle(const HeatmapStyle& style)
{
    m_style = style;
}

bool CellLabelsItem::isMasked(int row, int column) const
{
    return row < m_masked.rows() && column < m_masked.cols() && m_masked(row, column);
}

bool CellLabelsItem::hasNote(int row) const
{
    return !m_rowNotes.value(row).isEmpty();
}

QRectF CellLabelsItem::cellRect(int column, int row) const
{
    return cellPixelRect(m_map, column, row);
}

QRect CellLabelsItem::visibleCells() const
{
    if (!m_map)
        return {};
    return visibleCellRect(m_map);
}

void CellLabelsItem::draw(QCPPainter* painter)
{
    m_printed.clear();
    m_printedArea = QRect();
    m_printedDigits = 0;
    if (!m_map)
        return;
    if (m_map->isEmpty())
        return;
    const QRect visible = visibleCells();
    if (visible.isEmpty())
        return;
    const int valuePixels = m_printValues ? drawValues(painter, cellRect(0, 0).size(), visible) : 0;
    drawMarks(painter, valuePixels, visible);
}

void CellLabelsItem::drawMarks(QCPPainter* painter, int valuePixels, const QRect& visible)
{
    const QSizeF cellSize = cellRect(0, 0).size();
    const bool tinyCells = cellSize.width() < kMinHatchPixels || cellSize.height() < kMinHatchPixels;
    const bool lowRows = cellSize.height() < kMinPixelSize;
    if (tinyCells || lowRows)
        drawMaskTint(painter, visible);
    if (tinyCells && lowRows)
        return; // the tint holds everything that can be seen at this size

    const QString maskedText = tr("masked");
    QFont font = mParentPlot->font();
    // "masked" a little smaller than the numbers beside it, so that they stand out; on its own (the mask heatmap)
    // as large as a number would be.
    const int maxPixels = valuePixels > 0 ? std::max(static_cast<int>(kMinPixelSize), valuePixels * 5 / 6)
                                          : static_cast<int>(pixelSizeFor(cellSize, 0, 1, m_style.fontScale));
    const int maskedPixels = tinyCells ? 0
                                       : cellmarks::fittingPixelSize(maskedText, font, cellSize, maxPixels,
                                                                     static_cast<int>(kMinPixelSize));
    font.setPixelSize(std::max(1, maskedPixels));
    for (int row = visible.top(); row <= visible.bottom(); ++row) {
        if (hasNote(row)) {
            if (!lowRows) { // a note across the visible part of the row, centred there
                const QRectF rowRect = cellRect(visible.left(), row).united(cellRect(visible.right(), row));
                cellmarks::drawRowNote(painter, rowRect, m_rowNotes.at(row), mParentPlot->font(), m_style);
            }
            continue;
        }
        if (tinyCells || row >= m_masked.rows())
            continue;
        for (int column = visible.left(); column <= visible.right(); ++column) {
            if (!isMasked(row, column))
                continue;
            const QRectF cell = cellRect(column, row);
            cellmarks::drawMaskedCell(painter, cell, m_style);
            if (maskedPixels > 0)
                cellmarks::drawMaskedText(painter, cell, maskedText, font, m_style);
        }
    }
}

void CellLabelsItem::drawMaskTint(QCPPainter* painter, const QRect& visible)
{
    const QRectF target =
        cellRect(visible.left(), visible.top()).united(cellRect(visible.right(), visible.bottom()));
    // One image pixel per cell, but never more pixels than the cells cover on screen (each pixel then samples
    // the cell at its centre, as QCPColorMap's own image does when cells are smaller than a pixel).
    const int width = std::clamp(static_cast<int>(std::ceil(target.width())), 1, visible.width());
    const int height = std::clamp(static_cast<int>(std::ceil(target.height())), 1, visible.height());
    const bool anyMask = m_masked.size() > 0;
    const bool anyNote =
        std::any_of(m_rowNotes.cbegin(), m_rowNotes.cend(), [](const QString& note) { return !note.isEmpty(); });
    if (!anyMask && !anyNote)
        return;
    const QRgb masked = cellmarks::maskedFill(m_style).rgba();
    const QRgb empty = cellmarks::emptyRowFill(m_style).rgba();
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    bool drawn = false;
    for (int y = 0; y < height; ++y) {
        const int row = visible.top() + static_cast<int>((y + 0.5) * visible.height() / height);
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        if (hasNote(row)) {
            std::fill(line, line + width, empty);
            drawn = true;
            continue;
        }
        if (row >= m_masked.rows())
            continue;
        for (int x = 0; x < width; ++x) {
            const int column = visible.left() + static_cast<int>((x + 0.5) * visible.width() / width);
            if (isMasked(row, column)) {
                line[x] = masked;
                drawn = true;
            }
        }
    }
    if (!drawn)
        return;
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, image);
    painter->restore();
}

QStringList CellLabelsItem::texts(int digits, const QRect& visible) const
{
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(visible.width()) * visible.height());
    for (int row = visible.top(); row <= visible.bottom(); ++row) {
        const bool note = hasNote(row);
        for (int column = visible.left(); column <= visible.right(); ++column) {
            const bool number = !note && !isMasked(row, column); // else hatched or an empty row
            texts << (number ? formatCellValue(m_map->value(row, column), digits) : QString());
        }
    }
    return texts;
}

int CellLabelsItem::drawValues(QCPPainter* painter, const QSizeF& cellSize, const QRect& visible)
{
    if (cellSize.height() < kMinPixelSize || cellSize.width() < 2 * kMinPixelSize)
        return 0; // nothing could fit: decided before a single text is formatted

    // Larger text with fewer digits before smaller text: a projected heatmap must stay readable from the back.
    QList<double> scales{std::clamp(m_style.fontScale, 0.5, 4.0)};
    if (scales.front() > 1.0)
        scales << 1.0;
    QFont font = mParentPlot->font();
    constexpr int probeSize = 100;
    QStringList candidates[std::size(kFewerDigits)];
    double widestAtProbe[std::size(kFewerDigits)] = {};
    const int preferredDigits = std::clamp(m_style.cellDigits, 1, 10);
    QStringList chosen;
    int pixels = 0;
    for (const double scale : std::as_const(scales)) {
        for (std::size_t attempt = 0; attempt < std::size(kFewerDigits) && chosen.isEmpty(); ++attempt) {
            if (candidates[attempt].isEmpty()) {
                candidates[attempt] = texts(std::max(1, preferredDigits - kFewerDigits[attempt]), visible);
                font.setPixelSize(probeSize);
                const QFontMetricsF probe(font);
                for (const QString& text : std::as_const(candidates[attempt]))
                    widestAtProbe[attempt] = std::max(widestAtProbe[attempt], probe.horizontalAdvance(text));
            }
            pixels = static_cast<int>(pixelSizeFor(cellSize, widestAtProbe[attempt], probeSize, scale));
            font.setPixelSize(pixels);
            const QFontMetricsF metrics(font);
            double widest = 0;
            for (const QString& text : std::as_const(candidates[attempt]))
                widest = std::max(widest, metrics.horizontalAdvance(text));
            if (widest <= cellSize.width() - 2 && metrics.height() <= cellSize.height()) {
                chosen = candidates[attempt];
                m_printedDigits = std::max(1, preferredDigits - kFewerDigits[attempt]);
            }
        }
        if (!chosen.isEmpty())
            break;
    }
    if (chosen.isEmpty())
        return 0; // all or nothing: a cell left blank among printed ones would look like a missing value
    painter->setFont(font);

    QCPColorGradient gradient = m_map->gradient();
    const QCPRange range = m_map->dataRange();
    const bool logarithmic = m_map->dataScaleType() == QCPAxis::stLogarithmic;
    // A cell cut by the edge of a zoomed view prints nothing: its number would be cut too ("5.6" of "5.63e-08").
    // QCustomPlot maps a vertical range onto the rows from top() − 1 to bottom(): a pixel and a half of slack.
    const QRectF shown = QRectF(m_map->keyAxis()->axisRect()->rect()).adjusted(-1.5, -1.5, 1.5, 1.5);
    qsizetype at = 0;
    for (int row = visible.top(); row <= visible.bottom(); ++row) {
        for (int column = visible.left(); column <= visible.right(); ++column) {
            QString& text = chosen[at++];
            if (text.isEmpty())
                continue;
            const QRectF rect = cellRect(column, row);
            if (!shown.contains(rect)) {
                text.clear();
                continue;
            }
            const QColor cell = QColor::fromRgba(gradient.color(m_map->value(row, column), range, logarithmic));
            painter->setPen(textColorFor(cell));
            painter->drawText(rect, Qt::AlignCenter, text);
        }
    }
    m_printed = chosen;
    m_printedArea = visible;
    return pixels;
}

} // namespace attn::ui
