#pragma once

#include "attn/attention.h"
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

/// Every stage of a session's computation.
struct Computation {
    Matrix positional_encoding; ///< n × d_model in self-attention with positional encoding; empty otherwise.
    Matrix inputs;              ///< X + P (or X) in self-attention; empty otherwise.
    Matrix queries;             ///< The queries attention used: the session's, or X' W_Q in self-attention.
    Matrix keys;                ///< Likewise the keys.
    Matrix values;              ///< Likewise the values.
    Trace trace;                ///< Single-head trace; empty in multi-head mode (see multi_head).
    std::optional<MultiHeadTrace> multi_head; ///< Present in multi-head mode.
    Matrix outputs;             ///< n_q × d_v (multi-head: n_q × d_model): the final outputs.

    /// Number of query rows (tokens) of the result.
    long queryCount() const { return outputs.rows(); }
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

/// Validates `session` and computes every stage.
/// @throws ShapeError if matrices are empty or their shapes do not fit (the message names them), a label
///         list has the wrong length; ParameterError for σ ≤ 0, T ≤ 0, an invalid mask or a non-finite entry.
Computation evaluate(const Session& session);

/// The single-head trace of evaluate(session) (empty in multi-head mode). @throws as evaluate().
Trace compute(const Session& session);

/// Checks `session` as evaluate() does. @throws as evaluate().
void validate(const Session& session);

/// The waistline-to-weight example (DOMAIN.md worked example 1, seed 004): keys 60, 64, 68; values 110, 115,
/// 126; query 62; gaussian scoring with σ = 1.
Session waistlineExample();

} // namespace attn
