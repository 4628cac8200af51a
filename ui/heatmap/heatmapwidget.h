#pragma once

#include "heatmap/heatmapspec.h"

#include <QWidget>

class QCustomPlot;

namespace attn::ui {

class HeatmapController;

/// A heatmap in the window: a QCustomPlot driven by a HeatmapController, with a right-click menu that exports
/// this heatmap as PNG (1×, 2×, 4×), PDF or SVG, and a tooltip with each cell's exact value.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    /// Shows `spec` (replaces what was shown) and repaints.
    void setSpec(const HeatmapSpec& spec);

    HeatmapController* controller() const { return m_controller; }
    QCustomPlot* plot() const { return m_plot; }

    /// The tooltip for the plot position `pos` (in plot pixels): "<query> → <key>: <exact value>" over a cell,
    /// empty elsewhere.
    QString cellToolTip(const QPointF& pos) const;

    /// Asks for a file name and exports this heatmap in `format` ("png", "pdf", "svg") at `scale`;
    /// reports failures in a message box.
    void exportInteractively(const QString& format, int scale);

private:
    QCustomPlot* m_plot{nullptr};
    HeatmapController* m_controller{nullptr};
};

} // namespace attn::ui
