#include "document/setlabelscommand.h"

#include "document/sessiondocument.h"

namespace attn::ui {

SetLabelsCommand::SetLabelsCommand(SessionDocument* document, std::vector<std::string> queryLabels,
                                   std::vector<std::string> keyLabels, const QString& text)
    : QUndoCommand(text), m_document(document), m_queryLabels(std::move(queryLabels)),
      m_keyLabels(std::move(keyLabels))
{
}

void SetLabelsCommand::swap()
{
    m_document->swapLabels(m_queryLabels, m_keyLabels);
}

} // namespace attn::ui
