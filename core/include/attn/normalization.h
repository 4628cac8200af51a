#pragma once

#include "attn/mask.h"
#include "attn/matrix.h"

#include <optional>
#include <string_view>
#include <vector>

namespace attn {

/// How scores become attention weights, row by row (DOMAIN.md, "From scores to weights").
enum class NormalizationFunction {
    Softmax,   ///< exp((s − m)/T) / Σ exp((s − m)/T), m the row maximum.
    Sparsemax, ///< Euclidean projection onto the probability simplex (Martins & Astudillo 2016).
    Relu,      ///< max(0, s), not normalised (seed 002).
};

/// A normalisation and its temperature.
struct Normalization {
    NormalizationFunction function{NormalizationFunction::Softmax};
    double temperature{1.0}; ///< T > 0; softmax divides the scores by T (T > 1 flattens, T < 1 sharpens).
};

/// Whether a query row has weights, and if not, why.
enum class RowStatus {
    Ok,
    AllMasked,        ///< every key is masked for this query.
    NoKeyInBandwidth, ///< a compact kernel gave every key weight 0 (ΣK = 0): no key within σ.
};

/// "softmax", "sparsemax", "relu".
std::string_view normalizationName(NormalizationFunction function);

/// The normalisation called `name`, or nothing if unknown.
std::optional<NormalizationFunction> normalizationFromName(std::string_view name);

/// @throws ParameterError if the temperature is not a finite number > 0.
void validateNormalization(const Normalization& normalization);

/// Row-wise softmax of finite scores, every row summing to 1; subtracts the row maximum so that raw dot
/// products of size 10⁴ do not overflow. @param scores n_q × n_k. @return n_q × n_k.
/// @throws ParameterError if a score is NaN or infinite (the message names its row and column, 1-based).
Matrix softmaxRows(const Matrix& scores);

/// The threshold of sparsemax(z) (Martins & Astudillo 2016, Algorithm 1): with z sorted descending, the support
/// size k(z) = max{k : 1 + k z_(k) > Σ_{r≤k} z_(r)} and τ = (Σ_{r≤k(z)} z_(r) − 1) / k(z). Computed on z − max(z)
/// (sparsemax is shift-invariant), so a common offset such as 10¹⁶ loses no precision; `tau_from_max` is τ − max(z).
struct SparsemaxThreshold {
    double tau{0.0};          ///< τ, in the units of z.
    double tau_from_max{0.0}; ///< τ − max(z), exact even when max(z) is large.
    Eigen::Index support{1};  ///< k(z): how many entries get a weight > 0 (1 … n).
};
/// @param z n entries, finite, n ≥ 1.
SparsemaxThreshold sparsemaxThreshold(const Vector& z);

/// sparsemax(z) = argmin_{p ∈ simplex} ‖p − z‖² (Martins & Astudillo 2016, eq. 2 and Algorithm 1):
/// max(z − τ, 0) with τ from sparsemaxThreshold(), evaluated as max((z − max z) − (τ − max z), 0).
/// @param z n entries, finite, n ≥ 1. @return n weights ≥ 0 summing to 1.
Vector sparsemax(const Vector& z);

/// Weights from `scores` with `function`, leaving masked entries out (their weight is exactly 0).
/// The caller applies any temperature to the scores first.
/// @param scores n_q × n_k, finite. @param masked n_q × n_k. @param status receives one entry per row.
/// @return n_q × n_k; rows whose status is not Ok are all zero.
Matrix normalizeRows(const Matrix& scores, const MaskMatrix& masked, NormalizationFunction function,
                     std::vector<RowStatus>& status);

/// Kernel weights K / ΣK over the unmasked keys of each row (compact kernels and linear attention).
/// @param kernel n_q × n_k, entries ≥ 0. A row with ΣK = 0 gets status NoKeyInBandwidth.
Matrix normalizeRowsBySum(const Matrix& kernel, const MaskMatrix& masked, std::vector<RowStatus>& status);

} // namespace attn
