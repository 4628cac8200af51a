// Teaching mode in the real window, offscreen: explaining a selected number, stepping through the stages,
// linked rows in the tables, presentation mode. Expected texts are the issue's, with DOMAIN.md's numbers.
#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/explanationpanel.h"
#include "teach/heatmapboard.h"
#include "teach/stagebar.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/scoringpanel.h"
#include "window/sessionfileactions.h"
#include "window/valueslider.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>

using attn::ui::MainWindow;
using attn::ui::MatrixRole;

TEST(TeachingWindow, ClickingAWeightExplainsIt)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    emit w.board()->cellClicked(QStringLiteral("weights"), 0, 0);
    EXPECT_EQ(w.results()->explanation()->text(),
              QStringLiteral("a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/2) / [exp(\u22122) + exp(\u22122) + "
                             "exp(\u221218)] = 0.49999997"));
    emit w.board()->cellClicked(QStringLiteral("outputs"), 0, 0);
    EXPECT_EQ(w.results()->explanation()->text(),
              QStringLiteral(
                  "o\u2081 = \u03a3\u2c7c a\u2081\u2c7c v\u2c7c = 0.49999997\u00b7110 + 0.49999997\u00b7115 + "
                  "5.63e\u221208\u00b7126 = 112.50000076"));
    w.results()->explanation()->copyLatex();
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("\\cdot")) ||
                QApplication::clipboard()->text().contains(QStringLiteral("\\sum")))
        << QApplication::clipboard()->text().toStdString();
}

TEST(TeachingWindow, TheSelectedCellLightsUpItsRowsInTheTables)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    emit w.board()->cellClicked(QStringLiteral("weights"), 0, 2);
    auto* keys = w.keysEditor()->model();
    auto* queries = w.queriesEditor()->model();
    EXPECT_TRUE(keys->data(keys->index(2, 1), Qt::BackgroundRole).isValid());
    EXPECT_FALSE(keys->data(keys->index(0, 1), Qt::BackgroundRole).isValid());
    EXPECT_TRUE(queries->data(queries->index(0, 1), Qt::BackgroundRole).isValid());
    auto* values = w.valuesEditor()->model();
    EXPECT_TRUE(values->data(values->index(2, 1), Qt::BackgroundRole).isValid());
}

TEST(TeachingWindow, SteppingThroughTheStages)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    attn::ui::StageBar* bar = w.results()->stageBar();
    ASSERT_EQ(bar->steps().size(), 3); // scores, normalisation, weighted sum (gaussian has no scaling)
    EXPECT_EQ(bar->current(), -1);
    bar->next();
    EXPECT_EQ(bar->current(), 0);
    EXPECT_TRUE(bar->description().contains(QStringLiteral("Scores"))) << bar->description().toStdString();
    bar->next();
    // Stage 2 explains its first cell: the weight of key 60.
    EXPECT_TRUE(w.results()->explanation()->text().endsWith(QStringLiteral("= 0.49999997")))
        << w.results()->explanation()->text().toStdString();
    bar->next();
    bar->next(); // stays on the last stage
    EXPECT_EQ(bar->current(), 2);
    bar->previous();
    EXPECT_EQ(bar->current(), 1);
    bar->setCurrent(-1);
    EXPECT_EQ(bar->current(), -1);
}

TEST(TeachingWindow, AStepThatAppearsOrGoesKeepsTheStepOnShow)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    attn::ui::StageBar* bar = w.results()->stageBar();
    ASSERT_EQ(bar->steps().size(), 3);
    bar->setCurrent(2); // Weighted sum
    // T = 2 through the settings panel's spin box: a Scaling step (scores ÷ T) comes in before Normalisation.
    QDoubleSpinBox* temperature = w.scoringPanel()->temperatureSlider()->spinBox();
    temperature->setValue(2.0);
    ASSERT_TRUE(w.computation()->waitForResults());
    ASSERT_EQ(bar->steps().size(), 4);
    EXPECT_EQ(bar->steps().at(1).kind, attn::TeachingStepKind::Scaling);
    EXPECT_EQ(bar->current(), 3);
    EXPECT_EQ(bar->steps().at(bar->current()).kind, attn::TeachingStepKind::WeightedSum);
    EXPECT_EQ(w.viewState()->step(), 3);

    // On the Scaling step, T back to 1 removes it: the class goes on to the next step, Normalisation.
    bar->setCurrent(1);
    temperature->setValue(1.0);
    ASSERT_TRUE(w.computation()->waitForResults());
    ASSERT_EQ(bar->steps().size(), 3);
    EXPECT_EQ(bar->steps().at(bar->current()).kind, attn::TeachingStepKind::Normalisation);
}

TEST(TeachingWindow, FileNewStartsWithNothingSelectedAndNoJacobian)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    emit w.board()->cellClicked(QStringLiteral("weights"), 0, 0);
    ASSERT_NE(w.board()->heatmap(QStringLiteral("softmax_jacobian")), nullptr);
    ASSERT_FALSE(w.document()->isModified()); // a selection is no edit: New asks nothing
    ASSERT_TRUE(w.fileActions()->newSession());
    ASSERT_TRUE(w.computation()->waitForResults());
    EXPECT_FALSE(w.viewState()->selection().has_value());
    EXPECT_EQ(w.board()->heatmap(QStringLiteral("softmax_jacobian")), nullptr)
        << "a Jacobian of a query nobody selected";
    EXPECT_TRUE(w.results()->explanation()->text().startsWith(QStringLiteral("Click a cell")))
        << w.results()->explanation()->text().toStdString();
}

TEST(TeachingWindow, AnotherExampleShowsTheBoardFromItsTop)
{
    MainWindow w;
    w.useDefaultLayout();
    w.loadSession(attn::ui::builtInExample(QStringLiteral("seed004-self-attention")));
    w.show();
    QApplication::processEvents();
    auto* scroll = w.board()->findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_NE(scroll, nullptr);
    QScrollBar* bar = scroll->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0) << "the self-attention board is taller than the window";
    bar->setValue(bar->maximum());
    w.loadSession(attn::ui::builtInExample(QStringLiteral("d2l-masked")));
    QApplication::processEvents();
    EXPECT_EQ(bar->value(), 0) << "the first stage of the new example is in view";
}

TEST(TeachingWindow, AnExamplesDescriptionInTheStatusBarEndsWithAnEllipsisNotMidWord)
{
    MainWindow w;
    w.useDefaultLayout();
    w.show();
    QMenu* examples = nullptr;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->text().remove(u'&') == QStringLiteral("Examples"))
            examples = menu->menu();
    ASSERT_NE(examples, nullptr);
    for (QAction* example : examples->actions()) {
        example->trigger();
        const QString shown = w.statusBar()->currentMessage();
        ASSERT_FALSE(shown.isEmpty()) << example->text().toStdString();
        EXPECT_LE(w.statusBar()->fontMetrics().horizontalAdvance(shown), w.statusBar()->width() - 16)
            << example->text().toStdString() << ": " << shown.toStdString();
        EXPECT_TRUE(example->statusTip().startsWith(shown) || shown.endsWith(QChar(0x2026)))
            << shown.toStdString();
    }
}

TEST(TeachingWindow, SteppingOnKeepsTheHeadOfTheSelectedCell)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(QStringLiteral("two-head")));
    ASSERT_TRUE(w.computation()->waitForResults());
    ASSERT_NE(w.board()->heatmap(QStringLiteral("head2_weights")), nullptr);
    emit w.board()->cellClicked(QStringLiteral("head2_weights"), 1, 0);
    ASSERT_TRUE(w.viewState()->selection().has_value());
    ASSERT_EQ(w.viewState()->selection()->stage.head, 1);
    w.results()->stageBar()->next(); // the first step: per-head attention, of both heads
    ASSERT_TRUE(w.viewState()->selection().has_value());
    EXPECT_EQ(w.viewState()->selection()->stage.head, 1) << "the class stays with head 2";
}

TEST(TeachingWindow, SteppingKeepsTheSelectedQueryAndKey)
{
    // The teacher chose the weight of key 68 cm (column 3) for query 62 cm: the stages before and after explain
    // the same query and key where their heatmaps have them.
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    ASSERT_TRUE(w.computation()->waitForResults());
    attn::ui::StageBar* bar = w.results()->stageBar();
    bar->setCurrent(1); // normalisation
    emit w.board()->cellClicked(QStringLiteral("weights"), 0, 2);
    ASSERT_TRUE(w.computation()->waitForResults());
    bar->previous(); // scores: the score of 68 cm, −(62 − 68)²/2 = −18
    ASSERT_TRUE(w.viewState()->selection().has_value());
    EXPECT_EQ(w.viewState()->selection()->name, QStringLiteral("scores"));
    EXPECT_EQ(w.viewState()->selection()->column, 2);
    EXPECT_TRUE(w.results()->explanation()->text().endsWith(QStringLiteral("= -18")) ||
                w.results()->explanation()->text().endsWith(QStringLiteral("= −18")))
        << w.results()->explanation()->text().toStdString();
    bar->next();
    EXPECT_EQ(w.viewState()->selection()->name, QStringLiteral("weights"));
    EXPECT_EQ(w.viewState()->selection()->column, 2);
    bar->next(); // weighted sum: the output of 62 cm has one column, the first
    EXPECT_EQ(w.viewState()->selection()->row, 0);
    EXPECT_EQ(w.viewState()->selection()->column, 0);
}

TEST(TeachingWindow, PresentationModeHidesTheSettingsAndEnlarges)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    w.show();
    const double before = w.viewActions()->style().fontScale;
    w.viewActions()->setPresenting(true);
    EXPECT_TRUE(w.inputsColumn()->isHidden());
    EXPECT_GT(w.viewActions()->style().fontScale, before * 1.5);
    w.viewActions()->setPresenting(false);
    EXPECT_FALSE(w.inputsColumn()->isHidden());
    EXPECT_DOUBLE_EQ(w.viewActions()->style().fontScale, before);
}

TEST(TeachingWindow, TheMaskComesInAtItsOwnStep)
{
    // Causal self-attention: at the Scaling step the scores show every number, nothing "masked" yet; from the
    // Mask step on, the masked cells are hatched (as in the handout).
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(QStringLiteral("causal-sentence")));
    ASSERT_TRUE(w.computation()->waitForResults());
    attn::ui::StageBar* bar = w.results()->stageBar();
    const auto stepOf = [bar](attn::TeachingStepKind kind) {
        for (qsizetype i = 0; i < bar->steps().size(); ++i)
            if (bar->steps()[i].kind == kind)
                return static_cast<int>(i);
        return -1;
    };
    const int scaling = stepOf(attn::TeachingStepKind::Scaling);
    const int mask = stepOf(attn::TeachingStepKind::Mask);
    ASSERT_GE(scaling, 0);
    ASSERT_GT(mask, scaling);
    const attn::ui::HeatmapWidget* scores = w.board()->heatmap(QStringLiteral("scores"));
    ASSERT_NE(scores, nullptr);
    EXPECT_GT(scores->controller()->spec().masked.size(), 0) << "all stages: the mask is drawn";
    bar->setCurrent(scaling);
    EXPECT_EQ(scores->controller()->spec().masked.size(), 0);
    bar->setCurrent(mask);
    EXPECT_GT(scores->controller()->spec().masked.size(), 0);
    bar->setCurrent(scaling);
    EXPECT_EQ(scores->controller()->spec().masked.size(), 0);
    bar->setCurrent(-1);
    EXPECT_GT(scores->controller()->spec().masked.size(), 0);
}
