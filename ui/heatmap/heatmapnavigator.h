#pragma once

#include <QObject>
#include <QPointF>

class QCustomPlot;
class QCPAxis;
class QCPRange;

namespace attn::ui {

class MatrixColorMap;

/// Zoom and pan of one heatmap with the mouse, through QCustomPlot's own range interactions: the wheel zooms
/// both axes about the cursor (each step of 15° scales the visible range by kWheelFactor), a drag with the left
/// button pans. The visible range never leaves the matrix and never shows fewer than kMinCells cells (or all of
/// them, when there are fewer); resetZoom() shows the whole matrix again. The colour scale's range cannot be
/// dragged or zoomed (its colours would no longer match the values). Only a zoomable map zooms (setZoomable: a
/// large one whose numbers do not all fit); over any other one the wheel is passed on to the widgets around the
/// plot (it scrolls the board), unless the map is zoomed already (the wheel then zooms it out again).
class HeatmapNavigator : public QObject {
    Q_OBJECT
public:
    static constexpr double kWheelFactor = 0.8; ///< Range size after one wheel step towards the screen.
    static constexpr double kMinCells = 2.0;    ///< The smallest visible range, in cells.

    /// Navigates `map`'s key and value axes on `plot` (both must outlive the navigator).
    HeatmapNavigator(QCustomPlot* plot, MatrixColorMap* map, QObject* parent = nullptr);

    /// True when the axes show less than the whole matrix.
    bool isZoomed() const;

    /// Whether the wheel zooms the map while it shows the whole matrix (true at first). A zoomed map always
    /// takes the wheel, so that it can be zoomed out.
    void setZoomable(bool zoomable) { m_zoomable = zoomable; }
    bool isZoomable() const { return m_zoomable; }

    /// Shows the whole matrix again and replots (if it was zoomed).
    void resetZoom();

    /// Scales both visible ranges by `factor` (below 1 zooms in) about the plot position `pos` (plot pixels),
    /// which stays over the same cell, within the limits above; replots.
    void zoomAt(const QPointF& pos, double factor);

    /// The axis range that shows all of `axis`'s cells (the key axis: columns, the value axis: rows).
    QCPRange fullRange(const QCPAxis* axis) const;

signals:
    /// The axes now show less than the whole matrix (`zoomed`), or all of it again.
    void zoomChanged(bool zoomed);

protected:
    /// Passes a wheel event over a map that may not zoom (see setZoomable) on to the plot's parent.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Keeps `axis`'s range inside its full range and at least kMinCells wide.
    void clamp(QCPAxis* axis);

    QCustomPlot* m_plot{nullptr};
    MatrixColorMap* m_map{nullptr};
    bool m_zoomed{false};
    bool m_clamping{false};
    bool m_zoomable{true};
};

} // namespace attn::ui
