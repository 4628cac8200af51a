#include "document/settingscommand.h"

#include "document/sessiondocument.h"

namespace attn::ui {

namespace {

bool sameSettings(const DocumentSettings& a, const DocumentSettings& b)
{
    return a.sigma == b.sigma && a.normalization.function == b.normalization.function &&
           a.normalization.temperature == b.normalization.temperature && sameMask(a.mask, b.mask) &&
           a.positionalEncoding == b.positionalEncoding;
}

} // namespace

SettingsCommand::SettingsCommand(SessionDocument* document, const DocumentSettings& settings, const QString& text,
                                 UndoMergeId mergeId)
    : QUndoCommand(text), m_document(document), m_settings(settings), m_mergeId(mergeId),
      m_serial(document->stepSerial())
{
}

bool SettingsCommand::mergeWith(const QUndoCommand* other)
{
    if (static_cast<const SettingsCommand*>(other)->m_serial != m_serial)
        return false;
    // After redo() this command holds the settings from before the drag; the document holds the latest.
    setObsolete(sameSettings(m_settings, m_document->currentSettings()));
    return true;
}

void SettingsCommand::swap()
{
    m_document->swapSettings(m_settings);
}

} // namespace attn::ui
