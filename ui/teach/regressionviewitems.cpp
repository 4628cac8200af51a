// The regression view's items: points and their labels, query lines, the weights of one query as bars with
// their values, f(q) marked, and where their texts go (regressionlabels).
#include "teach/regressionview.h"

#include "attn/evaluation.h"
#include "base/numberformat.h"
#include "teach/regressionlabels.h"
#include "teach/regressionplot.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace attn::ui {

using namespace regressionplot;

namespace {

constexpr double kEstimateGap = 12.0; ///< Pixels between the marked f(q) and its text.

} // namespace

void RegressionView::rebuildPoints()
{
    const int count = static_cast<int>(m_session->keys.rows());
    QVector<double> keys(count);
    QVector<double> values(count);
    for (QCPItemText* label : std::as_const(m_keyLabels))
        m_plot->removeItem(label);
    m_keyLabels.clear();
    for (int j = 0; j < count; ++j) {
        keys[j] = m_session->keys(j, 0);
        values[j] = m_session->values(j, 0);
        QCPItemText* label = makeText(m_plot, kPointColor, kTextPoints);
        label->position->setCoords(keys[j], values[j]);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 10));
        label->setText(QString::fromStdString(attn::keyLabel(*m_session, j)));
        m_keyLabels.append(label);
    }
    m_points->setData(keys, values);
}

void RegressionView::rebuildQueryLines()
{
    for (const QueryLine& query : std::as_const(m_queryLines)) {
        m_plot->removeItem(query.line);
        m_plot->removeItem(query.label);
    }
    m_queryLines.clear();
    for (int i = 0; i < m_queries.size(); ++i) {
        QueryLine query;
        query.line = new QCPItemStraightLine(m_plot);
        query.line->setPen(QPen(kQueryColor, 2.0, Qt::DashLine));
        query.line->setSelectable(false);
        query.label = makeText(m_plot, kQueryColor, kTextPoints, true);
        query.label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        query.label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        query.label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        query.label->setBrush(QColor(255, 255, 255, 220));
        query.label->setPadding(QMargins(5, 3, 5, 3));
        m_queryLines.append(query);
        updateQueryLine(i);
    }
}

void RegressionView::updateQueryLine(int row)
{
    const QueryLine& query = m_queryLines[row];
    const double q = m_queries[row];
    query.line->point1->setCoords(q, 0);
    query.line->point2->setCoords(q, 1);
    query.label->position->setCoords(q, (row % 2) * 0.07); // neighbours' labels stagger
    query.label->setText(
        tr("%1: q = %2").arg(QString::fromStdString(attn::queryLabel(*m_session, row)), formatCellValue(q)));
}

void RegressionView::updateValueRange()
{
    double lower = m_session->values.minCoeff();
    double upper = m_session->values.maxCoeff();
    const QSharedPointer<QCPGraphDataContainer> data = m_curve->data();
    for (const QCPGraphData& point : *data) {
        if (std::isfinite(point.value)) {
            lower = std::min(lower, point.value);
            upper = std::max(upper, point.value);
        }
    }
    // Equal values (f rounds to 0.9999999999999999 for values 1): a spread within rounding is no spread, or the
    // axis would zoom into the noise and put the points off the plot.
    const double magnitude = std::max(std::abs(lower), std::abs(upper));
    const double span = upper - lower > 1e-9 * magnitude ? upper - lower : std::max(1.0, magnitude);
    // Room above for the query labels and the key labels over the points, below for the marked estimate's text.
    m_plot->yAxis->setRange(lower - 0.15 * span, upper + 0.3 * span);
}

void RegressionView::clearWeightLabels()
{
    for (QCPItemText* label : std::as_const(m_weightLabels))
        m_plot->removeItem(label);
    m_weightLabels.clear();
}

void RegressionView::showWeights(const QVector<double>& keys, const QVector<double>& weights)
{
    m_weightsShown = weights;
    m_bars->setData(keys, weights);
    const double top = std::max(1.0, *std::max_element(weights.cbegin(), weights.cend()));
    setWeightAxisTop(m_plot, top); // relu weights are not normalised
    for (int j = 0; j < weights.size(); ++j) {
        // The value inside a tall bar, just under its top; above a short one.
        const bool inside = weights[j] > 0.5 * top;
        QCPItemText* label = makeText(m_plot, kBarColor.darker(220), kTextPoints, true);
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis2);
        label->position->setCoords(keys[j], weights[j]);
        label->setPositionAlignment(Qt::AlignHCenter | (inside ? Qt::AlignTop : Qt::AlignBottom));
        label->setPadding(inside ? QMargins(2, 4, 2, 0) : QMargins(2, 0, 2, 4));
        label->setText(formatCellValue(weights[j]));
        m_weightLabels.append(label);
    }
}

int RegressionView::weightsRow() const
{
    if (!m_valid || m_queries.isEmpty())
        return -1;
    return m_dragRow >= 0 ? m_dragRow : 0;
}

void RegressionView::updateWeightFeedback()
{
    const int row = weightsRow();
    const bool shown = row >= 0;
    m_weightsShown.clear();
    clearWeightLabels();
    m_bars->data()->clear();
    m_bars->setVisible(shown);
    m_estimate->setVisible(false);
    m_estimateText->setVisible(shown);
    showWeightAxis(m_plot, shown, tr("Weight a(q, k)"));
    if (!shown)
        return;
    const double q = m_queries[row];
    const RegressionSample sample = sampleAt(*m_session, q);
    if (!sample.hasWeights) { // the text alone, halfway up the query line
        m_estimate->position->setCoords(q, m_plot->yAxis->range().center());
        const bool compact =
            attn::normalizesBySum(m_session->scoring.function) && attn::usesBandwidth(m_session->scoring.function);
        m_estimateText->setText(compact ? tr("No key within \u03c3 = %1:\nno weights, no f(q)")
                                              .arg(formatCellValue(m_session->scoring.sigma))
                                        : tr("No weights here: no f(q)"));
        return;
    }
    QVector<double> keys(m_session->keys.rows());
    for (int j = 0; j < keys.size(); ++j)
        keys[j] = m_session->keys(j, 0);
    showWeights(keys, sample.weights);
    m_estimate->setVisible(true);
    m_estimate->position->setCoords(q, sample.estimate);
    m_estimateText->setText(tr("f(%1) = %2").arg(formatCellValue(q), formatCellValue(sample.estimate, 6)));
}

void RegressionView::arrangeLabels()
{
    // Run after every layout (afterLayout, before drawing), so that it follows resizes, drags and σ.
    if (!m_valid)
        return;
    using namespace regressionlabels;
    const QRectF rect = m_plot->axisRect()->rect();
    // Ticks no closer than their labels allow, along the axis as laid out now: the next drawing uses them.
    const QString lowest = formatCellValue(m_range.lower);
    const QString highest = formatCellValue(m_range.upper);
    const QString widestX = lowest.size() > highest.size() ? lowest : highest;
    if (fitTickCount(m_plot->xAxis, widestX + QStringLiteral(".5"), rect.width()))
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    // The query labels at the top: centred on their line where there is room, else slid along to lie inside.
    QVector<QRectF> queryBoxes;
    for (int i = 0; i < m_queryLines.size() && i < m_queries.size(); ++i) {
        QCPItemText* label = m_queryLines[i].label;
        const double width = sizeOf(label).width();
        const double centre = m_plot->xAxis->coordToPixel(m_queries[i]);
        const double left =
            std::max(rect.left() + 1.0, std::min(centre - 0.5 * width, rect.right() - 1.0 - width));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setCoords(m_plot->xAxis->pixelToCoord(left), label->position->coords().y());
        queryBoxes.append(boxOf(label));
    }

    // Where the texts would cover one another (keys close together on a long axis at a large σ; a key's label on
    // a bar's value), each goes to its next spot, or is left out: the weights' values first, the largest first
    // (inside a tall bar or above it), then f(q), then the keys' labels (above or below their point).
    QVector<QRectF> taken = queryBoxes;
    QVector<int> weightOrder;
    for (int j = 0; j < m_weightLabels.size(); ++j)
        weightOrder.append(j);
    std::stable_sort(weightOrder.begin(), weightOrder.end(), [this](int a, int b) {
        return a < m_weightsShown.size() && b < m_weightsShown.size() && m_weightsShown[a] > m_weightsShown[b];
    });
    const LabelSpot insideBar{Qt::AlignHCenter | Qt::AlignTop, QMargins(2, 4, 2, 0)};
    const LabelSpot aboveBar{Qt::AlignHCenter | Qt::AlignBottom, QMargins(2, 0, 2, 4)};
    const double top = std::max(
        1.0, m_weightsShown.isEmpty() ? 1.0 : *std::max_element(m_weightsShown.cbegin(), m_weightsShown.cend()));
    for (int j : std::as_const(weightOrder)) {
        const bool tall = j < m_weightsShown.size() && m_weightsShown[j] > 0.5 * top;
        placeAtFirstFree(
            m_weightLabels[j],
            withSidewaysSpots(tall ? QVector<LabelSpot>{insideBar, aboveBar} : QVector<LabelSpot>{aboveBar}), rect,
            &taken);
    }
    // f(q) before the keys' labels: the estimate is what the view shows; a key's label that would cover it goes
    // to its other spot or is left out.
    if (m_estimateText->visible()) { // under the marker, else above, right or left of it: where it covers nothing
        QVector<QRectF> obstacles = taken; // the texts so far and the keys' points
        const double radius = 0.5 * m_points->scatterStyle().size() + 1.0;
        for (auto point = m_points->data()->constBegin(); point != m_points->data()->constEnd(); ++point) {
            const QPointF centre(m_plot->xAxis->coordToPixel(point->key),
                                 m_plot->yAxis->coordToPixel(point->value));
            obstacles.append(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
        }
        const QPointF marker = m_estimate->position->pixelPosition();
        const QRectF box =
            placeBeside(marker, sizeOf(m_estimateText), kEstimateGap, rect.adjusted(1, 1, -1, -1), obstacles);
        m_estimateText->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_estimateText->position->setCoords(box.left() - marker.x(), box.top() - marker.y());
        taken.append(box);
    }
    const QVector<LabelSpot> keySpots =
        withSidewaysSpots({{Qt::AlignHCenter | Qt::AlignBottom, QMargins(0, 0, 0, 10)},
                           {Qt::AlignHCenter | Qt::AlignTop, QMargins(0, 10, 0, 0)}});
    for (QCPItemText* label : std::as_const(m_keyLabels))
        placeAtFirstFree(label, keySpots, rect, &taken);
}

} // namespace attn::ui
