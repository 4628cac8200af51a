#pragma once

namespace attn::ui {

/// Every merge id of the application's undo commands (QUndoCommand::id()), in one place so that no two kinds of
/// step share one by accident. Consecutive steps with the same id in the same continuous step (a slider or cell
/// drag, see SessionDocument::finishStep()) merge into one; NoMerge (−1, Qt's "never merges") is the default.
enum class UndoMergeId : int {
    NoMerge = -1,       ///< Never merges.
    Sigma = 1,          ///< SettingsCommand: the σ slider.
    Temperature = 2,    ///< SettingsCommand: the temperature slider.
    ContinuousCell = 3, ///< SetCellCommand: a dragged cell.
};

/// The value QUndoCommand::id() returns for `id`.
constexpr int undoId(UndoMergeId id)
{
    return static_cast<int>(id);
}

} // namespace attn::ui
