#pragma once

#include <QRect>
#include <QRectF>

class QCPColorMap;

namespace attn::ui {

/// The pixel rectangle of cell (`column`, `row`) of `map` (column = key index, row = value index), laid out as
/// QCPColorMapData places its cells: cell i centred at the i-th of the evenly spread coordinates of its range; a
/// single cell spans the whole range. Valid after the plot's last layout.
QRectF cellPixelRect(QCPColorMap* map, int column, int row);

/// The cells of `map` that lie at least partly inside its key and value axes' current ranges: x = first column,
/// y = first row, width columns, height rows (an empty rectangle if none, or if the map has no cells). Without
/// zoom or pan that is the whole map.
QRect visibleCellRect(QCPColorMap* map);

} // namespace attn::ui
