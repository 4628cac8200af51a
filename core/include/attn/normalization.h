#pragma once

#include "attn/matrix.h"

namespace attn {

/// Row-wise softmax: a_ij = exp(s_ij − m_i) / Σ_j exp(s_ij − m_i) with m_i = max_j s_ij (DOMAIN.md, "From
/// scores to weights"). Subtracting the row maximum keeps raw dot products of size 10⁴ from overflowing.
/// @param scores n_q × n_k, finite. @return n_q × n_k; every row sums to 1.
/// @throws ParameterError if a score is NaN or infinite (the message names its row and column).
Matrix softmaxRows(const Matrix& scores);

} // namespace attn
