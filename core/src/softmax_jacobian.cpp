// The softmax Jacobian J = diag(a) − a aᵀ of one query row (DOMAIN.md "Gradients").
#include "attn/errors.h"
#include "attn/stages.h"
#include "attn/translate.h"

namespace attn {

Matrix softmaxJacobian(const Vector& weights)
{
    Matrix jacobian = -weights * weights.transpose();
    jacobian.diagonal() += weights;
    return jacobian;
}

std::vector<Matrix> softmaxJacobians(const Session& session, const Computation& computation, long row)
{
    if (normalizesBySum(session.scoring.function) ||
        session.normalization.function != NormalizationFunction::Softmax)
        //: %1: the name of the normalisation, e.g. "sparsemax"; "softmax" is a function name.
        throw ParameterError(
            substitute(ATTN_TR("attn::Errors", "softmax Jacobian: the weights are not softmax weights (%1)"),
                       {normalizesBySum(session.scoring.function)
                            ? std::string(scoringName(session.scoring.function))
                            : std::string(normalizationName(session.normalization.function))}));
    if (row < 0 || row >= computation.queryCount())
        //: %1: a query row (0-based); %2: how many query rows there are.
        throw ShapeError(substitute(
            ATTN_TR("attn::Errors", "softmax Jacobian: query row %1 is out of range (0-based, %2 rows)"),
            {std::to_string(row), std::to_string(computation.queryCount())}));
    std::vector<const Trace*> traces;
    if (computation.multi_head)
        for (const Trace& head : computation.multi_head->heads)
            traces.push_back(&head);
    else
        traces.push_back(&computation.trace);
    std::vector<Matrix> jacobians;
    for (const Trace* trace : traces) {
        if (!trace->hasOutput(row))
            //: %1: a query row (0-based); %2: its label.
            throw ParameterError(
                substitute(ATTN_TR("attn::Errors", "softmax Jacobian: query row %1 (%2) has no weights"),
                           {std::to_string(row), queryLabel(session, row)}));
        jacobians.push_back(softmaxJacobian(trace->weights.row(row).transpose()));
    }
    return jacobians;
}

bool hasSoftmaxJacobian(const Session& session, const Computation& computation, long row)
{
    if (normalizesBySum(session.scoring.function) ||
        session.normalization.function != NormalizationFunction::Softmax)
        return false;
    if (row < 0 || row >= computation.queryCount())
        return false;
    return computation.multi_head.has_value() || computation.trace.hasOutput(row);
}

} // namespace attn
