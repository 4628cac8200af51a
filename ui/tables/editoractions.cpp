#include "tables/editoractions.h"

#include "document/roletitles.h"
#include "tables/columnsdialog.h"
#include "tables/labelrowsdialog.h"
#include "tables/matrixmodel.h"
#include "tables/tableclipboard.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace attn::ui {

namespace {

QAction* addAction(QTableView* view, QObject* owner, const QString& text, const QKeySequence& keys,
                   const QString& tip)
{
    auto* action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tip);
    view->addAction(action);
    return action;
}

/// The tables whose width setColumnCount() changes with `role`'s, e.g. "Queries and Keys".
QString widthGroup(const attn::Session& session, MatrixRole role)
{
    const bool heads = session.multi_head.has_value();
    switch (role) {
    case MatrixRole::Queries:
    case MatrixRole::Keys:
        return heads ? EditorActions::tr("Queries, Keys and Values")
                     : EditorActions::tr("%1 and %2").arg(roleName(MatrixRole::Queries), roleName(MatrixRole::Keys));
    case MatrixRole::Values:
        return heads ? EditorActions::tr("Queries, Keys and Values") : roleName(role);
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
        return EditorActions::tr("%1 and %2").arg(roleName(MatrixRole::SelfW_Q), roleName(MatrixRole::SelfW_K));
    default:
        return roleName(role);
    }
}

} // namespace

EditorActions::EditorActions(SessionDocument* document, MatrixModel* model, QTableView* view,
                             TableClipboard* clipboard)
    : QObject(view), m_document(document), m_model(model), m_view(view), m_clipboard(clipboard)
{
    const MatrixRole role = model->role();
    m_fill = addAction(view, this, tr("&Fill Selection\u2026"), QKeySequence(tr("Ctrl+Shift+F")),
                       tr("Write one number into every selected cell (select a row or column by its header)"));
    connect(m_fill, &QAction::triggered, this, [this] { fillSelection(); });
    if (SessionDocument::hasEditableColumns(role)) {
        const QString dimension = shapeNames(role).second;
        m_columns = addAction(view, this, tr("Set %1 (&Columns)\u2026").arg(dimension),
                              QKeySequence(tr("Ctrl+Shift+D")),
                              tr("Set the number of columns (%1) of this table and of those sharing it")
                                  .arg(dimension));
        connect(m_columns, &QAction::triggered, this, [this] { setColumns(); });
    }
    if (isTokenRole(role)) {
        m_label = addAction(view, this, tr("&Label Rows from Text\u2026"), QKeySequence(tr("Ctrl+Shift+L")),
                            tr("Type or paste a sentence: each word labels one row"));
        connect(m_label, &QAction::triggered, this, [this] { labelRows(); });
    }
}

long EditorActions::fillSelection()
{
    const QRect block = m_clipboard->selectedBlock();
    const int left = std::max(block.left(), m_model->labelColumns());
    if (block.isEmpty() || block.right() < left) {
        emit message(tr("Fill: select the cells to fill first (a row or a column by its header)."));
        return 0;
    }
    const int cells = block.height() * (block.right() - left + 1);
    bool ok = false;
    const QString question = cells == 1 ? tr("Write this number into the selected cell:")
                                        : tr("Write this number into the %1 selected cells:").arg(cells);
    const QString text = QInputDialog::getText(m_view, tr("Fill Selection"), question, QLineEdit::Normal,
                                               QStringLiteral("0"), &ok);
    return ok ? fillSelectionWith(text) : 0;
}

long EditorActions::fillSelectionWith(const QString& text)
{
    const QRect block = m_clipboard->selectedBlock();
    const int left = std::max(block.left(), m_model->labelColumns());
    if (block.isEmpty() || block.right() < left) {
        emit message(tr("Fill: select the cells to fill first (a row or a column by its header)."));
        return 0;
    }
    const std::optional<double> value = parseEntry(text);
    if (!value) {
        const QString fault = numberRangeFault(text).value_or(
            tr("\u201c%1\u201d is not a number (write it with '.' as decimal point, e.g. 1.75)").arg(text));
        emit message(tr("Fill: %1; nothing was filled.").arg(fault));
        return 0;
    }
    return m_document->fillCells(m_model->role(), block.top(), m_model->matrixColumn(left), block.height(),
                                 block.right() - left + 1, *value);
}

bool EditorActions::setColumns()
{
    const MatrixRole role = m_model->role();
    if (!SessionDocument::hasEditableColumns(role))
        return false;
    ColumnsDialog dialog(shapeNames(role).second, widthGroup(m_document->session(), role),
                         static_cast<int>(m_document->columns(role)), m_view);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document->setColumnCount(role, dialog.columns(), dialog.fill().value_or(0.0));
}

long EditorActions::labelRows()
{
    const MatrixRole role = m_model->role();
    if (!isTokenRole(role))
        return 0;
    const MatrixRole tokens = role == MatrixRole::Values ? MatrixRole::Keys : role;
    LabelRowsDialog dialog(static_cast<int>(m_document->rows(role)), roleName(tokens), m_view);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return m_document->setRowLabels(role, 0, dialog.labels(), dialog.resize());
}

} // namespace attn::ui
