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
class RegressionView;
class ComputeRunner;
class LiveComputation;
class ViewState;

/// The right side of the window: a notice line (why nothing can be computed, or which queries have no
/// weights), the stage bar, the heatmaps of every stage beside the regression view, and the explanation of the
/// selected cell. Each of those views listens to the computation (LiveComputation) and the view state itself;
/// this area lays them out, shows the notice and the outputs summary, and with the "chosen cells" mask lets a
/// click on a score, mask or weight cell mask or unmask that key for that query.
///
/// A "Computing…" bar appears when a computation takes longer than indicatorDelay() (0.5 s).
class ResultsArea : public QWidget {
    Q_OBJECT
public:
    ResultsArea(SessionDocument* document, LiveComputation* computation, ViewState* view,
                QWidget* parent = nullptr);

    /// Computes the document again (LiveComputation::refresh(); also done on every change of the document).
    void refresh();
    /// True while a computation runs off the UI thread or waits to run (never after an edit of a small session).
    bool isComputing() const;
    /// Runs the event loop until no computation runs or waits (or `timeoutMs` passed); returns !isComputing().
    bool waitForResults(int timeoutMs = 60000);
    /// The computing (tests lower its threshold to compute small sessions in the background).
    ComputeRunner* runner() const;
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
    QList<HeatmapSpec> allSpecs() const;
    /// The computation shown (null when the session cannot be computed).
    std::shared_ptr<const attn::Computation> computation() const;
    /// The notice text; empty when none is shown.
    QString notice() const;
    /// The status-bar summary of the outputs ("output for 62 cm = 112.50000076").
    QString summary() const { return m_summary; }

    /// Selects cell (row, column) of the heatmap named `id` in the view state (which explains it).
    void select(const QString& id, int row, int column);

signals:
    /// The outputs summary to show in the status bar changed (empty while stepping before the last stage).
    void summaryChanged(const QString& summary);

private:
    void showResult();
    void showSummary();
    void maskClickedCell(const QString& id, int row, int column);

    SessionDocument* m_document{nullptr};
    LiveComputation* m_computation{nullptr};
    ViewState* m_view{nullptr};
    QLabel* m_notice{nullptr};
    StageBar* m_stages{nullptr};
    HeatmapBoard* m_board{nullptr};
    ExplanationPanel* m_explanation{nullptr};
    RegressionView* m_regression{nullptr};
    QWidget* m_progress{nullptr};
    QTimer* m_progressDelay{nullptr};
    QString m_summary;
};

} // namespace attn::ui
