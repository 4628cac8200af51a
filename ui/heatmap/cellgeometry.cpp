#include "heatmap/cellgeometry.h"

#include "heatmap/matrixcolormap.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace attn::ui {

namespace {

/// Centre of cell `index` of `count` cells spread over `range` as QCPColorMapData does it; with one cell the
/// range is the cell itself.
double cellCentre(const QCPRange& range, int count, int index)
{
    return count > 1 ? range.lower + index * range.size() / (count - 1) : range.center();
}

double cellHalfSize(const QCPRange& range, int count)
{
    return count > 1 ? range.size() / (count - 1) / 2.0 : range.size() / 2.0;
}

/// The first and last index of `count` cells spread over `cells` (as cellCentre) that overlap `visible`; first >
/// last if none does.
std::pair<int, int> visibleSpan(const QCPRange& cells, int count, const QCPRange& visible)
{
    const double origin = cellCentre(cells, count, 0);
    const double step = 2 * cellHalfSize(cells, count);
    if (count < 1 || !(step > 0))
        return {0, -1};
    // Cell i spans [i − ½, i + ½] in index units: it overlaps (lo, hi) when i > lo − ½ and i < hi + ½.
    const double lo = (visible.lower - origin) / step;
    const double hi = (visible.upper - origin) / step;
    const double first = std::max(0.0, std::floor(lo + 0.5));
    const double last = std::min(count - 1.0, std::ceil(hi - 0.5));
    if (first > last)
        return {0, -1};
    return {static_cast<int>(first), static_cast<int>(last)};
}

} // namespace

QRect visibleCellRect(const MatrixColorMap* map)
{
    const auto [firstColumn, lastColumn] = visibleSpan(map->columnRange(), map->columns(), map->keyAxis()->range());
    const auto [firstRow, lastRow] = visibleSpan(map->rowRange(), map->rows(), map->valueAxis()->range());
    if (firstColumn > lastColumn || firstRow > lastRow)
        return {};
    return QRect(QPoint(firstColumn, firstRow), QPoint(lastColumn, lastRow));
}

QRectF cellPixelRect(const MatrixColorMap* map, int column, int row)
{
    const QCPRange keys = map->columnRange();
    const QCPRange values = map->rowRange();
    const double halfKey = cellHalfSize(keys, map->columns());
    const double halfValue = cellHalfSize(values, map->rows());
    const double key = cellCentre(keys, map->columns(), column);
    const double value = cellCentre(values, map->rows(), row);
    return QRectF(map->coordsToPixels(key - halfKey, value - halfValue),
                  map->coordsToPixels(key + halfKey, value + halfValue))
        .normalized();
}

} // namespace attn::ui
