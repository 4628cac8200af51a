#include "teach/regressionview.h"

#include "compute/livecomputation.h"
#include "document/sessiondocument.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "base/numberformat.h"
#include "teach/regressionplot.h"

#include <qcustomplot.h>

#include <QFontMetrics>
#include <QLabel>
#include <QResizeEvent>
#include <QStackedLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace attn::ui {

using namespace regressionplot;

namespace {

constexpr int kSamples = 400;
constexpr double kGrabPixels = 8.0; ///< How far from a query line a press still grabs it.

} // namespace

RegressionView::RegressionView(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setFont(fontOf(this, 13.0));
    m_message->setMargin(24);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);
    m_plot->setMinimumSize(260, 200); // below the legend's natural width, so that it never crowds the heatmaps
    setMinimumSize(260, 200);

    styleAxis(m_plot->xAxis, tr("Key / query"));
    styleAxis(m_plot->yAxis, tr("Value"));
    styleAxis(m_plot->yAxis2, tr("Weight a(q, k)"));
    m_plot->yAxis2->grid()->setVisible(false);
    setWeightAxisTop(m_plot, 1.0);
    m_plot->yAxis2->setLabelColor(kBarColor.darker(150));
    reserveWeightAxis(m_plot);
    showWeightAxis(m_plot, false, {});

    // Created first so that the bars lie under the curve and points.
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis2);
    m_bars->setName(tr("weights a(q, k)"));
    QColor barFill = kBarColor;
    barFill.setAlpha(120);
    m_bars->setBrush(barFill);
    m_bars->setPen(QPen(kBarColor.darker(130), 1.5));
    m_bars->setWidthType(QCPBars::wtAbsolute);
    m_bars->setWidth(22);
    m_bars->setVisible(false);

    m_curve = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_curve->setName(tr("f(q) = \u03a3 a\u00b7v"));
    m_curve->setPen(QPen(kCurveColor, 3.0));

    m_points = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_points->setName(tr("keys, values"));
    m_points->setLineStyle(QCPGraph::lsNone);
    m_points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kPointColor, kPointColor, 11));

    m_estimate = new QCPItemTracer(m_plot);
    m_estimate->setStyle(QCPItemTracer::tsCircle);
    m_estimate->setSize(15);
    m_estimate->setPen(QPen(kPointColor, 2.0));
    m_estimate->setBrush(kMarkColor);
    m_estimate->setVisible(false);

    // The estimate's text hangs under the marked point, centred on the query line, clear of the marker.
    m_estimateText = makeText(m_plot, kPointColor, kTextPoints, true);
    m_estimateText->setBrush(QColor(255, 255, 255, 225));
    m_estimateText->position->setType(QCPItemPosition::ptAbsolute);
    m_estimateText->position->setParentAnchor(m_estimate->position);
    m_estimateText->position->setCoords(0, 12);                            // pixels below the marker
    m_estimateText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop); // kept inside by keepLabelsInside()
    m_estimateText->setPadding(QMargins(6, 3, 6, 3));
    m_estimateText->setVisible(false);

    m_gapNote = placeLegendBelow(m_plot);
    m_bars->removeFromLegend(); // re-added last: the curve and the points on the first row, the weights under them
    m_bars->addToLegend();
    connect(m_plot, &QCustomPlot::afterLayout, this, &RegressionView::keepLabelsInside);
    followPalette(m_plot); // the light or the dark theme, re-coloured when it changes

    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mousePress, this, &RegressionView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &RegressionView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &RegressionView::onMouseRelease);

    showMessage(tr("The regression view needs one-dimensional keys and values (d_k = d_v = 1)."));
}

void RegressionView::resizeEvent(QResizeEvent* event)
{
    // About one key/query tick per 110 pixels, so that the tick labels never run into each other.
    m_plot->xAxis->ticker()->setTickCount(std::clamp(event->size().width() / 110, 2, 8));
    QWidget::resizeEvent(event);
}

void RegressionView::showMessage(const QString& text)
{
    m_valid = false;
    m_dragRow = -1;
    m_queries.clear();
    m_weightsShown.clear();
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString RegressionView::message() const
{
    return m_valid ? QString() : m_message->text();
}

void RegressionView::setSession(const attn::Session& session)
{
    if (!showsSession(session))
        return;
    try {
        attn::validate(session);
    } catch (const attn::AttentionError& error) {
        showMessage(
            tr("The regression view cannot compute this session: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    draw(std::make_shared<const attn::Session>(session));
}

void RegressionView::setResult(const ComputeResult& result)
{
    if (!result.session || !showsSession(*result.session))
        return;
    if (!result.computation) {
        showMessage(tr("The regression view cannot compute this session: %1").arg(result.error));
        return;
    }
    draw(result.session);
}

void RegressionView::listenTo(SessionDocument* document, LiveComputation* computation)
{
    connect(computation, &LiveComputation::resultChanged, this, [this, computation] {
        setResult(computation->result());
        setVisible(message().isEmpty());
    });
    connect(this, &RegressionView::queryMoved, document, [document](int row, double value) {
        document->setCell(MatrixRole::Queries, row, 0, value, true); // one undo step for the whole drag …
    });
    connect(this, &RegressionView::dragFinished, document, &SessionDocument::finishStep); // … ended here
}

bool RegressionView::showsSession(const attn::Session& session)
{
    if (isOneDimensional(session))
        return true;
    QString reason;
    if (session.self_attention)
        reason = tr("This session uses self-attention; it needs plain queries, keys and values.");
    else if (session.multi_head)
        reason = tr("This session uses multi-head attention.");
    else
        reason = tr("This session has d_k = %1 and d_v = %2.").arg(session.keys.cols()).arg(session.values.cols());
    showMessage(tr("The regression view needs one-dimensional keys and values (d_k = d_v = 1).") +
                QStringLiteral("\n\n") + reason);
    return false;
}

void RegressionView::draw(std::shared_ptr<const attn::Session> shared)
{
    m_session = std::move(shared);
    const attn::Session& session = *m_session;
    m_valid = true;
    m_stack->setCurrentWidget(m_plot);

    m_queries.resize(session.queries.rows());
    for (int i = 0; i < m_queries.size(); ++i)
        m_queries[i] = session.queries(i, 0);
    if (m_dragRow >= m_queries.size())
        m_dragRow = -1;
    if (m_dragRow < 0) { // during a drag the axis stays put, so that the line stays under the mouse
        m_range = curveRange(session);
        const auto [minQ, maxQ] = std::minmax_element(m_queries.cbegin(), m_queries.cend());
        const double pad = 0.05 * (std::max(m_range.upper, *maxQ) - std::min(m_range.lower, *minQ));
        m_range.lower = std::min(m_range.lower, *minQ - pad);
        m_range.upper = std::max(m_range.upper, *maxQ + pad);
    }
    m_plot->xAxis->setRange(m_range.lower, m_range.upper);

    const RegressionCurve curve = sampleCurve(session, m_range, kSamples);
    m_curve->setData(curve.q, curve.f, true);
    if (!curve.hasGaps)
        m_gapNote->setText(QString());
    else if (attn::usesBandwidth(session.scoring.function))
        m_gapNote->setText(tr("Gaps: no key within \u03c3 = %1").arg(formatCellValue(session.scoring.sigma)));
    else
        m_gapNote->setText(tr("Gaps: no weights there"));

    rebuildPoints();
    rebuildQueryLines();
    updateValueRange();
    updateWeightFeedback();
    m_plot->replot(m_dragRow >= 0 ? QCustomPlot::rpQueuedReplot : QCustomPlot::rpRefreshHint);
}

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
    const double span = upper > lower ? upper - lower : std::max(1.0, std::abs(upper));
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

void RegressionView::keepLabelsInside()
{
    // Each label centred on its line where there is room, otherwise slid along until it lies inside the axis
    // rect (run after every layout, so that it follows resizes and drags).
    if (!m_valid)
        return;
    const QRect rect = m_plot->axisRect()->rect();
    const auto leftEdge = [&rect](const QCPItemText* label, double centre) {
        const QMargins padding = label->padding();
        const double width =
            QFontMetrics(label->font()).boundingRect(QRect(), Qt::AlignCenter, label->text()).width() +
            padding.left() + padding.right();
        const double left = centre - 0.5 * width;
        return std::max(rect.left() + 1.0, std::min(left, rect.right() - 1.0 - width));
    };
    for (int i = 0; i < m_queryLines.size() && i < m_queries.size(); ++i) {
        QCPItemText* label = m_queryLines[i].label;
        const double left = leftEdge(label, m_plot->xAxis->coordToPixel(m_queries[i]));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setCoords(m_plot->xAxis->pixelToCoord(left), label->position->coords().y());
    }
    if (m_estimateText->visible()) { // under the marker, or above it where there is no room below
        const QPointF marker = m_estimate->position->pixelPosition();
        const QMargins padding = m_estimateText->padding();
        const int height = QFontMetrics(m_estimateText->font())
                               .boundingRect(QRect(), Qt::AlignCenter, m_estimateText->text())
                               .height() +
                           padding.top() + padding.bottom();
        const bool below = marker.y() + 12 + height <= rect.bottom();
        m_estimateText->setPositionAlignment(Qt::AlignLeft | (below ? Qt::AlignTop : Qt::AlignBottom));
        m_estimateText->position->setCoords(leftEdge(m_estimateText, marker.x()) - marker.x(), below ? 12 : -12);
    }
}

double RegressionView::estimateAt(double q) const
{
    if (!m_valid)
        return std::numeric_limits<double>::quiet_NaN();
    const RegressionSample sample = sampleAt(*m_session, q);
    return sample.hasWeights ? sample.estimate : std::numeric_limits<double>::quiet_NaN();
}

QVector<double> RegressionView::weightsShown() const
{
    return m_weightsShown;
}

double RegressionView::queryPosition(int row) const
{
    return row >= 0 && row < m_queries.size() ? m_queries[row] : std::numeric_limits<double>::quiet_NaN();
}

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
    updateWeightFeedback();
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
