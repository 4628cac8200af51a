// Undo and redo in the real window: every change goes through the table models, panels and menus, and the
// tables and heatmaps must follow undo exactly as they follow the edit. Expected values are hand calculations
// on DOMAIN.md's waistline example (keys 60, 64, 68; values 110, 115, 126; query 62; Gaussian σ = 1).
#include "dialoganswers.h"

#include "document/sessiondocument.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/modepanel.h"
#include "window/scoringpanel.h"
#include "window/sessionfileactions.h"
#include "window/valueslider.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using attn::ui::MainWindow;
using attn::ui::MatrixRole;

namespace {

/// DOMAIN.md worked example 1: e^{−2} / (2 e^{−2} + e^{−18}) = 1 / (2 + e^{−16}).
const double kHalf = 1.0 / (2.0 + std::exp(-16.0));
const double kFar = std::exp(-16.0) / (2.0 + std::exp(-16.0)); // ≈ 5.63e−08

double weightCell(const MainWindow& w, int row, int column)
{
    return w.heatmap(QStringLiteral("weights"))->controller()->cellValue(row, column);
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

QMenu* menuTitled(const MainWindow& w, const QString& title)
{
    for (QAction* action : w.menuBar()->actions())
        if (plain(action->text()) == title)
            return action->menu();
    return nullptr;
}

void expectWaistlineWeights(const MainWindow& w)
{
    EXPECT_NEAR(weightCell(w, 0, 0), kHalf, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 1), kHalf, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 2), kFar, 1e-20);
}

} // namespace

TEST(Undo, EditMenuSitsBeforeViewAndUndoesACellEditAndRedoesIt)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QStringList titles;
    for (QAction* action : w.menuBar()->actions())
        titles << plain(action->text());
    ASSERT_GE(titles.indexOf(QStringLiteral("Edit")), 0) << titles.join(u',').toStdString();
    EXPECT_EQ(titles.indexOf(QStringLiteral("Edit")) + 1, titles.indexOf(QStringLiteral("View")));
    QMenu* edit = menuTitled(w, QStringLiteral("Edit"));
    ASSERT_TRUE(edit->actions().contains(w.undoAction()));
    ASSERT_TRUE(edit->actions().contains(w.redoAction()));
    EXPECT_EQ(w.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(w.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_FALSE(w.undoAction()->isEnabled());

    auto* queries = w.queriesEditor()->model();
    ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("64")));
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Edit Queries row 1, column 1"));
    // Query 64: scores −8, 0, −8; weights e^{−8}/(1 + 2e^{−8}), 1/(1 + 2e^{−8}), e^{−8}/(1 + 2e^{−8}).
    const double z = 1.0 + 2.0 * std::exp(-8.0);
    EXPECT_NEAR(weightCell(w, 0, 0), std::exp(-8.0) / z, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 1), 1.0 / z, 1e-15);
    EXPECT_TRUE(w.isWindowModified());

    // Undo repaints the label and the one cell: dataChanged, no reset of the table. The label "62 cm" read the
    // value, so it followed it to "64 cm" and comes back with it (issue 14).
    EXPECT_EQ(queries->data(queries->index(0, 0)).toString(), QStringLiteral("64 cm"));
    QSignalSpy resets(queries, &QAbstractItemModel::modelReset);
    QSignalSpy cells(queries, &QAbstractItemModel::dataChanged);
    w.undoAction()->trigger();
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(cells.count(), 2);
    EXPECT_EQ(cells.at(1).at(0).toModelIndex(), queries->index(0, 1));
    EXPECT_EQ(queries->data(queries->index(0, 0)).toString(), QStringLiteral("62 cm"));
    EXPECT_EQ(queries->data(queries->index(0, 1)).toString(), QStringLiteral("62"));
    expectWaistlineWeights(w);
    EXPECT_FALSE(w.isWindowModified()); // back at the saved state
    EXPECT_EQ(plain(w.redoAction()->text()), QStringLiteral("Redo Edit Queries row 1, column 1"));

    w.redoAction()->trigger();
    EXPECT_EQ(queries->data(queries->index(0, 1)).toString(), QStringLiteral("64"));
    EXPECT_NEAR(weightCell(w, 0, 1), 1.0 / z, 1e-15);
    EXPECT_TRUE(w.isWindowModified());
}

TEST(Undo, AddingAKeyRowAndUndoingIt)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* keys = w.keysEditor()->model();
    auto* values = w.valuesEditor()->model();
    w.document()->insertRow(MatrixRole::Keys, 3);
    EXPECT_EQ(plain(w.undoAction()->text()),
              QStringLiteral("Undo Add Keys row 4 (continuing the step of rows 2 and 3)"));
    ASSERT_TRUE(keys->setData(keys->index(3, 1), QStringLiteral("62")));
    ASSERT_TRUE(values->setData(values->index(3, 1), QStringLiteral("112")));
    EXPECT_EQ(keys->rowCount(), 4);
    // Scores −2, −2, −18, 0: the new key takes 1 / (1 + 2e^{−2} + e^{−18}).
    EXPECT_NEAR(weightCell(w, 0, 3), 1.0 / (1.0 + 2.0 * std::exp(-2.0) + std::exp(-18.0)), 1e-15);

    w.undoAction()->trigger(); // the value 112
    w.undoAction()->trigger(); // the key 62
    EXPECT_EQ(plain(w.undoAction()->text()),
              QStringLiteral("Undo Add Keys row 4 (continuing the step of rows 2 and 3)"));
    w.undoAction()->trigger(); // the row
    EXPECT_EQ(keys->rowCount(), 3);
    EXPECT_EQ(values->rowCount(), 3);
    EXPECT_EQ(keys->data(keys->index(2, 0)).toString(), QStringLiteral("68 cm"));
    EXPECT_TRUE(std::isnan(weightCell(w, 0, 3)));
    expectWaistlineWeights(w);
    EXPECT_FALSE(w.isWindowModified());

    w.redoAction()->trigger();
    w.redoAction()->trigger();
    EXPECT_EQ(keys->rowCount(), 4);
    EXPECT_EQ(w.document()->session().keys(3, 0), 62.0);
    // The value edit is not redone yet: the row as added, continuing 115, 126 by their step of 11.
    EXPECT_EQ(w.document()->session().values(3, 0), 137.0);
}

TEST(Undo, ColumnsLabelsAndFillsAreUndoable)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    attn::ui::SessionDocument* doc = w.document();

    doc->insertColumn(MatrixRole::Keys, 1); // d_k 1 → 2 for queries and keys together
    EXPECT_EQ(doc->session().queries.cols(), 2);
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Add Keys column 2"));
    ASSERT_TRUE(doc->removeColumn(MatrixRole::Queries, 0));
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Remove Queries column 1"));
    EXPECT_EQ(doc->session().keys(2, 0), 0.0); // the zero column is left
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().keys(2, 0), 68.0);
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().queries.cols(), 1);

    auto* queries = w.queriesEditor()->model();
    ASSERT_TRUE(queries->setData(queries->index(0, 0), QStringLiteral("waist")));
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Rename query 1"));
    w.undoAction()->trigger();
    EXPECT_EQ(queries->data(queries->index(0, 0)).toString(), QStringLiteral("62 cm"));

    doc->randomize(MatrixRole::Values, 7);
    EXPECT_NE(doc->session().values(0, 0), 110.0);
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().values(0, 0), 110.0);
    EXPECT_EQ(doc->session().values(2, 0), 126.0);
    EXPECT_FALSE(w.isWindowModified());
}

TEST(Undo, ASigmaDragIsOneStepAndTheNextDragAnother)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QSlider* slider = w.scoringPanel()->sigmaSlider()->slider();
    QUndoStack* stack = w.document()->undoStack();
    const int before = stack->count();

    // A drag: pressed, moved through several positions (each a live change of σ), released.
    const int start = slider->value();
    slider->setSliderDown(true);
    for (int step = 1; step <= 6; ++step)
        slider->setSliderPosition(start + 20 * step);
    slider->setSliderDown(false);
    const double sigma = w.document()->session().scoring.sigma;
    EXPECT_GT(sigma, 1.5);
    EXPECT_EQ(stack->count(), before + 1);
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Change \u03c3"));
    // Scores −4/(2σ²), −4/(2σ²), −36/(2σ²): the near keys share 1 / (2 + e^{−16/σ²}).
    EXPECT_NEAR(weightCell(w, 0, 0), 1.0 / (2.0 + std::exp(-16.0 / (sigma * sigma))), 1e-14);

    // A second drag is its own step (back to the left: the first ended at the right end of 0.1 … 10).
    slider->setSliderDown(true);
    slider->setSliderPosition(slider->value() - 30);
    slider->setSliderPosition(slider->value() - 30);
    slider->setSliderDown(false);
    EXPECT_EQ(stack->count(), before + 2);

    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.sigma, sigma);
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.sigma, 1.0);
    EXPECT_DOUBLE_EQ(w.scoringPanel()->sigmaSlider()->value(), 1.0); // the panel follows undo
    expectWaistlineWeights(w);
    EXPECT_FALSE(w.isWindowModified());
}

TEST(Undo, ARunOfArrowKeysOnTheSliderIsOneStep)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QSlider* slider = w.scoringPanel()->sigmaSlider()->slider();
    const int before = w.document()->undoStack()->count();
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    EXPECT_NE(w.document()->session().scoring.sigma, 1.0);
    EXPECT_EQ(w.document()->undoStack()->count(), before + 1);
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.sigma, 1.0);
}

TEST(Undo, TemperatureAndScoringChangesAreUndoable)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    attn::ui::ScoringPanel* panel = w.scoringPanel();
    panel->functionBox()->setCurrentIndex(panel->functionBox()->findText(QStringLiteral("Dot product")));
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Change scoring to Dot product"));
    EXPECT_DOUBLE_EQ(weightCell(w, 0, 2), 1.0); // 62·68 = 4216 dominates
    w.undoAction()->trigger();
    EXPECT_EQ(panel->functionBox()->currentText(), QStringLiteral("Gaussian kernel"));
    expectWaistlineWeights(w);

    QSlider* t = panel->temperatureSlider()->slider();
    t->setSliderDown(true);
    t->setSliderPosition(t->value() + 100);
    t->setSliderPosition(t->value() + 100);
    t->setSliderDown(false);
    const double temperature = w.document()->session().normalization.temperature;
    EXPECT_GT(temperature, 1.0);
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Change temperature"));
    // Softmax of (−2, −2, −18) / T: the near keys share 1 / (2 + e^{−16/T}).
    EXPECT_NEAR(weightCell(w, 0, 0), 1.0 / (2.0 + std::exp(-16.0 / temperature)), 1e-14);
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().normalization.temperature, 1.0);
    expectWaistlineWeights(w);
}

TEST(Undo, ModeSwitchesComeBackWithTheirInputs)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.modePanel()->selfAttentionButton()->setChecked(true);
    ASSERT_TRUE(w.document()->session().self_attention.has_value());
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Turn on self-attention"));
    w.undoAction()->trigger();
    EXPECT_FALSE(w.document()->session().self_attention.has_value());
    EXPECT_FALSE(w.modePanel()->selfAttentionButton()->isChecked());
    EXPECT_EQ(w.document()->label(MatrixRole::Keys, 2), QStringLiteral("68 cm"));
    expectWaistlineWeights(w);
    w.redoAction()->trigger();
    ASSERT_TRUE(w.document()->session().self_attention.has_value());
    EXPECT_EQ(w.document()->session().self_attention->X(0, 0), 62.0);
    EXPECT_TRUE(w.modePanel()->selfAttentionButton()->isChecked());
}

TEST(Undo, UndoingBackToTheSavedStateClearsTheModifiedMark)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("w.json"));
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(), path);
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    ASSERT_TRUE(w.save());
    EXPECT_FALSE(w.isWindowModified());
    ASSERT_TRUE(values->setData(values->index(1, 1), QStringLiteral("120")));
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("w.json[*]")));
    w.undoAction()->trigger();
    EXPECT_FALSE(w.isWindowModified());
    w.undoAction()->trigger(); // before the save: modified again
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_EQ(w.document()->session().values(0, 0), 110.0);
}

TEST(Undo, LoadingAnExampleAsksFirstAndUndoGivesTheOldSessionBack)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* queries = w.queriesEditor()->model();
    ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("63")));
    QMenu* examples = menuTitled(w, QStringLiteral("Examples"));
    ASSERT_NE(examples, nullptr);
    QAction* boxcar = nullptr;
    for (QAction* action : examples->actions())
        if (action->text().contains(QStringLiteral("boxcar")))
            boxcar = action;
    ASSERT_NE(boxcar, nullptr);

    QString asked;
    const auto cancelQuestion = dialoganswers::answerNextMessageBox(QMessageBox::Cancel, &asked);
    boxcar->trigger();
    EXPECT_TRUE(asked.contains(QStringLiteral("not saved"))) << asked.toStdString();
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian); // cancelled

    asked.clear();
    const auto discardChanges = dialoganswers::answerNextMessageBox(QMessageBox::Discard, &asked);
    boxcar->trigger();
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Boxcar);
    EXPECT_FALSE(w.isWindowModified());
    EXPECT_TRUE(plain(w.undoAction()->text()).startsWith(QStringLiteral("Undo Load example \u201cWaistline")));

    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(w.document()->session().queries(0, 0), 63.0);
    EXPECT_TRUE(w.isWindowModified());
    w.undoAction()->trigger();
    expectWaistlineWeights(w);
    EXPECT_TRUE(w.isWindowModified()); // the saved state is the loaded example now
}

TEST(Undo, NewGivesAnUntitledSmallSessionAndIsUndoable)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    QAction* newAction = w.fileActions()->newAction();
    ASSERT_NE(newAction, nullptr);
    EXPECT_EQ(newAction->shortcut(), QKeySequence(QKeySequence::New));

    QString asked;
    const auto discardChanges = dialoganswers::answerNextMessageBox(QMessageBox::Discard, &asked);
    newAction->trigger();
    EXPECT_TRUE(asked.contains(QStringLiteral("not saved")));
    const attn::Session& s = w.document()->session();
    EXPECT_EQ(s.queries.rows(), 2);
    EXPECT_EQ(s.keys.rows(), 3);
    EXPECT_EQ(s.queries.cols(), 2);
    EXPECT_EQ(s.values.cols(), 2);
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::ScaledDot);
    EXPECT_TRUE(w.document()->filePath().isEmpty());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("Untitled[*]"))) << w.windowTitle().toStdString();
    EXPECT_FALSE(w.isWindowModified());
    // All-zero queries and keys: every score 0, so softmax gives each of the 3 keys 1/3.
    EXPECT_NEAR(weightCell(w, 1, 2), 1.0 / 3.0, 1e-15);
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo New Session"));

    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_TRUE(w.isWindowModified());
}

TEST(Undo, CtrlZInATableUndoesTheSessionUnlessTheCellEditorHasTypingToUndo)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    auto* queries = w.queriesEditor()->model();
    QTableView* view = w.queriesEditor()->view();
    ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("64")));
    const QKeySequence undo = w.undoAction()->shortcut();
    const QKeySequence redo = w.redoAction()->shortcut();

    // Choosing a cell opens its editor (every edit trigger is on). Nothing typed yet: Ctrl+Z is Edit → Undo.
    view->setFocus();
    view->setCurrentIndex(queries->index(0, 1));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    ASSERT_TRUE(view->isAncestorOf(editor));
    QTest::keySequence(editor, undo);
    EXPECT_EQ(w.document()->session().queries(0, 0), 62.0);
    EXPECT_EQ(editor->text(), QStringLiteral("62")); // the open editor shows the undone value
    expectWaistlineWeights(w);
    QTest::keySequence(editor, redo);
    EXPECT_EQ(w.document()->session().queries(0, 0), 64.0);

    // Once something is typed, Ctrl+Z undoes the typing and leaves the session alone.
    const int index = w.document()->undoStack()->index();
    QTest::keyClicks(editor, QStringLiteral("5"));
    EXPECT_NE(editor->text(), QStringLiteral("64"));
    QTest::keySequence(editor, undo);
    EXPECT_EQ(editor->text(), QStringLiteral("64"));
    EXPECT_EQ(w.document()->undoStack()->index(), index);
    EXPECT_EQ(w.document()->session().queries(0, 0), 64.0);
    QTest::keyClick(editor, Qt::Key_Escape);

    // In the table itself (no editor), Ctrl+Z is Edit → Undo.
    ASSERT_TRUE(view->hasFocus());
    QTest::keySequence(view, undo);
    EXPECT_EQ(w.document()->session().queries(0, 0), 62.0);
    EXPECT_FALSE(w.isWindowModified());
}

TEST(Undo, SetMatrixFitsTheRestAndIsOneStep)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    attn::ui::SessionDocument* doc = w.document();
    attn::Matrix keys(4, 1);
    keys << 60, 64, 68, 72;
    ASSERT_TRUE(
        doc->setMatrix(MatrixRole::Keys, keys, {"a", "b", "c", "d"}, QStringLiteral("Import Keys from k.csv")));
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Import Keys from k.csv"));
    EXPECT_EQ(doc->session().values.rows(), 4); // padded with a zero row
    EXPECT_EQ(doc->session().values(3, 0), 0.0);
    EXPECT_EQ(doc->label(MatrixRole::Values, 3), QStringLiteral("d"));
    // Scores −2, −2, −18, −50: weights 1 / (2 + e^{−16} + e^{−48}) for the near keys.
    EXPECT_NEAR(weightCell(w, 0, 0), 1.0 / (2.0 + std::exp(-16.0) + std::exp(-48.0)), 1e-15);

    attn::Matrix wide(1, 2);
    wide << 62, 1;
    ASSERT_TRUE(doc->setMatrix(MatrixRole::Queries, wide, {}, QStringLiteral("Import Queries")));
    EXPECT_EQ(doc->session().keys.cols(), 2); // d_k follows, the new key column is zero
    EXPECT_EQ(doc->session().keys(3, 1), 0.0);

    EXPECT_FALSE(doc->setMatrix(MatrixRole::SelfW_Q, attn::Matrix::Identity(2, 2), {}, QStringLiteral("x")));
    EXPECT_FALSE(doc->setMatrix(MatrixRole::Keys, attn::Matrix(0, 1), {}, QStringLiteral("x")));
    attn::Matrix bad(1, 1);
    bad << std::nan("");
    EXPECT_FALSE(doc->setMatrix(MatrixRole::Values, bad, {}, QStringLiteral("x")));
    EXPECT_FALSE(doc->setMatrix(MatrixRole::Keys, keys, {"only one"}, QStringLiteral("x")));

    w.undoAction()->trigger();
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().keys.rows(), 3);
    EXPECT_EQ(doc->session().values.rows(), 3);
    expectWaistlineWeights(w);
    EXPECT_FALSE(w.isWindowModified());
}

TEST(Undo, PasteBlockGrowsOrDropsAndIsOneStep)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    attn::ui::SessionDocument* doc = w.document();
    attn::Matrix block(2, 2);
    block << 61, 1, 70, 2;

    // Without growing: only the cell at (2, 0) is inside the 3 × 1 keys.
    EXPECT_EQ(doc->pasteBlock(MatrixRole::Keys, 2, 0, block, {}, false), 1);
    EXPECT_EQ(doc->session().keys(2, 0), 61.0);
    EXPECT_EQ(doc->session().keys.rows(), 3);
    EXPECT_EQ(plain(w.undoAction()->text()), QStringLiteral("Undo Paste into Keys"));
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().keys(2, 0), 68.0);

    // Growing: a fourth key (and value) row and a second d_k column (queries too).
    EXPECT_EQ(doc->pasteBlock(MatrixRole::Keys, 2, 0, block, {"x", "y"}, true), 4);
    EXPECT_EQ(doc->session().keys.rows(), 4);
    EXPECT_EQ(doc->session().values.rows(), 4);
    EXPECT_EQ(doc->session().queries.cols(), 2);
    EXPECT_EQ(doc->session().keys(3, 1), 2.0);
    EXPECT_EQ(doc->label(MatrixRole::Keys, 2), QStringLiteral("x"));
    EXPECT_EQ(doc->label(MatrixRole::Keys, 3), QStringLiteral("y"));
    EXPECT_EQ(doc->label(MatrixRole::Keys, 0), QStringLiteral("60 cm"));
    EXPECT_EQ(doc->undoStack()->count(), 1); // the undone paste made way for this one
    w.undoAction()->trigger();
    EXPECT_EQ(doc->session().keys.rows(), 3);
    EXPECT_EQ(doc->session().queries.cols(), 1);
    expectWaistlineWeights(w);
}
