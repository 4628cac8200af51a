#pragma once

#include "attn/matrix.h"

namespace attn {

/// Sinusoidal positional encoding (Vaswani et al. 2017, §3.5): P[i, 2j] = sin(i / 10000^(2j/d)),
/// P[i, 2j+1] = cos(i / 10000^(2j/d)), for positions i = 0 … n − 1.
/// @param n number of tokens (≥ 1). @param d model dimension d_model (≥ 1; an odd d ends on a sine column).
/// @return n × d. @throws ShapeError if n < 1 or d < 1.
Matrix sinusoidalPositionalEncoding(long n, long d);

} // namespace attn
