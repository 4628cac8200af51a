#include "heatmap/cellgeometry.h"

#include <qcustomplot.h>

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

} // namespace

QRectF cellPixelRect(QCPColorMap* map, int column, int row)
{
    QCPColorMapData* data = map->data();
    const QCPRange keys = data->keyRange();
    const QCPRange values = data->valueRange();
    const double halfKey = cellHalfSize(keys, data->keySize());
    const double halfValue = cellHalfSize(values, data->valueSize());
    const double key = cellCentre(keys, data->keySize(), column);
    const double value = cellCentre(values, data->valueSize(), row);
    return QRectF(map->coordsToPixels(key - halfKey, value - halfValue),
                  map->coordsToPixels(key + halfKey, value + halfValue))
        .normalized();
}

} // namespace attn::ui
