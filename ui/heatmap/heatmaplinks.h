#pragma once

#include "heatmap/heatmapspec.h"

#include <optional>
#include <utility>

namespace attn::ui {

/// What the rows or the columns of a heatmap index.
enum class HeatmapAxisMeaning {
    Queries,    ///< queries, or tokens (positional encoding, inputs): rows of every query-side matrix.
    Keys,       ///< keys: the columns of scores, mask and weights, the rows of K and V.
    Dimensions, ///< model, query/key or value dimensions.
};

/// Keys for the rows of K and V ("keys", "values", "head<t>_keys", "head<t>_values"); queries otherwise.
HeatmapAxisMeaning rowMeaning(const HeatmapSpec& spec);

/// Keys for the columns of scores, raw scores, the mask and weights (by kind); dimensions otherwise.
HeatmapAxisMeaning columnMeaning(const HeatmapSpec& spec);

/// The 1-based head of a per-head heatmap (id "head<t>_…"), 0 for single-head and combination heatmaps.
int headOf(const HeatmapSpec& spec);

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
/// (same id): that cell. Otherwise the cells that belong to the same query and the same key: the query's row in
/// every heatmap whose rows are queries (or tokens); the key's column in heatmaps of the same head whose
/// columns are keys, and its row in K and V of the same head. Dimension columns are never linked. Indices
/// outside `target` are left out.
HeatmapHighlight linkedHighlight(const HeatmapSpec& selected, int row, int column, const HeatmapSpec& target);

} // namespace attn::ui
