#pragma once

// Private helpers of attn::io (sessionjson*.cpp, computationjson.cpp, examples.cpp); not part of the library's
// interface.

#include "attn/matrix.h"
#include "attn/normalization.h"
#include "attn/scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <string>
#include <type_traits>
#include <vector>

namespace attn::io::detail {

/// A double in its shortest form that reads back exactly, e.g. "-1", "0.30000000000000004".
inline QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// An argument of format() as text: strings as they are, numbers in their shortest exact form.
inline QString argumentText(const QString& text)
{
    return text;
}

template <typename Number>
requires std::is_arithmetic_v<Number> QString argumentText(Number number)
{
    if constexpr (std::is_floating_point_v<Number>)
        return numberText(double(number));
    else
        return QString::number(number);
}

/// `text` with %1, %2, … replaced by `args` in one pass, so that a "%2" inside an argument (a string from the
/// file) stays as it is.
template <typename... Args> QString format(const QString& text, const Args&... args)
{
    return text.arg(argumentText(args)...);
}

/// A JSON value as it appears in a message: strings quoted (and shortened), other values in JSON notation.
inline QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return value.toArray().isEmpty() ? QStringLiteral("[]") : QCoreApplication::translate("attn::io::SessionJson", "an array");
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QStringLiteral("{}") : QCoreApplication::translate("attn::io::SessionJson", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("attn::io::SessionJson", "nothing");
}

/// "1 row", "2 rows": a count with its noun in singular or plural.
inline QString counted(qsizetype count, const QString& singular, const QString& plural)
{
    return QString::number(count) + QLatin1Char(' ') + (count == 1 ? singular : plural);
}

/// The path of `key` inside the field at `parent`, as messages write it: `"mask"."window"`, or `"queries"` at
/// the top level (parent empty).
inline QString fieldPath(const QString& parent, const QString& key)
{
    const QString quoted = QLatin1Char('"') + key + QLatin1Char('"');
    return parent.isEmpty() ? quoted : parent + QLatin1Char('.') + quoted;
}

/// The matrix as an array of rows of numbers (Qt writes each in its shortest round-trip form).
inline QJsonArray matrixToJson(const attn::Matrix& matrix)
{
    QJsonArray rows;
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < matrix.cols(); ++j)
            row.append(matrix(i, j));
        rows.append(row);
    }
    return rows;
}

/// The strings as a JSON array.
QJsonArray labelsToJson(const std::vector<std::string>& labels);

/// {"function", "sigma"} and the matrices that the function uses: "W" (general), "W_q", "W_k", "w_v"
/// (additive). Session files and `attnlab compute` write the same object (sessionjsonwrite.cpp).
QJsonObject scoringToJson(const attn::Scoring& scoring);

/// {"function", "temperature"} (sessionjsonwrite.cpp).
QJsonObject normalizationToJson(const attn::Normalization& normalization);

} // namespace attn::io::detail
