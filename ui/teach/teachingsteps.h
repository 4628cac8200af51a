#pragma once

#include "attn/explain.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace attn::ui {

/// One stage of the computation as a teacher walks through it: what it is called, one line saying what it
/// does, and the heatmaps (spec ids) that show it.
struct TeachingStep {
    QString title;       ///< e.g. "Scores", "Scaling", "Mask", "Normalisation", "Weighted sum".
    QString description; ///< One line, e.g. "Divide every score by √d_k = 8 so that softmax does not saturate."
    QStringList ids;     ///< The heatmaps of this step, in board order.
    /// The cell to explain by default on this step (its first heatmap's first cell): stage and head.
    attn::Stage stage{attn::Stage::Scores};
    int head{-1};
};

/// The steps of `specs` (from heatmapsFor) in teaching order. Single head: [inputs (self-attention: P, X + P,
/// Q, K, V)], scores, scaling or temperature (when the scores change), mask (when there is one), normalisation
/// (weights), weighted sum (outputs). Multi-head: projections, per-head attention (scores, mask, weights and
/// outputs of every head shown), concatenation, W_O. Steps without heatmaps are left out.
QList<TeachingStep> teachingSteps(const attn::Session& session, const QList<HeatmapSpec>& specs);

/// The explain() stage and head of the heatmap with spec id `id` ("scores" → Scores, "head2_weights" →
/// Weights of head 1 (0-based), "concat" → Concat, …); nothing for heatmaps that are inputs (P, X + P, Q, K, V).
std::optional<std::pair<attn::Stage, int>> explainStageOf(const QString& id);

} // namespace attn::ui
