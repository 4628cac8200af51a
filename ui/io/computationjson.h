#pragma once

#include "attn/evaluation.h"
#include "attn/session.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace attn::io {

/// Every stage of `computation` (attn::evaluate(session)) as indented JSON for `attnlab compute`
/// (docs/session-format.md, "Compute output"). Rows are queries, columns keys; every matrix is an array of rows.
///
/// Always: "query_labels" (n_q), "key_labels" (n_k), "scoring" and "normalization" (as in session files),
/// "outputs" (n_q × d_v; multi-head: the final n_q × d_model outputs) and "empty_rows": one
/// {"query": i (0-based), "label", "reason": "all_masked" | "no_key_in_bandwidth"} per query row without
/// weights. "mask": n_q × n_k rows of 0/1 (1 = masked) when the session has a mask.
/// Self-attention adds "positional_encoding" (n × d_model, when on), "inputs" (X or X + P), "queries", "keys",
/// "values" (the derived Q, K, V; in multi-head mode the inputs that feed every head).
/// Single head: "raw_scores", "scores", "weights" (n_q × n_k). Multi-head: "heads", one object per head with
/// "queries", "keys", "values", "raw_scores", "scores", "weights", "outputs", "empty_rows"; and "concat"
/// (n_q × d_model).
/// A row without weights is null in "weights" and "outputs" (and, in multi-head mode, a row that some head
/// leaves empty is null in "concat" and the final "outputs"): never NaN, never a misleading 0.
/// Numbers are in their shortest form that reads back exactly (at most 17 significant digits).
/// With `jacobianRow`: "softmax_jacobian", the n_k × n_k softmax Jacobian J = diag(a) − a aᵀ of that query row
/// (0-based; DOMAIN.md "Gradients"), and "softmax_jacobian_row"; in multi-head mode each head's object holds its
/// own "softmax_jacobian". @throws as attn::softmaxJacobians() (not softmax, row out of range, row without
/// weights).
/// An estimate of the memory computationToJson() needs besides the computation, in bytes: for every n_q × n_k
/// matrix it writes (raw scores, scores, weights of each head; the mask when there is one) and the n_k × n_k
/// Jacobian with `jacobian`, a JSON value (16 bytes) and its indented text (about 40 bytes) an entry. Never
/// throws.
std::uint64_t computationJsonBytes(const attn::Session& session, bool jacobian = false);

QByteArray computationToJson(const attn::Session& session, const attn::Computation& computation,
                             std::optional<long> jacobianRow = std::nullopt);

} // namespace attn::io
