#pragma once

#include "attn/session.h"

namespace attn::ui {

/// Makes every parameter of `session` fit its inputs after a shape change, so that an edit in the window never
/// leaves the session uncomputable: projection and scoring matrices are resized keeping their top-left block
/// (new diagonal entries 1 for projections and general W, 0 elsewhere), values get d_model columns in
/// multi-head mode, valid lengths get one entry per query (new ones = n_k, all clamped to 0 … n_k), masked
/// cells outside the scores are dropped, and labels are padded or cut to the row counts.
/// The parameters of general and additive scoring are created (identity W; h = d_k, W_q and W_k identity-like,
/// w_v all ones) when that function is chosen and they are missing.
void conform(attn::Session& session);

/// Makes `mask` fit n_q × n_k scores: valid lengths get one entry per query (new ones = n_k, all clamped to
/// 0 … n_k), masked cells outside the scores are dropped, and w ≥ 0.
void conformMask(attn::Mask& mask, long nQ, long nK);

/// The query and key dimensions the scoring function sees: the session's d_q, d_k; in self-attention the
/// columns of W_Q and W_K; in multi-head d_model / h (0 when h does not divide d_model).
std::pair<long, long> scoringDimensions(const attn::Session& session);

/// d_model: X's columns in self-attention, otherwise the queries' columns.
long modelDimension(const attn::Session& session);

} // namespace attn::ui
