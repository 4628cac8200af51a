#include "attn/scoring.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <cmath>
#include <string>

namespace attn {

namespace {

/// Checks the shape of parameter `name` (W, W_q, W_k: a symbol, not translated) of the general or additive
/// scoring function.
void requireShape(const Matrix& m, long rows, long cols, bool additive, const char* name)
{
    if (m.rows() == rows && m.cols() == cols)
        return;
    const std::string expected = shapeText(rows, cols);
    const std::string got = shapeText(m.rows(), m.cols());
    if (additive)
        //: %1: a parameter matrix such as W_q; %2, %3: shapes such as "2 × 3".
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "additive scoring: %1 must be %2, got %3"), {name, expected, got}));
    //: %1: the parameter matrix W; %2, %3: shapes such as "2 × 3".
    throw ShapeError(
        substitute(ATTN_TR("attn::Errors", "general scoring: %1 must be %2, got %3"), {name, expected, got}));
}

/// Checks that parameter `name` (a symbol) of the general or additive scoring function is finite.
void requireFiniteParameter(const Matrix& m, bool additive, const char* name)
{
    if (m.allFinite())
        return;
    if (additive)
        //: %1: a parameter such as W_q or w_v.
        throw ParameterError(substitute(
            ATTN_TR("attn::Errors", "additive scoring: %1 has an entry that is not a finite number"), {name}));
    //: %1: the parameter matrix W.
    throw ParameterError(substitute(
        ATTN_TR("attn::Errors", "general scoring: %1 has an entry that is not a finite number"), {name}));
}

/// Pairwise Euclidean distances ‖q_i − k_j‖, n_q × n_k, computed from the differences (no cancellation for
/// nearby large vectors such as waistlines in centimetres).
Matrix squaredDistances(const Matrix& queries, const Matrix& keys)
{
    Matrix d(queries.rows(), keys.rows());
    for (Eigen::Index j = 0; j < keys.rows(); ++j)
        d.col(j) = (queries.rowwise() - keys.row(j)).rowwise().squaredNorm();
    return d;
}

Matrix cosineScores(const Matrix& queries, const Matrix& keys)
{
    const Vector qNorm = queries.rowwise().norm();
    const Vector kNorm = keys.rowwise().norm();
    for (Eigen::Index i = 0; i < qNorm.size(); ++i)
        if (qNorm(i) == 0.0)
            //: %1: a query, counted from 1.
            throw ParameterError(
                substitute(ATTN_TR("attn::Errors",
                                   "cosine scoring: query %1 has zero length, so its angle to a key is undefined"),
                           {std::to_string(i + 1)}));
    for (Eigen::Index j = 0; j < kNorm.size(); ++j)
        if (kNorm(j) == 0.0)
            //: %1: a key, counted from 1.
            throw ParameterError(
                substitute(ATTN_TR("attn::Errors",
                                   "cosine scoring: key %1 has zero length, so its angle to a query is undefined"),
                           {std::to_string(j + 1)}));
    Matrix scores = queries * keys.transpose();
    scores.array().colwise() /= qNorm.array();
    scores.array().rowwise() /= kNorm.transpose().array();
    return scores;
}

Matrix additiveScores(const Matrix& queries, const Matrix& keys, const Scoring& s)
{
    const Matrix qh = queries * s.W_q; // n_q × h
    const Matrix kh = keys * s.W_k;    // n_k × h
    Matrix scores(queries.rows(), keys.rows());
    for (Eigen::Index i = 0; i < qh.rows(); ++i)
        for (Eigen::Index j = 0; j < kh.rows(); ++j)
            scores(i, j) = (qh.row(i) + kh.row(j)).array().tanh().matrix().dot(s.w_v.transpose());
    return scores;
}

} // namespace

std::string_view scoringName(ScoringFunction function)
{
    switch (function) {
    case ScoringFunction::Dot:
        return "dot";
    case ScoringFunction::ScaledDot:
        return "scaled_dot";
    case ScoringFunction::General:
        return "general";
    case ScoringFunction::Additive:
        return "additive";
    case ScoringFunction::Cosine:
        return "cosine";
    case ScoringFunction::Gaussian:
        return "gaussian";
    case ScoringFunction::Boxcar:
        return "boxcar";
    case ScoringFunction::Epanechnikov:
        return "epanechnikov";
    case ScoringFunction::Linear:
        return "linear";
    }
    return "scaled_dot";
}

std::optional<ScoringFunction> scoringFromName(std::string_view name)
{
    for (auto f : kScoringFunctions)
        if (scoringName(f) == name)
            return f;
    return std::nullopt;
}

bool usesBandwidth(ScoringFunction function)
{
    return function == ScoringFunction::Gaussian || function == ScoringFunction::Boxcar ||
           function == ScoringFunction::Epanechnikov;
}

bool normalizesBySum(ScoringFunction function)
{
    return function == ScoringFunction::Boxcar || function == ScoringFunction::Epanechnikov ||
           function == ScoringFunction::Linear;
}

void validateScoring(const Scoring& scoring, long dQ, long dK)
{
    if (usesBandwidth(scoring.function) && !(std::isfinite(scoring.sigma) && scoring.sigma > 0.0))
        throw ParameterError(
            substitute(ATTN_TR("attn::Errors", "bandwidth \u03c3 must be a finite number > 0, got %1"),
                       {std::to_string(scoring.sigma)}));
    if (scoring.function == ScoringFunction::General) {
        requireShape(scoring.W, dQ, dK, false, "W");
        requireFiniteParameter(scoring.W, false, "W");
    } else if (scoring.function == ScoringFunction::Additive) {
        const long h = scoring.w_v.size();
        if (h == 0)
            throw ShapeError(
                ATTN_TR("attn::Errors", "additive scoring: w_v is empty (hidden size h must be at least 1)"));
        requireShape(scoring.W_q, dQ, h, true, "W_q");
        requireShape(scoring.W_k, dK, h, true, "W_k");
        requireFiniteParameter(scoring.W_q, true, "W_q");
        requireFiniteParameter(scoring.W_k, true, "W_k");
        requireFiniteParameter(scoring.w_v, true, "w_v");
    } else if (dQ != dK) {
        //: %1, %2: the dimensions of the queries and of the keys.
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "queries and keys differ in d_k: %1 vs %2"),
                                    {std::to_string(dQ), std::to_string(dK)}));
    }
}

Matrix rawScores(const Matrix& queries, const Matrix& keys, const Scoring& scoring)
{
    if (queries.size() == 0)
        //: %1: a shape such as "0 × 2".
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "queries are empty (%1)"),
                                    {shapeText(queries.rows(), queries.cols())}));
    if (keys.size() == 0)
        //: %1: a shape such as "0 × 2".
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "keys are empty (%1)"), {shapeText(keys.rows(), keys.cols())}));
    const bool ownShapes =
        scoring.function == ScoringFunction::General || scoring.function == ScoringFunction::Additive;
    if (!ownShapes && queries.cols() != keys.cols())
        //: %1, %2: the shapes of the queries and the keys; %3, %4: their dimensions.
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "queries (%1) and keys (%2) differ in d_k: %3 vs %4"),
                       {shapeText(queries.rows(), queries.cols()), shapeText(keys.rows(), keys.cols()),
                        std::to_string(queries.cols()), std::to_string(keys.cols())}));
    validateScoring(scoring, queries.cols(), keys.cols());

    switch (scoring.function) {
    case ScoringFunction::Dot:
    case ScoringFunction::ScaledDot:
        return queries * keys.transpose();
    case ScoringFunction::General:
        return queries * scoring.W * keys.transpose();
    case ScoringFunction::Additive:
        return additiveScores(queries, keys, scoring);
    case ScoringFunction::Cosine:
        return cosineScores(queries, keys);
    case ScoringFunction::Gaussian:
        return -squaredDistances(queries, keys) / (2.0 * scoring.sigma * scoring.sigma);
    case ScoringFunction::Boxcar:
        return (squaredDistances(queries, keys).array().sqrt() / scoring.sigma < 1.0).cast<double>().matrix();
    case ScoringFunction::Epanechnikov:
        return (1.0 - squaredDistances(queries, keys).array().sqrt() / scoring.sigma).max(0.0).matrix();
    case ScoringFunction::Linear:
        return linearFeatureMap(queries) * linearFeatureMap(keys).transpose();
    }
    return queries * keys.transpose();
}

Matrix scaleScores(const Matrix& raw, const Scoring& scoring, long dK)
{
    if (scoring.function == ScoringFunction::ScaledDot)
        return raw / std::sqrt(static_cast<double>(dK));
    return raw;
}

Matrix linearFeatureMap(const Matrix& x)
{
    return x.unaryExpr([](double v) { return v > 0.0 ? v + 1.0 : std::exp(v); });
}

} // namespace attn
