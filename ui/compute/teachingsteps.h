#pragma once

#include "attn/stages.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace attn::ui {

/// One stage of the computation as a teacher walks through it: what it is called, one line saying what it
/// does, and the heatmaps that show it.
struct TeachingStep {
    attn::TeachingStepKind kind{attn::TeachingStepKind::Scores};
    QString title;       ///< e.g. "Scores", "Scaling", "Mask", "Normalisation", "Weighted sum".
    QString description; ///< One line, e.g. "Divide every score by √d_k so that softmax does not saturate."
    QList<attn::StageId> stages; ///< The stages of this step, in teaching order.
    QStringList ids;             ///< Their heatmaps' names (HeatmapSpec::id), in the same order.
};

/// The steps of `specs` (from heatmapsFor) in teaching order (attn::TeachingStepKind): each spec joins the
/// step its stage belongs to; within a step, stages are ordered by kind (queries of every head before their
/// keys, …). Steps without heatmaps are left out; specs without a stage belong to none.
QList<TeachingStep> teachingSteps(const attn::Session& session, const QList<HeatmapSpec>& specs);

/// Whether a step of `kind` comes before the Mask step (Scores, Scaling). The mask comes in at its own step: the
/// window and the handout draw the heatmaps of these steps withoutMask(), every score whole, nothing "masked".
bool isBeforeMask(attn::TeachingStepKind kind);

/// `spec` drawn as at a step before the Mask step: no masked cells and no row notes ("every key masked").
HeatmapSpec withoutMask(HeatmapSpec spec);

} // namespace attn::ui
