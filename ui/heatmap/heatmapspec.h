#pragma once

#include "attn/attention.h"
#include "attn/session.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace attn::ui {

/// What a heatmap shows; decides its colour map (signed scores: diverging around zero; weights and outputs:
/// sequential).
enum class HeatmapKind { Scores, Weights, Outputs };

/// Everything needed to draw one heatmap: rows are queries, columns are keys (or value dimensions for outputs).
struct HeatmapSpec {
    QString id;              ///< File base name and object name: "scores", "weights", "outputs".
    QString title;           ///< Shown above the heatmap, e.g. "Attention weights".
    HeatmapKind kind{HeatmapKind::Weights};
    attn::Matrix values;     ///< rows × columns.
    QStringList rowLabels;   ///< One per row (query labels).
    QStringList columnLabels; ///< One per column (key labels, or "v1", "v2", … for value dimensions).
    QString rowAxisTitle;    ///< "Queries".
    QString columnAxisTitle; ///< "Keys" or "Value dimensions".
};

/// The heatmaps of one computation, in display order: scores, attention weights, outputs.
QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Trace& trace);

} // namespace attn::ui
