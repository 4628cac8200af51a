#pragma once

#include "attn/session.h"
#include "edits/matrixrole.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace attn::ui {

/// Where an imported matrix goes: into a table of the session (`role`), or, without a role, into a viewer that
/// shows it as an attention matrix without any computation.
struct ImportTarget {
    std::optional<MatrixRole> role; ///< The table; nothing for the viewer.
    std::vector<long> leading;      ///< The slice: one 0-based index per leading dimension of the array.
};

/// The tables the session has now, in the order the window shows them: Q, K, V (without self-attention); X and,
/// without multi-head, the self-attention W_Q, W_K, W_V; the general W or the additive W_q, W_k, w_v for those
/// scoring functions; the heads' W_Q, W_K, W_V, W_O in multi-head mode.
QList<MatrixRole> sessionTables(const attn::Session& session);

/// The name of table `role` with its shape in `session`, e.g. "Keys K (3 × 1)".
QString tableTitle(const attn::Session& session, MatrixRole role);

} // namespace attn::ui
