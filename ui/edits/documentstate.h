#pragma once

#include "attn/session.h"

#include <optional>
#include <string>
#include <vector>

namespace attn::ui {

/// Everything an undo step restores: the session, and what the mode switches keep aside so that switching back
/// gives it back (the self-attention part, the heads, the plain keys' labels, V before multi-head).
struct DocumentState {
    attn::Session session;
    std::optional<attn::SelfAttention> stashedSelf;
    std::optional<attn::MultiHead> stashedHeads;
    std::vector<std::string> stashedKeyLabels; ///< The plain keys' labels while self-attention is on.
    std::optional<attn::Matrix> stashedValues; ///< V before multi-head gave it d_model columns.
};

/// The parameters that change without touching any matrix: σ, the normalisation (function and T), the mask,
/// and whether positional encoding is added (self-attention only).
struct DocumentSettings {
    double sigma{1.0};
    attn::Normalization normalization;
    attn::Mask mask;
    bool positionalEncoding{false};
};

/// True if the two masks are the same (kind, window, valid lengths and cells).
inline bool sameMask(const attn::Mask& a, const attn::Mask& b)
{
    return a.kind == b.kind && a.window == b.window && a.valid_lengths == b.valid_lengths && a.cells == b.cells;
}

} // namespace attn::ui
