#pragma once

#include "attn/stages.h"
#include "heatmap/heatmapspec.h"

#include <QObject>
#include <QString>

#include <optional>

namespace attn::ui {

/// The selected cell of one stage: its identity, its heatmap's name (HeatmapSpec::id) and the cell (0-based).
struct CellSelection {
    attn::StageId stage;
    QString name;
    int row{0};
    int column{0};

    friend bool operator==(const CellSelection&, const CellSelection&) = default;
};

/// What the views show beside the document: the selected cell, which heads (multi-head), and the current teaching
/// step. Views read it and listen to its signals; a view that changes it (a click on a cell, a step button, the
/// heads box) calls its setters. It holds no session: that is the document's.
class ViewState : public QObject {
    Q_OBJECT
public:
    explicit ViewState(QObject* parent = nullptr);

    /// The selected cell, or nothing.
    const std::optional<CellSelection>& selection() const { return m_selection; }
    /// Selects `cell`; emits selectionChanged() when it differs from the selection.
    void select(const CellSelection& cell);
    void clearSelection();

    /// Which heads the heatmaps show (one head or the overview; HeatmapSelection::Mode::Everything is for
    /// exports).
    HeatmapSelection heads() const { return m_heads; }
    void setHeads(HeatmapSelection::Mode mode, int head);

    /// The current teaching step (index into the steps of the current computation), or -1: every stage shown.
    int step() const { return m_step; }
    void setStep(int step);

signals:
    void selectionChanged();
    void headsChanged();
    void stepChanged(int step);

private:
    std::optional<CellSelection> m_selection;
    HeatmapSelection m_heads;
    int m_step{-1};
};

} // namespace attn::ui
