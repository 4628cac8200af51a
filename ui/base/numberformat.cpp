#include "base/numberformat.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace attn::ui {

namespace {

/// "0.5000" → "0.5", "2.000" → "2", "120" stays "120".
QString trimFraction(QString text)
{
    if (!text.contains(u'.'))
        return text;
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

/// The decimal exponent of `value` once rounded to `digits` significant digits (9.9996e-4 at 4 digits → -3).
int roundedExponent(double value, int digits)
{
    const QString text = QString::number(value, 'e', digits - 1);
    return text.mid(text.indexOf(u'e') + 1).toInt();
}

QString scientific(double value, int digits)
{
    const QString text = QString::number(value, 'e', std::max(0, digits - 2));
    const qsizetype e = text.indexOf(u'e');
    return trimFraction(text.left(e)) + text.mid(e);
}

} // namespace

QString formatCellValue(double value, int significantDigits)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("\u221e") : QStringLiteral("\u2212\u221e");
    if (value == 0.0)
        return QStringLiteral("0"); // also for -0.0
    const int digits = std::clamp(significantDigits, 1, 17);
    const int exponent = roundedExponent(value, digits);
    if (exponent < -3 || exponent >= 6)
        return scientific(value, digits);
    const int decimals = std::max(0, digits - 1 - exponent);
    return trimFraction(QString::number(value, 'f', decimals));
}

QString formatExact(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    // QString::number always uses the C locale; FloatingPointShortest gives the shortest round-trip text.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString keepNumbersWhole(const QString& text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        result += text[i];
        if (text[i] == u'.' && i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit())
            result += QChar(0x2060);
    }
    return result;
}

} // namespace attn::ui
