#include "attn/attention.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace attn {

namespace {

/// log φ(x) for φ(x) = elu(x) + 1: x for x ≤ 0 (φ = eˣ), log(1 + x) for x > 0. Finite for every finite x, where
/// φ(x) itself underflows to 0 below x ≈ −745.
double logPhi(double x)
{
    return x > 0.0 ? std::log1p(x) : x;
}

/// Whether every product the row's weights divide is a normal double, so that K / ΣK loses nothing.
bool allNormal(const Matrix& products, const MaskMatrix& masked, Eigen::Index i)
{
    for (Eigen::Index j = 0; j < products.cols(); ++j)
        if (!masked(i, j) && !(products(i, j) >= std::numeric_limits<double>::min()))
            return false;
    return true;
}

/// Row i of the weights in log space (see linearAttentionWeights()).
void logSpaceRow(const Matrix& logPhiQ, const Matrix& logPhiK, const MaskMatrix& masked, Eigen::Index i,
                 Matrix& weights)
{
    const Eigen::Index d = logPhiQ.cols();
    const double qTop = logPhiQ.row(i).maxCoeff();
    std::vector<double> ell(static_cast<std::size_t>(logPhiK.rows()), 0.0);
    double rowTop = -std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < logPhiK.rows(); ++j) {
        if (masked(i, j))
            continue;
        double top = -std::numeric_limits<double>::infinity();
        for (Eigen::Index c = 0; c < d; ++c)
            top = std::max(top, (logPhiQ(i, c) - qTop) + logPhiK(j, c));
        double sum = 0.0;
        for (Eigen::Index c = 0; c < d; ++c)
            sum += std::exp((logPhiQ(i, c) - qTop) + logPhiK(j, c) - top);
        ell[static_cast<std::size_t>(j)] = top + std::log(sum);
        rowTop = std::max(rowTop, ell[static_cast<std::size_t>(j)]);
    }
    double total = 0.0;
    for (Eigen::Index j = 0; j < logPhiK.rows(); ++j) {
        const double w = masked(i, j) ? 0.0 : std::exp(ell[static_cast<std::size_t>(j)] - rowTop);
        weights(i, j) = w;
        total += w;
    }
    weights.row(i) /= total; // ≥ 1: the key at the row's maximum contributes e⁰
}

} // namespace

Matrix linearAttentionWeights(const Matrix& queries, const Matrix& keys, const Matrix& products,
                              const MaskMatrix& masked, std::vector<RowStatus>& status)
{
    Matrix weights = normalizeRowsBySum(products, masked, status);
    Matrix logPhiQ;
    Matrix logPhiK;
    for (Eigen::Index i = 0; i < products.rows(); ++i) {
        if (status[static_cast<std::size_t>(i)] == RowStatus::AllMasked || allNormal(products, masked, i))
            continue;
        if (logPhiK.size() == 0) {
            logPhiQ = queries.unaryExpr(&logPhi);
            logPhiK = keys.unaryExpr(&logPhi);
        }
        logSpaceRow(logPhiQ, logPhiK, masked, i, weights);
        status[static_cast<std::size_t>(i)] = RowStatus::Ok;
    }
    return weights;
}

Matrix linearAttentionOutputs(const Matrix& queries, const Matrix& keys, const Matrix& values)
{
    // φ(q_id) φ(k_jd) = e^(log φ(q_id) + c_d) · e^(log φ(k_jd) − c_d) for any c_d; with c_d = max_j log φ(k_jd)
    // every column of the scaled φ(K) has a 1, and a factor common to row i (its largest log φ(q_id) + c_d)
    // cancels between numerator and denominator: so φ(−800) = e^−800, which underflows, gives neither 0/0 nor NaN.
    const Matrix logK = keys.unaryExpr(&logPhi);
    const Eigen::RowVectorXd top = logK.colwise().maxCoeff();
    const Matrix phiK = (logK.rowwise() - top).unaryExpr([](double x) { return std::exp(x); });
    Matrix logQ = queries.unaryExpr(&logPhi).rowwise() + top;
    const Vector rowTop = logQ.rowwise().maxCoeff();
    const Matrix phiQ = (logQ.colwise() - rowTop).unaryExpr([](double x) { return std::exp(x); });
    const Matrix kv = phiK.transpose() * values;          // d_k × d_v
    const Vector kSum = phiK.colwise().sum().transpose(); // d_k, each ≥ 1
    Matrix outputs = phiQ * kv;                           // n_q × d_v
    outputs.array().colwise() /= (phiQ * kSum).array();   // ≥ 1: a 1 in the row of φ(Q) meets a sum ≥ 1
    return outputs;
}

} // namespace attn
