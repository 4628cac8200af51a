// Views listen (issue 13): the heatmap board, the stage bar, the explanation and the tables follow the document
// through LiveComputation and the ViewState by themselves, built here without a MainWindow; in the window, a drag
// of the regression view's query line is one undo step, ended when the mouse is released.
#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/explanationpanel.h"
#include "teach/heatmapboard.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace attn::ui;

namespace {

/// The waistline document with its computation, view state and views, wired as the window wires them.
struct Views {
    SessionDocument document;
    ViewState view;
    LiveComputation computation{&document, &view};
    HeatmapBoard board;
    StageBar stages;
    ExplanationPanel explanation;
    MatrixEditor keys{&document, MatrixRole::Keys};
    MatrixEditor queries{&document, MatrixRole::Queries};

    Views()
    {
        board.listenTo(&computation, &view);
        stages.listenTo(&computation, &view);
        explanation.listenTo(&computation, &view);
        keys.listenTo(&computation, &view);
        queries.listenTo(&computation, &view);
        document.reset(attn::waistlineExample());
    }
};

double weightShown(const HeatmapBoard& board, int column)
{
    for (const HeatmapSpec& spec : board.specs())
        if (spec.id == u"weights")
            return spec.values(0, column);
    return -1;
}

} // namespace

TEST(ViewState, SignalsOnlyOnAChange)
{
    ViewState view;
    QSignalSpy selection(&view, &ViewState::selectionChanged);
    QSignalSpy step(&view, &ViewState::stepChanged);
    const CellSelection cell{{attn::Stage::Weights, -1, -1}, QStringLiteral("weights"), 0, 1};
    view.select(cell);
    view.select(cell);
    EXPECT_EQ(selection.count(), 1);
    view.clearSelection();
    view.clearSelection();
    EXPECT_EQ(selection.count(), 2);
    view.setStep(2);
    view.setStep(2);
    EXPECT_EQ(step.count(), 1);
}

TEST(ViewsListen, AnEditReachesEveryViewWithoutAWindow)
{
    Views v;
    ASSERT_EQ(v.board.specs().size(), 3); // scores, weights, outputs
    EXPECT_NEAR(weightShown(v.board, 0), 0.499999971866208, 1e-15);
    EXPECT_EQ(v.stages.steps().size(), 3);

    // Select the weight of key 60 cm: the explanation follows, and so do the tables' highlighted rows.
    v.view.select({{attn::Stage::Weights, -1, -1}, QStringLiteral("weights"), 0, 0});
    EXPECT_TRUE(v.explanation.text().startsWith(u"a(62, 60) = ")) << v.explanation.text().toStdString();
    EXPECT_EQ(v.keys.model()->highlightedRows(), QList<int>{0});
    EXPECT_EQ(v.queries.model()->highlightedRows(), QList<int>{0});

    // The table edit runs document → computation → views: query 62 → 64 makes the middle key's weight the largest.
    v.document.setCell(MatrixRole::Queries, 0, 0, 64.0);
    const double e8 = std::exp(-8.0); // scores −8, 0, −8
    EXPECT_NEAR(weightShown(v.board, 1), 1 / (1 + 2 * e8), 1e-15);
    EXPECT_TRUE(v.explanation.text().startsWith(u"a(64, 60) = ")) << v.explanation.text().toStdString();
}

TEST(ViewsListen, TheSelectedRowsSoftmaxJacobianJoinsTheBoard)
{
    Views v;
    v.view.select({{attn::Stage::Scores, -1, -1}, QStringLiteral("scores"), 0, 2});
    ASSERT_NE(v.board.heatmap(QStringLiteral("softmax_jacobian")), nullptr);
    EXPECT_EQ(v.stages.steps().at(1).ids,
              (QStringList{QStringLiteral("weights"), QStringLiteral("softmax_jacobian")}));
    v.view.select({{attn::Stage::SoftmaxJacobian, -1, 0}, QStringLiteral("softmax_jacobian"), 0, 1});
    // DOMAIN.md worked example 9: J₁₂ = −a₁a₂ = −0.24999997186620879, printed to 8 decimals.
    EXPECT_TRUE(v.explanation.text().endsWith(u"= \u22120.24999997")) << v.explanation.text().toStdString();
    EXPECT_EQ(v.keys.model()->highlightedRows(), (QList<int>{0, 1})) << "the Jacobian cell's two keys";
}

TEST(ViewsListen, ClearingTheSelectionTakesItsJacobianAway)
{
    Views v;
    v.view.select({{attn::Stage::Weights, -1, -1}, QStringLiteral("weights"), 0, 0});
    ASSERT_NE(v.board.heatmap(QStringLiteral("softmax_jacobian")), nullptr);
    v.view.clearSelection();
    EXPECT_EQ(v.board.heatmap(QStringLiteral("softmax_jacobian")), nullptr);
    EXPECT_EQ(v.stages.steps().at(1).ids, QStringList{QStringLiteral("weights")});
}

TEST(ViewsListen, ASelectionWhoseCellIsGoneIsDroppedNotRevived)
{
    Views v;
    v.document.insertRow(MatrixRole::Queries, 1); // a second query, a copy of the first (62)
    v.view.select({{attn::Stage::Weights, -1, -1}, QStringLiteral("weights"), 1, 0});
    ASSERT_TRUE(v.explanation.text().startsWith(u"a(62, 60)")) << v.explanation.text().toStdString();
    ASSERT_TRUE(v.document.removeRow(MatrixRole::Queries, 1));
    EXPECT_FALSE(v.view.selection().has_value());
    EXPECT_EQ(v.board.heatmap(QStringLiteral("softmax_jacobian")), nullptr);
    v.document.insertRow(MatrixRole::Queries, 1); // an unrelated new q2 is not selected
    EXPECT_FALSE(v.view.selection().has_value());
    EXPECT_EQ(v.board.heatmap(QStringLiteral("softmax_jacobian")), nullptr);
}

TEST(ViewsListen, ChoosingAStepSelectsItsFirstCell)
{
    Views v;
    v.stages.setCurrent(1); // normalisation
    EXPECT_EQ(v.view.step(), 1);
    ASSERT_TRUE(v.view.selection().has_value());
    EXPECT_EQ(v.view.selection()->name, u"weights");
}

TEST(ViewsListen, ARegressionDragInTheWindowIsOneUndoStepEndedOnRelease)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    w.resize(1440, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    RegressionView* regression = w.results()->regression();
    ASSERT_TRUE(regression->isVisible());
    QCustomPlot* plot = regression->plot();
    plot->replot();
    auto pixelAt = [plot](double q) {
        return QPoint(qRound(plot->xAxis->coordToPixel(q)), plot->axisRect()->rect().center().y());
    };
    QUndoStack* stack = w.document()->undoStack();
    const int before = stack->count();

    QTest::mousePress(plot, Qt::LeftButton, {}, pixelAt(62));
    QTest::mouseMove(plot, pixelAt(63));
    QTest::mouseMove(plot, pixelAt(64));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, pixelAt(64));
    const double first = w.document()->session().queries(0, 0);
    EXPECT_NEAR(first, 64.0, 0.2);
    EXPECT_EQ(stack->count(), before + 1) << "one step for the whole drag";
    EXPECT_DOUBLE_EQ(regression->queryPosition(0), first) << "the view draws the document's session";

    QTest::mousePress(plot, Qt::LeftButton, {}, pixelAt(first));
    QTest::mouseMove(plot, pixelAt(65));
    QTest::mouseMove(plot, pixelAt(66));
    QTest::mouseRelease(plot, Qt::LeftButton, {}, pixelAt(66));
    EXPECT_EQ(stack->count(), before + 2) << "a second drag is a second step";
    stack->undo();
    EXPECT_DOUBLE_EQ(w.document()->session().queries(0, 0), first);
    stack->undo();
    EXPECT_DOUBLE_EQ(w.document()->session().queries(0, 0), 62.0);
}
