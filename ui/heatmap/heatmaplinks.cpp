#include "heatmap/heatmaplinks.h"

#include <QRegularExpression>

namespace attn::ui {

namespace {

/// The stage of an id without its head prefix: "head2_keys" → "keys".
QString stageOf(const QString& id)
{
    static const QRegularExpression head(QStringLiteral("^head\\d+_"));
    return QString(id).remove(head);
}

std::optional<int> within(std::optional<int> index, Eigen::Index count)
{
    if (index && *index >= 0 && *index < count)
        return index;
    return std::nullopt;
}

} // namespace

HeatmapAxisMeaning rowMeaning(const HeatmapSpec& spec)
{
    const QString stage = stageOf(spec.id);
    if (stage == u"keys" || stage == u"values")
        return HeatmapAxisMeaning::Keys;
    return HeatmapAxisMeaning::Queries;
}

HeatmapAxisMeaning columnMeaning(const HeatmapSpec& spec)
{
    switch (spec.kind) {
    case HeatmapKind::Scores:
    case HeatmapKind::Weights:
    case HeatmapKind::Mask:
        return HeatmapAxisMeaning::Keys;
    case HeatmapKind::Outputs:
    case HeatmapKind::Signed:
        break;
    }
    return HeatmapAxisMeaning::Dimensions;
}

int headOf(const HeatmapSpec& spec)
{
    static const QRegularExpression head(QStringLiteral("^head(\\d+)_"));
    const QRegularExpressionMatch match = head.match(spec.id);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

HeatmapHighlight linkedHighlight(const HeatmapSpec& selected, int row, int column, const HeatmapSpec& target)
{
    HeatmapHighlight highlight;
    if (target.id == selected.id) {
        if (row >= 0 && column >= 0 && row < target.values.rows() && column < target.values.cols())
            highlight.cell = std::make_pair(row, column);
        return highlight;
    }
    const HeatmapAxisMeaning rows = rowMeaning(selected);
    const std::optional<int> query = rows == HeatmapAxisMeaning::Queries ? std::optional<int>(row) : std::nullopt;
    std::optional<int> key;
    if (rows == HeatmapAxisMeaning::Keys)
        key = row;
    else if (columnMeaning(selected) == HeatmapAxisMeaning::Keys)
        key = column;
    const bool sameHead = headOf(selected) == headOf(target);

    if (rowMeaning(target) == HeatmapAxisMeaning::Queries)
        highlight.row = within(query, target.values.rows());
    else if (sameHead)
        highlight.row = within(key, target.values.rows());
    if (sameHead && columnMeaning(target) == HeatmapAxisMeaning::Keys)
        highlight.column = within(key, target.values.cols());
    return highlight;
}

} // namespace attn::ui
