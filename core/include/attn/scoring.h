#pragma once

#include "attn/matrix.h"

#include <optional>
#include <string>
#include <string_view>

namespace attn {

/// The scoring function a(q, k) that compares one query with one key (DOMAIN.md, "Scoring functions").
enum class ScoringFunction {
    Dot,       ///< q · k (Luong et al. 2015, "dot").
    ScaledDot, ///< q · k / √d_k (Vaswani et al. 2017, eq. 1).
    Gaussian,  ///< −‖q − k‖² / (2σ²), bandwidth σ > 0 (Nadaraya 1964, Watson 1964; d2l §11.2).
};

/// A scoring function and its parameters.
struct Scoring {
    ScoringFunction function{ScoringFunction::ScaledDot};
    double sigma{1.0}; ///< Bandwidth σ of the Gaussian kernel, in the units of the keys; must be > 0.
};

/// The session-file name of a scoring function: "dot", "scaled_dot" or "gaussian".
std::string_view scoringName(ScoringFunction function);

/// The scoring function named `name` ("dot", "scaled_dot", "gaussian"), or nothing if the name is unknown.
std::optional<ScoringFunction> scoringFromName(std::string_view name);

/// Checks the parameters of `scoring`.
/// @throws ParameterError if the function is Gaussian and σ is not a finite number > 0.
void validateScoring(const Scoring& scoring);

/// Raw scores S_ij = a(q_i, k_j) before any scaling.
/// For dot and scaled_dot this is the dot product q_i · k_j; for gaussian it is −‖q_i − k_j‖² / (2σ²).
/// @param queries Q, n_q × d_k.  @param keys K, n_k × d_k.
/// @return n_q × n_k.
/// @throws ShapeError if Q or K is empty or their d_k differ; ParameterError as validateScoring.
Matrix rawScores(const Matrix& queries, const Matrix& keys, const Scoring& scoring);

/// Scores after the function's scaling: raw / √d_k for scaled_dot (Vaswani et al. 2017, eq. 1); unchanged
/// for dot and gaussian. @param raw n_q × n_k. @param dK the key dimension d_k (≥ 1).
Matrix scaleScores(const Matrix& raw, const Scoring& scoring, long dK);

} // namespace attn
