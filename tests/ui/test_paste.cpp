// Copy and paste in the tables: spreadsheet text split by hand-stated rules, the clipboard text of a copied block,
// pastes that fit, grow or are refused, each one undo step.
#include "filetestsupport.h"

#include "document/sessiondocument.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "tables/pasteblock.h"
#include "tables/tableclipboard.h"
#include "window/mainwindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using attn::ui::MainWindow;
using attn::ui::MatrixEditor;
using attn::ui::PasteBlock;

namespace {

/// Two queries and three keys with d_k = 2, values 3 × 1, dot scoring.
attn::Session small()
{
    attn::Session session;
    session.queries = attn::Matrix{{1.0, 2.0}, {3.0, 4.0}};
    session.keys = attn::Matrix{{1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}};
    session.values = attn::Matrix{{1.0}, {2.0}, {3.0}};
    session.query_labels = {"a", "b"};
    session.key_labels = {"k1", "k2", "k3"};
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    return session;
}

void setCurrent(MatrixEditor* editor, int row, int column)
{
    editor->view()->setCurrentIndex(editor->model()->index(row, column));
}

/// Puts `text` on the clipboard and triggers the editor's Paste action (as Ctrl+V or the context menu does).
void pasteFromClipboard(MatrixEditor* editor, const QString& text)
{
    QApplication::clipboard()->setText(text);
    editor->clipboard()->pasteAction()->trigger();
}

} // namespace

TEST(PasteBlock, SplitsTabsCommasQuotesAndLineEnds)
{
    const PasteBlock tabs = PasteBlock::parse(QStringLiteral("1\t2.5\n-3\t4e-2\n"), false);
    ASSERT_TRUE(tabs.error.isEmpty()) << tabs.error.toStdString();
    EXPECT_EQ(tabs.values, (attn::Matrix{{1.0, 2.5}, {-3.0, 0.04}}));
    EXPECT_EQ(tabs.pastedColumns, 2);

    const PasteBlock commas = PasteBlock::parse(QStringLiteral("1,2,3\r\n4,5,6\r\n\r\n"), false);
    ASSERT_TRUE(commas.error.isEmpty()) << commas.error.toStdString();
    EXPECT_EQ(commas.values, (attn::Matrix{{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}}));

    // A spreadsheet quotes a cell that holds a tab or a quote; "" inside is one quote.
    const PasteBlock quoted = PasteBlock::parse(QStringLiteral("\"the\tcat\"\t1\n\"say \"\"hi\"\"\"\t2"), true);
    ASSERT_TRUE(quoted.error.isEmpty()) << quoted.error.toStdString();
    EXPECT_EQ(quoted.labels, (std::vector<std::string>{"the\tcat", "say \"hi\""}));
    EXPECT_EQ(quoted.values, (attn::Matrix{{1.0}, {2.0}}));
    EXPECT_EQ(quoted.pastedColumns, 2);

    const PasteBlock single = PasteBlock::parse(QStringLiteral("5.6e-08"), false);
    EXPECT_EQ(single.values, (attn::Matrix{{5.6e-08}}));
}

TEST(PasteBlock, RefusesNamingTheRowAndColumnOfTheBlock)
{
    EXPECT_EQ(PasteBlock::parse(QStringLiteral("1\t2\t3\n4\t5\tabc\n"), false).error,
              QStringLiteral("Row 2, column 3 of the pasted cells: \u201cabc\u201d is not a number; nothing was "
                             "pasted."));
    EXPECT_EQ(PasteBlock::parse(QStringLiteral("1\t2\n3\n"), false).error,
              QStringLiteral("Row 2 of the pasted cells has 1 cells, row 1 has 2; nothing was pasted."));
    EXPECT_EQ(PasteBlock::parse(QStringLiteral("1,5\t2"), false).error,
              QStringLiteral("Row 1, column 1 of the pasted cells: \u201c1,5\u201d is not a number; nothing was "
                             "pasted."));
    EXPECT_EQ(PasteBlock::parse(QStringLiteral("\t1"), true).error,
              QStringLiteral("Row 1, column 1 of the pasted cells: a token label cannot be empty; nothing was "
                             "pasted."));
    EXPECT_EQ(PasteBlock::parse(QStringLiteral("1\tnan"), false).error,
              QStringLiteral("Row 1, column 2 of the pasted cells: \u201cnan\u201d is not a number; nothing was "
                             "pasted."));
    EXPECT_EQ(PasteBlock::parse(QString(), false).error, QStringLiteral("The clipboard holds no cells to paste."));
    // A number beyond a double's range (largest about 1.8e308) is out of range, not "not a number".
    EXPECT_EQ(
        PasteBlock::parse(QStringLiteral("1\t2\n3\t1e400"), false).error,
        QStringLiteral("Row 2, column 2 of the pasted cells: \u201c1e400\u201d is out of range (the largest "
                       "number is about 1.8e308, the smallest above 0 about 4.9e-324); nothing was pasted."));
}

TEST(TableCopy, PutsTheSelectedBlockInFullPrecision)
{
    MainWindow w;
    attn::Session session = small();
    session.queries(1, 1) = 0.1 + 0.2; // 0.30000000000000004: 17 significant digits to read back exactly
    session.queries(0, 1) = 5.6e-08;
    w.loadSession(session);
    MatrixEditor* editor = w.queriesEditor();
    auto* model = editor->model();
    editor->view()->selectionModel()->select(QItemSelection(model->index(0, 1), model->index(1, 2)),
                                             QItemSelectionModel::ClearAndSelect);
    editor->clipboard()->copyAction()->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("1\t5.6e-08\n3\t0.30000000000000004\n"));

    // With the label column: the token labels come first.
    editor->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 1)),
                                             QItemSelectionModel::ClearAndSelect);
    editor->clipboard()->copy();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("a\t1\nb\t3\n"));

    // Only the labels.
    editor->view()->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(1, 0)),
                                             QItemSelectionModel::ClearAndSelect);
    editor->clipboard()->copy();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("a\nb\n"));
}

TEST(TablePaste, ABlockThatFitsIsOneUndoStep)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.keysEditor();
    QUndoStack* stack = w.document()->undoStack();
    const int steps = stack->count();
    setCurrent(editor, 1, 1); // key row 2, dimension 1
    pasteFromClipboard(editor, QStringLiteral("7\t8\n9\t10\n"));
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 0.0}, {7.0, 8.0}, {9.0, 10.0}}));
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_TRUE(editor->message().isEmpty()) << editor->message().toStdString();
    stack->undo();
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}));
}

TEST(TablePaste, CtrlVPastesAtTheCurrentCell)
{
    MainWindow w;
    w.loadSession(small());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    MatrixEditor* editor = w.queriesEditor();
    setCurrent(editor, 0, 2);
    editor->view()->setFocus();
    QApplication::clipboard()->setText(QStringLiteral("-1.5"));
    QTest::keySequence(editor->view(), QKeySequence::Paste);
    EXPECT_EQ(w.document()->session().queries(0, 1), -1.5);
}

TEST(TablePaste, ABlockLargerThanTheTableAsksToGrow)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.queriesEditor();
    setCurrent(editor, 1, 2); // the last cell of the 2 × 2 queries
    QString asked;
    filetest::answerNextMessage(QStringLiteral("Grow"), &asked);
    pasteFromClipboard(editor, QStringLiteral("1\t2\n3\t4"));
    EXPECT_EQ(asked, QStringLiteral("Grow the table to fit 2 \u00d7 2 cells?"));
    const attn::Session& s = w.document()->session();
    ASSERT_EQ(s.queries.rows(), 3);
    ASSERT_EQ(s.queries.cols(), 3);
    EXPECT_EQ(s.queries(1, 1), 1.0);
    EXPECT_EQ(s.queries(1, 2), 2.0);
    EXPECT_EQ(s.queries(2, 1), 3.0);
    EXPECT_EQ(s.queries(2, 2), 4.0);
    EXPECT_EQ(s.queries(0, 0), 1.0);
    EXPECT_EQ(s.keys.cols(), 3); // queries and keys share d_k
}

TEST(TablePaste, PasteWhatFitsAndCancel)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.queriesEditor();
    setCurrent(editor, 1, 2);
    QString asked;
    filetest::answerNextMessage(QStringLiteral("Paste What Fits"), &asked);
    pasteFromClipboard(editor, QStringLiteral("1\t2\n3\t4"));
    EXPECT_EQ(w.document()->session().queries, (attn::Matrix{{1.0, 2.0}, {3.0, 1.0}}));
    EXPECT_EQ(editor->message(),
              QStringLiteral("Only the 1 \u00d7 1 cells that fit were pasted (of 2 \u00d7 2)."));

    const int steps = w.document()->undoStack()->count();
    filetest::answerNextMessage(QStringLiteral("Cancel"), &asked);
    pasteFromClipboard(editor, QStringLiteral("5\t6\n7\t8"));
    EXPECT_EQ(w.document()->session().queries, (attn::Matrix{{1.0, 2.0}, {3.0, 1.0}}));
    EXPECT_EQ(w.document()->undoStack()->count(), steps);
}

TEST(TablePaste, ANonNumberRefusesTheWholePaste)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.keysEditor();
    setCurrent(editor, 0, 1);
    pasteFromClipboard(editor, QStringLiteral("1\t2\n3\tx"));
    EXPECT_EQ(
        editor->message(),
        QStringLiteral("Row 2, column 2 of the pasted cells: \u201cx\u201d is not a number; nothing was pasted."));
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}));
    EXPECT_FALSE(w.isWindowModified());
}

TEST(TablePaste, AQuotedCellWithLineBreaksIsQuotedOnOneLine)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.keysEditor();
    setCurrent(editor, 0, 1);
    // A spreadsheet cell holding "3", a line break, "4" and 40 more characters: quoted, so one cell.
    pasteFromClipboard(editor, QStringLiteral("1\t\"3\n4 five six seven eight nine ten eleven twelve\"\n"));
    EXPECT_EQ(editor->message(),
              QStringLiteral("Row 1, column 2 of the pasted cells: “3⏎4 five six seven eight nine ten eleven…” "
                             "is not a number; nothing was pasted."));
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}));
}

TEST(TablePaste, StartingAtTheLabelColumnSetsLabels)
{
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.keysEditor();
    setCurrent(editor, 1, 0);
    pasteFromClipboard(editor, QStringLiteral("cat\t5\t6\nsat\t7\t8\n"));
    const attn::Session& s = w.document()->session();
    EXPECT_EQ(s.key_labels, (std::vector<std::string>{"k1", "cat", "sat"}));
    EXPECT_EQ(s.keys, (attn::Matrix{{1.0, 0.0}, {5.0, 6.0}, {7.0, 8.0}}));
    auto* values = w.valuesEditor()->model();
    EXPECT_EQ(values->data(values->index(2, 0)).toString(), QStringLiteral("sat")); // values follow their keys
}

TEST(TablePaste, ATableThatCannotGrowTakesWhatFitsWithoutAsking)
{
    MainWindow w;
    attn::Session session = small();
    session.scoring = attn::Scoring(attn::ScoringFunction::General);
    session.scoring.W = attn::Matrix::Identity(2, 2);
    w.loadSession(session);
    MatrixEditor* editor = w.editor(attn::ui::MatrixRole::GeneralW);
    setCurrent(editor, 1, 1);
    pasteFromClipboard(editor, QStringLiteral("5\t6\n7\t8"));
    EXPECT_EQ(w.document()->session().scoring.W, (attn::Matrix{{1.0, 0.0}, {0.0, 5.0}}));
    EXPECT_EQ(editor->message(),
              QStringLiteral("Only the 1 \u00d7 1 cells that fit were pasted (of 2 \u00d7 2)."));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

namespace {

/// Opens the cell editor of `editor`'s cell (`row`, `column`) by a double-click, as a person does; returns it.
QLineEdit* openCellEditor(MatrixEditor* editor, int row, int column)
{
    QTableView* view = editor->view();
    const QModelIndex index = editor->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return qobject_cast<QLineEdit*>(view->indexWidget(index));
}

} // namespace

TEST(TablePaste, ABlockPastedIntoAnOpenCellEditorPastesAsABlockFromThatCell)
{
    MainWindow w;
    w.loadSession(small());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    MatrixEditor* editor = w.queriesEditor();
    QUndoStack* stack = w.document()->undoStack();
    const int steps = stack->count();
    QLineEdit* cell = openCellEditor(editor, 0, 1); // query a, dimension 1
    ASSERT_NE(cell, nullptr);
    QApplication::clipboard()->setText(QStringLiteral("5\t6\n7\t8\n"));
    QTest::keySequence(cell, QKeySequence::Paste);
    // As Paste on the selected cell: the 2 × 2 block from query a, dimension 1 on, one undo step; the editor that
    // was open is closed without taking the text.
    EXPECT_FALSE(cell->isVisible());
    EXPECT_EQ(w.document()->session().queries, (attn::Matrix{{5.0, 6.0}, {7.0, 8.0}}));
    EXPECT_EQ(stack->count(), steps + 1);
    EXPECT_TRUE(editor->message().isEmpty()) << editor->message().toStdString();
    if (QWidget* open = editor->view()->indexWidget(editor->model()->index(0, 1)))
        QTest::keyClick(open, Qt::Key_Escape); // as after Ctrl+V on the selected cell, its editor may be open

    // Text without a tab or line break goes into the editor, as typing does.
    cell = openCellEditor(editor, 1, 2);
    ASSERT_NE(cell, nullptr);
    cell->selectAll();
    QApplication::clipboard()->setText(QStringLiteral("-2.5"));
    QTest::keySequence(cell, QKeySequence::Paste);
    EXPECT_TRUE(cell->isVisible());
    EXPECT_EQ(cell->text(), QStringLiteral("-2.5"));
    EXPECT_EQ(w.document()->session().queries(1, 1), 8.0); // not yet committed
    QTest::keyClick(cell, Qt::Key_Escape);
}

TEST(TablePaste, LinesOfLabelsWithoutNumbersAreRefusedWithAMessage)
{
    // A breaker's review: "x⏎y" pasted into an open label editor (or onto a label cell) closed it, changed
    // nothing and said nothing; three lines at the last row asked to grow the table first, then did nothing.
    MainWindow w;
    w.loadSession(small());
    MatrixEditor* editor = w.keysEditor();
    setCurrent(editor, 0, 0);
    pasteFromClipboard(editor, QStringLiteral("x\ny"));
    EXPECT_TRUE(editor->message().startsWith(QStringLiteral("Nothing was pasted: the lines hold labels without "
                                                            "numbers.")))
        << editor->message().toStdString();
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}));
    EXPECT_EQ(w.document()->label(attn::ui::MatrixRole::Keys, 0), QStringLiteral("k1"));
    EXPECT_FALSE(w.isWindowModified());
    // Labels with their numbers still paste.
    setCurrent(editor, 0, 0);
    pasteFromClipboard(editor, QStringLiteral("p\t5\t6\nq\t7\t8"));
    EXPECT_EQ(w.document()->label(attn::ui::MatrixRole::Keys, 1), QStringLiteral("q"));
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{5.0, 6.0}, {7.0, 8.0}, {1.0, 1.0}}));
}
