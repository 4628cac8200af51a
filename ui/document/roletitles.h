#pragma once

#include "edits/matrixrole.h"

#include <QString>

#include <utility>

namespace attn::ui {

/// The symbol shown in titles: "Q", "K", "V", "X", "W_Q", "W", "W_q", "w_v", "W_O", ….
QString roleSymbol(MatrixRole role);

/// The name shown above the table: "Queries", "Keys", "Values", "Tokens X", "W_Q (self-attention)", ….
QString roleTitle(MatrixRole role);

/// The name in undo steps and messages: the title for token matrices ("Keys", "Tokens"), title and symbol
/// otherwise ("Projection W_Q", "Multi-head W_O").
QString roleName(MatrixRole role);

/// The names of the rows and the columns of `role`'s shape, as DOMAIN.md writes them: {"n_q", "d_k"} for
/// Queries, {"n_k", "d_v"} for Values, {"n", "d_model"} for X, {"d_model", "d_k"} for the self-attention W_Q, ….
std::pair<QString, QString> shapeNames(MatrixRole role);

} // namespace attn::ui
