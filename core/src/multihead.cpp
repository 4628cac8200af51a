#include "attn/multihead.h"

#include "attn/errors.h"

#include <string>

namespace attn {

namespace {

void requireColumns(const Matrix& m, long d, const char* what)
{
    if (m.cols() != d)
        throw ShapeError(std::string("multi-head: ") + what + " (" + shapeText(m.rows(), m.cols()) + ") must have d_model = "
                         + std::to_string(d) + " columns");
}

void requireSquare(const Matrix& m, long d, const char* what)
{
    if (m.rows() != d || m.cols() != d)
        throw ShapeError(std::string("multi-head: ") + what + " must be d_model \u00d7 d_model = " + shapeText(d, d)
                         + ", got " + shapeText(m.rows(), m.cols()));
}

} // namespace

MultiHeadTrace multiHeadAttend(const Matrix& queries, const Matrix& keys, const Matrix& values,
                               const MultiHead& multiHead, const AttentionOptions& options)
{
    const long dModel = queries.cols();
    const long h = multiHead.heads;
    if (h < 1 || dModel % h != 0)
        throw ShapeError("multi-head: " + std::to_string(h) + " heads do not divide d_model = "
                         + std::to_string(dModel));
    requireColumns(keys, dModel, "keys");
    requireColumns(values, dModel, "values");
    requireSquare(multiHead.W_Q, dModel, "W_Q");
    requireSquare(multiHead.W_K, dModel, "W_K");
    requireSquare(multiHead.W_V, dModel, "W_V");
    requireSquare(multiHead.W_O, dModel, "W_O");

    const long dK = dModel / h;
    MultiHeadTrace trace;
    trace.concat.resize(queries.rows(), dModel);
    for (long t = 0; t < h; ++t) {
        trace.queries.push_back(queries * multiHead.W_Q.middleCols(t * dK, dK));
        trace.keys.push_back(keys * multiHead.W_K.middleCols(t * dK, dK));
        trace.values.push_back(values * multiHead.W_V.middleCols(t * dK, dK));
        trace.heads.push_back(attend(trace.queries.back(), trace.keys.back(), trace.values.back(), options));
        trace.concat.middleCols(t * dK, dK) = trace.heads.back().outputs;
    }
    trace.outputs = trace.concat * multiHead.W_O;
    requireFiniteOutputs(trace.outputs, "multi-head: final output (Concat \u00b7 W_O)");
    return trace;
}

} // namespace attn
