#pragma once

#include "attn/attention.h"
#include "attn/matrix.h"
#include "attn/multihead.h"
#include "attn/session.h"

#include <optional>

namespace attn {

/// Every stage of a session's computation.
struct Computation {
    Matrix positional_encoding; ///< n × d_model in self-attention with positional encoding; empty otherwise.
    Matrix inputs;              ///< X + P (or X) in self-attention; empty otherwise.
    Matrix queries;             ///< The queries attention used: the session's, or X' W_Q in self-attention.
    Matrix keys;                ///< Likewise the keys.
    Matrix values;              ///< Likewise the values.
    Trace trace;                ///< Single-head trace; empty in multi-head mode (see multi_head).
    std::optional<MultiHeadTrace> multi_head; ///< Present in multi-head mode.
    Matrix outputs;                           ///< n_q × d_v (multi-head: n_q × d_model): the final outputs.

    /// Number of query rows (tokens) of the result.
    long queryCount() const { return outputs.rows(); }
};

/// Validates `session` and computes every stage.
/// @throws ShapeError if matrices are empty or their shapes do not fit (the message names them), a label
///         list has the wrong length; ParameterError for σ ≤ 0, T ≤ 0, an invalid mask or a non-finite entry.
Computation evaluate(const Session& session);

/// Checks `session` as evaluate() does. @throws as evaluate().
void validate(const Session& session);

} // namespace attn
