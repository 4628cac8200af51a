#pragma once

#include <QStyledItemDelegate>

namespace attn::ui {

class TableClipboard;

/// The editor of a table's cell (a QLineEdit, opened by a double-click or by typing into a cell), as a table
/// needs it:
/// - it takes text of any length: QLineEdit's default maxLength() of 32 767 characters would cut a longer token
///   label without a word, both when the editor opens on it and when it is pasted into the editor;
/// - Paste (Ctrl+V, Shift+Insert) of clipboard text holding a tab or a line break (a block of cells,
///   "1\t2\n3\t4", or one cell as a spreadsheet copies it, "5\n") closes the editor without changing its cell and
///   pastes the text at that cell through `clipboard` (TableClipboard::pasteText), as Paste on the selected cell
///   does; other text is pasted into the editor.
class CellEditDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// `clipboard` pastes blocks; it must outlive the delegate's editors. The delegate is owned by `parent`.
    CellEditDelegate(TableClipboard* clipboard, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

    /// True if `text` is for the table's paste rather than the editor: it holds a tab or a line break.
    static bool isBlock(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableClipboard* m_clipboard{nullptr};
};

} // namespace attn::ui
