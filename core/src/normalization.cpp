#include "attn/normalization.h"

#include "attn/errors.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string>

namespace attn {

namespace {

void requireFiniteScores(const Matrix& scores)
{
    for (Eigen::Index i = 0; i < scores.rows(); ++i)
        for (Eigen::Index j = 0; j < scores.cols(); ++j)
            if (!std::isfinite(scores(i, j)))
                throw ParameterError("score at query " + std::to_string(i + 1) + ", key " + std::to_string(j + 1)
                                     + " is not a finite number");
}

/// The unmasked entries of row i, and their column indices.
std::pair<Vector, std::vector<Eigen::Index>> visible(const Matrix& scores, const MaskMatrix& masked, Eigen::Index i)
{
    std::vector<Eigen::Index> columns;
    for (Eigen::Index j = 0; j < scores.cols(); ++j)
        if (!masked(i, j))
            columns.push_back(j);
    Vector z(static_cast<Eigen::Index>(columns.size()));
    for (std::size_t c = 0; c < columns.size(); ++c)
        z(static_cast<Eigen::Index>(c)) = scores(i, columns[c]);
    return {z, columns};
}

/// e^x with the C library, which underflows to exactly 0; Eigen's vectorised exp clamps its argument near
/// −709 and returns 5.6e−309 for e^{−1872}, a visible wrong number in a heatmap cell.
double exactExp(double x)
{
    return std::exp(x);
}

Vector softmax(const Vector& z)
{
    const Vector e = (z.array() - z.maxCoeff()).unaryExpr(&exactExp).matrix();
    return e / e.sum();
}

} // namespace

std::string_view normalizationName(NormalizationFunction function)
{
    switch (function) {
    case NormalizationFunction::Softmax:
        return "softmax";
    case NormalizationFunction::Sparsemax:
        return "sparsemax";
    case NormalizationFunction::Relu:
        return "relu";
    }
    return "softmax";
}

std::optional<NormalizationFunction> normalizationFromName(std::string_view name)
{
    for (auto f : {NormalizationFunction::Softmax, NormalizationFunction::Sparsemax, NormalizationFunction::Relu})
        if (normalizationName(f) == name)
            return f;
    return std::nullopt;
}

void validateNormalization(const Normalization& normalization)
{
    if (!(std::isfinite(normalization.temperature) && normalization.temperature > 0.0))
        throw ParameterError("temperature T must be a finite number > 0, got "
                             + std::to_string(normalization.temperature));
}

Matrix softmaxRows(const Matrix& scores)
{
    requireFiniteScores(scores);
    Matrix weights = (scores.colwise() - scores.rowwise().maxCoeff()).unaryExpr(&exactExp);
    weights.array().colwise() /= weights.rowwise().sum().array();
    return weights;
}

Vector sparsemax(const Vector& z)
{
    Vector sorted = z;
    std::sort(sorted.data(), sorted.data() + sorted.size(), std::greater<>());
    double cumulative = 0.0;
    double tauSum = sorted(0);
    Eigen::Index support = 1;
    for (Eigen::Index k = 0; k < sorted.size(); ++k) {
        cumulative += sorted(k);
        if (1.0 + static_cast<double>(k + 1) * sorted(k) > cumulative) {
            support = k + 1;
            tauSum = cumulative;
        }
    }
    const double tau = (tauSum - 1.0) / static_cast<double>(support);
    return (z.array() - tau).max(0.0).matrix();
}

Matrix normalizeRows(const Matrix& scores, const MaskMatrix& masked, NormalizationFunction function,
                     std::vector<RowStatus>& status)
{
    requireFiniteScores(scores);
    Matrix weights = Matrix::Zero(scores.rows(), scores.cols());
    status.assign(static_cast<std::size_t>(scores.rows()), RowStatus::Ok);
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        const auto [z, columns] = visible(scores, masked, i);
        if (columns.empty()) {
            status[static_cast<std::size_t>(i)] = RowStatus::AllMasked;
            continue;
        }
        Vector p;
        switch (function) {
        case NormalizationFunction::Softmax:
            p = softmax(z);
            break;
        case NormalizationFunction::Sparsemax:
            p = sparsemax(z);
            break;
        case NormalizationFunction::Relu:
            p = z.array().max(0.0).matrix();
            break;
        }
        for (std::size_t c = 0; c < columns.size(); ++c)
            weights(i, columns[c]) = p(static_cast<Eigen::Index>(c));
    }
    return weights;
}

Matrix normalizeRowsBySum(const Matrix& kernel, const MaskMatrix& masked, std::vector<RowStatus>& status)
{
    requireFiniteScores(kernel);
    Matrix weights = Matrix::Zero(kernel.rows(), kernel.cols());
    status.assign(static_cast<std::size_t>(kernel.rows()), RowStatus::Ok);
    for (Eigen::Index i = 0; i < kernel.rows(); ++i) {
        const auto [z, columns] = visible(kernel, masked, i);
        const double total = z.sum();
        if (columns.empty() || !(total > 0.0)) {
            status[static_cast<std::size_t>(i)] = columns.empty() ? RowStatus::AllMasked : RowStatus::NoKeyInBandwidth;
            continue;
        }
        for (std::size_t c = 0; c < columns.size(); ++c)
            weights(i, columns[c]) = z(static_cast<Eigen::Index>(c)) / total;
    }
    return weights;
}

} // namespace attn
