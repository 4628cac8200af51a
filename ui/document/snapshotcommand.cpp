#include "document/snapshotcommand.h"

#include "document/sessiondocument.h"

namespace attn::ui {

SnapshotCommand::SnapshotCommand(SessionDocument* document, DocumentState state, DocumentChanges changes,
                                 const QString& text)
    : QUndoCommand(text), m_document(document), m_state(std::move(state)), m_changes(changes)
{
}

void SnapshotCommand::swap()
{
    m_document->swapState(m_state, m_changes);
}

} // namespace attn::ui
