// Building an example in the window quickly: set d_k for Q and K together, fill selected cells, label the rows
// from a sentence, titles on one line, example descriptions in full. Expected numbers are the seed's and hand
// calculations (seed 000, DOMAIN.md worked example 2), never the program's own output.
#include "dialoganswers.h"

#include "attn/evaluation.h"
#include "base/language.h"
#include "compute/livecomputation.h"
#include "document/sessiondocument.h"
#include "io/examples.h"
#include "tables/columnsdialog.h"
#include "tables/editoractions.h"
#include "base/fittedlabel.h"
#include "tables/labelrowsdialog.h"
#include "tables/labeltext.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "tables/tableclipboard.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using attn::ui::ColumnsDialog;
using attn::ui::LabelRowsDialog;
using attn::ui::LabelSplit;
using attn::ui::MainWindow;
using attn::ui::MatrixEditor;
using attn::ui::MatrixRole;
using attn::ui::splitLabels;

namespace {

/// Answers the next Set d_k dialog with `columns` and new entries `fill`.
[[nodiscard]] dialoganswers::Guard answerColumns(int columns, const QString& fill)
{
    dialoganswers::Guard guard = std::make_unique<QObject>();
    dialoganswers::whenModalOpens<ColumnsDialog>(guard.get(), [columns, fill](ColumnsDialog* dialog) {
        dialog->columnsBox()->setValue(columns);
        dialog->fillField()->setText(fill);
        dialog->accept();
    });
    return guard;
}

/// Answers the next Fill Selection question with `text`.
[[nodiscard]] dialoganswers::Guard answerFill(const QString& text)
{
    dialoganswers::Guard guard = std::make_unique<QObject>();
    dialoganswers::whenModalOpens<QInputDialog>(guard.get(), [text](QInputDialog* dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
    return guard;
}

/// Types `text` into the next Label Rows dialog and clicks Resize (`resize`) or the apply button; stores the
/// count message in `*message` (if given), which must outlive the guard.
[[nodiscard]] dialoganswers::Guard answerLabels(const QString& text, bool resize, QString* message = nullptr)
{
    dialoganswers::Guard guard = std::make_unique<QObject>();
    dialoganswers::whenModalOpens<LabelRowsDialog>(guard.get(), [text, resize, message](LabelRowsDialog* d) {
        d->textField()->insert(text); // as typed or pasted (keyClicks takes Latin-1 only)
        if (message)
            *message = d->countMessage();
        (resize ? d->resizeButton() : d->applyButton())->click();
    });
    return guard;
}

/// Selects the cells (top, left) … (bottom, right) of the table (model columns), as a drag or a header click
/// does, with the current cell at the top left.
void selectBlock(MatrixEditor* editor, int top, int left, int bottom, int right)
{
    const QAbstractItemModel* model = editor->model();
    editor->view()->setCurrentIndex(model->index(top, left));
    editor->view()->selectionModel()->select(QItemSelection(model->index(top, left), model->index(bottom, right)),
                                             QItemSelectionModel::ClearAndSelect);
}

/// Selects row `row` of the table (its label and every number).
void selectRow(MatrixEditor* editor, int row)
{
    selectBlock(editor, row, 0, row, editor->model()->columnCount() - 1);
}

std::vector<std::string> labelsOf(const MainWindow& w, MatrixRole role)
{
    std::vector<std::string> labels;
    for (long r = 0; r < w.document()->rows(role); ++r)
        labels.push_back(w.document()->label(role, static_cast<int>(r)).toStdString());
    return labels;
}

} // namespace

TEST(LabelText, SplitsWordsChineseCharactersAndSeparators)
{
    EXPECT_EQ(splitLabels(u"the cat sat on the mat"_s, LabelSplit::Words),
              (QStringList{u"the"_s, u"cat"_s, u"sat"_s, u"on"_s, u"the"_s, u"mat"_s}));
    EXPECT_EQ(splitLabels(u"  Thinking\tMachines \n"_s, LabelSplit::Words),
              (QStringList{u"Thinking"_s, u"Machines"_s}));
    // Chinese has no spaces: one label per character; a Latin word inside stays whole.
    EXPECT_EQ(splitLabels(u"我爱北京"_s, LabelSplit::Words), (QStringList{u"我"_s, u"爱"_s, u"北"_s, u"京"_s}));
    EXPECT_EQ(splitLabels(u"attention机制"_s, LabelSplit::Words),
              (QStringList{u"attention"_s, u"机"_s, u"制"_s}));
    EXPECT_EQ(splitLabels(u"ab 你"_s, LabelSplit::Characters), (QStringList{u"a"_s, u"b"_s, u"你"_s}));
    EXPECT_EQ(splitLabels(u"New York | Paris ||"_s, LabelSplit::Separator, u"|"_s),
              (QStringList{u"New York"_s, u"Paris"_s}));
    EXPECT_TRUE(splitLabels(u"  \t "_s, LabelSplit::Words).isEmpty());
}

TEST(Editing, SeedZeroIsBuiltWithTheTableActions)
{
    // Seed 000: q₁·k₁ = 112, q₁·k₂ = 96 with d_k = 64, scaled by √64 = 8 to 14 and 12. Built here as
    // q₁ = (1, …, 1), k₁ = (1.75, …, 1.75), k₂ = (1.5, …, 1.5): 64 × 1.75 = 112, 64 × 1.5 = 96.
    MainWindow w;
    w.show();
    w.activateWindow(); // the tables' shortcuts work in the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    ASSERT_TRUE(w.fileActions()->newSession()); // 2 queries, 3 keys, d_k = d_v = 2, zeros, scaled dot
    MatrixEditor* q = w.queriesEditor();
    MatrixEditor* k = w.keysEditor();
    MatrixEditor* v = w.valuesEditor();

    {
        auto guard = answerLabels(u"Thinking Machines"_s, false);
        q->actions()->labelAction()->trigger();
    }
    QString mismatch;
    {
        auto guard = answerLabels(u"Thinking Machines"_s, true, &mismatch); // 2 labels for 3 keys: resize
        k->actions()->labelAction()->trigger();
    }
    EXPECT_EQ(mismatch, u"2 labels for 3 rows."_s);
    EXPECT_EQ(labelsOf(w, MatrixRole::Queries), (std::vector<std::string>{"Thinking", "Machines"}));
    EXPECT_EQ(labelsOf(w, MatrixRole::Keys), (std::vector<std::string>{"Thinking", "Machines"}));
    EXPECT_EQ(w.document()->rows(MatrixRole::Values), 2); // a key's value row goes with it

    {
        auto guard = answerColumns(64, u"0"_s);
        q->actions()->columnsAction()->trigger();
    }
    EXPECT_EQ(w.document()->columns(MatrixRole::Queries), 64);
    EXPECT_EQ(w.document()->columns(MatrixRole::Keys), 64); // Q and K share d_k
    EXPECT_EQ(w.document()->columns(MatrixRole::Values), 2);
    EXPECT_EQ(q->model()->columnCount(), 65); // the label column and 64 numbers

    // Fill Selection: by its shortcut in the table that has the focus, then from the table's menu.
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    q->view()->setFocus();
    selectRow(q, 0);
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    {
        auto guard = answerFill(u"1"_s);
        QTest::keySequence(QApplication::focusWidget(), q->actions()->fillAction()->shortcut());
    }
    const auto fillRow = [](MatrixEditor* editor, int row, const QString& text) {
        selectRow(editor, row);
        auto guard = answerFill(text);
        editor->actions()->fillAction()->trigger();
    };
    fillRow(k, 0, u"1.75"_s);
    fillRow(k, 1, u"1.5"_s);
    EXPECT_EQ(attn::Matrix(w.document()->session().queries.row(0)), attn::Matrix::Constant(1, 64, 1.0));
    EXPECT_EQ(attn::Matrix(w.document()->session().queries.row(1)), attn::Matrix::Zero(1, 64));
    EXPECT_EQ(attn::Matrix(w.document()->session().keys.row(1)), attn::Matrix::Constant(1, 64, 1.5));

    // Values typed into the cells (the text a cell's editor commits).
    ASSERT_TRUE(v->model()->setData(v->model()->index(0, 1), u"1"_s));
    ASSERT_TRUE(v->model()->setData(v->model()->index(1, 2), u" 1.0 "_s));
    EXPECT_EQ(w.document()->session().values, (attn::Matrix{{1.0, 0.0}, {0.0, 1.0}}));

    const attn::Computation* c = w.computation()->result().computation.get();
    ASSERT_NE(c, nullptr) << w.computation()->result().error.toStdString();
    EXPECT_DOUBLE_EQ(c->trace.raw_scores(0, 0), 112.0);
    EXPECT_DOUBLE_EQ(c->trace.raw_scores(0, 1), 96.0);
    EXPECT_DOUBLE_EQ(c->trace.scores(0, 0), 14.0);
    EXPECT_DOUBLE_EQ(c->trace.scores(0, 1), 12.0);
    // DOMAIN.md worked example 2: softmax(14, 12).
    EXPECT_NEAR(c->trace.weights(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(c->trace.weights(0, 1), 0.11920292202211755, 1e-15);
    EXPECT_NEAR(c->outputs(0, 0), 0.8807970779778823, 1e-15); // V = I: the output is the weights
}

TEST(Editing, FillIsOneUndoStepAndUndoRestores)
{
    MainWindow w;
    attn::Session s = attn::ui::SessionDocument::untitledSession();
    s.keys = attn::Matrix{{1.0, 2.0}, {3.0, 4.0}, {5.0, 6.0}};
    w.loadSession(s);
    MatrixEditor* k = w.keysEditor();
    // Column 2 of the keys (matrix column 1).
    selectBlock(k, 0, 2, 2, 2);
    const int steps = w.document()->undoStack()->count();
    {
        auto guard = answerFill(u"-0.5"_s);
        EXPECT_EQ(k->actions()->fillSelection(), 3);
    }
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, -0.5}, {3.0, -0.5}, {5.0, -0.5}}));
    EXPECT_EQ(w.document()->undoStack()->count(), steps + 1);
    EXPECT_EQ(w.undoAction()->text(), u"&Undo Fill 3 cells of Keys with -0.5"_s);
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0, 2.0}, {3.0, 4.0}, {5.0, 6.0}}));

    // Bad input is named and changes nothing.
    selectBlock(k, 0, 2, 2, 2);
    EXPECT_EQ(k->actions()->fillSelectionWith(u"1,5"_s), 0);
    EXPECT_EQ(k->message(),
              u"Fill: \u201c1,5\u201d is not a number (write it with '.' as decimal point, e.g. 1.75); nothing was "
              u"filled."_s);
    EXPECT_EQ(k->actions()->fillSelectionWith(u"1e400"_s), 0);
    EXPECT_EQ(k->message(), u"Fill: \u201c1e400\u201d is out of range (the largest number is about 1.8e308, the "
                            u"smallest above 0 about 4.9e-324); nothing was filled."_s);
    EXPECT_EQ(w.document()->undoStack()->index(), steps);
}

TEST(Editing, ColumnsDialogRefusesAFillThatIsNotANumberAndShrinkingIsUndoable)
{
    ColumnsDialog dialog(u"d_k"_s, u"Queries and Keys"_s, 2);
    dialog.fillField()->setText(u"abc"_s);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected); // still open
    EXPECT_TRUE(dialog.error().contains(u"\u201cabc\u201d is not a number"_s)) << dialog.error().toStdString();

    MainWindow w;
    attn::Session s = attn::ui::SessionDocument::untitledSession();
    s.queries = attn::Matrix{{1.0, 2.0, 3.0}, {4.0, 5.0, 6.0}};
    s.keys = attn::Matrix{{1.0, 1.0, 1.0}, {2.0, 2.0, 2.0}, {3.0, 3.0, 3.0}};
    w.loadSession(s);
    {
        auto guard = answerColumns(1, u"0"_s);
        EXPECT_TRUE(w.keysEditor()->actions()->setColumns());
    }
    EXPECT_EQ(w.document()->session().queries, (attn::Matrix{{1.0}, {4.0}}));
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{1.0}, {2.0}, {3.0}}));
    EXPECT_EQ(w.undoAction()->text(), u"&Undo Set d_k to 1"_s);
    {
        auto guard = answerColumns(4, u"2.5"_s);
        EXPECT_TRUE(w.keysEditor()->actions()->setColumns());
    }
    EXPECT_EQ(w.document()->session().queries, (attn::Matrix{{1.0, 2.5, 2.5, 2.5}, {4.0, 2.5, 2.5, 2.5}}));
    w.undoAction()->trigger();
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().queries, s.queries);
    EXPECT_EQ(w.document()->session().keys, s.keys);
}

TEST(Editing, LabelRowsFromTextNamesTheMismatchAndLabelsTheFirstRows)
{
    MainWindow w;
    w.loadSession(attn::ui::SessionDocument::untitledSession()); // 2 queries
    QString message;
    {
        auto guard = answerLabels(u"the cat sat on the mat"_s, false, &message);
        EXPECT_EQ(w.queriesEditor()->actions()->labelRows(), 2);
    }
    EXPECT_EQ(message, u"6 labels for 2 rows."_s);
    EXPECT_EQ(labelsOf(w, MatrixRole::Queries), (std::vector<std::string>{"the", "cat"}));
    {
        auto guard = answerLabels(u"the cat sat on the mat"_s, true);
        EXPECT_EQ(w.queriesEditor()->actions()->labelRows(), 6);
    }
    EXPECT_EQ(labelsOf(w, MatrixRole::Queries),
              (std::vector<std::string>{"the", "cat", "sat", "on", "the", "mat"}));
    EXPECT_EQ(w.document()->session().queries.rows(), 6);
    w.undoAction()->trigger(); // one step: back to 2 rows
    EXPECT_EQ(labelsOf(w, MatrixRole::Queries), (std::vector<std::string>{"the", "cat"}));

    // Chinese without spaces: one key per character (3 keys already: no mismatch).
    {
        auto guard = answerLabels(u"我爱你"_s, false, &message);
        EXPECT_EQ(w.keysEditor()->actions()->labelRows(), 3);
    }
    EXPECT_TRUE(message.isEmpty());
    EXPECT_EQ(labelsOf(w, MatrixRole::Keys), (std::vector<std::string>{"我", "爱", "你"}));
}

TEST(Editing, ASentencePastedOntoSelectedLabelsLabelsThemWordByWord)
{
    MainWindow w;
    attn::Session s = attn::ui::SessionDocument::untitledSession();
    s.keys = attn::Matrix::Zero(4, 2);
    s.values = attn::Matrix::Zero(4, 2);
    w.loadSession(s);
    MatrixEditor* k = w.keysEditor();
    selectBlock(k, 0, 0, 2, 0);
    const int steps = w.document()->undoStack()->count();
    QApplication::clipboard()->setText(u"the cat sat on\n"_s);
    k->clipboard()->pasteAction()->trigger();
    EXPECT_EQ(labelsOf(w, MatrixRole::Keys), (std::vector<std::string>{"the", "cat", "sat", "k4"}));
    EXPECT_EQ(k->message(), u"4 words for 3 selected rows: the first 3 rows were labelled."_s);
    EXPECT_EQ(w.document()->undoStack()->count(), steps + 1);
}

TEST(Editing, ATokenLabelLongerThanALineEditsDefaultLimitIsKeptWholeInTheCellEditor)
{
    // 200 000 characters: QLineEdit's default maxLength() of 32 767 cut such a label when its cell was edited.
    const std::string longLabel = std::string(199999, 'w') + "!";
    MainWindow w;
    attn::Session s = attn::ui::SessionDocument::untitledSession();
    s.query_labels.assign(static_cast<std::size_t>(s.queries.rows()), "q");
    s.query_labels.front() = longLabel; // as a session file holds it
    w.loadSession(s);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    MatrixEditor* q = w.queriesEditor();
    QTableView* view = q->view();
    const QModelIndex label = q->model()->index(0, 0);

    // Opened (a double-click) and closed with Enter: the label is as it was.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(label).center());
    auto* cell = qobject_cast<QLineEdit*>(view->indexWidget(label));
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->text().size(), 200000);
    QTest::keyClick(cell, Qt::Key_Return);
    const std::string kept = labelsOf(w, MatrixRole::Queries).front();
    EXPECT_EQ(kept.size(), longLabel.size());
    EXPECT_TRUE(kept == longLabel); // (not EXPECT_EQ: gtest's diff of two such strings does not end)
}

namespace {

/// Every table title of the Q, K, V page fits its label on one line at 1440 × 900.
void expectTitlesFit(MainWindow& w)
{
    w.resize(1440, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    attn::Session s = attn::ui::SessionDocument::untitledSession();
    s.queries = attn::Matrix::Zero(1, 64);
    s.keys = attn::Matrix::Zero(2, 64);
    s.values = attn::Matrix::Zero(3, 1);
    w.loadSession(s);
    QApplication::processEvents();
    for (MatrixRole role : {MatrixRole::Queries, MatrixRole::Keys, MatrixRole::Values}) {
        const attn::ui::FittedLabel* title = w.editor(role)->titleLabel();
        const QFontMetrics metrics = title->fontMetrics();
        EXPECT_LE(metrics.horizontalAdvance(title->text()), title->contentsRect().width())
            << title->text().toStdString();
        EXPECT_LT(title->height(), 2 * metrics.lineSpacing()) << title->text().toStdString();
        EXPECT_TRUE(title->texts().contains(title->text())) << "elided: " << title->text().toStdString();
        EXPECT_TRUE(title->text().contains(role == MatrixRole::Keys     ? u"2 \u00d7 64"_s
                                           : role == MatrixRole::Values ? u"3 \u00d7 1"_s
                                                                        : u"1 \u00d7 64"_s))
            << title->text().toStdString();
    }
}

} // namespace

TEST(Editing, TableTitlesFitOnOneLineInEnglish)
{
    MainWindow w;
    expectTitlesFit(w);
    EXPECT_TRUE(w.valuesEditor()->titleLabel()->texts().constFirst().startsWith(u"Values V"_s));
}

TEST(Editing, TableTitlesFitOnOneLineInChinese)
{
    ASSERT_EQ(attn::ui::i18n::installTranslations(u"zh_CN"_s), u"zh_CN"_s);
    {
        MainWindow w;
        expectTitlesFit(w);
    }
    EXPECT_EQ(attn::ui::i18n::installTranslations(u"en"_s), QString());
}

TEST(Editing, ExampleDescriptionsAreWholeInWrappingTooltips)
{
    MainWindow w;
    QMenu* examples = nullptr;
    for (QAction* action : w.menuBar()->actions())
        if (action->text() == u"E&xamples"_s)
            examples = action->menu();
    ASSERT_NE(examples, nullptr);
    const QList<attn::io::ExampleInfo> infos = attn::io::builtInExamples(u":/examples"_s, QString());
    ASSERT_FALSE(infos.isEmpty());
    ASSERT_EQ(examples->actions().size(), infos.size());
    for (int i = 0; i < infos.size(); ++i) {
        const QString tip = examples->actions().at(i)->toolTip();
        EXPECT_TRUE(Qt::mightBeRichText(tip)) << tip.toStdString(); // rich text: QToolTip wraps it
        QTextDocument document;
        document.setHtml(tip);
        EXPECT_TRUE(document.toPlainText().contains(infos.at(i).description)) << tip.toStdString();
    }
}
