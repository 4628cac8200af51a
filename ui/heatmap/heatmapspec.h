#pragma once

#include "attn/attention.h"
#include "attn/evaluation.h"
#include "attn/session.h"
#include "attn/stages.h"
#include "base/sharedmatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace attn::ui {

/// What a heatmap shows; decides its colour map and range (attn::ValueKind: Scores, Weights, Outputs, Signed,
/// Mask).
using HeatmapKind = attn::ValueKind;

/// Everything needed to draw one heatmap: rows are queries (tokens), columns are keys (or dimensions).
struct HeatmapSpec {
    /// The stage shown, when the heatmap shows a stage of a computation (not for a matrix opened in a viewer).
    std::optional<attn::StageId> stage;
    QString id;    ///< File base name and object name: attn::stageName(*stage), or a name the viewer gives.
    QString title; ///< Shown above the heatmap, e.g. "Attention weights".
    HeatmapKind kind{HeatmapKind::Weights};
    SharedMatrix values;      ///< rows × columns; copies of the spec share it (no copy of the numbers).
    QStringList rowLabels;    ///< One per row (query or token labels).
    QStringList columnLabels; ///< One per column (key labels, or "v1", "v2", … for dimensions).
    QString rowAxisTitle;     ///< "Queries".
    QString columnAxisTitle;  ///< "Keys" or "Value dimensions".
    attn::MaskMatrix masked;  ///< Empty, or rows × columns: true cells are drawn as masked (hatched, no number).
    QStringList rowNotes;     ///< Empty, or one per row: a non-empty note means the row has no values; the row is
                              ///< drawn empty (neither zero-coloured nor NaN) with the note across it.
    QString group;            ///< Heatmaps of one group sit together, e.g. "Head 2"; may be empty.
    attn::Axis rows{attn::Axis::Queries}; ///< What the rows index (links between heatmaps).
    attn::Axis columns{attn::Axis::Keys}; ///< What the columns index.
    attn::TeachingStepKind step{attn::TeachingStepKind::Normalisation}; ///< The teaching step of the stage.
};

/// Same content (ids, titles, kind, labels, notes, group, mask and the same numbers): a heatmap showing `a` needs
/// no repaint to show `b`. Values shared in memory compare equal at once; otherwise each number is compared.
bool operator==(const HeatmapSpec& a, const HeatmapSpec& b);

/// Which heatmaps heatmapsFor() returns (multi-head: one head, the overview or everything; the softmax
/// Jacobian of a selected query row).
using HeatmapSelection = attn::StageSelection;

/// The heatmaps of one computation, in reading order: one per stage of attn::stagesOf() (see there for which
/// stages a variant has), with its texts, labels and the notes of rows without weights. The values are shared
/// with `computation` (no copies; it lives as long as any spec refers to it); `computation` must not be null.
QList<HeatmapSpec> heatmapsFor(const attn::Session& session, std::shared_ptr<const attn::Computation> computation,
                               const HeatmapSelection& selection = {});
/// The same for a computation held by value: the values are copies.
QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Computation& computation,
                               const HeatmapSelection& selection = {});

/// The heatmap of one stage of `session`'s computation.
HeatmapSpec heatmapOf(const attn::StageMatrix& stage, const attn::Session& session);

/// The sentence that explains a row without weights, e.g. "every key is masked for this query" or "no key lies
/// within the bandwidth σ = 1". Empty for RowStatus::Ok.
QString rowStatusNote(attn::RowStatus status, const attn::Session& session);

} // namespace attn::ui
