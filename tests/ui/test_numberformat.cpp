// Cell texts and exact texts. Expected strings are worked out by hand from the rules in numberformat.h;
// the inputs are DOMAIN.md's worked examples where possible.
#include "base/numberformat.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QTextBoundaryFinder>

#include <cmath>
#include <limits>
#include <ostream>

using attn::ui::formatCellValue;
using attn::ui::formatExact;

namespace {

struct CellCase {
    double value;
    const char* expected;
};

// Names a case by its expected text: test names stay the same from build to build (the default prints the
// struct's bytes, a pointer among them).
void PrintTo(const CellCase& c, std::ostream* os)
{
    *os << c.value << " -> " << c.expected;
}

class CellText : public ::testing::TestWithParam<CellCase> {};

TEST_P(CellText, FourSignificantDigits)
{
    EXPECT_EQ(formatCellValue(GetParam().value), QString::fromUtf8(GetParam().expected)) << GetParam().value;
}

INSTANTIATE_TEST_SUITE_P(WorkedExamples, CellText,
                         ::testing::Values(
                             // DOMAIN.md example 1 (waistline): weights, output and scores.
                             CellCase{5.626758419358835e-08, "5.63e-08"}, CellCase{0.499999971866208, "0.5"},
                             CellCase{112.5000007596124, "112.5"}, CellCase{-2.0, "-2"}, CellCase{-18.0, "-18"},
                             // DOMAIN.md example 2 ("Thinking Machines") weights and scores.
                             CellCase{0.8807970779778823, "0.8808"}, CellCase{0.11920292202211755, "0.1192"},
                             CellCase{14.0, "14"},
                             // Example 3: 1/6.
                             CellCase{1.0 / 6.0, "0.1667"}));

INSTANTIATE_TEST_SUITE_P(
    Boundaries, CellText,
    ::testing::Values(CellCase{0.0, "0"}, CellCase{-0.0, "0"}, CellCase{1.0, "1"}, CellCase{0.001, "0.001"},
                      // rounds up to 0.001 at four digits, so stays in fixed notation
                      CellCase{0.00099996, "0.001"}, CellCase{0.00099, "9.9e-04"},
                      CellCase{-0.000123456, "-1.23e-04"}, CellCase{2.0 / 3.0, "0.6667"}, CellCase{4216.0, "4216"},
                      CellCase{12345.6, "12346"}, CellCase{99999.4, "99999"},
                      // 999999.4 rounds to 1.000e+06 at four digits: scientific
                      CellCase{999999.4, "1e+06"}, CellCase{1234567.0, "1.23e+06"}, CellCase{-3.5e7, "-3.5e+07"}));

TEST(CellTextSpecial, NaNIsEmptyAndInfinityIsASymbol)
{
    EXPECT_TRUE(formatCellValue(std::numeric_limits<double>::quiet_NaN()).isEmpty());
    EXPECT_EQ(formatCellValue(std::numeric_limits<double>::infinity()), QStringLiteral("\u221e"));
    EXPECT_EQ(formatCellValue(-std::numeric_limits<double>::infinity()), QStringLiteral("\u2212\u221e"));
}

TEST(CellTextSpecial, SignificantDigitsParameter)
{
    EXPECT_EQ(formatCellValue(3.14159, 2), QStringLiteral("3.1"));
    EXPECT_EQ(formatCellValue(3.14159, 6), QStringLiteral("3.14159"));
    EXPECT_EQ(formatCellValue(0.125, 1), QStringLiteral("0.1"));
    EXPECT_EQ(formatCellValue(5.626758419358835e-08, 6), QStringLiteral("5.6268e-08"));
}

TEST(CellTextSpecial, DecimalPointIgnoresTheLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(formatCellValue(0.499999971866208), QStringLiteral("0.5"));
    EXPECT_EQ(formatCellValue(1234.56), QStringLiteral("1235"));
    EXPECT_EQ(formatExact(0.25), QStringLiteral("0.25"));
    QLocale::setDefault(previous);
}

TEST(ExactText, ShortestTextOfTheWorkedExamples)
{
    EXPECT_EQ(formatExact(0.499999971866208), QStringLiteral("0.499999971866208"));
    EXPECT_EQ(formatExact(5.626758419358835e-08), QStringLiteral("5.626758419358835e-08"));
    EXPECT_EQ(formatExact(112.5000007596124), QStringLiteral("112.5000007596124"));
    EXPECT_EQ(formatExact(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(formatExact(-18.0), QStringLiteral("-18"));
    EXPECT_EQ(formatExact(0.0), QStringLiteral("0"));
    EXPECT_EQ(formatExact(std::numeric_limits<double>::infinity()), QStringLiteral("inf"));
    EXPECT_EQ(formatExact(-std::numeric_limits<double>::infinity()), QStringLiteral("-inf"));
    EXPECT_EQ(formatExact(std::numeric_limits<double>::quiet_NaN()), QStringLiteral("nan"));
}

TEST(ExactText, RoundTripsBitForBit)
{
    const double values[] = {0.1,
                             1.0 / 3.0,
                             0.8807970779778823,
                             0.11920292202211755,
                             5.626758419358835e-08,
                             112.5000007596124,
                             -2.0,
                             1e-300,
                             4.9e-324,
                             1.7976931348623157e308,
                             123456789.123456789,
                             std::nextafter(1.0, 2.0)};
    for (const double v : values) {
        const QString text = formatExact(v);
        bool ok = false;
        EXPECT_EQ(text.toDouble(&ok), v) << text.toStdString();
        EXPECT_TRUE(ok) << text.toStdString();
        QString digits = text.section(u'e', 0, 0);
        digits.remove(u'-').remove(u'.');
        while (digits.startsWith(u'0'))
            digits.remove(0, 1); // leading zeros are not significant
        EXPECT_LE(digits.size(), 17) << text.toStdString();
    }
}

/// Positions where Qt's line breaker allows a break in `text`.
QList<qsizetype> lineBreaks(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    QList<qsizetype> breaks;
    while (finder.toNextBoundary() != -1)
        if (finder.position() < text.size())
            breaks << finder.position();
    return breaks;
}

TEST(KeepNumbersWhole, NoLineBreakInsideANumber)
{
    // The handout's worked cell of the causal example broke as "exp(6." / "4429086)".
    const QString formula = QStringLiteral("= exp(11.48038224)/[exp(5.68236438) + exp(6.4429086)] = 0.51526461");
    const QString whole = attn::ui::keepNumbersWhole(formula);
    QString visible = whole;
    visible.remove(QChar(0x2060));
    EXPECT_EQ(visible, formula); // nothing but invisible joiners added
    for (const QString& number : {QStringLiteral("6.4429086"), QStringLiteral("5.68236438"),
                                  QStringLiteral("11.48038224"), QStringLiteral("0.51526461")}) {
        QString joined = number;
        joined.replace(QStringLiteral("."), QStringLiteral(".\u2060"));
        const qsizetype first = whole.indexOf(joined);
        ASSERT_GE(first, 0) << number.toStdString();
        const qsizetype last = first + joined.size();
        for (const qsizetype at : lineBreaks(whole))
            EXPECT_FALSE(at > first && at < last) << number.toStdString() << " broken at " << at;
    }
    // Without the joiners Qt does break inside "5.68236438" (after "[exp(5."): the test guards a real fault.
    const qsizetype five = formula.indexOf(QStringLiteral("5.68236438"));
    EXPECT_TRUE(lineBreaks(formula).contains(five + 2));
    // Full stops that end a sentence, and dots beside letters, are left alone.
    EXPECT_EQ(attn::ui::keepNumbersWhole(QStringLiteral("q = 2. Next: v.1")), QStringLiteral("q = 2. Next: v.1"));
}

} // namespace
