#pragma once

#include "document/undoids.h"
#include "edits/matrixrole.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace attn::ui {

class SessionDocument;

/// Undo step of one cell edit: remembers the other value of the cell and swaps it in on undo and redo, so that
/// the document emits cellChanged() (one repainted cell, no table reset). A continuous edit (a dragged cell)
/// merges with the next continuous edit of the same cell in the same step (SessionDocument::finishStep()).
/// A one-dimensional query or key whose label reads its value ("62 cm" for 62, labelForNewValue()) is renamed
/// with it ("65.5 cm") in the same step, so that no label, title or explanation quotes a stale value.
class SetCellCommand : public QUndoCommand {
public:
    SetCellCommand(SessionDocument* document, MatrixRole role, int row, int column, double value, bool continuous,
                   const QString& text);

    void undo() override { swap(); }
    void redo() override { swap(); }
    int id() const override { return undoId(m_continuous ? UndoMergeId::ContinuousCell : UndoMergeId::NoMerge); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void swap();

    SessionDocument* m_document{nullptr};
    MatrixRole m_role{MatrixRole::Queries};
    int m_row{0};
    int m_column{0};
    double m_value{0.0}; ///< The value to swap in next: the new one before redo(), the old one after it.
    bool m_continuous{false};
    int m_serial{0};
    bool m_relabels{false}; ///< The label follows the value: the label lists below are swapped too.
    std::vector<std::string> m_queryLabels;
    std::vector<std::string> m_keyLabels;
};

} // namespace attn::ui
