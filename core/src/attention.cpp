#include "attn/attention.h"

#include "attn/errors.h"

#include <cmath>
#include <string>

namespace attn {

namespace {

void requireFinite(const Matrix& m, const char* name)
{
    if (m.allFinite()) // vectorised; the loop below only runs to name the entry at fault
        return;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            if (!std::isfinite(m(i, j)))
                throw ParameterError(std::string(name) + " row " + std::to_string(i + 1) + ", column "
                                     + std::to_string(j + 1) + " is not a finite number");
}

} // namespace

void requireFiniteOutputs(const Matrix& outputs, const std::string& what)
{
    if (outputs.allFinite())
        return;
    for (Eigen::Index i = 0; i < outputs.rows(); ++i)
        for (Eigen::Index j = 0; j < outputs.cols(); ++j)
            if (!std::isfinite(outputs(i, j)))
                throw ParameterError(what + " of query " + std::to_string(i + 1) + ", column "
                                     + std::to_string(j + 1) + " is not a finite number (the sum overflows)");
}

Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const AttentionOptions& options)
{
    if (values.size() == 0)
        throw ShapeError("values are empty (" + shapeText(values.rows(), values.cols()) + ")");
    if (keys.rows() != values.rows())
        throw ShapeError("keys (" + shapeText(keys.rows(), keys.cols()) + ") and values ("
                         + shapeText(values.rows(), values.cols()) + ") differ in n_k: "
                         + std::to_string(keys.rows()) + " vs " + std::to_string(values.rows()));
    requireFinite(queries, "queries");
    requireFinite(keys, "keys");
    requireFinite(values, "values");
    validateNormalization(options.normalization);

    const Scoring& scoring = options.scoring;
    Trace trace;
    trace.raw_scores = rawScores(queries, keys, scoring);
    trace.scores = scaleScores(trace.raw_scores, scoring, keys.cols());
    trace.mask = maskMatrix(options.mask, queries.rows(), keys.rows());
    if (normalizesBySum(scoring.function)) {
        trace.weights = normalizeRowsBySum(trace.scores, trace.mask, trace.row_status);
    } else {
        const double temperature = options.normalization.temperature;
        if (options.normalization.function == NormalizationFunction::Softmax && temperature != 1.0)
            trace.scores /= temperature; // s / 1 == s exactly: no pass over n_q × n_k for T = 1
        trace.weights = normalizeRows(trace.scores, trace.mask, options.normalization.function, trace.row_status);
    }
    trace.outputs.noalias() = trace.weights * values; // GEMM straight into the result, no temporary
    requireFiniteOutputs(trace.outputs, "output");
    return trace;
}

Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const Scoring& scoring)
{
    AttentionOptions options;
    options.scoring = scoring;
    return attend(queries, keys, values, options);
}

Matrix linearAttentionOutputs(const Matrix& queries, const Matrix& keys, const Matrix& values)
{
    const Matrix phiQ = linearFeatureMap(queries);
    const Matrix phiK = linearFeatureMap(keys);
    const Matrix kv = phiK.transpose() * values;                // d_k × d_v
    const Vector kSum = phiK.colwise().sum().transpose();        // d_k
    Matrix outputs = phiQ * kv;                                  // n_q × d_v
    outputs.array().colwise() /= (phiQ * kSum).array();
    return outputs;
}

} // namespace attn
