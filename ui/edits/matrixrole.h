#pragma once

#include "attn/session.h"

namespace attn::ui {

/// A matrix of the session that a table edits.
enum class MatrixRole {
    Queries,     ///< Q, n_q × d_k (tokens).
    Keys,        ///< K, n_k × d_k (tokens; a key row and its value row go together).
    Values,      ///< V, n_k × d_v (tokens, labelled by the keys).
    X,           ///< self-attention input, n × d_model (tokens).
    SelfW_Q,     ///< self-attention W_Q, d_model × d_k.
    SelfW_K,     ///< self-attention W_K, d_model × d_k.
    SelfW_V,     ///< self-attention W_V, d_model × d_v.
    GeneralW,    ///< general scoring W, d_q × d_k.
    AdditiveW_q, ///< additive scoring W_q, d_q × h.
    AdditiveW_k, ///< additive scoring W_k, d_k × h.
    AdditiveW_v, ///< additive scoring w_v, shown as a column h × 1.
    HeadW_Q,     ///< multi-head W_Q, d_model × d_model.
    HeadW_K,     ///< multi-head W_K, d_model × d_model.
    HeadW_V,     ///< multi-head W_V, d_model × d_model.
    HeadW_O,     ///< multi-head W_O, d_model × d_model.
};

/// True for the matrices whose rows are tokens with labels: queries, keys, values and X.
bool isTokenRole(MatrixRole role);

/// True if the session has the matrix `role` as the window shows it: Q, K, V without self-attention; X with
/// it; the self-attention projections in single-head self-attention; general W and the additive parameters
/// with their scoring function; the head projections in multi-head mode.
bool hasRole(const attn::Session& session, MatrixRole role);

/// The matrix of `session` that `role` names; an empty matrix when the session has no such part
/// (e.g. SelfW_Q without self-attention).
attn::Matrix matrixOf(const attn::Session& session, MatrixRole role);

/// Writable access to that matrix, or nullptr when the session has no such part. AdditiveW_v is a vector and
/// has no Matrix: use setEntry() for it.
attn::Matrix* matrixPointer(attn::Session& session, MatrixRole role);

/// Sets entry (row, column) of the matrix `role`; false if the part is missing or the index is out of range.
bool setEntry(attn::Session& session, MatrixRole role, long row, long column, double value);

} // namespace attn::ui
