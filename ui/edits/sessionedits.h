#pragma once

#include "attn/matrix.h"
#include "edits/documentstate.h"
#include "edits/matrixrole.h"

#include <string>
#include <vector>

namespace attn::ui {

// The structural edits behind SessionDocument: each changes a DocumentState (a copy, which then becomes one undo
// step) and leaves it conform()ed. Each returns false (or 0) when the edit does not apply; the state may then
// have been changed partly and must be dropped.

/// What a row inserted into a token matrix holds.
enum class NewRow {
    Copy,    ///< a copy of the only row there was.
    Step,    ///< at the end, the step of the last two rows once more (keys 60, 64, 68 → 72; values 110, 115,
             ///< 126 → 137); at the start, the first two rows' step back (60, 64 → 56).
    Between, ///< between two rows, halfway between them.
};

/// What insertRowInto() puts at `row` (0 … rows) of a matrix of `rows` rows.
NewRow newRowAt(long rows, int row);

/// Inserts a row before `row` (clamped) into a token matrix, filled as newRowAt() says (each matrix of the group
/// from its own rows); Keys and Values insert into both. Labels given explicitly get a fresh default label
/// ("q3", "k4", …); the mask keeps to its tokens. `how` (may be null) receives the fill.
bool insertRowInto(DocumentState& state, MatrixRole role, int row, NewRow* how = nullptr);
/// Removes `row` of a token matrix unless it is the last one.
bool removeRowFrom(DocumentState& state, MatrixRole role, int row);
/// Inserts a zero column before `column` (clamped) into `role` and the matrices sharing that dimension.
bool insertColumnInto(DocumentState& state, MatrixRole role, int column);
/// Removes `column` of `role` and of the matrices sharing that dimension unless it is the last one.
bool removeColumnFrom(DocumentState& state, MatrixRole role, int column);

/// Turns self-attention on or off, keeping the other mode's inputs in the state's stashes.
bool switchSelfAttention(DocumentState& state, bool on);
/// Turns multi-head attention on or off, keeping the heads (and V's columns) in the state's stashes.
bool switchMultiHead(DocumentState& state, bool on);

/// Replaces the matrix `role` by `matrix` and fits the rest (see SessionDocument::setMatrix). `labels` (token
/// roles: empty or one per row; blank ones get the default label) become the token labels. False for an empty
/// or non-finite matrix, a role the session has not (hasRole()), or a label count that is not the row count.
bool replaceMatrix(DocumentState& state, MatrixRole role, const attn::Matrix& matrix,
                   const std::vector<std::string>& labels);

/// Pastes `block` at (row, column) of `role` (see SessionDocument::pasteBlock). Returns the number of cells set
/// (0 for an empty or non-finite block, a negative position, a missing role or a label count that is not the
/// block's row count).
long pasteInto(DocumentState& state, MatrixRole role, int row, int column, const attn::Matrix& block,
               const std::vector<std::string>& labels, bool grow);

/// Sets the number of columns of `role` to `columns`, and of the matrices sharing that dimension (as
/// insertColumnInto: Q and K together for d_k, and V too in multi-head; V alone for d_v; X for d_model; the
/// self-attention W_Q and W_K together), keeping the top-left block; every new entry is `fill`. Then conform()
/// fits the rest (projections, scoring parameters). False when `role` has no editable columns, `columns` < 1,
/// `fill` is not finite, or the width is already `columns`.
bool resizeColumnsOf(DocumentState& state, MatrixRole role, long columns, double fill);

/// Sets every entry in rows top … top + rows − 1 and columns left … left + columns − 1 (matrix columns, clamped
/// to the matrix) of `role` to `value`. Returns the number of entries that changed (0 when none did, for a
/// non-finite value, or a role the session has not).
long fillBlockIn(DocumentState& state, MatrixRole role, long top, long left, long rows, long columns,
                 double value);

/// Gives token rows firstRow, firstRow + 1, … of `role` the labels `labels` (Values label their keys; X labels
/// the tokens). With `resize` the token matrix (Keys with Values) first gets exactly firstRow + labels.size()
/// rows (new rows are zeros; the mask keeps to its tokens); otherwise labels beyond the last row are left out.
/// Blank labels keep the row's label. Returns the number of rows labelled (0 for a role without labels, an
/// empty list, or a first row outside the table).
long labelRowsIn(DocumentState& state, MatrixRole role, long firstRow, const std::vector<std::string>& labels,
                 bool resize);

/// The label list that token role `role` uses: query labels for Queries and X, key labels for Keys and Values.
std::vector<std::string>& labelsOf(attn::Session& session, MatrixRole role);

} // namespace attn::ui
