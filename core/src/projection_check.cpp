#include "projection_check.h"

#include "attn/attention.h"
#include "attn/errors.h"
#include "attn/translate.h"

#include <string>

namespace attn::detail {

namespace {

/// The product as written in the stages: "Q = X W_Q", "K = (X + P) W_K" in self-attention, "V W_V" otherwise.
std::string formula(Projection which, const std::string& input)
{
    const char* symbol = which == Projection::Queries ? "Q" : which == Projection::Keys ? "K" : "V";
    const std::string projection = std::string("W_") + symbol;
    if (input.empty())
        return std::string(symbol) + " " + projection;
    return std::string(symbol) + " = " + input + " " + projection;
}

std::string rowLabel(const std::vector<std::string>& labels, long row, char prefix)
{
    if (row < static_cast<long>(labels.size()))
        return labels[static_cast<std::size_t>(row)];
    return std::string(1, prefix) + std::to_string(row + 1);
}

} // namespace

void requireFiniteProjection(const Matrix& product, Projection which, const ProjectionNames& names, long head)
{
    const auto cell = firstNonFinite(product);
    if (!cell)
        return;
    const bool tokens = !names.input.empty();
    const bool queryRow = which == Projection::Queries;
    const std::string label = rowLabel(queryRow ? names.query_labels : names.key_labels, cell->first,
                                       tokens ? 'x' : queryRow ? 'q' : 'k');
    const std::initializer_list<std::string> args{formula(which, names.input), label,
                                                  std::to_string(cell->first + 1), std::to_string(cell->second + 1)};
    std::string message;
    if (tokens)
        //: %1: a product of matrices such as "Q = X W_Q" (symbols); %2: a token label; %3: its row, %4: a
        //: column, both counted from 1.
        message = substitute(
            ATTN_TR("attn::Errors", "%1 at token \"%2\" (row %3), column %4 is not a finite number"), args);
    else if (queryRow)
        //: %1: a product of matrices such as "Q W_Q" (symbols); %2: a query label; %3: its row, %4: a column,
        //: both counted from 1.
        message = substitute(
            ATTN_TR("attn::Errors", "%1 at query \"%2\" (row %3), column %4 is not a finite number"), args);
    else
        //: %1: a product of matrices such as "K W_K" (symbols); %2: a key label; %3: its row, %4: a column,
        //: both counted from 1.
        message = substitute(
            ATTN_TR("attn::Errors", "%1 at key \"%2\" (row %3), column %4 is not a finite number"), args);
    if (head >= 1)
        //: Multi-head attention. %1: the head, counted from 1; %2: a message about that head.
        message = substitute(ATTN_TR("attn::Errors", "head %1: %2"), {std::to_string(head), message});
    throw ParameterError(message);
}

} // namespace attn::detail
