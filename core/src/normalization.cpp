#include "attn/normalization.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <string>

namespace attn {

namespace {

void requireFiniteScores(const Matrix& scores)
{
    if (scores.allFinite()) // vectorised; the loop below only runs to name the entry at fault
        return;
    for (Eigen::Index i = 0; i < scores.rows(); ++i)
        for (Eigen::Index j = 0; j < scores.cols(); ++j)
            if (!std::isfinite(scores(i, j)))
                //: %1: a query and %2: a key, both counted from 1.
                throw ParameterError(
                    substitute(ATTN_TR("attn::Errors", "score at query %1, key %2 is not a finite number"),
                               {std::to_string(i + 1), std::to_string(j + 1)}));
}

/// The unmasked entries of row i, and their column indices.
std::pair<Vector, std::vector<Eigen::Index>> visible(const Matrix& scores, const MaskMatrix& masked,
                                                     Eigen::Index i)
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

/// Below this argument e^x is near the smallest normal double (e^−708 ≈ 3.3e−308), where Eigen's vectorised
/// exp clamps; a column with such an argument takes the C library's exp instead (Eigen's is within a few units in
/// the last place of it elsewhere).
constexpr double kVectorExpFloor = -708.0;

/// Row softmax of finite `scores` over the entries that `masked` leaves visible (all of them if `anyMasked` is
/// false), column by column so that every pass is vectorised and runs down contiguous memory (Matrix is
/// column-major): the row maxima, then e^(s − max) per column with the row sums accumulated in key order, then
/// one division. Rows with every key masked are all zero and get status AllMasked.
Matrix softmaxColumns(const Matrix& scores, const MaskMatrix& masked, bool anyMasked,
                      std::vector<RowStatus>& status)
{
    const Eigen::Index nQ = scores.rows();
    const Eigen::Index nK = scores.cols();
    constexpr double kInfinity = std::numeric_limits<double>::infinity();
    const Vector rowMax = anyMasked ? Vector(masked.select(-kInfinity, scores.array()).rowwise().maxCoeff())
                                    : Vector(scores.rowwise().maxCoeff());
    Matrix weights(nQ, nK);
    Vector sums = Vector::Zero(nQ);
    for (Eigen::Index j = 0; j < nK; ++j) {
        auto column = weights.col(j).array();
        column = scores.col(j).array() - rowMax.array();
        if (anyMasked) {
            // Masked entries become exactly 0; only the visible arguments decide which exp is needed.
            const auto hidden = masked.col(j);
            if (hidden.select(0.0, column).minCoeff() < kVectorExpFloor)
                column = hidden.select(0.0, column.unaryExpr(&exactExp));
            else
                column = hidden.select(0.0, column.exp());
        } else if (column.minCoeff() < kVectorExpFloor) {
            column = column.unaryExpr(&exactExp);
        } else {
            column = column.exp();
        }
        sums.array() += column;
    }
    weights.array().colwise() /= sums.array();
    status.assign(static_cast<std::size_t>(nQ), RowStatus::Ok);
    for (Eigen::Index i = 0; i < nQ; ++i)
        if (rowMax(i) == -kInfinity) { // every key masked: 0 / 0 above
            status[static_cast<std::size_t>(i)] = RowStatus::AllMasked;
            weights.row(i).setZero();
        }
    return weights;
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
        throw ParameterError(
            substitute(ATTN_TR("attn::Errors", "temperature T must be a finite number > 0, got %1"),
                       {std::to_string(normalization.temperature)}));
}

Matrix softmaxRows(const Matrix& scores)
{
    requireFiniteScores(scores);
    std::vector<RowStatus> status;
    return softmaxColumns(scores, MaskMatrix(), false, status);
}

SparsemaxThreshold sparsemaxThreshold(const Vector& z)
{
    const double top = z.maxCoeff();
    Vector sorted = z.array() - top;
    std::sort(sorted.data(), sorted.data() + sorted.size(), std::greater<>());
    double cumulative = 0.0;
    double supportSum = sorted(0);
    Eigen::Index support = 1;
    for (Eigen::Index k = 0; k < sorted.size(); ++k) {
        cumulative += sorted(k);
        if (1.0 + static_cast<double>(k + 1) * sorted(k) > cumulative) {
            support = k + 1;
            supportSum = cumulative;
        }
    }
    const double fromMax = (supportSum - 1.0) / static_cast<double>(support);
    return {top + fromMax, fromMax, support};
}

Vector sparsemax(const Vector& z)
{
    const double top = z.maxCoeff();
    return ((z.array() - top) - sparsemaxThreshold(z).tau_from_max).max(0.0).matrix();
}

Matrix normalizeRows(const Matrix& scores, const MaskMatrix& masked, NormalizationFunction function,
                     std::vector<RowStatus>& status)
{
    requireFiniteScores(scores);
    if (function == NormalizationFunction::Softmax)
        return softmaxColumns(scores, masked, masked.any(), status);
    Matrix weights = Matrix::Zero(scores.rows(), scores.cols());
    status.assign(static_cast<std::size_t>(scores.rows()), RowStatus::Ok);
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        const auto [z, columns] = visible(scores, masked, i);
        if (columns.empty()) {
            status[static_cast<std::size_t>(i)] = RowStatus::AllMasked;
            continue;
        }
        // Softmax took the vectorised path above; sparsemax sorts each row, relu is max(0, s).
        const Vector p = function == NormalizationFunction::Sparsemax ? sparsemax(z) : Vector(z.array().max(0.0));
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
            status[static_cast<std::size_t>(i)] =
                columns.empty() ? RowStatus::AllMasked : RowStatus::NoKeyInBandwidth;
            continue;
        }
        for (std::size_t c = 0; c < columns.size(); ++c)
            weights(i, columns[c]) = z(static_cast<Eigen::Index>(c)) / total;
    }
    return weights;
}

} // namespace attn
