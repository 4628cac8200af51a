#include "heatmap/cellhighlightitem.h"

#include "heatmap/cellgeometry.h"

#include <algorithm>

namespace attn::ui {

namespace {

/// Device pixels of the black, white and black lines of the thin (linked) and thick (selected) bands.
constexpr double kThin[] = {1.0, 2.0, 1.0};
constexpr double kThick[] = {2.0, 4.0, 2.0};

/// Strokes `rect` with the three lines of `band`, from `outset` pixels outside its edge inwards.
void drawBand(QCPPainter* painter, const QRectF& rect, const double (&band)[3], double scale, double outset = 0)
{
    const QColor colors[] = {QColor(Qt::black), QColor(Qt::white), QColor(Qt::black)};
    double inset = -outset;
    for (int i = 0; i < 3; ++i) {
        const double width = band[i] * scale;
        const double middle = inset + width / 2;
        const QRectF line = rect.adjusted(middle, middle, -middle, -middle);
        inset += width;
        if (line.width() <= 0 || line.height() <= 0)
            return;
        QPen pen(colors[i], width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
        painter->setPen(pen);
        painter->drawRect(line);
    }
}

} // namespace

CellHighlightItem::CellHighlightItem(QCustomPlot* plot, MatrixColorMap* map) : QCPAbstractItem(plot), m_map(map)
{
    setSelectable(false);
    if (map) {
        setLayer(map->layer()); // added after the map, so drawn above it
        setClipToAxisRect(true);
        setClipAxisRect(map->keyAxis()->axisRect());
    }
}

double CellHighlightItem::selectTest(const QPointF& pos, bool onlySelectable, QVariant* details) const
{
    Q_UNUSED(pos)
    Q_UNUSED(onlySelectable)
    Q_UNUSED(details)
    return -1;
}

void CellHighlightItem::setHighlight(const HeatmapHighlight& highlight, double lineScale)
{
    m_highlight = highlight;
    m_lineScale = std::clamp(lineScale, 1.0, 3.0);
}

void CellHighlightItem::draw(QCPPainter* painter)
{
    if (!m_map || m_highlight.isEmpty())
        return;
    const int columns = m_map->columns();
    const int rows = m_map->rows();
    if (columns < 1 || rows < 1)
        return;
    // Thicker lines for presentation, but never more than a sixth of a cell, so that the numbers stay clear.
    const QSizeF cell = cellPixelRect(m_map, 0, 0).size();
    const double widest = kThick[0] + kThick[1] + kThick[2];
    const double scale = std::max(0.5, std::min(m_lineScale, std::min(cell.width(), cell.height()) / 6 / widest));
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setAntialiasing(false); // crisp lines on cell edges
    if (m_highlight.row && *m_highlight.row >= 0 && *m_highlight.row < rows) {
        const int row = *m_highlight.row;
        drawBand(painter, cellPixelRect(m_map, 0, row).united(cellPixelRect(m_map, columns - 1, row)), kThin,
                 scale);
    }
    if (m_highlight.column && *m_highlight.column >= 0 && *m_highlight.column < columns) {
        const int column = *m_highlight.column;
        drawBand(painter, cellPixelRect(m_map, column, 0).united(cellPixelRect(m_map, column, rows - 1)), kThin,
                 scale);
    }
    if (m_highlight.cell) {
        const auto [row, column] = *m_highlight.cell;
        if (row >= 0 && column >= 0 && row < rows && column < columns)
            drawBand(painter, cellPixelRect(m_map, column, row), kThick, scale, widest * scale / 2);
    }
    painter->restore();
}

} // namespace attn::ui
