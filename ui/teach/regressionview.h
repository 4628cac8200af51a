#pragma once

#include "attn/session.h"
#include "attn/stages.h"
#include "compute/computeresult.h"
#include "teach/regressioncurve.h"

#include <QList>
#include <QVector>
#include <QWidget>

#include <memory>
#include <optional>

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
class ViewState;

/// Nadaraya–Watson kernel regression made interactive (d2l §11.2's attention-pooling figure, seed 004's
/// waistline → weight example): the key–value pairs as labelled points, the estimate f(q) = Σ_j a(q, k_j) v_j
/// as a curve over a range of q (gaps where no key lies within σ), and each query as a vertical line. The
/// weights of one query are always shown as bars at the key positions (second y axis, 0–1), with f(q) as a
/// marked point: those of the first query (row 0) at rest, those of the dragged query while a query line is
/// dragged with the left button; they follow the line live, and queryMoved() is emitted for every move.
///
/// It follows the teaching step as the heatmaps do (setStage()): before the mask step only the points and the
/// query lines; at the mask step the keys the session's mask hides from the shown query greyed; at the
/// normalisation step the weight bars; at the weighted sum (and with every stage shown) f(q) and the curve.
/// Masked keys get no bar, and the curve and f(q) leave them out exactly as attn::attend does for that query row.
///
/// Texts never cover one another, a bar or a point, and stay inside the plot (arrangeLabels()). They are placed
/// in this order, each at the first free place of its own (near its line, bar or point; f(q) anywhere, nearest
/// first), and one that finds none is left out: the query labels, the weights over their bars (largest first),
/// f(q), the keys' labels, and last the weights below 1 % of the largest, so that those are left out first.
///
/// Only for plain Q/K/V sessions with d_k = d_v = 1; any other session shows a message instead of the plot.
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
    /// Follows `computation` (setResult() on every result; hidden while it shows a message) and the teaching step
    /// of `view` (setStage()), and edits `document`: a dragged query line sets the query (one undo step, merged
    /// until the drag ends: finishStep()).
    void listenTo(SessionDocument* document, LiveComputation* computation, ViewState* view);

    /// Shows what the teaching step `step` has revealed (see the class comment); nothing = every stage shown.
    void setStage(std::optional<attn::TeachingStepKind> step);
    std::optional<attn::TeachingStepKind> stage() const { return m_stage; }

    /// f(q) for the current session (attn::attend on the 1 × 1 query [q], with the keys masked that the mask hides
    /// from the shown query row: that of weightsShown()); NaN when the query has no weights at q or the view
    /// shows a message. Computed whatever the stage shows.
    double estimateAt(double q) const;
    /// The heights of the weight bars, one per key row (0 for a masked key, which gets no bar): those of the
    /// dragged query, or of query row 0 when none is dragged. Empty when that query has no weights (e.g. no key
    /// within σ), the stage is before the weights, or the view shows a message.
    QVector<double> weightsShown() const;
    /// The keys shown as masked (greyed, no bar), one entry per key row: those the mask hides from the shown query
    /// row, from the mask step on; all false before it.
    QVector<bool> maskedKeysShown() const { return m_maskedShown; }
    /// The position of query row `row` as shown (during a drag, where the line is); NaN for no such row.
    double queryPosition(int row) const;
    /// The row of the query line being dragged, or -1.
    int draggedQuery() const { return m_dragRow; }
    /// The message shown instead of the plot, or empty when the plot is shown.
    QString message() const;

    /// Scales every text of the plot and the message (> 0; 1 = the design sizes of regressionplot.h): the window's
    /// text size and presentation mode, as the heatmaps' HeatmapStyle::fontScale.
    void setTextScale(double scale);

    /// Room for a readable plot beside the heatmaps.
    QSize sizeHint() const override { return {420, 320}; }
    /// 260 × 200, or wider for the legend (two entries a row) at the current text size, so that a splitter never
    /// cuts it.
    QSize minimumSizeHint() const override;

    QCustomPlot* plot() const { return m_plot; }
    /// The curve f(q): one data point per sample, NaN where there are no weights (hidden before the outputs).
    QCPGraph* curveGraph() const { return m_curve; }
    /// The points (k_j, v_j) of the keys not masked, and those of the masked keys (greyed).
    QCPGraph* pointsGraph() const { return m_points; }
    QCPGraph* maskedPointsGraph() const { return m_maskedPoints; }
    /// The weight bars (on yAxis2; a bar per key not masked).
    QCPBars* weightBars() const { return m_bars; }
    /// The marked estimate (q, f(q)).
    QCPItemTracer* estimateMarker() const { return m_estimate; }
    /// The labels of the query lines, in query row order.
    QList<QCPItemText*> queryLabels() const;
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
    /// True when the stage shown has reached teaching step `step` (always with every stage shown).
    bool reveals(attn::TeachingStepKind step) const;
    void updateWeightFeedback();
    /// Places the texts so that none covers another, a bar or a point, each inside the plot, in the order of the
    /// class comment; a text with no free place is hidden (regressionlabels).
    void arrangeLabels();
    /// Shows the legend entries of what the stage shows, in a fixed order.
    void updateLegend();
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
    QCPGraph* m_points{nullptr};        ///< (k_j, v_j) of the keys not masked.
    QCPGraph* m_maskedPoints{nullptr};  ///< (k_j, v_j) of the masked keys, greyed.
    QCPItemTracer* m_estimate{nullptr}; ///< Marks (q, f(q)) of the dragged query, or row 0's.
    QCPBars* m_bars{nullptr};           ///< a(q, k_j) of the dragged query or row 0, on yAxis2.
    QCPItemText* m_estimateText{nullptr};
    bool m_estimateWanted{false};       ///< The stage shows m_estimateText (hidden only where it has no room).
    QCPTextElement* m_gapNote{nullptr}; ///< Explains the curve's gaps, beside the legend.
    QList<QCPItemText*> m_keyLabels;
    QList<QCPItemText*> m_weightLabels; ///< The bars' values.
    QList<QueryLine> m_queryLines;

    std::shared_ptr<const attn::Session> m_session; ///< The session drawn (shared with the computation).
    bool m_valid{false};            ///< The session is one-dimensional and computable: the plot is shown.
    QVector<double> m_queries;      ///< Query positions as shown.
    QVector<double> m_weightsShown; ///< The bars' heights in key row order; empty when none are shown.
    QVector<bool> m_maskedShown;    ///< The keys shown as masked, in key row order.
    std::optional<attn::TeachingStepKind> m_stage; ///< The teaching step shown; nothing = all.
    RegressionRange m_range;        ///< The x range of the curve and the axis.
    int m_dragRow{-1};
};

} // namespace attn::ui
