#pragma once

#include "attn/matrix.h"
#include "attn/scoring.h"

namespace attn {

/// Every stage of one attention computation, kept so that each can be shown and explained.
struct Trace {
    Matrix raw_scores; ///< n_q × n_k, a(q_i, k_j) before scaling.
    Matrix scores;     ///< n_q × n_k, after the scoring function's scaling (÷ √d_k for scaled_dot).
    Matrix weights;    ///< n_q × n_k, attention weights; each row sums to 1.
    Matrix outputs;    ///< n_q × d_v, O = A V (attention pooling).
};

/// Computes attention pooling O = softmax(score(Q, K)) V and returns every stage.
/// Sources: Vaswani et al. 2017 eq. 1 (scaled_dot); Luong et al. 2015 (dot); d2l §11.2 (gaussian).
/// @param queries Q, n_q × d_k. @param keys K, n_k × d_k. @param values V, n_k × d_v.
/// @throws ShapeError if any matrix is empty, Q and K differ in d_k, or K and V differ in n_k;
///         ParameterError if σ ≤ 0 for gaussian or an entry is not finite.
Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const Scoring& scoring);

} // namespace attn
