#include "attn/attention.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <cmath>
#include <string>

namespace attn {

std::optional<std::pair<long, long>> firstNonFinite(const Matrix& m)
{
    if (m.allFinite()) // vectorised; the loop below only runs to find the entry at fault
        return std::nullopt;
    for (Eigen::Index i = 0; i < m.rows(); ++i)
        for (Eigen::Index j = 0; j < m.cols(); ++j)
            if (!std::isfinite(m(i, j)))
                return std::pair<long, long>{i, j};
    return std::nullopt;
}

Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const AttentionOptions& options)
{
    if (values.size() == 0)
        //: %1: a shape such as "0 × 2".
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "values are empty (%1)"),
                                    {shapeText(values.rows(), values.cols())}));
    if (keys.rows() != values.rows())
        //: %1, %2: the shapes of the keys and the values; %3, %4: their numbers of rows.
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "keys (%1) and values (%2) differ in n_k: %3 vs %4"),
                                    {shapeText(keys.rows(), keys.cols()), shapeText(values.rows(), values.cols()),
                                     std::to_string(keys.rows()), std::to_string(values.rows())}));
    if (const auto cell = firstNonFinite(queries))
        //: %1: a row and %2: a column, both counted from 1.
        throw ParameterError(
            substitute(ATTN_TR("attn::Errors", "queries row %1, column %2 is not a finite number"),
                       {std::to_string(cell->first + 1), std::to_string(cell->second + 1)}));
    if (const auto cell = firstNonFinite(keys))
        //: %1: a row and %2: a column, both counted from 1.
        throw ParameterError(substitute(ATTN_TR("attn::Errors", "keys row %1, column %2 is not a finite number"),
                                        {std::to_string(cell->first + 1), std::to_string(cell->second + 1)}));
    if (const auto cell = firstNonFinite(values))
        //: %1: a row and %2: a column, both counted from 1.
        throw ParameterError(substitute(ATTN_TR("attn::Errors", "values row %1, column %2 is not a finite number"),
                                        {std::to_string(cell->first + 1), std::to_string(cell->second + 1)}));
    validateNormalization(options.normalization);

    const Scoring& scoring = options.scoring;
    Trace trace;
    trace.raw_scores = rawScores(queries, keys, scoring);
    trace.scores = scaleScores(trace.raw_scores, scoring, keys.cols());
    trace.mask = maskMatrix(options.mask, queries.rows(), keys.rows());
    if (scoring.function == ScoringFunction::Linear) {
        trace.weights = linearAttentionWeights(queries, keys, trace.scores, trace.mask, trace.row_status);
    } else if (normalizesBySum(scoring.function)) {
        trace.weights = normalizeRowsBySum(trace.scores, trace.mask, trace.row_status);
    } else {
        const double temperature = options.normalization.temperature;
        if (options.normalization.function == NormalizationFunction::Softmax && temperature != 1.0)
            trace.scores /= temperature; // s / 1 == s exactly: no pass over n_q × n_k for T = 1
        trace.weights = normalizeRows(trace.scores, trace.mask, options.normalization.function, trace.row_status);
    }
    trace.outputs.noalias() = trace.weights * values; // GEMM straight into the result, no temporary
    if (const auto cell = firstNonFinite(trace.outputs))
        //: %1: a query and %2: a column, both counted from 1.
        throw ParameterError(substitute(
            ATTN_TR("attn::Errors", "output of query %1, column %2 is not a finite number (the sum overflows)"),
            {std::to_string(cell->first + 1), std::to_string(cell->second + 1)}));
    return trace;
}

Trace attend(const Matrix& queries, const Matrix& keys, const Matrix& values, const Scoring& scoring)
{
    AttentionOptions options;
    options.scoring = scoring;
    return attend(queries, keys, values, options);
}

} // namespace attn
