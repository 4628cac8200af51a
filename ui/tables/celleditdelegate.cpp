#include "tables/celleditdelegate.h"

#include "tables/tableclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>

#include <limits>

namespace attn::ui {

CellEditDelegate::CellEditDelegate(TableClipboard* clipboard, QObject* parent)
    : QStyledItemDelegate(parent), m_clipboard(clipboard)
{
}

QWidget* CellEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    // Before setEditorData() puts the cell's text in. (The view filters the editor's events through this
    // delegate: eventFilter() below.)
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setMaxLength(std::numeric_limits<int>::max());
    return editor;
}

bool CellEditDelegate::isBlock(const QString& text)
{
    return text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r');
}

bool CellEditDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(watched);
    if (editor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text();
        if (isBlock(text)) {
            // The editor is closed unchanged (its text is not committed); the block starts at its cell, the
            // view's current one.
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            m_clipboard->pasteText(text);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace attn::ui
