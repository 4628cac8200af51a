#include "document/setcellcommand.h"

#include "document/sessiondocument.h"

namespace attn::ui {

SetCellCommand::SetCellCommand(SessionDocument* document, MatrixRole role, int row, int column, double value,
                               bool continuous, const QString& text)
    : QUndoCommand(text), m_document(document), m_role(role), m_row(row), m_column(column), m_value(value),
      m_continuous(continuous), m_serial(document->stepSerial())
{
}

bool SetCellCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetCellCommand*>(other);
    if (next->m_serial != m_serial || next->m_role != m_role || next->m_row != m_row || next->m_column != m_column)
        return false;
    // This command keeps the value from before the drag; the document already holds the latest one.
    setObsolete(m_document->entry(m_role, m_row, m_column) == m_value);
    return true;
}

void SetCellCommand::swap()
{
    m_document->swapCell(m_role, m_row, m_column, m_value);
}

} // namespace attn::ui
