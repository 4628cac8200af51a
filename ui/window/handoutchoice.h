#pragma once

#include "teach/handoutpages.h"

namespace attn::ui {

class LiveComputation;
class SessionDocument;
class ViewState;

/// What File → Export Handout explains, as the window shows it: the selected cell exactly, with its query and key
/// (a Jacobian cell: its query and first key; what the selection lacks, workedCell() chooses), the Jacobian row
/// on the board, the heads shown, `cellDigits` significant digits, and the file name of a saved session for the
/// footer (none for an example or a new session).
HandoutOptions handoutOptionsFor(const SessionDocument& document, const ViewState& view,
                                 const LiveComputation& computation, int cellDigits);

} // namespace attn::ui
