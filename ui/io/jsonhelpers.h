#pragma once

// Private helpers of attn::io (sessionjson.cpp, tracejson.cpp); not part of the library's interface.

#include "attn/matrix.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace attn::io::detail {

/// `text` with %1, %2, … replaced by `args` in turn (QString::arg for each).
template <typename... Args> QString format(QString text, const Args&... args)
{
    ((text = text.arg(args)), ...);
    return text;
}

/// A double in its shortest form that reads back exactly, e.g. "-1", "0.30000000000000004".
inline QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// A JSON value as it appears in a message: strings quoted (and shortened), other values in JSON notation.
inline QString valueText(const QJsonValue& value)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("attn::io::SessionJson", text); };
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
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

/// "1 row", "2 rows": a count with its noun in singular or plural.
inline QString counted(qsizetype count, const QString& singular, const QString& plural)
{
    return QString::number(count) + QLatin1Char(' ') + (count == 1 ? singular : plural);
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

} // namespace attn::io::detail
