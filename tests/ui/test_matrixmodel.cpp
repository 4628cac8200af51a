// The editable tables: the real MatrixModel over a real SessionDocument, checked by QAbstractItemModelTester.
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <cmath>
#include <limits>

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
    EXPECT_EQ(changed.count(), 2); // the value, and its label "62 cm" that reads it (issue 14)
    EXPECT_EQ(queries.data(queries.index(0, 0)).toString(), QStringLiteral("63.5 cm"));
    EXPECT_TRUE(document.isModified());
    EXPECT_TRUE(queries.setData(queries.index(0, 1), QStringLiteral("5.6e-08")));
    EXPECT_EQ(document.session().queries(0, 0), 5.6e-08);
}

// What the table shows is what a session file holds: JSON through Qt has no −0, so −0 is taken as 0; numbers at
// the ends of a double are taken as typed.
TEST_F(MatrixModelTest, MinusZeroIsTakenAsZeroAndExtremeNumbersAsTyped)
{
    MatrixModel keys(&document, MatrixRole::Keys);
    ASSERT_TRUE(keys.setData(keys.index(1, 1), QStringLiteral("-0")));
    EXPECT_EQ(document.session().keys(1, 0), 0.0);
    EXPECT_FALSE(std::signbit(document.session().keys(1, 0)));
    EXPECT_EQ(keys.data(keys.index(1, 1)).toString(), QStringLiteral("0"));
    ASSERT_TRUE(keys.setData(keys.index(0, 1), QStringLiteral("1e200")));
    EXPECT_EQ(document.session().keys(0, 0), 1e200);
    ASSERT_TRUE(keys.setData(keys.index(2, 1), QStringLiteral("4.9406564584124654e-324")));
    EXPECT_EQ(document.session().keys(2, 0), std::numeric_limits<double>::denorm_min());
    EXPECT_FALSE(keys.setData(keys.index(2, 1), QStringLiteral("1e400"))); // not a finite number
    EXPECT_FALSE(keys.setData(keys.index(2, 1), QStringLiteral("nan")));
    EXPECT_FALSE(keys.setData(keys.index(2, 1), QStringLiteral("inf")));
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

TEST_F(MatrixModelTest, ARefusedValueWithLineBreaksIsQuotedOnOneLine)
{
    MatrixModel values(&document, MatrixRole::Values);
    QSignalSpy rejected(&values, &MatrixModel::inputRejected);
    EXPECT_FALSE(values.setData(values.index(1, 1), QStringLiteral("12\n34\r\n56\tx")));
    EXPECT_FALSE(values.setData(values.index(1, 1), QString(45, u'7') + u'x'));
    ASSERT_EQ(rejected.count(), 2);
    EXPECT_EQ(rejected.at(0).first().toString(),
              QStringLiteral("Row 2, column 1: “12⏎34⏎56⇥x” is not a number; the value 115 was kept."));
    EXPECT_EQ(rejected.at(1).first().toString(),
              QStringLiteral("Row 2, column 1: “7777777777777777777777777777777777777777…” is not a number; the "
                             "value 115 was kept."));
}

TEST_F(MatrixModelTest, ANumberOutOfTheRangeOfADoubleIsSaidToBeOutOfRangeNotNotANumber)
{
    // The largest double is 1.797…e308 and the smallest above 0 is 4.94…e-324 (IEEE 754 binary64): 1e400 and
    // 1e-400 are numbers, but none a double holds; inf is infinite. Each message says which, and the old value
    // stays.
    MatrixModel values(&document, MatrixRole::Values);
    QSignalSpy rejected(&values, &MatrixModel::inputRejected);
    for (const QString& text : {QStringLiteral("1e400"), QStringLiteral(" -1e400 "), QStringLiteral("+1e-400"),
                                QStringLiteral("-inf")})
        EXPECT_FALSE(values.setData(values.index(1, 1), text)) << text.toStdString();
    ASSERT_EQ(rejected.count(), 4);
    const QString range = QStringLiteral(" is out of range (the largest number is about 1.8e308, the smallest above "
                                         "0 about 4.9e-324); the value 115 was kept.");
    EXPECT_EQ(rejected.at(0).first().toString(), QStringLiteral("Row 2, column 1: “1e400”") + range);
    EXPECT_EQ(rejected.at(1).first().toString(), QStringLiteral("Row 2, column 1: “ -1e400 ”") + range);
    EXPECT_EQ(rejected.at(2).first().toString(), QStringLiteral("Row 2, column 1: “+1e-400”") + range);
    EXPECT_EQ(rejected.at(3).first().toString(),
              QStringLiteral("Row 2, column 1: “-inf” is infinite (every entry must be a finite number); the value "
                             "115 was kept."));
    EXPECT_EQ(document.session().values(1, 0), 115.0);
    // Numbers at the very ends of the range are entries.
    EXPECT_TRUE(values.setData(values.index(1, 1), QStringLiteral("1.7976931348623157e308")));
    EXPECT_TRUE(values.setData(values.index(0, 1), QStringLiteral("4.9406564584124654e-324")));
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
    // The added row continued the last two rows' steps: 68 + 4 = 72, 126 + 11 = 137.
    EXPECT_EQ(document.session().keys, (attn::Matrix{{64.0}, {68.0}, {72.0}}));
    EXPECT_EQ(document.session().values, (attn::Matrix{{115.0}, {126.0}, {137.0}}));
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

TEST_F(MatrixModelTest, MasksFollowTheirTokensWhenRowsChange)
{
    attn::Session s;
    s.queries = attn::Matrix::Zero(3, 1);
    s.keys = attn::Matrix::Zero(3, 1);
    s.values = attn::Matrix::Zero(3, 1);
    s.mask.kind = attn::MaskKind::Cells;
    s.mask.cells = {{2, 1}, {0, 2}};
    document.reset(s);
    // Removing query 0: cell [2, 1] is now [1, 1]; [0, 2] belonged to the removed query and goes.
    ASSERT_TRUE(document.removeRow(MatrixRole::Queries, 0));
    EXPECT_EQ(document.session().mask.cells, (std::vector<std::pair<long, long>>{{1, 1}}));
    // Inserting a key before key 1 moves the masked key to column 2.
    document.insertRow(MatrixRole::Keys, 1);
    EXPECT_EQ(document.session().mask.cells, (std::vector<std::pair<long, long>>{{1, 2}}));

    s.mask = attn::Mask{attn::MaskKind::ValidLengths, {1, 2, 3}, 0, {}};
    document.reset(s);
    // Removing query 0 drops its length: [2, 3]. Removing key 0 shortens every length that counted it: [1, 2].
    ASSERT_TRUE(document.removeRow(MatrixRole::Queries, 0));
    EXPECT_EQ(document.session().mask.valid_lengths, (std::vector<long>{2, 3}));
    ASSERT_TRUE(document.removeRow(MatrixRole::Keys, 0));
    EXPECT_EQ(document.session().mask.valid_lengths, (std::vector<long>{1, 2}));
}

TEST_F(MatrixModelTest, SwitchingModesKeepsLabelsAndValues)
{
    // Waistline: self-attention on and off again gives back the key labels.
    document.setSelfAttention(true);
    EXPECT_EQ(document.label(MatrixRole::Keys, 0), QStringLiteral("62 cm")); // the only token is the query
    document.setSelfAttention(false);
    EXPECT_EQ(document.session().key_labels, (std::vector<std::string>{"60 cm", "64 cm", "68 cm"}));
    // Multi-head on a 1-d model turns V (3 × 2) into 3 × 1; off again restores both columns.
    document.insertColumn(MatrixRole::Values, 1);
    document.setCell(MatrixRole::Values, 0, 1, 7.0);
    document.setMultiHead(true);
    EXPECT_EQ(document.session().values.cols(), 1);
    document.setMultiHead(false);
    EXPECT_EQ(document.session().values.cols(), 2);
    EXPECT_EQ(document.session().values(0, 1), 7.0);
}

TEST_F(MatrixModelTest, ASelfAttentionSessionSwitchedToTypedQKVStartsFromTheDerivedOnes)
{
    attn::Session s;
    s.self_attention =
        attn::SelfAttention{attn::Matrix{{1.0, 0.0}, {0.0, 1.0}}, attn::Matrix{{2.0, 0.0}, {0.0, 2.0}},
                            attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2), false};
    document.reset(s);
    document.setSelfAttention(false);
    // Q = X W_Q = 2 I; K = V = X.
    EXPECT_EQ(document.session().queries, (attn::Matrix{{2.0, 0.0}, {0.0, 2.0}}));
    EXPECT_EQ(document.session().keys, attn::Matrix::Identity(2, 2));
    EXPECT_EQ(document.session().values, attn::Matrix::Identity(2, 2));
}
