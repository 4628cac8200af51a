#include "tables/pasteblock.h"

#include "io/matrixfile.h"
#include "tables/echotext.h"
#include "tables/matrixmodel.h"

#include <QList>
#include <QStringList>

namespace attn::ui {

namespace {

/// Splits spreadsheet text into rows of cells. A cell that starts with '"' runs to the closing quote ("" inside
/// it is one quote) and may hold delimiters and line breaks.
QList<QStringList> splitCells(const QString& text, QChar delimiter)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (c == delimiter) {
            row << cell;
            cell.clear();
            cellStart = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += c;
            cellStart = false;
        }
    }
    if (!cellStart || !cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace

PasteBlock PasteBlock::parse(const QString& text, bool firstColumnIsLabels)
{
    PasteBlock block;
    const QChar delimiter = text.contains(u'\t') ? u'\t' : u',';
    QList<QStringList> rows = splitCells(text, delimiter);
    while (rows.size() > 1 && rows.back().size() == 1 && rows.back().front().trimmed().isEmpty())
        rows.removeLast(); // blank lines after the block
    if (rows.isEmpty() ||
        (rows.size() == 1 && rows.front().size() == 1 && rows.front().front().trimmed().isEmpty())) {
        block.error = tr("The clipboard holds no cells to paste.");
        return block;
    }
    const qsizetype width = rows.front().size();
    if (rows.size() > attn::io::kMaxMatrixSide || width > attn::io::kMaxMatrixSide) {
        block.error = tr("The pasted block has %1 \u00d7 %2 cells; a table has at most %3 rows and columns.")
                          .arg(rows.size())
                          .arg(width)
                          .arg(attn::io::kMaxMatrixSide);
        return block;
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (rows[r].size() != width) {
            block.error = tr("Row %1 of the pasted cells has %2 cells, row 1 has %3; nothing was pasted.")
                              .arg(r + 1)
                              .arg(rows[r].size())
                              .arg(width);
            return block;
        }
    }
    const int labelColumns = firstColumnIsLabels ? 1 : 0;
    block.pastedColumns = width;
    block.values.resize(rows.size(), width - labelColumns);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < width; ++c) {
            const QString& cell = rows[r][c];
            if (c < labelColumns) {
                if (cell.trimmed().isEmpty()) {
                    block.error =
                        tr("Row %1, column %2 of the pasted cells: a token label cannot be empty; nothing "
                           "was pasted.")
                            .arg(r + 1)
                            .arg(c + 1);
                    return block;
                }
                block.labels.push_back(cell.trimmed().toStdString());
                continue;
            }
            const std::optional<double> number = parseEntry(cell);
            if (!number) {
                block.error =
                    tr("Row %1, column %2 of the pasted cells: %3; nothing was pasted.")
                        .arg(r + 1)
                        .arg(c + 1)
                        .arg(entryFault(cell));
                return block;
            }
            block.values(r, c - labelColumns) = *number;
        }
    }
    return block;
}

} // namespace attn::ui
