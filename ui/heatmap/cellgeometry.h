#pragma once

#include <QRectF>

class QCPColorMap;

namespace attn::ui {

/// The pixel rectangle of cell (`column`, `row`) of `map` (column = key index, row = value index), laid out as
/// QCPColorMapData places its cells: cell i centred at the i-th of the evenly spread coordinates of its range; a
/// single cell spans the whole range. Valid after the plot's last layout.
QRectF cellPixelRect(QCPColorMap* map, int column, int row);

} // namespace attn::ui
