#pragma once

#include "attn/matrix.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace attn::ui {

/// A block of cells pasted into a table: spreadsheet text split into rows (lines) and cells (tab-separated, or
/// comma-separated when the text has no tab; cells may be quoted with "…" as spreadsheets do for cells that hold
/// a tab, a line break or a quote). Every number uses '.' as the decimal point.
struct PasteBlock {
    Q_DECLARE_TR_FUNCTIONS(PasteBlock)

public:
    attn::Matrix values;             ///< rows × columns: the numbers (after the label column, if any).
    std::vector<std::string> labels; ///< With a label column: its cells, one per row; otherwise empty.
    long pastedColumns{0};           ///< The cells per row of the clipboard block (labels included).
    QString error;                   ///< Why the text cannot be pasted; empty if it can.

    /// Splits `text` into a block. With `firstColumnIsLabels` the first cell of each row is a token label (it
    /// must not be blank); every other cell must be a finite number. A trailing line break is ignored.
    /// On failure `error` names the row and column of the clipboard block and the fault, e.g. "Row 2, column 3
    /// of the pasted cells: “abc” is not a number; nothing was pasted." (rows and columns counted from 1), or
    /// says that rows have different numbers of cells or that the text holds no cells.
    static PasteBlock parse(const QString& text, bool firstColumnIsLabels);
};

} // namespace attn::ui
