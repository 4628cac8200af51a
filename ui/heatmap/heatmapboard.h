#pragma once

#include "heatmap/heatmapspec.h"

#include <QList>
#include <QWidget>

namespace attn::ui {

class HeatmapWidget;

/// The window's heatmap area: one HeatmapWidget per spec, arranged in reading order in a grid that suits the
/// shapes (wide, flat heatmaps one per row; square ones side by side), inside a scroll area when they do not fit.
/// Widgets are reused across setSpecs() calls with the same ids, so that an edit repaints without flicker.
class HeatmapBoard : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapBoard(QWidget* parent = nullptr);

    /// Shows exactly `specs`, in order (creates, reuses or removes widgets as needed).
    void setSpecs(const QList<HeatmapSpec>& specs);
    const QList<HeatmapSpec>& specs() const { return m_specs; }

    /// The heatmap showing the spec with this id, or nullptr.
    HeatmapWidget* heatmap(const QString& id) const;
    QList<HeatmapWidget*> heatmaps() const;

signals:
    /// A cell was clicked (left button) in the heatmap with id `id`.
    void cellClicked(const QString& id, int row, int column);

private:
    QList<HeatmapSpec> m_specs;
    QList<HeatmapWidget*> m_widgets;
    QWidget* m_grid{nullptr};
};

} // namespace attn::ui
