#pragma once

#include <QFlags>

namespace attn::ui {

/// Which of SessionDocument's signals a change needs (changed() is always emitted).
enum class DocumentChange : unsigned {
    Shape = 1,    ///< shapeChanged(): the tables reset (rows, columns, modes, whole-matrix fills).
    Labels = 2,   ///< labelsChanged().
    Settings = 4, ///< settingsChanged(): the settings panels follow.
};
Q_DECLARE_FLAGS(DocumentChanges, DocumentChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentChanges)

/// A structural change: the tables, the labels and the settings all follow.
inline constexpr DocumentChanges kStructureChange{DocumentChange::Shape | DocumentChange::Labels |
                                                  DocumentChange::Settings};

} // namespace attn::ui
