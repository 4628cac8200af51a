#include "heatmap/heatmapnavigator.h"

#include "heatmap/matrixcolormap.h"

#include <QEvent>

#include <algorithm>
#include <cmath>

namespace attn::ui {

namespace {

/// The axis coordinates that cells of `count` spread over `cells` (as MatrixColorMap places them) cover. One cell
/// spans `cells` itself (MatrixColorMap::cellRange); counting half a cell more on each side would leave the single
/// row (or column) of a flat heatmap half its height.
QCPRange coveredRange(const QCPRange& cells, int count)
{
    if (count <= 1)
        return cells;
    const double half = cells.size() / (count - 1) / 2.0;
    return QCPRange(cells.lower - half, cells.upper + half);
}

bool sameRange(const QCPRange& a, const QCPRange& b)
{
    const double tolerance = 1e-9 * std::max(1.0, b.size());
    return std::abs(a.lower - b.lower) <= tolerance && std::abs(a.upper - b.upper) <= tolerance;
}

} // namespace

HeatmapNavigator::HeatmapNavigator(QCustomPlot* plot, MatrixColorMap* map, QObject* parent)
    : QObject(parent), m_plot(plot), m_map(map)
{
    m_plot->setInteractions(m_plot->interactions() | QCP::iRangeDrag | QCP::iRangeZoom);
    QCPAxisRect* rect = map->keyAxis()->axisRect();
    rect->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    rect->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    rect->setRangeDragAxes(map->keyAxis(), map->valueAxis());
    rect->setRangeZoomAxes(map->keyAxis(), map->valueAxis());
    rect->setRangeZoomFactor(kWheelFactor);
    for (QCPLayoutElement* element : m_plot->plotLayout()->elements(true)) {
        if (auto* scale = qobject_cast<QCPColorScale*>(element)) {
            scale->setRangeDrag(false);
            scale->setRangeZoom(false);
        }
    }
    for (QCPAxis* axis : {map->keyAxis(), map->valueAxis()}) {
        connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, [this, axis] { clamp(axis); });
    }
    m_plot->installEventFilter(this);
}

bool HeatmapNavigator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot || event->type() != QEvent::Wheel || m_zoomable || isZoomed())
        return QObject::eventFilter(watched, event);
    // Handled here but not accepted: Qt offers a wheel event the plot ignores to its parents (the board's scroll
    // area), whereas QCustomPlot would accept it even without zooming.
    event->ignore();
    return true;
}

QCPRange HeatmapNavigator::fullRange(const QCPAxis* axis) const
{
    if (axis == m_map->keyAxis())
        return coveredRange(m_map->columnRange(), m_map->columns());
    return coveredRange(m_map->rowRange(), m_map->rows());
}

bool HeatmapNavigator::isZoomed() const
{
    if (m_map->isEmpty())
        return false;
    return !sameRange(m_map->keyAxis()->range(), fullRange(m_map->keyAxis())) ||
           !sameRange(m_map->valueAxis()->range(), fullRange(m_map->valueAxis()));
}

void HeatmapNavigator::clamp(QCPAxis* axis)
{
    if (m_clamping || m_map->isEmpty())
        return;
    const QCPRange full = fullRange(axis);
    const QCPRange now = axis->range();
    const int count = axis == m_map->keyAxis() ? m_map->columns() : m_map->rows();
    const double cell = full.size() / std::max(1, count);
    const double size = std::clamp(now.size(), std::min(full.size(), kMinCells * cell), full.size());
    double lower = now.center() - size / 2;
    lower = std::clamp(lower, full.lower, full.upper - size);
    const QCPRange clamped(lower, lower + size);
    if (!sameRange(now, clamped)) {
        m_clamping = true;
        axis->setRange(clamped);
        m_clamping = false;
    }
    const bool zoomed = isZoomed();
    if (zoomed != m_zoomed) {
        m_zoomed = zoomed;
        emit zoomChanged(zoomed);
    }
}

void HeatmapNavigator::resetZoom()
{
    if (!isZoomed())
        return;
    m_map->keyAxis()->setRange(fullRange(m_map->keyAxis()));
    m_map->valueAxis()->setRange(fullRange(m_map->valueAxis()));
    m_plot->replot();
}

void HeatmapNavigator::zoomAt(const QPointF& pos, double factor)
{
    if (m_map->isEmpty() || !(factor > 0))
        return;
    m_map->keyAxis()->scaleRange(factor, m_map->keyAxis()->pixelToCoord(pos.x()));
    m_map->valueAxis()->scaleRange(factor, m_map->valueAxis()->pixelToCoord(pos.y()));
    m_plot->replot();
}

} // namespace attn::ui
