#include "document/loadsessioncommand.h"

#include "document/sessiondocument.h"

namespace attn::ui {

LoadSessionCommand::LoadSessionCommand(SessionDocument* document, const attn::Session& session,
                                       const QString& filePath, const QString& text)
    : QUndoCommand(text), m_document(document), m_state{session, {}, {}, {}, {}}, m_filePath(filePath)
{
}

void LoadSessionCommand::swap()
{
    m_document->swapFilePath(m_filePath);
    m_document->swapState(m_state, kStructureChange);
    emit m_document->sessionReplaced();
}

} // namespace attn::ui
