#pragma once

#include "heatmap/heatmapspec.h"

#include <QList>
#include <QObject>

#include <functional>

class QMenu;
class QWidget;

namespace attn::ui {

class HeatmapWidget;

/// The Export menu: each heatmap as PNG (1×, 2×, 4×), PDF or SVG, and all heatmaps at once into a folder.
class ExportActions : public QObject {
    Q_OBJECT
public:
    /// `currentSpecs` returns what the heatmaps show now (empty when nothing can be computed). Each heatmap's
    /// accessibleName() titles its submenu.
    ExportActions(QList<HeatmapWidget*> heatmaps, std::function<QList<HeatmapSpec>()> currentSpecs,
                  QWidget* parent);

    /// Fills `menu` with the export actions.
    void populate(QMenu* menu);

    /// Asks for a folder, formats and scale, then writes every heatmap; reports what was written or why not.
    void exportAllInteractively();

private:
    QWidget* m_parent{nullptr};
    QList<HeatmapWidget*> m_heatmaps;
    std::function<QList<HeatmapSpec>()> m_currentSpecs;
};

} // namespace attn::ui
