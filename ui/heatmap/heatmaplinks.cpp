#include "heatmap/heatmaplinks.h"

namespace attn::ui {

namespace {

std::optional<int> within(std::optional<long> index, Eigen::Index count)
{
    if (index && *index >= 0 && *index < count)
        return static_cast<int>(*index);
    return std::nullopt;
}

int headOf(const HeatmapSpec& spec)
{
    return spec.stage ? spec.stage->head : -1;
}

} // namespace

attn::CellDependencies dependenciesOf(const HeatmapSpec& spec, int row, int column)
{
    return attn::cellDependencies(spec.stage.value_or(attn::StageId{attn::Stage::Weights, -1, -1}), spec.rows,
                                  spec.columns, row, column);
}

HeatmapHighlight linkedHighlight(const HeatmapSpec& selected, int row, int column, const HeatmapSpec& target)
{
    HeatmapHighlight highlight;
    if (target.stage == selected.stage && target.id == selected.id) {
        if (row >= 0 && column >= 0 && row < target.values.rows() && column < target.values.cols())
            highlight.cell = std::make_pair(row, column);
        return highlight;
    }
    const attn::CellDependencies d = dependenciesOf(selected, row, column);
    const bool sameHead = headOf(selected) == headOf(target);
    const std::optional<long> firstKey = d.keys.empty() ? std::nullopt : std::optional<long>(d.keys.front());
    const std::optional<long> lastKey = d.keys.empty() ? std::nullopt : std::optional<long>(d.keys.back());

    if (target.rows == attn::Axis::Queries || target.rows == attn::Axis::Tokens)
        highlight.row = within(d.query, target.values.rows());
    else if (sameHead && target.rows == attn::Axis::Keys)
        highlight.row = within(firstKey, target.values.rows());
    if (sameHead && target.columns == attn::Axis::Keys)
        highlight.column = within(lastKey, target.values.cols());
    return highlight;
}

} // namespace attn::ui
