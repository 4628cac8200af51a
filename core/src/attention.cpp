#include "attn/attention.h"

#include "attn/errors.h"
#include "attn/normalization.h"

#include <cmath>
#include <string>

namespace attn {

namespace {

void requireFinite(const Matrix& m, const char* name)
{
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            if (!std::isfinite(m(i, j)))
                throw ParameterError(std::string(name) + " row " + std::to_string(i + 1) + ", column "
                                     + std::to_string(j + 1) + " is not a finite number");
}

} // namespace

Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const Scoring& scoring)
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

    Trace trace;
    trace.raw_scores = rawScores(queries, keys, scoring);
    trace.scores = scaleScores(trace.raw_scores, scoring, keys.cols());
    trace.weights = softmaxRows(trace.scores);
    trace.outputs = trace.weights * values;
    return trace;
}

} // namespace attn
