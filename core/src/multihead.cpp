#include "attn/multihead.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include "projection_check.h"

#include <string>

namespace attn {

namespace {

/// Checks the projection `name` (W_Q, W_K, W_V or W_O: a symbol, not translated).
void requireSquare(const Matrix& m, long d, const char* name)
{
    if (m.rows() != d || m.cols() != d)
        //: %1: a projection such as W_Q; %2, %3: shapes such as "4 × 4".
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "multi-head: %1 must be d_model \u00d7 d_model = %2, got %3"),
                       {name, shapeText(d, d), shapeText(m.rows(), m.cols())}));
}

} // namespace

MultiHeadTrace multiHeadAttend(const Matrix& queries, const Matrix& keys, const Matrix& values,
                               const MultiHead& multiHead, const AttentionOptions& options,
                               const ProjectionNames& names)
{
    const long dModel = queries.cols();
    const long h = multiHead.heads;
    if (h < 1 || dModel % h != 0)
        //: %1: the number of heads h; %2: the columns of the inputs.
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "multi-head: %1 heads do not divide d_model = %2"),
                                    {std::to_string(h), std::to_string(dModel)}));
    if (keys.cols() != dModel)
        //: %1: the shape of the keys, e.g. "3 × 2"; %2: the columns of the queries.
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "multi-head: keys (%1) must have d_model = %2 columns"),
                       {shapeText(keys.rows(), keys.cols()), std::to_string(dModel)}));
    if (values.cols() != dModel)
        //: %1: the shape of the values, e.g. "3 × 2"; %2: the columns of the queries.
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "multi-head: values (%1) must have d_model = %2 columns"),
                       {shapeText(values.rows(), values.cols()), std::to_string(dModel)}));
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
        detail::requireFiniteProjection(trace.queries.back(), detail::Projection::Queries, names, t + 1);
        detail::requireFiniteProjection(trace.keys.back(), detail::Projection::Keys, names, t + 1);
        detail::requireFiniteProjection(trace.values.back(), detail::Projection::Values, names, t + 1);
        trace.heads.push_back(attend(trace.queries.back(), trace.keys.back(), trace.values.back(), options));
        trace.concat.middleCols(t * dK, dK) = trace.heads.back().outputs;
    }
    trace.outputs = trace.concat * multiHead.W_O;
    if (const auto cell = firstNonFinite(trace.outputs))
        //: %1: a query and %2: a column, both counted from 1.
        throw ParameterError(substitute(ATTN_TR("attn::Errors", "multi-head: final output (Concat \u00b7 W_O) of "
                                                                "query %1, column %2 is not a finite number (the "
                                                                "sum overflows)"),
                                        {std::to_string(cell->first + 1), std::to_string(cell->second + 1)}));
    return trace;
}

} // namespace attn
