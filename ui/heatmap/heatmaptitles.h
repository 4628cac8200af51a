#pragma once

#include "attn/session.h"

#include <QString>

namespace attn::ui {

/// The titles of the attention stages of one head (or of single-head attention), with the formulas a
/// teacher writes on the board.
struct HeatmapTitles {
    QString rawScores; ///< "Raw scores q·k".
    QString scores; ///< "Scores q·k", "Scaled scores q·k / √d_k", "Scores ÷ T (T = 2)", "Kernel values K(u)", ….
    QString mask;              ///< "Mask: causal", ….
    QString weights;           ///< "Attention weights", "Attention weights (sparsemax)", ….
    QString outputs;           ///< "Outputs", or "Head 2: output head₂ = A V".
    bool showRawScores{false}; ///< Raw scores differ from the scores (scaling by √d_k > 1, or a temperature ≠ 1).
};

/// The titles for `session`'s scoring, normalisation and mask, with key dimension `dK`; `head` is 0 for
/// single-head attention, otherwise the 1-based head ("Head 2: attention weights").
HeatmapTitles heatmapTitles(const attn::Session& session, long dK, int head);

/// "Concat(head₁, head₂)" for two or three heads, "Concat(head₁ … head₈)" for more.
QString concatTitle(long heads);

} // namespace attn::ui
