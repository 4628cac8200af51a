#pragma once

#include "heatmap/heatmaplinks.h"
#include "heatmap/matrixcolormap.h"

#include <qcustomplot.h>

#include <QPointer>

namespace attn::ui {

/// Draws the outlines of a HeatmapHighlight on a MatrixColorMap: the linked row and column each outlined with a
/// thin black–white–black band inside their cells, the selected cell with a thick one centred on its edge (half
/// over the neighbours), so that the bands keep clear of the numbers: the whole band never exceeds a sixth of a
/// cell. Black and white together stay visible on every colour of every map.
class CellHighlightItem : public QCPAbstractItem {
    Q_OBJECT
public:
    /// Creates the item on `plot` above `map` and the items created before it, clipped to `map`'s axis rect.
    CellHighlightItem(QCustomPlot* plot, MatrixColorMap* map);

    /// What to outline (indices outside the map are ignored) and how thick (`lineScale` ≥ 1 thickens the bands
    /// for presentation). Takes effect at the next replot.
    void setHighlight(const HeatmapHighlight& highlight, double lineScale = 1.0);
    const HeatmapHighlight& highlight() const { return m_highlight; }

    /// Not selectable: always -1.
    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;

protected:
    void draw(QCPPainter* painter) override;

private:
    QPointer<MatrixColorMap> m_map;
    HeatmapHighlight m_highlight;
    double m_lineScale{1.0};
};

} // namespace attn::ui
