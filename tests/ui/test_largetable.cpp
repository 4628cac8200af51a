// Tables of large matrices (issue 6): a 4096 × 64 table is virtual (no widget per cell), its rows are not measured
// one by one (no ResizeToContents), all rows are one line high, its columns are wide enough for the numbers of a
// sample of rows, and it scrolls and edits through the real model. A teaching-sized table keeps its look.
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

using attn::ui::MatrixEditor;
using attn::ui::MatrixRole;
using attn::ui::SessionDocument;

namespace {

/// Keys k(i, j) = i + j / 64 (n_k × 64), one query, one value column; key labels "key 1", ….
attn::Session largeSession(int rows)
{
    attn::Session session = attn::waistlineExample();
    session.queries = attn::Matrix::Zero(1, 64);
    session.keys.resize(rows, 64);
    for (int i = 0; i < rows; ++i)
        for (int j = 0; j < 64; ++j)
            session.keys(i, j) = i + j / 64.0;
    session.values = attn::Matrix::Zero(rows, 1);
    session.key_labels.clear();
    for (int i = 0; i < rows; ++i)
        session.key_labels.push_back("key " + std::to_string(i + 1));
    return session;
}

} // namespace

TEST(LargeTable, A4096By64TableIsVirtualAndNotMeasuredRowByRow)
{
    SessionDocument document;
    document.reset(largeSession(4096));
    MatrixEditor editor(&document, MatrixRole::Keys);
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.resize(900, 600);
    editor.show();
    QApplication::processEvents();

    QTableView* view = editor.view();
    ASSERT_EQ(editor.model()->rowCount(), 4096);
    ASSERT_EQ(editor.model()->columnCount(), 65); // the label column and 64 numbers
    EXPECT_TRUE(editor.isLarge());
    // No widget per cell: the editor's widgets are its few buttons, labels, the view and its parts.
    EXPECT_LT(editor.findChildren<QWidget*>().size(), 40);
    EXPECT_EQ(view->indexWidget(editor.model()->index(2048, 10)), nullptr);
    // Rows are never measured one by one: fixed, uniform heights of one line.
    EXPECT_EQ(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    EXPECT_NE(view->verticalHeader()->sectionResizeMode(4095), QHeaderView::ResizeToContents);
    EXPECT_EQ(view->rowHeight(0), view->rowHeight(4095));
    EXPECT_GE(view->rowHeight(0), view->fontMetrics().height());
    EXPECT_NE(view->horizontalHeader()->sectionResizeMode(1), QHeaderView::ResizeToContents);
    EXPECT_NE(view->horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
    // Every number column is as wide as the widest number of the sample; k(4095, 63) = 4095 + 63/64 =
    // 4095.984375 is among the widest texts and the last row is in the sample.
    const int widest = view->fontMetrics().horizontalAdvance(QStringLiteral("4095.984375"));
    EXPECT_EQ(editor.model()->index(4095, 64).data().toString(), QStringLiteral("4095.984375"));
    for (const int column : {1, 32, 64})
        EXPECT_GT(view->columnWidth(column), widest) << column;
    EXPECT_GE(view->columnWidth(0), view->fontMetrics().horizontalAdvance(QStringLiteral("key 4096")));

    // Scrolled to the end, the last row is there; an edit goes through the model into the document.
    view->scrollToBottom();
    QApplication::processEvents();
    EXPECT_EQ(view->rowAt(view->viewport()->height() - 2), 4095);
    EXPECT_TRUE(editor.model()->setData(editor.model()->index(4000, 5), QStringLiteral("-2.5")));
    EXPECT_EQ(document.entry(MatrixRole::Keys, 4000, 4), -2.5);
    EXPECT_EQ(editor.model()->index(4000, 5).data().toString(), QStringLiteral("-2.5"));
    EXPECT_EQ(document.entry(MatrixRole::Keys, 4000, 5), 4000 + 5 / 64.0); // its neighbour untouched
}

TEST(LargeTable, ATeachingTableKeepsItsLook)
{
    SessionDocument document;
    document.reset(attn::waistlineExample());
    MatrixEditor editor(&document, MatrixRole::Keys);
    EXPECT_FALSE(editor.isLarge());
    EXPECT_EQ(editor.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    EXPECT_EQ(editor.view()->horizontalHeader()->sectionResizeMode(0), QHeaderView::Stretch);

    // Grown past 256 rows by an import, it becomes a large table; shrunk back, a teaching table again.
    document.reset(largeSession(300));
    EXPECT_TRUE(editor.isLarge());
    EXPECT_EQ(editor.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    document.reset(attn::waistlineExample());
    EXPECT_FALSE(editor.isLarge());
    EXPECT_EQ(editor.view()->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
}
