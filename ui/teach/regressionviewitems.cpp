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

constexpr double kEstimateGap = 12.0; ///< Pixels between the marked f(q) and its text, at the nearest.
constexpr double kKeyGap = 8.0;       ///< Pixels between a key's point and its label, at the nearest.

} // namespace

void RegressionView::rebuildPoints()
{
    const int count = static_cast<int>(m_session->keys.rows());
    QVector<double> keys;
    QVector<double> values;
    QVector<double> maskedKeys;
    QVector<double> maskedValues;
    for (QCPItemText* label : std::as_const(m_keyLabels))
        m_plot->removeItem(label);
    m_keyLabels.clear();
    for (int j = 0; j < count; ++j) {
        const double key = m_session->keys(j, 0);
        const double value = m_session->values(j, 0);
        const bool masked = j < m_maskedShown.size() && m_maskedShown[j];
        (masked ? maskedKeys : keys).append(key);
        (masked ? maskedValues : values).append(value);
        QCPItemText* label = makeText(m_plot, masked ? kMaskedColor : kPointColor, kTextPoints);
        label->position->setCoords(key, value); // placed by arrangeLabels()
        label->setText(masked ? tr("%1 (masked)").arg(QString::fromStdString(attn::keyLabel(*m_session, j)))
                              : QString::fromStdString(attn::keyLabel(*m_session, j)));
        m_keyLabels.append(label);
    }
    m_points->setData(keys, values);
    m_maskedPoints->setData(maskedKeys, maskedValues);
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
    QVector<double> barKeys;
    QVector<double> barWeights;
    for (int j = 0; j < weights.size(); ++j) {
        if (j < m_maskedShown.size() && m_maskedShown[j])
            continue; // a masked key has no bar and no value (its weight is exactly 0)
        barKeys.append(keys[j]);
        barWeights.append(weights[j]);
    }
    m_bars->setData(barKeys, barWeights);
    const double top = std::max(1.0, *std::max_element(weights.cbegin(), weights.cend()));
    setWeightAxisTop(m_plot, top); // relu weights are not normalised
    for (int j = 0; j < weights.size(); ++j) {
        QCPItemText* label = makeText(m_plot, kBarColor.darker(220), kTextPoints, true);
        label->position->setAxes(m_plot->xAxis, m_plot->yAxis2);
        label->position->setCoords(keys[j], weights[j]); // placed by arrangeLabels()
        label->setPadding(QMargins(2, 0, 2, 0));
        label->setText(formatCellValue(weights[j]));
        label->setVisible(!(j < m_maskedShown.size() && m_maskedShown[j]));
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
    // The bars from the normalisation step on, f(q) from the weighted sum on (as the heatmaps reveal them).
    const bool weights = row >= 0 && reveals(attn::TeachingStepKind::Normalisation);
    const bool outputs = weights && reveals(attn::TeachingStepKind::WeightedSum);
    m_weightsShown.clear();
    clearWeightLabels();
    m_bars->data()->clear();
    m_bars->setVisible(weights);
    m_estimate->setVisible(false);
    m_estimateWanted = weights;
    m_estimateText->setVisible(weights);
    showWeightAxis(m_plot, weights, tr("Weight a(q, k)"));
    if (!weights)
        return;
    const double q = m_queries[row];
    const RegressionSample sample = sampleAt(*m_session, q, maskedKeysOf(*m_session, row));
    if (!sample.hasWeights) { // the text alone, halfway up the query line
        m_estimate->position->setCoords(q, m_plot->yAxis->range().center());
        const bool compact =
            attn::normalizesBySum(m_session->scoring.function) && attn::usesBandwidth(m_session->scoring.function);
        const bool allMasked = std::all_of(m_maskedShown.cbegin(), m_maskedShown.cend(), [](bool m) { return m; });
        m_estimateText->setText(allMasked ? tr("Every key is masked:\nno weights, no f(q)")
                                : compact ? tr("No key within \u03c3 = %1:\nno weights, no f(q)")
                                                .arg(formatCellValue(m_session->scoring.sigma))
                                          : tr("No weights here: no f(q)"));
        return;
    }
    QVector<double> keys(m_session->keys.rows());
    for (int j = 0; j < keys.size(); ++j)
        keys[j] = m_session->keys(j, 0);
    showWeights(keys, sample.weights);
    m_estimate->setVisible(outputs);
    m_estimateWanted = outputs;
    m_estimateText->setVisible(outputs);
    m_estimate->position->setCoords(q, sample.estimate);
    m_estimateText->setText(tr("f(%1) = %2").arg(formatCellValue(q), formatCellValue(sample.estimate, 6)));
}

void RegressionView::arrangeLabels()
{
    // Run after every layout (afterLayout, before drawing), so that it follows resizes, drags, σ, T, the text size
    // and the stage.
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

    // What the texts must not cover: the bars, the points (masked ones too) and the marked estimate.
    Room room{rect.adjusted(1, 1, -1, -1), {}};
    if (m_bars->visible()) {
        const double half = 0.5 * m_bars->width() + 1.0; // wtAbsolute: pixels; the pen too
        const double base = m_plot->yAxis2->coordToPixel(0);
        for (auto bar = m_bars->data()->constBegin(); bar != m_bars->data()->constEnd(); ++bar) {
            const double x = m_plot->xAxis->coordToPixel(bar->key);
            const double y = m_plot->yAxis2->coordToPixel(bar->value);
            room.taken.append(
                QRectF(QPointF(x - half, std::min(y, base) - 1.0), QPointF(x + half, std::max(y, base) + 1.0)));
        }
    }
    const auto addDiscs = [this, &room](const QCPGraph* graph) {
        const double radius = 0.5 * graph->scatterStyle().size() + 1.0;
        for (auto point = graph->data()->constBegin(); point != graph->data()->constEnd(); ++point) {
            const QPointF centre(m_plot->xAxis->coordToPixel(point->key),
                                 m_plot->yAxis->coordToPixel(point->value));
            room.taken.append(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius));
        }
    };
    addDiscs(m_points);
    addDiscs(m_maskedPoints);
    const QPointF marker = m_estimate->position->pixelPosition();
    if (m_estimate->visible()) {
        const double radius = 0.5 * m_estimate->size() + 1.5;
        room.taken.append(QRectF(marker.x() - radius, marker.y() - radius, 2 * radius, 2 * radius));
    }

    // 1. The query labels at the top, centred on their line (slid inside), a row lower where the row is taken; on
    //    one line, else (too wide for the plot, or no free place on one line) the query's name over "q = …".
    for (int i = 0; i < m_queryLines.size() && i < m_queries.size(); ++i) {
        QCPItemText* label = m_queryLines[i].label;
        const QString oneLine = label->text().replace(QStringLiteral(":\n"), QStringLiteral(": "));
        QString twoLines = oneLine;
        twoLines.replace(QStringLiteral(": "), QStringLiteral(":\n"));
        for (const QString& text : {oneLine, twoLines}) {
            label->setText(text);
            const QSizeF size = sizeOf(label);
            if (size.width() > room.bounds.width() && text != twoLines)
                continue;
            const double left =
                std::clamp(m_plot->xAxis->coordToPixel(m_queries[i]) - 0.5 * size.width(), room.bounds.left(),
                           std::max(room.bounds.left(), room.bounds.right() - size.width()));
            QVector<QPointF> corners;
            for (int k = 0; k < 8; ++k)
                corners.append({left, room.bounds.top() + 1.0 + k * (size.height() + 2.0)});
            if (placeAtFirstFree(label, corners, &room))
                break;
        }
    }
    // 2. The weights' values over their bars, the largest first (5.: those below 1 % of the largest last).
    QVector<int> order;
    for (int j = 0; j < m_weightLabels.size() && j < m_weightsShown.size(); ++j) {
        if (!(j < m_maskedShown.size() && m_maskedShown[j])) // a masked key's stays hidden
            order.append(j);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_weightsShown[a] > m_weightsShown[b]; });
    const double largest =
        m_weightsShown.isEmpty() ? 0.0 : *std::max_element(m_weightsShown.cbegin(), m_weightsShown.cend());
    const double half = 0.5 * m_bars->width();
    const double base = m_plot->yAxis2->coordToPixel(0);
    QVector<double> keyPixels; // every key's x: a label stands nearer its own key than any other
    for (Eigen::Index j = 0; j < m_session->keys.rows(); ++j)
        keyPixels.append(m_plot->xAxis->coordToPixel(m_session->keys(j, 0)));
    QVector<int> placed; // weights whose label is shown
    const auto placeWeight = [&](int j) {
        QCPItemText* label = m_weightLabels[j];
        const double x = m_plot->xAxis->coordToPixel(m_session->keys(j, 0));
        // Bars on top of one another with the same value (keys a pixel apart at a large σ) share one label.
        for (int other : std::as_const(placed)) {
            if (m_weightLabels[other]->text() == label->text() &&
                std::abs(m_plot->xAxis->coordToPixel(m_session->keys(other, 0)) - x) < 2 * half) {
                label->setVisible(false);
                return;
            }
        }
        const double y = m_plot->yAxis2->coordToPixel(m_weightsShown[j]);
        const QRectF bar(QPointF(x - half, std::min(y, base)), QPointF(x + half, std::max(y, base)));
        const QSizeF size = sizeOf(label);
        if (placeAtFirstFree(label, nearestOwn(cornersOnBar(bar, size, 3.0, room.bounds), size, keyPixels, j),
                             &room))
            placed.append(j);
    };
    const auto tiny = [&](int j) { return m_weightsShown[j] < 0.01 * largest; };
    for (int j : std::as_const(order)) {
        if (!tiny(j))
            placeWeight(j);
    }
    // 3. f(q) beside its marker, farther off where the near places are taken (or the text alone, without weights).
    if (m_estimateWanted) {
        const QSizeF size = sizeOf(m_estimateText);
        const double reach = std::max(rect.width(), rect.height()); // anywhere on the plot, the nearest first
        placeAtFirstFree(m_estimateText, cornersAround(marker, size, kEstimateGap, reach, room.bounds, false),
                         &room);
    }
    // 4. The keys' labels above or below their point, or beside it.
    for (int j = 0; j < m_keyLabels.size(); ++j) {
        QCPItemText* label = m_keyLabels[j];
        const QPointF point(m_plot->xAxis->coordToPixel(m_session->keys(j, 0)),
                            m_plot->yAxis->coordToPixel(m_session->values(j, 0)));
        const QSizeF size = sizeOf(label); // near its point: within two of its heights beyond the usual gap
        placeAtFirstFree(
            label,
            nearestOwn(cornersAround(point, size, kKeyGap, kKeyGap + 2.0 * size.height() + m_bars->width(),
                                     room.bounds, true),
                       size, keyPixels, j),
            &room);
    }
    for (int j : std::as_const(order)) {
        if (tiny(j))
            placeWeight(j);
    }
}

} // namespace attn::ui
