#pragma once

#include <Eigen/Dense>

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace attn {

/// n_q × n_k; true where key j is masked (hidden) for query i.
using MaskMatrix = Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic>;

/// How keys are hidden from queries (DOMAIN.md, "Masks"). A masked entry gets weight exactly 0.
enum class MaskKind {
    None,
    Causal,       ///< key j masked for query i when j > i.
    ValidLengths, ///< keys j ≥ len_i masked for query i (d2l §11.3 masked_softmax).
    Window,       ///< |i − j| > w masked (local attention, seed 003).
    Cells,        ///< any set of [query, key] cells.
};

/// A mask and its parameters. Rows and columns are 0-based.
struct Mask {
    MaskKind kind{MaskKind::None};
    std::vector<long> valid_lengths;            ///< ValidLengths: one length per query row, 0 … n_k.
    long window{0};                             ///< Window: w ≥ 0.
    std::vector<std::pair<long, long>> cells;   ///< Cells: [query, key] pairs to mask.
};

/// "none", "causal", "valid_lengths", "window", "cells".
std::string_view maskName(MaskKind kind);

/// The mask kind called `name`, or nothing if unknown.
std::optional<MaskKind> maskFromName(std::string_view name);

/// The n_q × n_k mask matrix of `mask`.
/// @throws ParameterError if valid_lengths has not n_q entries or one is outside 0 … n_k, if w < 0, or if a
///         cell lies outside the n_q × n_k scores (the message names the entry at fault).
MaskMatrix maskMatrix(const Mask& mask, long nQ, long nK);

/// `mask` with cell (query, key) masked if it was not and unmasked if it was. A non-cell mask first becomes
/// the equivalent explicit cell mask, so that clicking a score cell always toggles exactly that cell.
Mask toggledCell(const Mask& mask, long query, long key, long nQ, long nK);

} // namespace attn
