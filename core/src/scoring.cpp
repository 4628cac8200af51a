#include "attn/scoring.h"

#include "attn/errors.h"

#include <cmath>

namespace attn {

std::string_view scoringName(ScoringFunction function)
{
    switch (function) {
    case ScoringFunction::Dot:
        return "dot";
    case ScoringFunction::ScaledDot:
        return "scaled_dot";
    case ScoringFunction::Gaussian:
        return "gaussian";
    }
    return "scaled_dot";
}

std::optional<ScoringFunction> scoringFromName(std::string_view name)
{
    for (auto f : {ScoringFunction::Dot, ScoringFunction::ScaledDot, ScoringFunction::Gaussian})
        if (scoringName(f) == name)
            return f;
    return std::nullopt;
}

void validateScoring(const Scoring& scoring)
{
    if (scoring.function == ScoringFunction::Gaussian && !(std::isfinite(scoring.sigma) && scoring.sigma > 0.0))
        throw ParameterError("bandwidth \u03c3 must be a finite number > 0, got " + std::to_string(scoring.sigma));
}

Matrix rawScores(const Matrix& queries, const Matrix& keys, const Scoring& scoring)
{
    if (queries.size() == 0)
        throw ShapeError("queries are empty (" + shapeText(queries.rows(), queries.cols()) + ")");
    if (keys.size() == 0)
        throw ShapeError("keys are empty (" + shapeText(keys.rows(), keys.cols()) + ")");
    if (queries.cols() != keys.cols())
        throw ShapeError("queries (" + shapeText(queries.rows(), queries.cols()) + ") and keys ("
                         + shapeText(keys.rows(), keys.cols()) + ") differ in d_k: "
                         + std::to_string(queries.cols()) + " vs " + std::to_string(keys.cols()));
    validateScoring(scoring);

    if (scoring.function != ScoringFunction::Gaussian)
        return queries * keys.transpose();

    // ‖q − k‖² = ‖q‖² + ‖k‖² − 2 q·k would cancel badly for nearby large vectors (waistline data): use the
    // direct difference instead.
    Matrix scores(queries.rows(), keys.rows());
    const double denominator = 2.0 * scoring.sigma * scoring.sigma;
    for (Eigen::Index j = 0; j < keys.rows(); ++j)
        scores.col(j) = -(queries.rowwise() - keys.row(j)).rowwise().squaredNorm() / denominator;
    return scores;
}

Matrix scaleScores(const Matrix& raw, const Scoring& scoring, long dK)
{
    if (scoring.function == ScoringFunction::ScaledDot)
        return raw / std::sqrt(static_cast<double>(dK));
    return raw;
}

} // namespace attn
