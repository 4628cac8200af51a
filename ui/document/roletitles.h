#pragma once

#include "edits/matrixrole.h"

#include <QString>

namespace attn::ui {

/// The symbol shown in titles: "Q", "K", "V", "X", "W_Q", "W", "W_q", "w_v", "W_O", ….
QString roleSymbol(MatrixRole role);

/// The name shown above the table: "Queries", "Keys", "Values", "Tokens X", "W_Q (self-attention)", ….
QString roleTitle(MatrixRole role);

/// The name in undo steps and messages: the title for token matrices ("Keys", "Tokens"), title and symbol
/// otherwise ("Projection W_Q", "Multi-head W_O").
QString roleName(MatrixRole role);

} // namespace attn::ui
