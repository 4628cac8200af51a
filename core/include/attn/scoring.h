#pragma once

#include "attn/matrix.h"

#include <optional>
#include <string>
#include <string_view>

namespace attn {

/// The scoring function a(q, k) that compares one query with one key (DOMAIN.md, "Scoring functions").
enum class ScoringFunction {
    Dot,          ///< q · k (Luong et al. 2015, "dot").
    ScaledDot,    ///< q · k / √d_k (Vaswani et al. 2017, eq. 1).
    General,      ///< q W kᵀ, W: d_q × d_k (Luong et al. 2015, "general", bilinear).
    Additive,     ///< w_v · tanh(q W_q + k W_k), W_q: d_q × h, W_k: d_k × h, w_v: h (Bahdanau 2015; d2l §11.3.2).
    Cosine,       ///< q · k / (‖q‖ ‖k‖) (Graves et al. 2014).
    Gaussian,     ///< −‖q − k‖² / (2σ²), bandwidth σ > 0 (Nadaraya 1964, Watson 1964; d2l §11.2).
    Boxcar,       ///< K(u) = 1 if u < 1 else 0, u = ‖q − k‖ / σ; weights K / ΣK (d2l attention pooling).
    Epanechnikov, ///< K(u) = max(0, 1 − u), u = ‖q − k‖ / σ; weights K / ΣK (d2l attention pooling).
    Linear,       ///< φ(q) · φ(k), φ(x) = elu(x) + 1; weights φ(q)·φ(k) / Σ (Katharopoulos et al. 2020).
};

/// A scoring function and its parameters. Matrices are in the x·W convention (tokens are row vectors).
struct Scoring {
    Scoring() = default;
    /// A function without matrix parameters (every one but general and additive), with bandwidth σ.
    explicit Scoring(ScoringFunction f, double bandwidth = 1.0) : function(f), sigma(bandwidth) {}

    ScoringFunction function{ScoringFunction::ScaledDot};
    double sigma{1.0}; ///< Bandwidth σ (gaussian, boxcar, epanechnikov), in the units of the keys; > 0.
    Matrix W;          ///< general: d_q × d_k; score q W kᵀ.
    Matrix W_q;        ///< additive: d_q × h.
    Matrix W_k;        ///< additive: d_k × h.
    Vector w_v;        ///< additive: h entries.
};

/// Every scoring function, in menu order.
inline constexpr ScoringFunction kScoringFunctions[] = {
    ScoringFunction::Dot,      ScoringFunction::ScaledDot, ScoringFunction::General,
    ScoringFunction::Additive, ScoringFunction::Cosine,    ScoringFunction::Gaussian,
    ScoringFunction::Boxcar,   ScoringFunction::Epanechnikov, ScoringFunction::Linear};

/// The session-file name: "dot", "scaled_dot", "general", "additive", "cosine", "gaussian", "boxcar",
/// "epanechnikov", "linear".
std::string_view scoringName(ScoringFunction function);

/// The scoring function called `name` (see scoringName), or nothing if the name is unknown.
std::optional<ScoringFunction> scoringFromName(std::string_view name);

/// True for the functions with a bandwidth σ: gaussian, boxcar, epanechnikov.
bool usesBandwidth(ScoringFunction function);

/// True for the functions whose weights are their scores divided by the row sum (boxcar, epanechnikov,
/// linear) rather than a chosen normalisation.
bool normalizesBySum(ScoringFunction function);

/// Checks the parameters of `scoring` against query dimension d_q and key dimension d_k.
/// @throws ParameterError if σ is not a finite number > 0 where it is used, or a parameter is not finite;
///         ShapeError if W is not d_q × d_k (general), or W_q, W_k, w_v are not d_q × h, d_k × h, h (additive).
void validateScoring(const Scoring& scoring, long dQ, long dK);

/// Raw scores S_ij = a(q_i, k_j) before any scaling. For boxcar and epanechnikov these are the kernel values
/// K(‖q_i − k_j‖ / σ); for linear, φ(q_i) · φ(k_j).
/// @param queries Q, n_q × d_q (d_q = d_k except for general and additive). @param keys K, n_k × d_k.
/// @return n_q × n_k.
/// @throws ShapeError if Q or K is empty or their dimensions do not fit the function; ParameterError as
///         validateScoring, or for cosine when a query or key has zero length.
Matrix rawScores(const Matrix& queries, const Matrix& keys, const Scoring& scoring);

/// Scores after the function's scaling: raw / √d_k for scaled_dot (Vaswani et al. 2017, eq. 1); unchanged
/// otherwise. @param raw n_q × n_k. @param dK the key dimension d_k (≥ 1).
Matrix scaleScores(const Matrix& raw, const Scoring& scoring, long dK);

/// φ(x) = elu(x) + 1, elementwise: x + 1 for x > 0, eˣ otherwise (Katharopoulos et al. 2020, eq. 7).
Matrix linearFeatureMap(const Matrix& x);

} // namespace attn
