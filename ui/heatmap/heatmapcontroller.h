#pragma once

#include "heatmap/heatmaplinks.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapstyle.h"

#include <QObject>
#include <QSharedPointer>

#include <optional>
#include <utility>

class QCustomPlot;
class QCPColorScale;
class QCPColorGradient;
class QCPTextElement;
class QCPItemText;
class QCPAxisTicker;
class QCPAxisTickerText;

namespace attn::ui {

class CellLabelsItem;
class CellHighlightItem;
class MatrixColorMap;

/// Owns the QCustomPlot items of one heatmap: the colour map, its colour scale, the token-label tickers, the
/// printed cell values and the highlight outlines. Rows are queries (drawn top to bottom), columns are keys.
class HeatmapController : public QObject {
    Q_OBJECT
public:
    /// Creates the items on `plot` (which must outlive the controller and have no other plottables).
    explicit HeatmapController(QCustomPlot* plot, QObject* parent = nullptr);

    /// Shows `spec` and replots. The highlight is kept, except for cells that no longer exist. A spec equal to
    /// the one shown (see operator==(HeatmapSpec, HeatmapSpec)) is taken over without refilling or replotting.
    void show(const HeatmapSpec& spec);
    /// How often show() refilled the colour map and replotted (a spec that differed from the one shown).
    int fillCount() const { return m_fills; }

    /// The spec last shown.
    const HeatmapSpec& spec() const { return m_spec; }

    /// Draws with `style` from now on (colour map of weights and outputs, font scale, light or dark) and replots.
    void setStyle(const HeatmapStyle& style);
    const HeatmapStyle& style() const { return m_style; }

    /// Outlines `highlight`'s row and column thinly and its cell thickly (see HeatmapHighlight); replots if it
    /// changed. An empty highlight removes every outline.
    void setHighlight(const HeatmapHighlight& highlight);
    /// The same, from its parts: `cell` is (row, column).
    void setHighlight(std::optional<int> row, std::optional<int> column, std::optional<std::pair<int, int>> cell);
    void clearHighlight() { setHighlight(HeatmapHighlight{}); }
    const HeatmapHighlight& highlight() const { return m_highlight; }

    /// `dimmed` draws the heatmap as a stage not reached yet in a step-through: no colours, numbers, marks or
    /// outlines, only the title, the token labels and the frame in a faint colour, on a light patch that says
    /// "not yet". The layout stays the same, so that nothing moves when the stage is reached. Replots if it
    /// changed.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

    QCustomPlot* plot() const { return m_plot; }
    /// The colour map: it draws the spec's matrix itself (rows(), columns(), value(), no QCPColorMapData).
    MatrixColorMap* colorMap() const { return m_map; }
    QCPColorScale* colorScale() const { return m_scale; }
    QCPTextElement* title() const { return m_title; }
    CellLabelsItem* cellLabels() const { return m_labels; }

    /// The value at (row, column) of the matrix the colour map draws (row 0 = first query); NaN outside the
    /// matrix. Masked cells and rows with a note are drawn empty (transparent) under their marks: for them too
    /// this is the spec's value (a masked weight is exactly 0).
    double cellValue(int row, int column) const;

    /// The colour gradient for `kind`: diverging blue–white–red (ColorBrewer RdBu) for scores and other signed
    /// matrices (white at zero: their data range is ±max|v|), the style's sequential map (viridis by default) for
    /// weights and outputs, and two levels (visible, masked) for the mask. Weights span [0, max(1, largest
    /// weight)]; masked cells and rows with a note are left out of every range.
    static QCPColorGradient gradientFor(HeatmapKind kind, const HeatmapStyle& style = {});

private:
    /// Applies the style and the dimmed state to every item (fonts, colours, gradient), without replotting.
    void applyAppearance();

    QCustomPlot* m_plot{nullptr};
    MatrixColorMap* m_map{nullptr};
    QCPColorScale* m_scale{nullptr};
    QCPTextElement* m_title{nullptr};
    CellLabelsItem* m_labels{nullptr};
    CellHighlightItem* m_highlightItem{nullptr};
    QCPItemText* m_notYet{nullptr};
    QSharedPointer<QCPAxisTicker> m_numberTicker;   ///< The colour scale's own ticker.
    QSharedPointer<QCPAxisTickerText> m_maskTicker; ///< "visible" / "masked" for the mask heatmap.
    HeatmapSpec m_spec;
    HeatmapStyle m_style;
    HeatmapHighlight m_highlight;
    bool m_dimmed{false};
    bool m_shown{false}; ///< show() was called at least once (m_spec is what the map shows).
    int m_fills{0};
};

} // namespace attn::ui
