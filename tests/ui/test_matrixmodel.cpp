// The editable tables: the real MatrixModel over a real SessionDocument, checked by QAbstractItemModelTester.
#include "document/sessiondocument.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using attn::ui::MatrixModel;
using attn::ui::MatrixRole;
using attn::ui::SessionDocument;

namespace {

struct Fixture : ::testing::Test {
    SessionDocument document;
    Fixture() { document.reset(attn::waistlineExample()); }
};

} // namespace

using MatrixModelTest = Fixture;

TEST_F(MatrixModelTest, ShowsLabelsThenNumbers)
{
    MatrixModel keys(&document, MatrixRole::Keys);
    QAbstractItemModelTester tester(&keys, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(keys.rowCount(), 3);
    EXPECT_EQ(keys.columnCount(), 2);
    EXPECT_EQ(keys.data(keys.index(1, 0)).toString(), QStringLiteral("64 cm"));
    EXPECT_EQ(keys.data(keys.index(2, 1)).toString(), QStringLiteral("68"));
}

TEST_F(MatrixModelTest, EditingACellChangesTheDocumentAndSignals)
{
    MatrixModel queries(&document, MatrixRole::Queries);
    QAbstractItemModelTester tester(&queries, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&queries, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(queries.setData(queries.index(0, 1), QStringLiteral(" 63.5 ")));
    EXPECT_EQ(document.session().queries(0, 0), 63.5);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(queries.setData(queries.index(0, 1), QStringLiteral("5.6e-08")));
    EXPECT_EQ(document.session().queries(0, 0), 5.6e-08);
}

TEST_F(MatrixModelTest, NonNumbersAreRefusedWithAMessageAndTheOldValueStays)
{
    MatrixModel values(&document, MatrixRole::Values);
    QSignalSpy rejected(&values, &MatrixModel::inputRejected);
    for (const QString& bad : {QStringLiteral("abc"), QStringLiteral(""), QStringLiteral("1,5"),
                               QStringLiteral("nan"), QStringLiteral("inf"), QStringLiteral("1e400")}) {
        EXPECT_FALSE(values.setData(values.index(1, 1), bad)) << bad.toStdString();
    }
    EXPECT_EQ(document.session().values(1, 0), 115.0);
    ASSERT_EQ(rejected.count(), 6);
    const QString message = rejected.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Row 2, column 1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("abc"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("115"))) << message.toStdString();
    EXPECT_FALSE(document.isModified());
}

TEST_F(MatrixModelTest, EditorShowsTheRefusal)
{
    attn::ui::MatrixEditor editor(&document, MatrixRole::Keys);
    EXPECT_TRUE(editor.message().isEmpty());
    editor.model()->setData(editor.model()->index(0, 1), QStringLiteral("sixty"));
    EXPECT_TRUE(editor.message().contains(QStringLiteral("sixty")));
    EXPECT_EQ(document.session().keys(0, 0), 60.0);
}

TEST_F(MatrixModelTest, LabelsAreEditableExceptOnTheValuesTable)
{
    MatrixModel keys(&document, MatrixRole::Keys);
    MatrixModel values(&document, MatrixRole::Values);
    EXPECT_TRUE(keys.setData(keys.index(0, 0), QStringLiteral("slim")));
    EXPECT_EQ(values.data(values.index(0, 0)).toString(), QStringLiteral("slim"));
    EXPECT_FALSE(values.flags(values.index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_FALSE(keys.setData(keys.index(0, 0), QStringLiteral("   ")));
    EXPECT_EQ(document.session().key_labels[0], "slim");
}

TEST_F(MatrixModelTest, AKeyRowAndItsValueRowGoTogether)
{
    MatrixModel keys(&document, MatrixRole::Keys);
    QAbstractItemModelTester tester(&keys, QAbstractItemModelTester::FailureReportingMode::Fatal);
    document.insertRow(MatrixRole::Keys, 3);
    EXPECT_EQ(document.session().keys.rows(), 4);
    EXPECT_EQ(document.session().values.rows(), 4);
    EXPECT_EQ(keys.rowCount(), 4);
    EXPECT_EQ(document.session().key_labels.size(), 4u);
    EXPECT_TRUE(document.removeRow(MatrixRole::Values, 0));
    EXPECT_EQ(document.session().keys, (attn::Matrix{{64.0}, {68.0}, {0.0}}));
    EXPECT_EQ(document.session().values, (attn::Matrix{{115.0}, {126.0}, {0.0}}));
}

TEST_F(MatrixModelTest, QueryAndKeyColumnsShareDk)
{
    document.insertColumn(MatrixRole::Queries, 1);
    EXPECT_EQ(document.session().queries.cols(), 2);
    EXPECT_EQ(document.session().keys.cols(), 2);
    EXPECT_EQ(document.session().values.cols(), 1);
    document.insertColumn(MatrixRole::Values, 0);
    EXPECT_EQ(document.session().values, (attn::Matrix{{0.0, 110.0}, {0.0, 115.0}, {0.0, 126.0}}));
    EXPECT_TRUE(document.removeColumn(MatrixRole::Keys, 0));
    EXPECT_EQ(document.session().keys, (attn::Matrix{{0.0}, {0.0}, {0.0}}));
    EXPECT_FALSE(document.removeColumn(MatrixRole::Keys, 0)) << "the last dimension stays";
}
