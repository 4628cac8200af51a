#pragma once

#include "base/dataexport.h"
#include "document/sessiondocument.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace attn::ui {

class EditorActions;
class FittedLabel;
class MatrixModel;
class TableClipboard;

/// An editable table for one matrix of the session, with its title and shape, buttons to add and remove rows
/// (tokens) and columns (dimensions) where the shape is the user's to choose, "Random" and "Identity" fills,
/// a context menu with Import…, Export as CSV or NumPy, Copy and Paste (see TableClipboard), Fill Selection…,
/// Set d_k… and Label Rows from Text… (see EditorActions; the editor stays
/// uncluttered: File → Import and the title's tooltip point there), and
/// a line that shows why typed or pasted text was refused. The table is virtual (MatrixModel; nothing is created
/// per cell). A teaching-sized table fits its rows to their text and shares its width among the columns; a large
/// one (over 256 rows or 16 columns) has rows one line high and fixed-width columns sized from a sample of its
/// rows, so that nothing is measured row by row.
class LiveComputation;
class ViewState;

class MatrixEditor : public QWidget {
    Q_OBJECT
public:
    MatrixEditor(SessionDocument* document, MatrixRole role, QWidget* parent = nullptr);

    /// Highlights the rows of this table that the cell selected in `view` depends on (its query in Q, its key in
    /// K and V, both in the tokens X of self-attention), following `view` and `computation`. Neither may be null.
    void listenTo(LiveComputation* computation, ViewState* view);

    MatrixRole role() const { return m_role; }
    MatrixModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TableClipboard* clipboard() const { return m_clipboard; }
    /// Fill Selection…, Set d_k…, Label Rows from Text… (see EditorActions).
    EditorActions* actions() const { return m_actions; }
    /// The title above the table ("Values V  3 × 1", or "V  3 × 1" where that does not fit).
    FittedLabel* titleLabel() const { return m_title; }
    /// The last refusal shown under the table (empty when none is shown).
    QString message() const;

    /// The table's matrix and a file name to propose ("keys", "projection_W_Q", …); for token tables also the
    /// token labels (the CSV's first column) and the column headers 1, 2, … (its header row).
    MatrixData data() const;
    /// Asks for a file name and writes the table in `format`; failures are shown naming the path and the reason.
    void exportData(DataFormat format);
    /// A new menu (owned by `parent`) with Import…, Export as CSV…, Export as NumPy (.npy)…, Copy, Paste, Fill
    /// Selection…, Set d_k… (tables with editable columns) and Label Rows from Text… (token tables): the table's
    /// context menu.
    QMenu* createMenu(QWidget* parent);

    /// True for a table with over 256 rows or 16 matrix columns: uniform row heights and sampled column widths.
    bool isLarge() const;

signals:
    /// "Random" was pressed; the window fills the matrix with its current seed.
    void randomizeRequested(attn::ui::MatrixRole role);
    /// "Import…" was chosen; the window asks for a file and shows the import dialog with this table chosen.
    void importRequested(attn::ui::MatrixRole role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTitle();
    /// The table's minimum height: its header and one row.
    void fitMinimumHeight();
    /// The header modes and sizes for the table's size (see isLarge()).
    void updateSizing();
    void showMessage(const QString& message);
    int currentRow() const;
    int currentMatrixColumn() const;

    SessionDocument* m_document{nullptr};
    MatrixRole m_role{MatrixRole::Queries};
    MatrixModel* m_model{nullptr};
    FittedLabel* m_title{nullptr};
    QTableView* m_view{nullptr};
    QLabel* m_message{nullptr};
    QToolButton* m_removeRow{nullptr};
    QToolButton* m_removeColumn{nullptr};
    TableClipboard* m_clipboard{nullptr};
    EditorActions* m_actions{nullptr};
};

} // namespace attn::ui
