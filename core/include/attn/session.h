#pragma once

#include "attn/mask.h"
#include "attn/matrix.h"
#include "attn/multihead.h"
#include "attn/normalization.h"
#include "attn/scoring.h"

#include <optional>
#include <string>
#include <vector>

namespace attn {

/// Self-attention: queries, keys and values are all derived from one sequence X (seed 000, seed 004):
/// Q = X' W_Q, K = X' W_K, V = X' W_V with X' = X, or X + P with sinusoidal positional encoding P.
struct SelfAttention {
    Matrix X;                        ///< n × d_model, one token per row.
    Matrix W_Q;                      ///< d_model × d_k.
    Matrix W_K;                      ///< d_model × d_k.
    Matrix W_V;                      ///< d_model × d_v.
    bool positional_encoding{false}; ///< Add P (Vaswani et al. 2017, §3.5) to X first.
};

/// One worked example as a teacher builds it. The file format is documented in docs/session-format.md.
struct Session {
    std::string title;                     ///< Shown in the window title and menus; may be empty.
    Matrix queries;                        ///< Q, n_q × d_k (unused in self-attention).
    Matrix keys;                           ///< K, n_k × d_k (unused in self-attention).
    Matrix values;                         ///< V, n_k × d_v (unused in self-attention).
    std::vector<std::string> query_labels; ///< n_q labels (n tokens in self-attention), or empty for "q1", ….
    std::vector<std::string> key_labels;   ///< n_k labels, or empty for "k1", … (self-attention: the tokens').
    Scoring scoring;
    Normalization normalization;
    Mask mask;
    std::optional<SelfAttention> self_attention; ///< Present: self-attention mode.
    std::optional<MultiHead> multi_head;         ///< Present: multi-head attention over Q, K, V (or X).
};

/// Number of query rows (tokens) of `session`: X's rows in self-attention, otherwise the queries'.
long queryCount(const Session& session);

/// Number of key rows: X's rows in self-attention, otherwise the keys'.
long keyCount(const Session& session);

/// The label of query row `row`: query_labels[row] when given, otherwise "q<row+1>" ("x<row+1>" in
/// self-attention).
std::string queryLabel(const Session& session, long row);

/// The label of key row `row`: key_labels[row] when given (in self-attention, the token's label), otherwise
/// "k<row+1>".
std::string keyLabel(const Session& session, long row);

} // namespace attn
