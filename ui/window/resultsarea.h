#pragma once

#include "attn/evaluation.h"
#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTabWidget;
class QTimer;

namespace attn::ui {

class SessionDocument;
class HeatmapBoard;
class StageBar;
class ExplanationPanel;
class ModePanel;
class RegressionView;
class ComputeRunner;
struct ComputeResult;

/// The right side of the window: a notice line (why nothing can be computed, or which queries have no
/// weights), the stage bar, the heatmaps of every stage, and the explanation of the selected cell. Clicking a
/// cell selects it and explains it; with the "chosen cells" mask, a click on a score, mask or weight cell also
/// masks or unmasks that key for that query.
///
/// Computing: small sessions (the teaching sizes) are computed during refresh() itself; large ones on a worker
/// thread (see ComputeRunner), while the previous results stay on screen; a newer edit supersedes a computation
/// that has not started, and an older result never replaces a newer one. A "Computing…" bar appears when a
/// computation takes longer than indicatorDelay() (0.5 s). A heatmap whose spec did not change is not redrawn.
class ResultsArea : public QWidget {
    Q_OBJECT
public:
    ResultsArea(SessionDocument* document, ModePanel* mode, QWidget* parent = nullptr);

    /// Recomputes everything from the document (call on every change): at once for small sessions, otherwise in
    /// the background (the results follow when it finishes).
    void refresh();
    /// True while a computation runs off the UI thread or waits to run (never after refresh() of a small session).
    bool isComputing() const;
    /// Runs the event loop until no computation runs or waits (or `timeoutMs` passed); returns !isComputing().
    bool waitForResults(int timeoutMs = 60000);
    /// The computing of this area (tests lower its threshold to compute small sessions in the background).
    ComputeRunner* runner() const { return m_runner; }
    /// The "Computing…" bar: shown while a computation has been running for indicatorDelay() or longer.
    QWidget* progressIndicator() const { return m_progress; }
    /// How long a computation runs before the bar appears, in milliseconds (500 by default).
    void setIndicatorDelay(int milliseconds);
    int indicatorDelay() const;

    HeatmapBoard* board() const { return m_board; }
    StageBar* stageBar() const { return m_stages; }
    ExplanationPanel* explanation() const { return m_explanation; }
    /// The kernel-regression view beside the heatmaps (shown for one-dimensional keys, queries and values).
    RegressionView* regression() const { return m_regression; }
    /// Every heatmap of the current computation (every stage of every head); empty when it cannot be computed.
    /// Built on first use after each computation; the values are shared with the computation (no copies).
    QList<HeatmapSpec> allSpecs() const;
    /// The computation shown (null when the session cannot be computed).
    std::shared_ptr<const attn::Computation> computation() const { return m_computation; }
    /// The notice text; empty when none is shown.
    QString notice() const;
    /// The status-bar summary of the outputs ("output for 62 cm = 112.50000076").
    QString summary() const { return m_summary; }

    /// Selects cell (row, column) of the heatmap `id` and explains it.
    void select(const QString& id, int row, int column);

signals:
    /// The selection changed: the query (token) row and, if the column is a key, the key row it depends on.
    void selectionChanged(std::optional<int> queryRow, std::optional<int> keyRow);
    /// The outputs summary changed.
    void summaryChanged(const QString& summary);

private:
    /// The mode panel's selection with the Jacobian of the selected query row.
    HeatmapSelection selection() const;
    void showSpecs(const QList<HeatmapSpec>& specs);
    const HeatmapSpec* shownSpec(const QString& id) const;
    /// Shows the softmax Jacobian of the selected cell's query row (rebuilds the heatmaps when it changes).
    void followJacobian();
    void apply(const ComputeResult& result);
    void onCellClicked(const QString& id, int row, int column);
    void applyStep(int index);
    void explainSelection();

    SessionDocument* m_document{nullptr};
    ModePanel* m_mode{nullptr};
    QLabel* m_notice{nullptr};
    StageBar* m_stages{nullptr};
    HeatmapBoard* m_board{nullptr};
    ExplanationPanel* m_explanation{nullptr};
    RegressionView* m_regression{nullptr};
    QWidget* m_progress{nullptr};
    QTimer* m_progressDelay{nullptr};
    ComputeRunner* m_runner{nullptr};
    mutable std::optional<QList<HeatmapSpec>> m_allSpecs; ///< Built by allSpecs() on first use.
    std::shared_ptr<const attn::Session> m_session;       ///< The session of m_computation.
    std::shared_ptr<const attn::Computation> m_computation;
    QString m_summary;
    QString m_selectedId;
    int m_selectedRow{-1};
    int m_selectedColumn{-1};
    long m_jacobianRow{-1};      ///< The query row whose softmax Jacobian is asked for (the selected cell's).
    long m_shownJacobianRow{-1}; ///< The row the shown heatmaps were built for.
};

} // namespace attn::ui
