#pragma once

#include "attn/session.h"
#include "compute/computeresult.h"
#include "teach/regressioncurve.h"

#include <QList>
#include <QVector>
#include <QWidget>

#include <memory>

class QCPBars;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QStackedLayout;

namespace attn::ui {

class LiveComputation;
class SessionDocument;

/// Nadaraya–Watson kernel regression made interactive (d2l §11.2's attention-pooling figure, seed 004's
/// waistline → weight example): the key–value pairs as labelled points, the estimate f(q) = Σ_j a(q, k_j) v_j
/// as a curve over a range of q (gaps where no key lies within σ), and each query as a vertical line. The
/// weights of one query are always shown as bars at the key positions (second y axis, 0–1), with f(q) as a
/// marked point: those of the first query (row 0) at rest, those of the dragged query while a query line is
/// dragged with the left button; they follow the line live, and queryMoved() is emitted for every move.
///
/// Only for plain Q/K/V sessions with d_k = d_v = 1; any other session shows a message instead of the plot.
/// The curve uses the session's scoring and normalisation but not its mask.
class RegressionView : public QWidget {
    Q_OBJECT
public:
    explicit RegressionView(QWidget* parent = nullptr);

    /// Shows `session`, recomputing the curve, points, query lines and the weights. Call it
    /// after every edit, including while a query line is being dragged: the drag continues. The x range stays
    /// fixed during a drag so that the line stays under the mouse.
    void setSession(const attn::Session& session);
    /// Shows the session of a computation the window made (no second validation; a result with an error shows
    /// it). The view keeps the shared session, never a copy of its own to edit.
    void setResult(const ComputeResult& result);
    /// Follows `computation` (setResult() on every result; hidden while it shows a message) and edits `document`:
    /// a dragged query line sets the query (one undo step, merged until the drag ends: finishStep()).
    void listenTo(SessionDocument* document, LiveComputation* computation);

    /// f(q) for the current session (attn::attend on the 1 × 1 query [q], no mask); NaN when the query has
    /// no weights at q or the view shows a message.
    double estimateAt(double q) const;
    /// The heights of the weight bars, one per key row: those of the dragged query, or of query row 0 when none
    /// is dragged. Empty when that query has no weights (e.g. no key within σ) or the view shows a message.
    QVector<double> weightsShown() const;
    /// The position of query row `row` as shown (during a drag, where the line is); NaN for no such row.
    double queryPosition(int row) const;
    /// The row of the query line being dragged, or -1.
    int draggedQuery() const { return m_dragRow; }
    /// The message shown instead of the plot, or empty when the plot is shown.
    QString message() const;

    /// Scales every text of the plot and the message (> 0; 1 = the design sizes of regressionplot.h): the window's
    /// text size and presentation mode, as the heatmaps' HeatmapStyle::fontScale.
    void setTextScale(double scale);

    /// Room for a readable plot beside the heatmaps; the widget shrinks to 260 × 200.
    QSize sizeHint() const override { return {420, 320}; }

    QCustomPlot* plot() const { return m_plot; }
    /// The curve f(q): one data point per sample, NaN where there are no weights.
    QCPGraph* curveGraph() const { return m_curve; }
    /// The labels of the key points, in key row order (hidden where they would cover another label).
    const QList<QCPItemText*>& keyLabels() const { return m_keyLabels; }
    /// The values of the weight bars, in key row order (hidden where they would cover another label).
    const QList<QCPItemText*>& weightLabels() const { return m_weightLabels; }
    /// The text "f(q) = …" beside the marked estimate.
    QCPItemText* estimateLabel() const { return m_estimateText; }

signals:
    /// The user dragged query line `queryRow` to `newValue` (emitted for every mouse move during the drag).
    void queryMoved(int queryRow, double newValue);
    /// The drag of a query line ended (mouse released).
    void dragFinished();

private:
    /// True for a one-dimensional session; otherwise shows why not.
    bool showsSession(const attn::Session& session);
    /// Draws `session` (computable).
    void draw(std::shared_ptr<const attn::Session> session);
    void showMessage(const QString& text);
    void clearWeightLabels();
    void showWeights(const QVector<double>& keys, const QVector<double>& weights);
    void rebuildPoints();
    void rebuildQueryLines();
    void updateQueryLine(int row);
    int weightsRow() const;
    void updateWeightFeedback();
    /// Places the texts so that none covers another: query labels slid inside, key and weight labels thinned
    /// out where they would overlap, f(q)'s text beside its marker where it covers none (regressionlabels).
    void arrangeLabels();
    void updateValueRange();
    int queryLineAt(double pixelX) const;
    double snappedQuery(double pixelX) const;
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);

    struct QueryLine {
        QCPItemStraightLine* line{nullptr};
        QCPItemText* label{nullptr};
    };

    QStackedLayout* m_stack{nullptr};
    QLabel* m_message{nullptr};
    QCustomPlot* m_plot{nullptr};
    QCPGraph* m_curve{nullptr};         ///< f(q) over the range.
    QCPGraph* m_points{nullptr};        ///< (k_j, v_j).
    QCPItemTracer* m_estimate{nullptr}; ///< Marks (q, f(q)) of the dragged query, or row 0's.
    QCPBars* m_bars{nullptr};           ///< a(q, k_j) of the dragged query or row 0, on yAxis2.
    QCPItemText* m_estimateText{nullptr};
    QCPTextElement* m_gapNote{nullptr}; ///< Explains the curve's gaps, beside the legend.
    QList<QCPItemText*> m_keyLabels;
    QList<QCPItemText*> m_weightLabels; ///< The bars' values.
    QList<QueryLine> m_queryLines;

    std::shared_ptr<const attn::Session> m_session; ///< The session drawn (shared with the computation).
    bool m_valid{false};            ///< The session is one-dimensional and computable: the plot is shown.
    QVector<double> m_queries;      ///< Query positions as shown.
    QVector<double> m_weightsShown; ///< The bars' heights in key row order; empty when none are shown.
    RegressionRange m_range;        ///< The x range of the curve and the axis.
    int m_dragRow{-1};
};

} // namespace attn::ui
