#pragma once

#include "edits/documentstate.h"

#include <QString>
#include <QUndoCommand>

namespace attn::ui {

class SessionDocument;

/// Undo step that replaces the whole session (Open, an example, New, a restored recovery file): swaps the
/// document state and the file path, so that undo gives back the previous session where it was saved.
class LoadSessionCommand : public QUndoCommand {
public:
    LoadSessionCommand(SessionDocument* document, const attn::Session& session, const QString& filePath,
                       const QString& text);

    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();

    SessionDocument* m_document{nullptr};
    DocumentState m_state;
    QString m_filePath;
};

} // namespace attn::ui
