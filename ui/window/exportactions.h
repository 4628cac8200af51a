#pragma once

#include "heatmap/heatmapspec.h"

#include <QList>
#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace attn::ui {

class HeatmapBoard;

/// The Export menu: every heatmap at once into a folder (PNG, PDF, SVG), and each heatmap shown on the board
/// as PNG (1×, 2×, 4×), PDF or SVG. Both offer first the default format and PNG scale of Preferences (the
/// Export All dialog opens on them; in each heatmap's submenu that entry is the default, shown in bold).
class ExportActions : public QObject {
    Q_OBJECT
public:
    /// `allSpecs` returns every heatmap of the current computation (every stage of every head), or nothing when
    /// the session cannot be computed; `board` holds the heatmaps on screen.
    ExportActions(HeatmapBoard* board, std::function<QList<HeatmapSpec>()> allSpecs, QWidget* parent);

    /// Fills `menu` with the export actions; the per-heatmap submenu follows what the board shows.
    void populate(QMenu* menu);

    /// Asks for a folder, formats and scale, then writes every heatmap; reports what was written or why not.
    void exportAllInteractively();

private:
    void fillHeatmapMenu(QMenu* menu);

    QWidget* m_parent{nullptr};
    HeatmapBoard* m_board{nullptr};
    std::function<QList<HeatmapSpec>()> m_allSpecs;
};

} // namespace attn::ui
