#pragma once

#include "document/documentchange.h"
#include "edits/documentstate.h"

#include <QUndoCommand>

namespace attn::ui {

class SessionDocument;

/// Undo step of a structural change (rows, columns, mode switches, fills, imports, pastes): keeps one copy of
/// the whole document state and swaps it with the document's on undo and redo (Tiled's swap() pattern), so no
/// change needs a hand-written inverse. The document emits the signals `changes` names.
class SnapshotCommand : public QUndoCommand {
public:
    /// `state` is the state after the change.
    SnapshotCommand(SessionDocument* document, DocumentState state, DocumentChanges changes, const QString& text);

    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();

    SessionDocument* m_document{nullptr};
    DocumentState m_state;
    DocumentChanges m_changes;
};

} // namespace attn::ui
