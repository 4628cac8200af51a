#include "tables/tableclipboard.h"

#include "io/matrixfile.h"
#include "tables/labeltext.h"
#include "tables/matrixmodel.h"
#include "tables/pasteblock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace attn::ui {

namespace {

enum class GrowAnswer { Grow, Fit, Cancel };

GrowAnswer askToGrow(QWidget* parent, long rows, long columns, long tableRows, long tableColumns)
{
    QMessageBox box(QMessageBox::Question, TableClipboard::tr("Paste"),
                    TableClipboard::tr("Grow the table to fit %1 \u00d7 %2 cells?").arg(rows).arg(columns),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(TableClipboard::tr("From the current cell on, the table has room for %1 \u00d7 %2.")
                               .arg(tableRows)
                               .arg(tableColumns));
    QPushButton* grow = box.addButton(TableClipboard::tr("Grow"), QMessageBox::AcceptRole);
    QPushButton* fit = box.addButton(TableClipboard::tr("Paste What Fits"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(grow);
    box.exec();
    if (box.clickedButton() == grow)
        return GrowAnswer::Grow;
    return box.clickedButton() == fit ? GrowAnswer::Fit : GrowAnswer::Cancel;
}

} // namespace

TableClipboard::TableClipboard(SessionDocument* document, MatrixModel* model, QTableView* view)
    : QObject(view), m_document(document), m_model(model), m_view(view)
{
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected cells as tab-separated text, in full precision"));
    connect(m_copy, &QAction::triggered, this, &TableClipboard::copy);
    m_paste = new QAction(tr("&Paste"), this);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste->setToolTip(tr("Paste tab- or comma-separated cells at the current cell"));
    connect(m_paste, &QAction::triggered, this, &TableClipboard::paste);
    m_view->addAction(m_copy);
    m_view->addAction(m_paste);
}

QRect TableClipboard::selectedBlock() const
{
    QRect block;
    if (const QItemSelectionModel* selection = m_view->selectionModel()) {
        for (const QItemSelectionRange& range : selection->selection())
            block |= QRect(QPoint(range.left(), range.top()), QPoint(range.right(), range.bottom()));
    }
    const QModelIndex current = m_view->currentIndex();
    if (block.isEmpty() && current.isValid())
        block = QRect(current.column(), current.row(), 1, 1);
    return block;
}

QString TableClipboard::selectionText() const
{
    const QRect block = selectedBlock();
    if (block.isEmpty())
        return {};
    const int labelColumns = m_model->labelColumns();
    const int firstColumn = std::max(block.left(), labelColumns);
    attn::Matrix values(block.height(), std::max(0, block.right() - firstColumn + 1));
    std::vector<std::string> labels;
    for (int r = 0; r < block.height(); ++r) {
        const int row = block.top() + r;
        if (block.left() < labelColumns)
            labels.push_back(m_document->label(m_model->role(), row).toStdString());
        for (int c = 0; c < values.cols(); ++c)
            values(r, c) = m_document->entry(m_model->role(), row, m_model->matrixColumn(firstColumn + c));
    }
    if (values.cols() > 0)
        return QString::fromUtf8(attn::io::toDelimited(values, labels, {}, '\t'));
    // Only labels: each quoted as toDelimited quotes it, without the empty cell it would write after it.
    QByteArray text;
    for (const std::string& label : labels) {
        const QByteArray line = attn::io::toDelimited(attn::Matrix(1, 0), {label}, {}, '\t');
        text += line.chopped(2) + '\n'; // "<label>\t\n"
    }
    return QString::fromUtf8(text);
}

void TableClipboard::copy()
{
    const QString text = selectionText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TableClipboard::paste()
{
    pasteText(QApplication::clipboard()->text());
}

long TableClipboard::pasteText(const QString& text)
{
    const QModelIndex current = m_view->currentIndex();
    const QRect selected = selectedBlock();
    const QString line = text.trimmed();
    if (selected.height() > 1 && selected.right() < m_model->labelColumns() && current.isValid() &&
        (m_model->flags(current) & Qt::ItemIsEditable) && !line.contains(u'\n') && !line.contains(u'\t'))
        return pasteSentence(line, selected);
    const int row = current.isValid() ? current.row() : 0;
    const int column = current.isValid() ? current.column() : m_model->labelColumns();
    const bool atLabels = column < m_model->labelColumns();
    const PasteBlock block = PasteBlock::parse(text, atLabels);
    if (!block.error.isEmpty()) {
        emit message(block.error);
        return 0;
    }
    if (block.values.cols() == 0) { // lines of labels, no numbers: a block pastes rows of numbers
        //: A block of several lines pasted onto a label cell, with no numbers beside the labels.
        emit message(tr("Nothing was pasted: the lines hold labels without numbers. To label several rows, select "
                        "their labels and paste the words on one line, or use Label Rows from Text "
                        "(Ctrl+Shift+L)."));
        return 0;
    }
    const MatrixRole role = m_model->role();
    const int matrixColumn = atLabels ? 0 : m_model->matrixColumn(column);
    // The values table shows the keys' labels without editing them: pasted labels are left out there.
    const bool labelsEditable = atLabels && (m_model->flags(current) & Qt::ItemIsEditable);
    const long tableRows = m_document->rows(role) - row;
    const long tableColumns = m_document->columns(role) - matrixColumn;
    const long rows = block.values.rows();
    const long columns = block.values.cols();
    const bool tooTall = rows > tableRows;
    const bool tooWide = columns > tableColumns;
    const bool canGrow = (tooTall && SessionDocument::hasEditableRows(role)) ||
                         (tooWide && SessionDocument::hasEditableColumns(role));
    bool grow = false;
    if (canGrow) {
        const GrowAnswer answer =
            askToGrow(m_view, rows, block.pastedColumns, tableRows, tableColumns + (atLabels ? 1 : 0));
        if (answer == GrowAnswer::Cancel)
            return 0;
        grow = answer == GrowAnswer::Grow;
    }
    const long set = m_document->pasteBlock(role, row, matrixColumn, block.values,
                                            labelsEditable ? block.labels : std::vector<std::string>{}, grow);
    const long keptRows = std::min(rows, m_document->rows(role) - row);
    const long keptColumns = std::min(columns, m_document->columns(role) - matrixColumn);
    if (set > 0 && (keptRows < rows || keptColumns < columns))
        emit message(tr("Only the %1 \u00d7 %2 cells that fit were pasted (of %3 \u00d7 %4).")
                         .arg(keptRows)
                         .arg(keptColumns)
                         .arg(rows)
                         .arg(columns));
    // The table may have been reset (a new shape): keep the current cell, and select what was pasted.
    m_view->setCurrentIndex(m_model->index(row, column));
    const int lastRow = row + static_cast<int>(keptRows) - 1;
    const int lastColumn = column + static_cast<int>(keptColumns) + (atLabels ? 1 : 0) - 1;
    if (set > 0 && lastRow >= row && lastColumn >= column)
        m_view->selectionModel()->select(
            QItemSelection(m_model->index(row, column), m_model->index(lastRow, lastColumn)),
            QItemSelectionModel::ClearAndSelect);
    return set;
}

long TableClipboard::pasteSentence(const QString& sentence, const QRect& rows)
{
    const QStringList words = splitLabels(sentence, LabelSplit::Words);
    if (words.isEmpty()) {
        emit message(tr("The pasted text holds no words to label the rows with."));
        return 0;
    }
    const long count = std::min<long>(words.size(), rows.height());
    const long labelled = m_document->setRowLabels(m_model->role(), rows.top(), words.mid(0, count), false);
    if (words.size() != rows.height())
        emit message(words.size() == 1
                         ? tr("1 word for %1 selected rows: the first row was labelled.").arg(rows.height())
                         : tr("%1 words for %2 selected rows: the first %3 rows were labelled.")
                               .arg(words.size())
                               .arg(rows.height())
                               .arg(count));
    return labelled;
}

} // namespace attn::ui
