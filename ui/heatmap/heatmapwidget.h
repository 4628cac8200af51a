#pragma once

#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapstyle.h"

#include <QWidget>

class QAction;

class QCustomPlot;
class QCPItemText;

namespace attn::ui {

class HeatmapController;
class HeatmapNavigator;

/// A heatmap in the window: a QCustomPlot driven by a HeatmapController, with a right-click menu that exports
/// this heatmap as PNG (1×, 2×, 4×), PDF or SVG and its numbers as CSV (with the row and column labels) or .npy,
/// a tooltip with each cell's exact value, and cellClicked() on a left click on a cell. Over a large matrix
/// (more than CellLabelsItem::kAlwaysPrintedCells rows or columns) whose numbers do not all fit, the mouse wheel
/// zooms about the cursor and a drag pans (HeatmapNavigator); over any other one the wheel scrolls what is
/// around the heatmap. While zoomed, a note in the top right corner says so (zoomBadge()); a double-click, or
/// "Reset Zoom" at the top of the right-click menu, shows the whole matrix again. A new spec of the same shape
/// keeps the zoom. A thin frame around the plot marks the current step of a step-through.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    /// The heatmap's place in a step-through.
    enum class StepState {
        Normal,  ///< drawn as usual (also when there is no step-through).
        NotYet,  ///< a later step: dimmed and empty (see HeatmapController::setDimmed); no tooltips or clicks.
        Current, ///< the current step: drawn as usual inside an accent frame.
    };

    static constexpr int kFrameWidth = 3; ///< Pixels of the frame around the plot (the accent when current).
    /// The smallest heatmap at a font scale of 1, whatever its cells (× the font scale above 1).
    static constexpr QSize kMinimumSize{320, 200};

    explicit HeatmapWidget(QWidget* parent = nullptr);

    /// Shows `spec` (replaces what was shown) and repaints.
    void setSpec(const HeatmapSpec& spec);

    /// Draws with `style` from now on (see HeatmapStyle) and repaints.
    void setHeatmapStyle(const HeatmapStyle& style);

    /// Sets the step-through state and repaints if it changed.
    void setStepState(StepState state);
    StepState stepState() const { return m_stepState; }

    HeatmapController* controller() const { return m_controller; }
    QCustomPlot* plot() const { return m_plot; }
    HeatmapNavigator* navigator() const { return m_navigator; }
    /// "Reset Zoom": enabled while zoomed; the context menu shows it then, above the widget's actions() (the
    /// export actions when attn::ui::addExportActions() gave them).
    QAction* resetZoomAction() const { return m_resetZoom; }
    /// "Zoomed: double-click shows all", in the plot's top right corner; visible while zoomed.
    QCPItemText* zoomBadge() const { return m_zoomBadge; }

    /// The tooltip for the plot position `pos` (in plot pixels): "<query> → <key>: <exact value>" over a cell,
    /// "<query> → <key>: masked" over a masked cell (the mask heatmap: "visible" otherwise), "<query>: <note>"
    /// over a row with a note; over a token label beside the cells, that label in full (a long one is elided
    /// there); empty elsewhere.
    QString cellToolTip(const QPointF& pos) const;

    /// The cell (x = column, y = row) under the plot position `pos` (in plot pixels), or (-1, -1) if none.
    QPoint cellAt(const QPointF& pos) const;

    /// At least kMinimumSize × the style's font scale (when above 1), and for a matrix of at most
    /// CellLabelsItem::kAlwaysPrintedCells rows and columns large enough that every cell prints its number
    /// (CellLabelsItem::minimumCellSize) beside the axes, title and colour scale as last laid out. It follows the
    /// spec, the style and the layout of the plot (updateGeometry() when it changes), so that a layout around it
    /// scrolls rather than shrink the cells until the numbers disappear.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override { return minimumSizeHint(); }

signals:
    /// A cell was clicked with the left button (a press and release on the same cell, without dragging).
    void cellClicked(int row, int column);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// The full token label under `pos` (plot pixels) left of or below the cells, or empty.
    QString labelToolTip(const QPointF& pos) const;
    /// The cells' smallest area (pixels): every cell prints its number (CellLabelsItem::minimumCellSize), or
    /// QCustomPlot's default minimum of an axis rect for a matrix that does not print every number.
    QSize cellsMinimum() const;
    /// Lets the wheel zoom the whole matrix when it is large and its numbers do not all show (after a replot).
    void updateZoomable();
    /// Shows the zoom badge while zoomed, in the style's colours.
    void updateZoomBadge();

    QCustomPlot* m_plot{nullptr};
    HeatmapController* m_controller{nullptr};
    HeatmapNavigator* m_navigator{nullptr};
    QAction* m_resetZoom{nullptr};
    QCPItemText* m_zoomBadge{nullptr};
    QPointF m_pressPosition{-1, -1}; ///< Where the left button went down on the plot; (-1, -1) if it is up.
    QPoint m_pressCell{-1, -1};      ///< The cell under the press, when it went down.
    StepState m_stepState{StepState::Normal};
    QSize m_defaultCellsMinimum; ///< The axis rect's minimum size as QCustomPlot sets it.
    QSize m_minimumHint;         ///< minimumSizeHint() as last announced with updateGeometry().
};

} // namespace attn::ui
