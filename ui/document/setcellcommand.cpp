#include "document/setcellcommand.h"

#include "document/derivedlabel.h"
#include "document/sessiondocument.h"

namespace attn::ui {

SetCellCommand::SetCellCommand(SessionDocument* document, MatrixRole role, int row, int column, double value,
                               bool continuous, const QString& text)
    : QUndoCommand(text), m_document(document), m_role(role), m_row(row), m_column(column), m_value(value),
      m_continuous(continuous), m_serial(document->stepSerial())
{
    const attn::Session& session = document->session();
    const bool queries = role == MatrixRole::Queries;
    if ((!queries && role != MatrixRole::Keys) || document->columns(role) != 1)
        return;
    const std::vector<std::string>& labels = queries ? session.query_labels : session.key_labels;
    if (row < 0 || static_cast<std::size_t>(row) >= labels.size())
        return; // default labels (q1, k1) do not read a value
    const std::optional<QString> renamed = labelForNewValue(
        QString::fromStdString(labels[static_cast<std::size_t>(row)]), document->entry(role, row, column), value);
    if (!renamed || renamed->toStdString() == labels[static_cast<std::size_t>(row)])
        return;
    m_relabels = true;
    m_queryLabels = session.query_labels;
    m_keyLabels = session.key_labels;
    (queries ? m_queryLabels : m_keyLabels)[static_cast<std::size_t>(row)] = renamed->toStdString();
}

bool SetCellCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetCellCommand*>(other);
    if (next->m_serial != m_serial || next->m_role != m_role || next->m_row != m_row || next->m_column != m_column)
        return false;
    // This command keeps the value from before the drag; the document already holds the latest one.
    if (next->m_relabels && !m_relabels) { // the label starts to follow only now: keep the one from before
        m_relabels = true;
        m_queryLabels = next->m_queryLabels; // after its redo: the lists before it, which this step left alone
        m_keyLabels = next->m_keyLabels;
    }
    setObsolete(m_document->entry(m_role, m_row, m_column) == m_value &&
                (!m_relabels || (m_document->session().query_labels == m_queryLabels &&
                                 m_document->session().key_labels == m_keyLabels)));
    return true;
}

void SetCellCommand::swap()
{
    if (m_relabels) // first, so that the cell's changed() finds both the value and the label new
        m_document->swapLabels(m_queryLabels, m_keyLabels, false);
    m_document->swapCell(m_role, m_row, m_column, m_value);
}

} // namespace attn::ui
