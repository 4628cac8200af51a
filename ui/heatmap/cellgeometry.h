#pragma once

#include <QRect>
#include <QRectF>

namespace attn::ui {

class MatrixColorMap;

/// The pixel rectangle of cell (`column`, `row`) of `map` (column = key index, row = value index), laid out as
/// MatrixColorMap places its cells (as QCPColorMapData would): cell i centred at the i-th of the evenly spread
/// coordinates of its range; a single cell spans the whole range. Valid after the plot's last layout.
QRectF cellPixelRect(const MatrixColorMap* map, int column, int row);

/// The cells of `map` that lie at least partly inside its key and value axes' current ranges: x = first column,
/// y = first row, width columns, height rows (an empty rectangle if none, or if the map has no cells). Without
/// zoom or pan that is the whole map.
QRect visibleCellRect(const MatrixColorMap* map);

} // namespace attn::ui
