#pragma once

// Private to attn::io: shape checks of a parsed session (sessionjsonread.cpp).

#include "attn/session.h"
#include "io/sessionjson.h"
#include "io/sessionreader.h"

namespace attn::io::detail {

/// Checks, before attn::validate, that the shapes of `session` fit together and names the fields at fault:
/// self-attention projections with d_model rows; n_k of "keys" and "values"; multi-head: heads dividing
/// d_model, d_model × d_model projections, keys and values d_model wide; the scoring parameters (W; W_q, W_k,
/// w_v) against d_q and d_k; equal d_q and d_k where the scoring function compares them; label counts; valid
/// lengths (one per query row, at most n_k) and masked cells inside the n_q × n_k scores. With
/// SessionCheck::Editable, heads that do not divide d_model pass (as the window holds them: at most d_model heads,
/// the scoring parameters not checked, since d_q = d_model / h is not defined); attn::validate reports them.
/// @throws SessionFileError (through reader.fail) for the first fault, e.g.
///         `x.json: "mask"."valid_lengths" has 1 entry for 2 query rows`.
void checkSessionShapes(const SessionReader& reader, const attn::Session& session, SessionCheck check);

} // namespace attn::io::detail
