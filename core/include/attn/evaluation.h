#pragma once

#include "attn/attention.h"
#include "attn/matrix.h"
#include "attn/multihead.h"
#include "attn/session.h"

#include <cstdint>
#include <optional>
#include <string>

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

/// An estimate of the memory evaluate(`session`) needs at its peak, in bytes: per head the n_q × n_k matrices its
/// Trace keeps (raw scores, scores and weights, 8 bytes an entry; the mask, 1 byte), one more n_q × n_k matrix of
/// doubles for the temporaries of scoring and normalising, and 8 bytes an entry of the n × d matrices (inputs,
/// projections, outputs, each head's). Never throws (a malformed session estimates as small); saturates instead of
/// overflowing. An 8192 × 8192 single-head session needs about 2.2 GB.
std::uint64_t evaluationBytes(const Session& session);

/// Refuses a computation of `session` that needs `neededBytes` (evaluationBytes() plus what the caller keeps
/// besides) when the machine has only `availableBytes`. Core reads no operating-system figure: the caller passes
/// it.
/// @throws ResourceError when neededBytes > availableBytes, e.g. "8192 × 8192 needs about 11.3 GB of memory; this
///         machine has 7.6 GB available".
void requireMemory(const Session& session, std::uint64_t neededBytes, std::uint64_t availableBytes);

/// `bytes` as a person reads it: "512 bytes", "3.4 kB", "540 MB", "11.3 GB" (powers of 1000, one decimal below
/// 100).
std::string memoryText(std::uint64_t bytes);

/// Checks `session` as evaluate() does. @throws as evaluate().
void validate(const Session& session);

} // namespace attn
