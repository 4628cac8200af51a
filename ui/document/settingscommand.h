#pragma once

#include "document/undoids.h"
#include "edits/documentstate.h"

#include <QUndoCommand>

namespace attn::ui {

class SessionDocument;

/// Undo step of a settings change (σ, normalisation and T, mask, positional encoding): swaps the remembered
/// settings with the document's, so that the document emits settingsChanged() and no table resets. With a merge
/// id (UndoMergeId::Sigma, UndoMergeId::Temperature), consecutive steps of the same id in the same continuous step
/// (a slider drag, see SessionDocument::finishStep()) merge into one; a drag that ends where it started leaves no
/// step.
class SettingsCommand : public QUndoCommand {
public:
    /// `settings` are the settings after the change; `mergeId` is NoMerge, Sigma or Temperature.
    SettingsCommand(SessionDocument* document, const DocumentSettings& settings, const QString& text,
                    UndoMergeId mergeId = UndoMergeId::NoMerge);

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return undoId(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void swap();

    SessionDocument* m_document{nullptr};
    DocumentSettings m_settings; ///< What to swap in next: the new settings before redo(), the old after it.
    UndoMergeId m_mergeId{UndoMergeId::NoMerge};
    int m_serial{0};
};

} // namespace attn::ui
