// Dragging a query line of the regression view: the line nearest the press (within kGrabPixels) follows the
// mouse, its query snapped to a round step; every move is queryMoved(), the release dragFinished().
#include "teach/regressionview.h"

#include "teach/regressioncurve.h"

#include <qcustomplot.h>

#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace attn::ui {

namespace {

constexpr double kGrabPixels = 8.0; ///< How far from a query line a press still grabs it.

} // namespace

int RegressionView::queryLineAt(double pixelX) const
{
    int best = -1;
    double bestDistance = kGrabPixels;
    for (int i = 0; i < m_queries.size(); ++i) {
        const double distance = std::abs(m_plot->xAxis->coordToPixel(m_queries[i]) - pixelX);
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

double RegressionView::snappedQuery(double pixelX) const
{
    const QRect rect = m_plot->axisRect()->rect();
    const double x = std::clamp(pixelX, double(rect.left()), double(rect.right()));
    const double q = snapQuery(m_plot->xAxis->pixelToCoord(x), m_range);
    return std::clamp(q, m_range.lower, m_range.upper);
}

void RegressionView::onMousePress(QMouseEvent* event)
{
    if (!m_valid || event->button() != Qt::LeftButton ||
        !m_plot->axisRect()->rect().contains(event->position().toPoint()))
        return;
    m_dragRow = queryLineAt(event->position().x());
    if (m_dragRow < 0)
        return;
    m_plot->setCursor(Qt::SizeHorCursor);
    draw(m_session); // this row's weights, and its mask's curve
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RegressionView::onMouseMove(QMouseEvent* event)
{
    if (!m_valid)
        return;
    if (m_dragRow < 0) { // hovering: show that a query line can be grabbed
        const bool near = m_plot->axisRect()->rect().contains(event->position().toPoint()) &&
                          queryLineAt(event->position().x()) >= 0;
        if (near)
            m_plot->setCursor(Qt::SizeHorCursor);
        else
            m_plot->unsetCursor();
        return;
    }
    const int row = m_dragRow;
    const double q = snappedQuery(event->position().x());
    if (q == m_queries[row])
        return;
    m_queries[row] = q;
    updateQueryLine(row);
    updateWeightFeedback();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit queryMoved(row, q); // the document changes; the new computation comes back through setResult()
}

void RegressionView::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_dragRow < 0)
        return;
    m_dragRow = -1;
    m_plot->unsetCursor();
    emit dragFinished();
    if (m_session)
        draw(m_session); // the axis may now follow the query again
}

} // namespace attn::ui
