#include "document/derivedlabel.h"

#include <QRegularExpression>

#include <cmath>

namespace attn::ui {

std::optional<QString> labelForNewValue(const QString& label, double oldValue, double newValue)
{
    // A number (ASCII or Unicode minus), then nothing or a unit that has no digits: "62 cm", "−1.5kg", "62".
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([-\u2212]?)(\\d+(?:\\.(\\d+))?)(\\s*[^\\d\\s.,+\\-\u2212][^\\d]*)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(label);
    if (!match.hasMatch() || !std::isfinite(newValue))
        return std::nullopt;
    const bool unicodeMinus = match.captured(1) == QStringLiteral("\u2212");
    const double written = (match.captured(1).isEmpty() ? 1.0 : -1.0) * match.captured(2).toDouble();
    const qsizetype decimals = match.captured(3).size();
    const double halfDigit = 0.5 * std::pow(10.0, -static_cast<double>(decimals));
    if (std::abs(written - oldValue) > halfDigit * (1 + 1e-9))
        return std::nullopt;
    QString number = QString::number(newValue, 'g', 6);
    if (number.contains(u'e'))
        return std::nullopt; // a label in scientific notation would not read like the one the user wrote
    if (unicodeMinus)
        number.replace(u'-', QChar(0x2212));
    return number + match.captured(4);
}

} // namespace attn::ui
