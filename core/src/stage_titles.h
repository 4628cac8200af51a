#pragma once

// The titles, groups and axis texts of the stages (translated, context "attn::Stages"). Not public API.

#include "attn/session.h"
#include "attn/stages.h"

#include <string>

namespace attn::stage_detail {

/// A title number as heatmap cells print it by default: 4 significant digits, trailing zeros dropped,
/// scientific below 10⁻³ or from 10⁶ on ("2", "0.5", "1.5e-05").
std::string titleNumber(double value);

/// "₁₂" for 12.
std::string subscript(long n);

/// The titles of the attention stages of one head (or of single-head attention).
struct AttentionTitles {
    std::string raw_scores;
    std::string scores;
    std::string mask;
    std::string weights;
    std::string outputs;
    bool show_raw_scores{false}; ///< Raw scores differ from the scores (√d_k > 1, or a temperature ≠ 1).
};

/// The titles for `session`'s scoring, normalisation and mask with key dimension `dK`; `head` is 0 for
/// single-head attention, otherwise the 1-based head ("Head 2: attention weights").
AttentionTitles attentionTitles(const Session& session, long dK, int head);

/// The softmax Jacobian's title for query `queryLabel` (1-based head, or 0).
std::string jacobianTitle(const std::string& queryLabel, int head);

/// "Concat(head₁, head₂)" for two or three heads, "Concat(head₁ … head₈)" for more.
std::string concatTitle(long heads);

/// The title of an axis ("Queries", "Keys", "Value dimensions", …).
std::string axisTitle(Axis axis);

} // namespace attn::stage_detail
