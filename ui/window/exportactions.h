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
/// as PNG (1×, 2×, 4×), PDF or SVG, in a submenu named by the heatmap's title as the board shows it ("Attention
/// weights", "Head 2: attention weights"; filled again each time the menu opens). Both offer first the default
/// format and PNG scale of Preferences (the Export All dialog opens on them; in each heatmap's submenu that entry
/// is the default, shown in bold). Exports are drawn in the light colours whatever the window's theme
/// (exportStyle()).
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

signals:
    /// A heatmap of the Export Heatmap submenu was exported, or its export failed: the line for the status bar
    /// (exportReport(): what was written and where, or why not). Not emitted when the file dialog is cancelled.
    void exportReported(const QString& message);

private:
    void fillHeatmapMenu(QMenu* menu);

    QWidget* m_parent{nullptr};
    HeatmapBoard* m_board{nullptr};
    std::function<QList<HeatmapSpec>()> m_allSpecs;
};

} // namespace attn::ui
