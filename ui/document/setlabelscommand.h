#pragma once

#include <QUndoCommand>

#include <string>
#include <vector>

namespace attn::ui {

class SessionDocument;

/// Undo step of a label change: swaps the session's query and key label lists with the remembered ones, so that
/// the document emits labelsChanged() only.
class SetLabelsCommand : public QUndoCommand {
public:
    /// `queryLabels` and `keyLabels` are the lists after the change.
    SetLabelsCommand(SessionDocument* document, std::vector<std::string> queryLabels,
                     std::vector<std::string> keyLabels, const QString& text);

    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();

    SessionDocument* m_document{nullptr};
    std::vector<std::string> m_queryLabels;
    std::vector<std::string> m_keyLabels;
};

} // namespace attn::ui
