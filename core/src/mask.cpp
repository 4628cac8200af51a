#include "attn/mask.h"

#include "attn/errors.h"

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
            throw ParameterError("valid lengths: " + std::to_string(mask.valid_lengths.size())
                                 + " given for " + std::to_string(nQ) + " query rows");
        for (long i = 0; i < nQ; ++i) {
            const long length = mask.valid_lengths[static_cast<std::size_t>(i)];
            if (length < 0 || length > nK)
                throw ParameterError("valid length of query " + std::to_string(i + 1) + " is "
                                     + std::to_string(length) + "; it must lie in 0 \u2026 "
                                     + std::to_string(nK) + " (the number of keys)");
            m.row(i).tail(nK - length).setConstant(true);
        }
        break;
    case MaskKind::Window:
        if (mask.window < 0)
            throw ParameterError("window w must be \u2265 0, got " + std::to_string(mask.window));
        for (long j = 0; j < nK; ++j)
            for (long i = 0; i < nQ; ++i)
                m(i, j) = std::labs(i - j) > mask.window;
        break;
    case MaskKind::Cells:
        for (const auto& [i, j] : mask.cells) {
            if (i < 0 || i >= nQ || j < 0 || j >= nK)
                throw ParameterError("masked cell [" + std::to_string(i) + ", " + std::to_string(j)
                                     + "] lies outside the " + shapeText(nQ, nK) + " scores (0-based)");
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
