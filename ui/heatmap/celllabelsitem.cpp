#include "heatmap/celllabelsitem.h"

#include "heatmap/cellmarks.h"
#include "heatmap/numberformat.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace attn::ui {

namespace {

/// Linearised sRGB channel (WCAG 2 relative luminance).
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// Centre of cell `index` of `count` cells spread over `range` as QCPColorMapData does it; with one cell the
/// range is the cell itself.
double cellCentre(const QCPRange& range, int count, int index)
{
    return count > 1 ? range.lower + index * range.size() / (count - 1) : range.center();
}

double cellHalfSize(const QCPRange& range, int count)
{
    return count > 1 ? range.size() / (count - 1) / 2.0 : range.size() / 2.0;
}

} // namespace

CellLabelsItem::CellLabelsItem(QCustomPlot* plot, QCPColorMap* map) : QCPAbstractItem(plot), m_map(map)
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

QColor CellLabelsItem::textColorFor(const QColor& background)
{
    const QColor rgb = background.toRgb();
    const double luminance =
        0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
    const double contrastWithWhite = 1.05 / (luminance + 0.05);
    const double contrastWithBlack = (luminance + 0.05) / 0.05;
    return contrastWithWhite > contrastWithBlack ? QColor(Qt::white) : QColor(Qt::black);
}

double CellLabelsItem::pixelSizeFor(const QSizeF& cellSize, double widestText, double probeSize)
{
    const double fromHeight = std::clamp(cellSize.height() * 0.3, kMinPixelSize, kMaxPixelSize);
    const double padding = std::max(4.0, 0.08 * cellSize.width());
    const double available = cellSize.width() - 2 * padding;
    const double fromWidth = widestText > 0 ? probeSize * available / widestText : kMaxPixelSize;
    return std::max(kMinPixelSize, std::floor(std::min(fromHeight, fromWidth)));
}

void CellLabelsItem::setMarks(const attn::MaskMatrix& masked, const QStringList& rowNotes, bool printValues)
{
    m_masked = masked;
    m_rowNotes = rowNotes;
    m_printValues = printValues;
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
    QCPColorMapData* data = m_map->data();
    const QCPRange keys = data->keyRange();
    const QCPRange values = data->valueRange();
    const double halfKey = cellHalfSize(keys, data->keySize());
    const double halfValue = cellHalfSize(values, data->valueSize());
    const double key = cellCentre(keys, data->keySize(), column);
    const double value = cellCentre(values, data->valueSize(), row);
    return QRectF(m_map->coordsToPixels(key - halfKey, value - halfValue),
                  m_map->coordsToPixels(key + halfKey, value + halfValue))
        .normalized();
}

void CellLabelsItem::draw(QCPPainter* painter)
{
    if (!m_map)
        return;
    QCPColorMapData* data = m_map->data();
    if (data->keySize() < 1 || data->valueSize() < 1)
        return;
    const int valuePixels = m_printValues ? drawValues(painter, cellRect(0, 0).size()) : 0;
    drawMarks(painter, valuePixels);
}

void CellLabelsItem::drawMarks(QCPPainter* painter, int valuePixels)
{
    QCPColorMapData* data = m_map->data();
    const int columns = data->keySize();
    const int rows = data->valueSize();
    const QSizeF cellSize = cellRect(0, 0).size();
    const QString maskedText = tr("masked");
    QFont font = mParentPlot->font();
    // "masked" a little smaller than the numbers beside it, so that they stand out; on its own (the mask heatmap)
    // as large as a number would be.
    const int maxPixels = valuePixels > 0 ? std::max(static_cast<int>(kMinPixelSize), valuePixels * 5 / 6)
                                          : static_cast<int>(pixelSizeFor(cellSize, 0, 1));
    const int maskedPixels =
        cellmarks::fittingPixelSize(maskedText, font, cellSize, maxPixels, static_cast<int>(kMinPixelSize));
    font.setPixelSize(std::max(1, maskedPixels));
    for (int row = 0; row < rows; ++row) {
        if (hasNote(row)) {
            const QRectF rowRect = cellRect(0, row).united(cellRect(columns - 1, row));
            cellmarks::drawRowNote(painter, rowRect, m_rowNotes.at(row), mParentPlot->font());
            continue;
        }
        for (int column = 0; column < columns; ++column) {
            if (!isMasked(row, column))
                continue;
            const QRectF cell = cellRect(column, row);
            cellmarks::drawMaskedCell(painter, cell);
            if (maskedPixels > 0)
                cellmarks::drawMaskedText(painter, cell, maskedText, font);
        }
    }
}

int CellLabelsItem::drawValues(QCPPainter* painter, const QSizeF& cellSize)
{
    QCPColorMapData* data = m_map->data(); // cell() is not const in QCustomPlot 2.1
    const int columns = data->keySize();
    const int rows = data->valueSize();
    if (cellSize.height() < kMinPixelSize || cellSize.width() < 2 * kMinPixelSize)
        return 0; // nothing could fit: skip formatting every cell of a large matrix

    QFont font = mParentPlot->font();
    constexpr int probeSize = 100;
    font.setPixelSize(probeSize);
    std::vector<QString> texts(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows));
    double widest = 0;
    {
        const QFontMetricsF probe(font);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                if (hasNote(row) || isMasked(row, column))
                    continue; // no number: hatched or part of an empty row
                QString& text = texts[static_cast<std::size_t>(row) * columns + column];
                text = formatCellValue(data->cell(column, row));
                widest = std::max(widest, probe.horizontalAdvance(text));
            }
        }
    }
    const int pixels = static_cast<int>(pixelSizeFor(cellSize, widest, probeSize));
    font.setPixelSize(pixels);
    const QFontMetricsF metrics(font);
    double widestNow = 0;
    for (const QString& text : texts)
        widestNow = std::max(widestNow, metrics.horizontalAdvance(text));
    if (widestNow > cellSize.width() - 2 || metrics.height() > cellSize.height())
        return 0; // all or nothing: a cell left blank among printed ones would look like a missing value
    painter->setFont(font);

    QCPColorGradient gradient = m_map->gradient();
    const QCPRange range = m_map->dataRange();
    const bool logarithmic = m_map->dataScaleType() == QCPAxis::stLogarithmic;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QString& text = texts[static_cast<std::size_t>(row) * columns + column];
            if (text.isEmpty())
                continue;
            const QColor cell = QColor::fromRgba(gradient.color(data->cell(column, row), range, logarithmic));
            painter->setPen(textColorFor(cell));
            painter->drawText(cellRect(column, row), Qt::AlignCenter, text);
        }
    }
    return pixels;
}

} // namespace attn::ui
