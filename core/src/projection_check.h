#pragma once

// The check of projected inputs (X W_Q, Q W_Q, …) for entries that are not finite. Not part of the public API.

#include "attn/matrix.h"
#include "attn/multihead.h"

namespace attn::detail {

/// Which projection a product is.
enum class Projection { Queries, Keys, Values };

/// @throws ParameterError naming the first entry of `product` (the projection `which` of the inputs named by
/// `names`) that is not finite, e.g. `Q = X W_Q at token "the" (row 1), column 1 is not a finite number`;
/// with `head` ≥ 1 (multi-head) the message starts "head <head>: ". Does nothing if every entry is finite.
void requireFiniteProjection(const Matrix& product, Projection which, const ProjectionNames& names, long head);

} // namespace attn::detail
