// The regression view: the plot built once, the computation followed, a session drawn. Its items and where their
// texts go: regressionviewitems.cpp; dragging a query line: regressionviewdrag.cpp.
#include "teach/regressionview.h"

#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "base/numberformat.h"
#include "teach/regressionplot.h"

#include <qcustomplot.h>

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
constexpr double kMessagePoints = 13.0; ///< The message shown instead of the plot.

} // namespace

RegressionView::RegressionView(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setFont(fontOf(m_plot, kMessagePoints));
    m_message->setMargin(24);
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);
    m_plot->setMinimumSize(260, 200);
    // No fixed minimum for the view: minimumSizeHint() follows the legend's width at the text size, and a
    // splitter keeps the view at least that wide (after presentation mode with larger text it cut the legend).

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

    // Masked keys: a grey ring where the point was, as the heatmaps grey masked cells.
    m_maskedPoints = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
    m_maskedPoints->setName(tr("masked keys"));
    m_maskedPoints->setLineStyle(QCPGraph::lsNone);
    m_maskedPoints->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(kMaskedColor, 2.0), QBrush(Qt::NoBrush), 11));

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
    m_estimateText->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop); // placed by arrangeLabels()
    m_estimateText->setPadding(QMargins(6, 3, 6, 3));
    m_estimateText->setVisible(false);

    m_gapNote = placeLegendBelow(m_plot);
    updateLegend();
    connect(m_plot, &QCustomPlot::afterLayout, this, &RegressionView::arrangeLabels);
    followPalette(m_plot); // the light or the dark theme, re-coloured when it changes

    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mousePress, this, &RegressionView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &RegressionView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &RegressionView::onMouseRelease);

    showMessage(tr("The regression view needs one-dimensional keys and values (d_k = d_v = 1)."));
}

void RegressionView::showMessage(const QString& text)
{
    m_valid = false;
    m_dragRow = -1;
    m_queries.clear();
    m_weightsShown.clear();
    m_maskedShown.clear();
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

void RegressionView::listenTo(SessionDocument* document, LiveComputation* computation, ViewState* view)
{
    // The step's kind, as the heatmaps follow it (HeatmapBoard::followStep): -1 or past the steps = every stage.
    const auto stepKind = [computation, view]() -> std::optional<attn::TeachingStepKind> {
        const QList<TeachingStep>& steps = computation->steps();
        const int step = view->step();
        return step >= 0 && step < steps.size() ? std::optional(steps[step].kind) : std::nullopt;
    };
    connect(view, &ViewState::stepChanged, this, [this, stepKind] { setStage(stepKind()); });
    connect(computation, &LiveComputation::resultChanged, this, [this, computation, stepKind] {
        m_stage = stepKind(); // the steps may have changed with the session (a mask adds one): drawn just below
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

void RegressionView::setStage(std::optional<attn::TeachingStepKind> step)
{
    if (m_stage == step)
        return;
    m_stage = step;
    if (m_valid && m_session)
        draw(m_session);
}

bool RegressionView::reveals(attn::TeachingStepKind step) const
{
    return !m_stage || *m_stage >= step;
}

QSize RegressionView::minimumSizeHint() const
{
    // The legend (two entries a row) and the plot's side margins: a narrower view cut its entries.
    const int legend = m_plot->legend->minimumOuterSizeHint().width() + 24;
    return {std::max(260, legend), 200};
}

QList<QCPItemText*> RegressionView::queryLabels() const
{
    QList<QCPItemText*> labels;
    for (const QueryLine& query : m_queryLines)
        labels.append(query.label);
    return labels;
}

void RegressionView::updateLegend()
{
    // Only what the stage shows, always in this order: the curve and the points on the first row, the weights
    // (and masked keys) under them.
    const bool outputs = m_valid && reveals(attn::TeachingStepKind::WeightedSum);
    const bool weights = m_valid && reveals(attn::TeachingStepKind::Normalisation);
    const bool masked = m_valid && !m_maskedPoints->data()->isEmpty();
    m_plot->legend->clearItems();
    const std::pair<QCPAbstractPlottable*, bool> entries[] = {
        {m_curve, outputs || !m_valid}, {m_points, true}, {m_bars, weights || !m_valid}, {m_maskedPoints, masked}};
    for (const auto& [plottable, shown] : entries) {
        if (shown)
            plottable->addToLegend();
    }
    for (int i = 0; i < m_plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = m_plot->legend->item(i))
            item->setFont(fontOf(m_plot, kLegendPoints));
    }
    updateGeometry(); // the legend's width is the view's minimum
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

    // The curve of the query whose weights are shown (its mask row), from the weighted-sum step on.
    const int row = weightsRow();
    const QVector<bool> masked = maskedKeysOf(session, row);
    m_maskedShown = reveals(attn::TeachingStepKind::Mask) ? masked : QVector<bool>(masked.size(), false);
    const RegressionCurve curve = sampleCurve(session, m_range, kSamples, masked);
    m_curve->setData(curve.q, curve.f, true);
    m_curve->setVisible(reveals(attn::TeachingStepKind::WeightedSum));
    if (!curve.hasGaps || !m_curve->visible())
        m_gapNote->setText(QString());
    else if (attn::usesBandwidth(session.scoring.function))
        m_gapNote->setText(tr("Gaps: no key within \u03c3 = %1").arg(formatCellValue(session.scoring.sigma)));
    else
        m_gapNote->setText(tr("Gaps: no weights there"));

    rebuildPoints();
    rebuildQueryLines();
    updateValueRange();
    updateWeightFeedback();
    updateLegend();
    m_plot->replot(m_dragRow >= 0 ? QCustomPlot::rpQueuedReplot : QCustomPlot::rpRefreshHint);
}

void RegressionView::setTextScale(double scale)
{
    regressionplot::setTextScale(m_plot, scale);
    m_message->setFont(fontOf(m_plot, kMessagePoints));
    updateGeometry(); // the legend's width at this size is the view's minimum
    m_plot->replot();
}

double RegressionView::estimateAt(double q) const
{
    if (!m_valid)
        return std::numeric_limits<double>::quiet_NaN();
    const RegressionSample sample = sampleAt(*m_session, q, maskedKeysOf(*m_session, weightsRow()));
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

} // namespace attn::ui
