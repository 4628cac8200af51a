// CSV/TSV matrices (docs/data-files.md): values and labels of hand-written fixtures and of np.savetxt's output,
// each fault's place and message, and exact round trips. Expected values are written out here by hand.

#include "io/matrixfile.h"

#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>

#include <cmath>
#include <limits>
#include <numbers>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace iotest;
using attn::io::LabelledMatrix;
using attn::io::MatrixFileError;
using attn::io::parseDelimited;
using attn::io::toDelimited;
using Strings = std::vector<std::string>;

namespace {

QString csvData(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/csv/") + QString::fromUtf8(name);
}

LabelledMatrix readCsv(const char* name)
{
    return parseDelimited(attn::io::readDataFile(csvData(name)), QString::fromUtf8(name));
}

/// The MatrixFileError message of parsing `text` as "t.csv" ("" if it parses).
std::string delimitedError(const QByteArray& text)
{
    try {
        (void)parseDelimited(text, QStringLiteral("t.csv"));
    } catch (const MatrixFileError& error) {
        return error.what();
    }
    return {};
}

attn::Matrix matrix(std::initializer_list<std::initializer_list<double>> rows)
{
    attn::Matrix m(Eigen::Index(rows.size()), Eigen::Index(rows.begin()->size()));
    Eigen::Index i = 0;
    for (const auto& row : rows) {
        Eigen::Index j = 0;
        for (const double v : row)
            m(i, j++) = v;
        ++i;
    }
    return m;
}

struct TextErrorCase {
    const char* text;
    const char* message; ///< The whole message.
};

void PrintTo(const TextErrorCase& c, std::ostream* os)
{
    *os << c.text;
}

class DelimitedErrors : public testing::TestWithParam<TextErrorCase> {};

} // namespace

TEST(DelimitedFile, HeaderRowGivesColumnLabels)
{
    const LabelledMatrix m = readCsv("header.csv");
    expectBitwiseEqual(m.values, matrix({{1, 2, 3}, {4, 5, 6}}), "header.csv");
    EXPECT_EQ(m.columnLabels, (Strings{"a", "b", "c"}));
    EXPECT_TRUE(m.rowLabels.empty());
}

TEST(DelimitedFile, CornerCellAndLabelsOnBothSides)
{
    const LabelledMatrix m = readCsv("labels.csv");
    expectBitwiseEqual(m.values, matrix({{0.5, 0.5, 5.6e-08}, {-1, 2.5, 1e21}}), "labels.csv");
    EXPECT_EQ(m.rowLabels, (Strings{"62 cm", "66 cm"}));
    EXPECT_EQ(m.columnLabels, (Strings{"60 cm", "64 cm", "68 cm"}));
}

TEST(DelimitedFile, TsvWithRowLabelsAndNoHeader)
{
    const LabelledMatrix m = readCsv("rowlabels.tsv");
    expectBitwiseEqual(m.values, matrix({{1, 2}, {3, 4}}), "rowlabels.tsv");
    EXPECT_EQ(m.rowLabels, (Strings{"q1", "q2"}));
    EXPECT_TRUE(m.columnLabels.empty());
}

TEST(DelimitedFile, TsvWithByteOrderMarkCommentBlankLineAndCrLf)
{
    // 1E3, +3 and .5 are numbers too.
    const LabelledMatrix m = readCsv("plain.tsv");
    expectBitwiseEqual(m.values, matrix({{0.5, -0.25, 1000}, {2, 3, 0.5}}), "plain.tsv");
    EXPECT_TRUE(m.rowLabels.empty());
    EXPECT_TRUE(m.columnLabels.empty());
}

TEST(DelimitedFile, QuotedFieldsKeepDelimitersQuotesLineBreaksAndSpaces)
{
    const LabelledMatrix m = readCsv("quoted.csv");
    expectBitwiseEqual(m.values, matrix({{1, 2, 3}, {4, 5, 6}}), "quoted.csv");
    EXPECT_EQ(m.columnLabels, (Strings{"key, with comma", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(m.rowLabels, (Strings{"q 1", " q2 "}));
}

TEST(DelimitedFile, ReadsNumpySavetxt)
{
    // np.savetxt(…, np.arange(6).reshape(2, 3) / 4, delimiter=",", header=…): "# " header, "%.18e" numbers.
    const LabelledMatrix m = readCsv("savetxt.csv");
    expectBitwiseEqual(m.values, matrix({{0, 0.25, 0.5}, {0.75, 1, 1.25}}), "savetxt.csv");
    EXPECT_TRUE(m.columnLabels.empty());
}

TEST(DelimitedFile, SemicolonsWhenALineHasNoCommaOrTab)
{
    expectBitwiseEqual(readCsv("semicolon.csv").values, matrix({{1, 2, 3}, {4, 5, 6}}), "semicolon.csv");
}

TEST(DelimitedFile, NumericIndexUnderAnEmptyCornerIsRowLabels)
{
    // pandas' DataFrame.to_csv() writes its 0, 1, … index under an empty corner cell.
    const LabelledMatrix m = parseDelimited(",x,y\n0,1.5,2\n1,3,4\n", QStringLiteral("t.csv"));
    expectBitwiseEqual(m.values, matrix({{1.5, 2}, {3, 4}}), "pandas");
    EXPECT_EQ(m.rowLabels, (Strings{"0", "1"}));
    EXPECT_EQ(m.columnLabels, (Strings{"x", "y"}));
}

TEST(DelimitedFile, SingleColumnWithoutDelimiters)
{
    expectBitwiseEqual(parseDelimited("60\n64\n68", QStringLiteral("t.csv")).values, matrix({{60}, {64}, {68}}),
                       "one column");
    const LabelledMatrix titled = parseDelimited("weight\n110\n115\n", QStringLiteral("t.csv"));
    expectBitwiseEqual(titled.values, matrix({{110}, {115}}), "one column with a title");
    EXPECT_EQ(titled.columnLabels, (Strings{"weight"}));
    EXPECT_TRUE(titled.rowLabels.empty());
}

TEST(DelimitedFile, FixtureErrorsNameFileLineColumnAndFault)
{
    const auto error = [](const char* name) {
        try {
            (void)readCsv(name);
        } catch (const MatrixFileError& e) {
            return std::string(e.what());
        }
        return std::string();
    };
    EXPECT_EQ(error("ragged.csv"), "ragged.csv: line 3 has 4 values, line 1 has 3");
    EXPECT_EQ(error("nonnumeric.csv"), "nonnumeric.csv: line 2, column 2: \"abc\" is not a number (write numbers "
                                       "with '.' as the decimal point, e.g. 0.5 or 5.6e-08)");
    EXPECT_EQ(error("nan.csv"), "nan.csv: line 2, column 2: \"nan\" is not allowed (NaN and infinity cannot be "
                                "computed with; every value must be a finite number)");
    EXPECT_EQ(error("overflow.csv"), "overflow.csv: line 2, column 1: \"1e400\" is outside the range of a double "
                                     "(magnitudes from about 4.9e-324 to 1.8e308)");
    EXPECT_EQ(error("comments_only.csv"), "comments_only.csv: the file holds no numbers (it is empty, or has only "
                                          "blank lines and # comments)");
    // A .npy file given as CSV: its first byte, 0x93, cannot start UTF-8 text.
    EXPECT_EQ(error("binary.csv"),
              "binary.csv: binary data at byte 0 (is this a .npy file?); a CSV or TSV file is "
              "UTF-8 text");
    // readDataFile refuses a file of zero bytes before parsing.
    EXPECT_EQ(error("empty.csv"), csvData("empty.csv").toStdString() + ": the file is empty");
}

TEST_P(DelimitedErrors, MessageNamesThePlaceAndTheFault)
{
    EXPECT_EQ(delimitedError(QByteArray(GetParam().text)), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Inline, DelimitedErrors,
    testing::Values(
        TextErrorCase{"",
                      "t.csv: the file holds no numbers (it is empty, or has only blank lines and # comments)"},
        TextErrorCase{"1,2\n3,\n", "t.csv: line 2, column 2: the cell is empty (every cell of the matrix needs a "
                                   "number)"},
        TextErrorCase{"1,2,\n3,4,\n", "t.csv: line 1, column 3: the cell is empty (every cell of the matrix needs "
                                      "a number)"},
        TextErrorCase{"a,b\n", "t.csv: line 1 is a header of labels, but no rows of numbers follow"},
        TextErrorCase{"# c\nx\ny\n", "t.csv: every line holds only a label, no numbers"},
        TextErrorCase{"1,\"abc\n2,3\n", "t.csv: line 1, column 2: the quoted field is not closed (a \" is "
                                        "missing)"},
        TextErrorCase{"\"a\"x,b\n1,2\n", "t.csv: line 1, column 1: text after the closing quote of \"a\""},
        TextErrorCase{"1,2\n\n# note\n3,4,5\n", "t.csv: line 4 has 3 values, line 1 has 2"},
        TextErrorCase{"k,l\n1,2\n3\n", "t.csv: line 3 has 1 value, line 1 has 2"},
        TextErrorCase{"k,l\nq1,1\n2,3\n", "t.csv: line 2, column 1: \"q1\" is not a number (line 3 starts with a "
                                          "number, so the first column is not a column of row labels)"},
        TextErrorCase{"q1,1\n2,3\n",
                      "t.csv: line 1, column 1: \"q1\" is not a number (line 2 starts with a number, "
                      "so the first column is not a column of row labels)"},
        TextErrorCase{"1,2\nq,3\n",
                      "t.csv: line 2, column 1: \"q\" is not a number (write numbers with '.' as the "
                      "decimal point, e.g. 0.5 or 5.6e-08)"},
        TextErrorCase{"1,2\n3,1,5\n", "t.csv: line 2 has 3 values, line 1 has 2"},
        TextErrorCase{"1,2\n3,0x10\n", "t.csv: line 2, column 2: \"0x10\" is not a number (write numbers with '.' "
                                       "as the decimal point, e.g. 0.5 or 5.6e-08)"},
        TextErrorCase{"1\t2\n-Infinity\t3\n", "t.csv: line 2, column 1: \"-Infinity\" is not allowed (NaN and "
                                              "infinity cannot be computed with; every value must be a finite "
                                              "number)"},
        TextErrorCase{"1,2\n1e-400,3\n", "t.csv: line 2, column 1: \"1e-400\" is outside the range of a double "
                                         "(magnitudes from about 4.9e-324 to 1.8e308)"},
        TextErrorCase{"1,2\n3,+-4\n",
                      "t.csv: line 2, column 2: \"+-4\" is not a number (write numbers with '.' as "
                      "the decimal point, e.g. 0.5 or 5.6e-08)"},
        TextErrorCase{"1,2\n1.5;2,5\n", "t.csv: line 2, column 1: \"1.5;2\" is not a number (write numbers with "
                                        "'.' as the decimal point, e.g. 0.5 or 5.6e-08)"},
        // "é" in Latin-1 (0xE9) followed by ',' is not UTF-8.
        TextErrorCase{"caf\xE9,1\n", "t.csv: binary data at byte 3 (is this a .npy file?); a CSV or TSV file is "
                                     "UTF-8 text"}));

TEST(DelimitedFile, NulInTheMiddleIsBinary)
{
    EXPECT_EQ(delimitedError(QByteArray("1,2\n3\0,4\n", 9)),
              "t.csv: binary data at byte 5 (is this a .npy file?); a CSV or TSV file is UTF-8 text");
}

TEST(DelimitedFile, Utf8LabelsAreKept)
{
    const LabelledMatrix m = parseDelimited(",\xCF\x83 = 1\n\xE2\x80\x9C"
                                            "caf\xC3\xA9\xE2\x80\x9D,2\n",
                                            QStringLiteral("t.csv"));
    EXPECT_EQ(m.columnLabels, (Strings{"\xCF\x83 = 1"}));
    EXPECT_EQ(m.rowLabels, (Strings{"\xE2\x80\x9C"
                                    "caf\xC3\xA9\xE2\x80\x9D"}));
}

TEST(DelimitedFile, RowLimitIsEnforced)
{
    QByteArray text;
    for (long i = 0; i < attn::io::kMaxMatrixSide; ++i)
        text += "1\n";
    EXPECT_EQ(parseDelimited(text, QStringLiteral("t.csv")).values.rows(), 8192);
    text += "1\n";
    EXPECT_EQ(delimitedError(text), "t.csv: line 8193: more than 8192 rows (the limit of one matrix, see "
                                    "docs/data-files.md)");
}

TEST(DelimitedFile, ColumnLimitIsEnforced)
{
    QByteArray line = "0";
    for (long j = 1; j < 8192; ++j)
        line += ",0";
    EXPECT_EQ(parseDelimited(line, QStringLiteral("t.csv")).values.cols(), 8192);
    EXPECT_EQ(delimitedError(line + ",0"),
              "t.csv: line 1 has 8193 columns of numbers, more than the limit of 8192 "
              "(see docs/data-files.md)");
    EXPECT_EQ(delimitedError(line + ",0,0"), "t.csv: line 1 has more than 8193 values (a matrix has at most 8192 "
                                             "columns, see docs/data-files.md)");
}

TEST(DelimitedFile, WritesShortestNumbersAndQuotedLabels)
{
    const attn::Matrix m = matrix({{0.1, -0.0, 1e21}, {5.6e-08, 112.5000007596124, -3}});
    EXPECT_EQ(toDelimited(m), QByteArray("0.1,-0,1e+21\n5.6e-08,112.5000007596124,-3\n"));
    EXPECT_EQ(
        toDelimited(m, {"q1", "a, b"}, {"k1", "say \"hi\"", " x"}),
        QByteArray(",k1,\"say \"\"hi\"\"\",\" x\"\nq1,0.1,-0,1e+21\n\"a, b\",5.6e-08,112.5000007596124,-3\n"));
    // Any character that could be taken for a delimiter is quoted, whichever delimiter the file uses.
    EXPECT_EQ(toDelimited(m, {}, {"a,b", "c;d", "#e"}, '\t'),
              QByteArray("\"a,b\"\t\"c;d\"\t\"#e\"\n0.1\t-0\t1e+21\n5.6e-08\t112.5000007596124\t-3\n"));
    EXPECT_EQ(toDelimited(matrix({{1}}), {"tab\there"},
                          {"\xEF\xBB\xBF"
                           "bom"}),
              QByteArray(",\"\xEF\xBB\xBF"
                         "bom\"\n\"tab\there\",1\n"));
    EXPECT_THROW((void)toDelimited(m, {"only one"}), std::invalid_argument);
    EXPECT_THROW((void)toDelimited(m, {}, {"a", "b"}), std::invalid_argument);
}

TEST(DelimitedFile, RoundTripIsBitwiseExact)
{
    // Hard cases for shortest round-trip printing: subnormals, extremes, -0, values with 17 significant digits.
    const double min = std::numeric_limits<double>::min();
    const attn::Matrix m =
        matrix({{0.1, 0.30000000000000004, -0.0, 5e-324},
                {std::numeric_limits<double>::max(), -std::numeric_limits<double>::lowest(), min,
                 std::nextafter(1.0, 2.0)},
                {std::numbers::pi, -std::numbers::e, 123456789012345678.0, 2.2250738585072009e-308}});
    const Strings rows{"first", "with, comma", "\"quoted\""};
    const Strings columns{"k1", "two\nlines", " padded ", "#hash"};
    // Labels that hold the other delimiters, or start with a byte-order mark, in the first line of the file.
    const Strings tricky{"\xEF\xBB\xBF"
                         "bom",
                         "a\tb", "c,d", "e;f"};
    for (const char delimiter : {',', '\t'}) {
        SCOPED_TRACE(delimiter == ',' ? "CSV" : "TSV");
        const LabelledMatrix plain = parseDelimited(toDelimited(m, {}, {}, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(plain.values, m, "no labels");
        EXPECT_TRUE(plain.rowLabels.empty());
        EXPECT_TRUE(plain.columnLabels.empty());

        const LabelledMatrix both =
            parseDelimited(toDelimited(m, rows, columns, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(both.values, m, "both labels");
        EXPECT_EQ(both.rowLabels, rows);
        EXPECT_EQ(both.columnLabels, columns);

        const LabelledMatrix onlyRows =
            parseDelimited(toDelimited(m, rows, {}, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(onlyRows.values, m, "row labels");
        EXPECT_EQ(onlyRows.rowLabels, rows);

        const LabelledMatrix onlyColumns =
            parseDelimited(toDelimited(m, {}, columns, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(onlyColumns.values, m, "column labels");
        EXPECT_EQ(onlyColumns.columnLabels, columns);

        const LabelledMatrix trickyColumns =
            parseDelimited(toDelimited(m, {}, tricky, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(trickyColumns.values, m, "tricky column labels");
        EXPECT_EQ(trickyColumns.columnLabels, tricky);
        const Strings oneColumn{"x;y"};
        const attn::Matrix column = m.col(0);
        const LabelledMatrix single =
            parseDelimited(toDelimited(column, {}, oneColumn, delimiter), QStringLiteral("t.csv"));
        expectBitwiseEqual(single.values, column, "one column");
        EXPECT_EQ(single.columnLabels, oneColumn);
    }
}

TEST(DelimitedFile, EmptyLabelRoundTripsQuoted)
{
    const attn::Matrix m = matrix({{1}, {2}});
    EXPECT_EQ(toDelimited(m, {"", "b"}), QByteArray("\"\",1\nb,2\n"));
    const LabelledMatrix back = parseDelimited(toDelimited(m, {"", "b"}), QStringLiteral("t.csv"));
    EXPECT_EQ(back.rowLabels, (Strings{"", "b"}));
    expectBitwiseEqual(back.values, m, "empty label");
}
