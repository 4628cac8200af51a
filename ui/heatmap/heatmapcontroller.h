#pragma once

#include "heatmap/heatmapspec.h"

#include <QObject>
#include <QSharedPointer>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPColorGradient;
class QCPTextElement;
class QCPAxisTicker;
class QCPAxisTickerText;

namespace attn::ui {

class CellLabelsItem;

/// Owns the QCustomPlot items of one heatmap: the colour map, its colour scale, the token-label tickers and the
/// printed cell values. Rows are queries (drawn top to bottom), columns are keys.
class HeatmapController : public QObject {
    Q_OBJECT
public:
    /// Creates the items on `plot` (which must outlive the controller and have no other plottables).
    explicit HeatmapController(QCustomPlot* plot, QObject* parent = nullptr);

    /// Shows `spec` and replots.
    void show(const HeatmapSpec& spec);

    /// The spec last shown.
    const HeatmapSpec& spec() const { return m_spec; }

    QCustomPlot* plot() const { return m_plot; }
    QCPColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }

    /// The value at (row, column) of the spec, read back from the colour map's data (row 0 = first query); NaN
    /// outside the matrix. Masked cells and rows with a note are empty (NaN) in the map, which draws them
    /// transparent under their marks: for them this is the spec's value (a masked weight is exactly 0).
    double cellValue(int row, int column) const;

    /// The colour gradient for `kind`: diverging blue–white–red (ColorBrewer RdBu) for scores and other signed
    /// matrices (white at zero: their data range is ±max|v|), viridis for weights and outputs, and two levels
    /// (visible, masked) for the mask. Weights span [0, max(1, largest weight)]; masked cells and rows with a
    /// note are left out of every range.
    static QCPColorGradient gradientFor(HeatmapKind kind);

private:
    QCustomPlot* m_plot{nullptr};
    QCPColorMap* m_map{nullptr};
    QCPColorScale* m_scale{nullptr};
    QCPTextElement* m_title{nullptr};
    CellLabelsItem* m_labels{nullptr};
    QSharedPointer<QCPAxisTicker> m_numberTicker;   ///< The colour scale's own ticker.
    QSharedPointer<QCPAxisTickerText> m_maskTicker; ///< "visible" / "masked" for the mask heatmap.
    HeatmapSpec m_spec;
};

} // namespace attn::ui
