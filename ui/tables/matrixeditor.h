#pragma once

#include "document/sessiondocument.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace attn::ui {

class MatrixModel;

/// An editable table for one matrix of the session, with its title and shape, buttons to add and remove rows
/// (tokens) and columns (dimensions) where the shape is the user's to choose, "Random" and "Identity" fills,
/// and a line that shows why typed text was refused.
class MatrixEditor : public QWidget {
    Q_OBJECT
public:
    MatrixEditor(SessionDocument* document, MatrixRole role, QWidget* parent = nullptr);

    MatrixRole role() const { return m_role; }
    MatrixModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The last refusal shown under the table (empty when none is shown).
    QString message() const;

signals:
    /// "Random" was pressed; the window fills the matrix with its current seed.
    void randomizeRequested(attn::ui::MatrixRole role);

private:
    void updateTitle();
    void showMessage(const QString& message);
    int currentRow() const;
    int currentMatrixColumn() const;

    SessionDocument* m_document{nullptr};
    MatrixRole m_role{MatrixRole::Queries};
    MatrixModel* m_model{nullptr};
    QLabel* m_title{nullptr};
    QTableView* m_view{nullptr};
    QLabel* m_message{nullptr};
    QToolButton* m_removeRow{nullptr};
    QToolButton* m_removeColumn{nullptr};
};

} // namespace attn::ui
