#include "heatmap/heatmapspec.h"

#include <QCoreApplication>

namespace attn::ui {

namespace {

QStringList queryLabels(const attn::Session& session, long rows)
{
    QStringList labels;
    for (long i = 0; i < rows; ++i)
        labels << QString::fromStdString(attn::queryLabel(session, i));
    return labels;
}

QStringList keyLabels(const attn::Session& session, long columns)
{
    QStringList labels;
    for (long j = 0; j < columns; ++j)
        labels << QString::fromStdString(attn::keyLabel(session, j));
    return labels;
}

QStringList valueDimensionLabels(long columns)
{
    QStringList labels;
    for (long j = 0; j < columns; ++j)
        labels << QCoreApplication::translate("attn::ui::HeatmapSpec", "v%1").arg(j + 1);
    return labels;
}

} // namespace

QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Trace& trace)
{
    const QStringList rows = queryLabels(session, trace.scores.rows());
    const QStringList keys = keyLabels(session, trace.scores.cols());

    HeatmapSpec scores;
    scores.id = QStringLiteral("scores");
    scores.title = QCoreApplication::translate("attn::ui::HeatmapSpec", "Scores");
    scores.kind = HeatmapKind::Scores;
    scores.values = trace.scores;
    scores.rowLabels = rows;
    scores.columnLabels = keys;
    scores.rowAxisTitle = QCoreApplication::translate("attn::ui::HeatmapSpec", "Queries");
    scores.columnAxisTitle = QCoreApplication::translate("attn::ui::HeatmapSpec", "Keys");

    HeatmapSpec weights = scores;
    weights.id = QStringLiteral("weights");
    weights.title = QCoreApplication::translate("attn::ui::HeatmapSpec", "Attention weights");
    weights.kind = HeatmapKind::Weights;
    weights.values = trace.weights;

    HeatmapSpec outputs = scores;
    outputs.id = QStringLiteral("outputs");
    outputs.title = QCoreApplication::translate("attn::ui::HeatmapSpec", "Outputs");
    outputs.kind = HeatmapKind::Outputs;
    outputs.values = trace.outputs;
    outputs.rowLabels = queryLabels(session, trace.outputs.rows());
    outputs.columnLabels = valueDimensionLabels(trace.outputs.cols());
    outputs.columnAxisTitle = QCoreApplication::translate("attn::ui::HeatmapSpec", "Value dimensions");

    return {scores, weights, outputs};
}

} // namespace attn::ui
