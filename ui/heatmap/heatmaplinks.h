#pragma once

#include "attn/stages.h"
#include "heatmap/heatmapspec.h"

#include <optional>
#include <utility>

namespace attn::ui {

/// What cell (`row`, `column`) of `spec` depends on (attn::cellDependencies of its stage and axes; a heatmap
/// without a stage: by its axes, head -1).
attn::CellDependencies dependenciesOf(const HeatmapSpec& spec, int row, int column);

/// The outlines drawn on one heatmap: a row and a column outlined thinly (the cells linked to a selection
/// elsewhere), and one cell outlined thickly (the selection itself). All indices are 0-based.
struct HeatmapHighlight {
    std::optional<int> row;
    std::optional<int> column;
    std::optional<std::pair<int, int>> cell; ///< (row, column).

    bool isEmpty() const { return !row && !column && !cell; }
    friend bool operator==(const HeatmapHighlight&, const HeatmapHighlight&) = default;
};

/// The highlight of `target` when cell (`row`, `column`) of `selected` is selected. `target` being `selected`
/// (same stage and name): that cell. Otherwise the cells that depend on the same query and key: the query's row
/// in every heatmap whose rows are queries (or tokens); in heatmaps of the same head, the key's row where rows
/// are keys (K, V, the Jacobian) and its column where columns are keys (a Jacobian cell's two keys: the first
/// for rows, the second for columns). Dimension axes are never linked. Indices outside `target` are left out.
HeatmapHighlight linkedHighlight(const HeatmapSpec& selected, int row, int column, const HeatmapSpec& target);

} // namespace attn::ui
