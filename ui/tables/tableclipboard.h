#pragma once

#include "document/sessiondocument.h"

#include <QObject>
#include <QRect>

class QAction;
class QTableView;

namespace attn::ui {

class MatrixModel;

/// Copy and paste for a table, as a spreadsheet does. Copy (Ctrl+C) puts the selected block on the clipboard as
/// tab-separated text, every number in full precision (the shortest text that reads back to the same double,
/// '.' as decimal point) and the token labels first when the label column is selected. Paste (Ctrl+V) writes
/// tab- or comma-separated text at the current cell as one undo step (SessionDocument::pasteBlock); starting in
/// the label column, the first pasted column sets token labels. A block larger than the table asks "Grow the
/// table to fit r × c cells?" (Grow / Paste What Fits / Cancel) when the table can grow; a cell that is not a
/// number refuses the whole paste, naming its row and column in the pasted block. A one-line sentence pasted
/// onto several selected label cells labels them word by word ("the cat sat" → the, cat, sat; Chinese: each
/// character; see splitLabels()), as one undo step.
class TableClipboard : public QObject {
    Q_OBJECT
public:
    /// Adds the Copy and Paste actions (shortcuts active while `view` or its editor has the focus) to `view`,
    /// which shows `model`.
    TableClipboard(SessionDocument* document, MatrixModel* model, QTableView* view);

    QAction* copyAction() const { return m_copy; }
    QAction* pasteAction() const { return m_paste; }

    /// The selected block in model rows and columns (x = column, y = row); the current cell if nothing is
    /// selected; an empty rectangle if neither.
    QRect selectedBlock() const;
    /// The text that copy() puts on the clipboard: selectedBlock() as tab-separated lines.
    QString selectionText() const;

    /// Copies the selected block to the clipboard.
    void copy();
    /// Pastes the clipboard's text at the current cell (see pasteText()).
    void paste();
    /// Pastes `text` at the current cell (the first cell if there is none). @return the number of cells and
    /// labels set; 0 if the paste was refused or cancelled (a refusal is reported through message()).
    long pasteText(const QString& text);

signals:
    /// Why a paste was refused, or what was left out ("only the 2 × 2 cells that fit were pasted").
    void message(const QString& text);

private:
    /// Labels the selected label cells `rows` with the words of `sentence`; a count mismatch is reported.
    long pasteSentence(const QString& sentence, const QRect& rows);

    SessionDocument* m_document{nullptr};
    MatrixModel* m_model{nullptr};
    QTableView* m_view{nullptr};
    QAction* m_copy{nullptr};
    QAction* m_paste{nullptr};
};

} // namespace attn::ui
