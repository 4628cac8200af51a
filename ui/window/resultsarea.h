#pragma once

#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTabWidget;

namespace attn::ui {

class SessionDocument;
class HeatmapBoard;
class StageBar;
class ExplanationPanel;
class ModePanel;
class RegressionView;

/// The right side of the window: a notice line (why nothing can be computed, or which queries have no
/// weights), the stage bar, the heatmaps of every stage, and the explanation of the selected cell. Clicking a
/// cell selects it and explains it; with the "chosen cells" mask, a click on a score, mask or weight cell also
/// masks or unmasks that key for that query.
class ResultsArea : public QWidget {
    Q_OBJECT
public:
    ResultsArea(SessionDocument* document, ModePanel* mode, QWidget* parent = nullptr);

    /// Recomputes everything from the document (call on every change).
    void refresh();

    HeatmapBoard* board() const { return m_board; }
    StageBar* stageBar() const { return m_stages; }
    ExplanationPanel* explanation() const { return m_explanation; }
    /// The kernel-regression view beside the heatmaps (shown for one-dimensional keys, queries and values).
    RegressionView* regression() const { return m_regression; }
    /// Every heatmap of the current computation (every stage of every head); empty when it cannot be computed.
    const QList<HeatmapSpec>& allSpecs() const { return m_allSpecs; }
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
    QList<HeatmapSpec> m_allSpecs;
    std::optional<attn::Computation> m_computation;
    QString m_summary;
    QString m_selectedId;
    int m_selectedRow{-1};
    int m_selectedColumn{-1};
};

} // namespace attn::ui
