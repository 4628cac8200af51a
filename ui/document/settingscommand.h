#pragma once

#include "edits/documentstate.h"

#include <QUndoCommand>

namespace attn::ui {

class SessionDocument;

/// Undo step of a settings change (σ, normalisation and T, mask, positional encoding): swaps the remembered
/// settings with the document's, so that the document emits settingsChanged() and no table resets. With a merge
/// id (kSigmaId, kTemperatureId), consecutive steps of the same id in the same continuous step (a slider drag,
/// see SessionDocument::finishStep()) merge into one; a drag that ends where it started leaves no step.
class SettingsCommand : public QUndoCommand {
public:
    static constexpr int kSigmaId = 1;
    static constexpr int kTemperatureId = 2;

    /// `settings` are the settings after the change; `mergeId` is −1 (never merges) or one of the ids above.
    SettingsCommand(SessionDocument* document, const DocumentSettings& settings, const QString& text,
                    int mergeId = -1);

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void swap();

    SessionDocument* m_document{nullptr};
    DocumentSettings m_settings; ///< What to swap in next: the new settings before redo(), the old after it.
    int m_mergeId{-1};
    int m_serial{0};
};

} // namespace attn::ui
