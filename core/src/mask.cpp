#include "attn/mask.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace attn {

std::string_view maskName(MaskKind kind)
{
    switch (kind) {
    case MaskKind::None:
        return "none";
    case MaskKind::Causal:
        return "causal";
    case MaskKind::ValidLengths:
        return "valid_lengths";
    case MaskKind::Window:
        return "window";
    case MaskKind::Cells:
        return "cells";
    }
    return "none";
}

std::optional<MaskKind> maskFromName(std::string_view name)
{
    for (auto k : {MaskKind::None, MaskKind::Causal, MaskKind::ValidLengths, MaskKind::Window, MaskKind::Cells})
        if (maskName(k) == name)
            return k;
    return std::nullopt;
}

MaskMatrix maskMatrix(const Mask& mask, long nQ, long nK)
{
    MaskMatrix m = MaskMatrix::Constant(nQ, nK, false);
    switch (mask.kind) {
    case MaskKind::None:
        break;
    case MaskKind::Causal: // column by column (the matrix is column-major): rows i < j of column j
        for (long j = 1; j < nK; ++j)
            m.col(j).head(std::min(j, nQ)).setConstant(true);
        break;
    case MaskKind::ValidLengths:
        if (static_cast<long>(mask.valid_lengths.size()) != nQ)
            //: %1: how many valid lengths the mask has; %2: how many it needs (one per query).
            throw ParameterError(substitute(ATTN_TR("attn::Errors", "valid lengths: %1 given for %2 query rows"),
                                            {std::to_string(mask.valid_lengths.size()), std::to_string(nQ)}));
        for (long i = 0; i < nQ; ++i) {
            const long length = mask.valid_lengths[static_cast<std::size_t>(i)];
            if (length < 0 || length > nK)
                //: %1: a query, counted from 1; %2: its valid length; %3: the number of keys.
                throw ParameterError(substitute(
                    ATTN_TR("attn::Errors",
                            "valid length of query %1 is %2; it must lie in 0 \u2026 %3 (the number of keys)"),
                    {std::to_string(i + 1), std::to_string(length), std::to_string(nK)}));
            m.row(i).tail(nK - length).setConstant(true);
        }
        break;
    case MaskKind::Window:
        if (mask.window < 0)
            //: w is the width of a local attention window.
            throw ParameterError(substitute(ATTN_TR("attn::Errors", "window w must be \u2265 0, got %1"),
                                            {std::to_string(mask.window)}));
        for (long j = 0; j < nK; ++j)
            for (long i = 0; i < nQ; ++i)
                m(i, j) = std::labs(i - j) > mask.window;
        break;
    case MaskKind::Cells:
        for (const auto& [i, j] : mask.cells) {
            if (i < 0 || i >= nQ || j < 0 || j >= nK)
                //: %1, %2: query and key of a masked cell, 0-based; %3: the shape of the scores, e.g. "2 × 3".
                throw ParameterError(substitute(
                    ATTN_TR("attn::Errors", "masked cell [%1, %2] lies outside the %3 scores (0-based)"),
                    {std::to_string(i), std::to_string(j), shapeText(nQ, nK)}));
            m(i, j) = true;
        }
        break;
    }
    return m;
}

Mask toggledCell(const Mask& mask, long query, long key, long nQ, long nK)
{
    MaskMatrix m = maskMatrix(mask, nQ, nK);
    if (query >= 0 && query < nQ && key >= 0 && key < nK)
        m(query, key) = !m(query, key);
    Mask result;
    result.kind = MaskKind::Cells;
    for (long i = 0; i < nQ; ++i)
        for (long j = 0; j < nK; ++j)
            if (m(i, j))
                result.cells.emplace_back(i, j);
    return result;
}

} // namespace attn
