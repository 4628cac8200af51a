#pragma once

#include "document/sessiondocument.h"

#include <QObject>

class QAction;
class QTableView;

namespace attn::ui {

class MatrixModel;
class TableClipboard;

/// The editing actions of one table, beside Copy and Paste (shortcuts active while the table has the focus; in
/// its context menu):
/// - Fill Selection… (Ctrl+Shift+F): asks for a number (parsed as the table parses a cell) and writes it into
///   every selected cell, a whole selected row or column included, as one undo step;
/// - Set d_k… / d_v… / d_model… (Ctrl+Shift+D), tables whose columns the user chooses: the width of the table and
///   of those sharing it (Q and K share d_k) through ColumnsDialog, one undo step;
/// - Label Rows from Text… (Ctrl+Shift+L), token tables: a sentence becomes the row labels (LabelRowsDialog),
///   one undo step.
class EditorActions : public QObject {
    Q_OBJECT
public:
    /// Adds the actions to `view`, which shows `model`; `clipboard` gives the selected block.
    EditorActions(SessionDocument* document, MatrixModel* model, QTableView* view, TableClipboard* clipboard);

    QAction* fillAction() const { return m_fill; }
    /// nullptr when the table's columns are not the user's to choose (SessionDocument::hasEditableColumns).
    QAction* columnsAction() const { return m_columns; }
    /// nullptr for a table without token labels.
    QAction* labelAction() const { return m_label; }

    /// Asks for a number and fills the selected cells with it (see fillSelectionWith()).
    long fillSelection();
    /// Fills the selected matrix cells (the current cell if nothing is selected; the label column is skipped)
    /// with the number in `text`. Returns the number of cells changed; text that is not a number is refused
    /// through message(), naming it.
    long fillSelectionWith(const QString& text);
    /// Asks for the width and the value of new entries (ColumnsDialog) and sets it. Returns true if it changed.
    bool setColumns();
    /// Asks for a sentence (LabelRowsDialog) and labels the rows with its words. Returns the rows labelled.
    long labelRows();

signals:
    /// Why an action was refused, or what it left out.
    void message(const QString& text);

private:
    SessionDocument* m_document{nullptr};
    MatrixModel* m_model{nullptr};
    QTableView* m_view{nullptr};
    TableClipboard* m_clipboard{nullptr};
    QAction* m_fill{nullptr};
    QAction* m_columns{nullptr};
    QAction* m_label{nullptr};
};

} // namespace attn::ui
