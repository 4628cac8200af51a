#pragma once

#include "attn/attention.h"
#include "attn/session.h"
#include "base/sharedmatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace attn::ui {

/// What a heatmap shows; decides its colour map and range.
enum class HeatmapKind {
    Scores,  ///< signed scores: diverging map centred on zero, range ±max|v|.
    Weights, ///< attention weights: sequential map over [0, 1] (relu weights may exceed 1: then [0, max]).
    Outputs, ///< outputs: sequential map over min … max.
    Signed,  ///< any other signed matrix (X, P, derived Q/K/V, concatenation): diverging, centred on zero.
    Mask,    ///< the mask itself: 1 = masked, 0 = visible; two colours, cells print "masked" or nothing.
};

/// Everything needed to draw one heatmap: rows are queries (tokens), columns are keys (or dimensions).
struct HeatmapSpec {
    QString id;    ///< File base name and object name, stable: "scores", "weights", "head2_weights", ….
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
};

/// Same content (ids, titles, kind, labels, notes, group, mask and the same numbers): a heatmap showing `a` needs
/// no repaint to show `b`. Values shared in memory compare equal at once; otherwise each number is compared.
bool operator==(const HeatmapSpec& a, const HeatmapSpec& b);

/// Which heatmaps heatmapsFor() returns in multi-head mode.
struct HeatmapSelection {
    enum class Mode {
        OneHead,   ///< every stage of head `head`, then the concatenation and the final outputs.
        Overview,  ///< the weights of every head side by side, then the concatenation and the final outputs.
        Everything ///< every stage of every head (export and handouts).
    };
    Mode mode{Mode::OneHead};
    int head{0}; ///< 0-based, for OneHead.
};

/// The heatmaps of one computation, in reading order, with every stage the variant has:
/// self-attention: positional encoding P and X + P (if P is on), the derived queries, keys and values;
/// then raw scores (when scaling or a temperature changes them), scores, mask (when there is one), attention
/// weights and outputs; for multi-head the per-head stages (ids "head<t>_…", t from 1), "concat" and "outputs".
/// Single-head ids: "positional_encoding", "inputs", "queries", "keys", "values", "raw_scores", "scores", "mask",
/// "weights", "outputs". Rows without weights carry a note saying why.
/// The values are copies of the computation's matrices.
QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Computation& computation,
                               const HeatmapSelection& selection = {});
/// The same without copies: every spec's values point into `computation` (shared; it lives as long as any spec
/// refers to it). Only the mask heatmap (0/1 of the mask as numbers) has values of its own. `computation` must
/// not be null.
QList<HeatmapSpec> heatmapsFor(const attn::Session& session, std::shared_ptr<const attn::Computation> computation,
                               const HeatmapSelection& selection = {});

/// The sentence that explains a row without weights, e.g. "every key is masked for this query" or "no key lies
/// within the bandwidth σ = 1". Empty for RowStatus::Ok.
QString rowStatusNote(attn::RowStatus status, const attn::Session& session);

} // namespace attn::ui
