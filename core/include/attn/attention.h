#pragma once

#include "attn/mask.h"
#include "attn/matrix.h"
#include "attn/normalization.h"
#include "attn/scoring.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attn {

/// Everything that turns queries, keys and values into outputs, apart from the matrices themselves.
struct AttentionOptions {
    Scoring scoring;
    Normalization normalization; ///< Ignored by boxcar, epanechnikov and linear (weights K / ΣK).
    Mask mask;
};

/// Every stage of one attention computation, kept so that each can be shown and explained.
struct Trace {
    Matrix raw_scores; ///< n_q × n_k, a(q_i, k_j) before scaling (kernel values for boxcar/epanechnikov).
    Matrix scores;     ///< n_q × n_k, after scaling (÷ √d_k for scaled_dot) and, for softmax, ÷ temperature.
    MaskMatrix mask;   ///< n_q × n_k, true where a key is masked for a query.
    Matrix weights;    ///< n_q × n_k, attention weights; masked entries are exactly 0.
    Matrix outputs;    ///< n_q × d_v, O = A V (attention pooling); rows without weights are 0.
    std::vector<RowStatus> row_status; ///< n_q entries: whether each query has weights and an output.

    /// True when query row `i` has weights and an output.
    bool hasOutput(long i) const { return row_status[static_cast<std::size_t>(i)] == RowStatus::Ok; }
};

/// Computes attention pooling O = normalise(mask(scale(score(Q, K)))) V and returns every stage.
/// Sources: Vaswani et al. 2017 eq. 1 (scaled_dot); Luong et al. 2015 (dot, general); Bahdanau et al. 2015
/// (additive); d2l §11.2 (kernels); Katharopoulos et al. 2020 (linear); Martins & Astudillo 2016 (sparsemax).
/// @param queries Q, n_q × d_q. @param keys K, n_k × d_k. @param values V, n_k × d_v.
/// @throws ShapeError if any matrix is empty, the dimensions do not fit the scoring function, or K and V
///         differ in n_k; ParameterError if a parameter is out of range (σ ≤ 0, T ≤ 0, a mask entry), an
///         entry or a score is not finite, or an output overflows (e.g. ReLU weights 3 and 6 on values 1e308).
Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const AttentionOptions& options);

/// The first entry (row, column; 0-based, row by row) of `m` that is not a finite number, or nothing if every
/// entry is finite. attend() and multiHeadAttend() name it in their ParameterError.
std::optional<std::pair<long, long>> firstNonFinite(const Matrix& m);

/// attend() with only a scoring function: softmax with T = 1, no mask.
Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const Scoring& scoring);

/// Linear attention's weights a_ij = φ(q_i)·φ(k_j) / Σ_j φ(q_i)·φ(k_j) with φ(x) = elu(x) + 1 (Katharopoulos et
/// al. 2020, eq. 4; DOMAIN.md "Linear attention") over the keys `masked` leaves visible. A row whose products are
/// all normal doubles is divided directly (K / ΣK). A row where a product underflows (φ(−800) = e^−800 is below
/// the smallest double, and 0/0 followed) is computed in log space: log φ(x) = x for x ≤ 0, log(1 + x) for x > 0;
/// ℓ_ij = log Σ_d exp(log φ(q_id) − max_d log φ(q_id) + log φ(k_jd)) (so that φ(q_i) cancels exactly for d_k = 1);
/// a_ij = exp(ℓ_ij − max_j ℓ_ij) / Σ_j exp(ℓ_ij − max_j ℓ_ij). φ > 0, so every row with a visible key has weights.
/// @param queries Q, n_q × d_k. @param keys K, n_k × d_k. @param products φ(Q) φ(K)ᵀ, n_q × n_k (the linear
/// scores). @param status receives one entry per row: Ok, or AllMasked. @return n_q × n_k.
/// @throws ParameterError if a product is not a finite number (it overflows, e.g. φ(10²⁰⁰)²).
Matrix linearAttentionWeights(const Matrix& queries, const Matrix& keys, const Matrix& products,
                              const MaskMatrix& masked, std::vector<RowStatus>& status);

/// Linear attention's outputs by the associative route of Katharopoulos et al. 2020 (eq. 5–6), in
/// O(n·d_k·d_v): φ(Q) (φ(K)ᵀ V) divided row-wise by φ(Q) (φ(K)ᵀ 1). No mask. Equals attend()'s outputs for
/// the linear scoring function. Computed on φ scaled by factors that cancel (from log φ, as
/// linearAttentionWeights()), so that a query of −800, whose φ underflows to 0, has outputs. @return n_q × d_v.
Matrix linearAttentionOutputs(const Matrix& queries, const Matrix& keys, const Matrix& values);

} // namespace attn
