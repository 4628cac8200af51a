#include "io/sessionreader.h"

#include "io/duplicatekeys.h"
#include "io/jsonhelpers.h"
#include "io/matrixfile.h"
#include "io/sessionjson.h"
#include "io/textcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace attn::io::detail {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

/// Whole numbers beyond 2⁵³ are not exact in a double.
constexpr double kLargestWholeNumber = 9007199254740992.0;

int lineOf(const QByteArray& json, int offset)
{
    return 1 + int(json.left(offset).count('\n'));
}

int columnOf(const QByteArray& json, int offset)
{
    // Not lastIndexOf(…, -1) at offset 0: a negative start searches from the end (a newline further on gave
    // "column -120" for binary data at byte 0).
    const qsizetype lineStart = offset > 0 ? json.lastIndexOf('\n', offset - 1) + 1 : 0;
    return int(offset - lineStart) + 1;
}

/// True if parsing stopped because the text ran out: the fault lies at the end of the text (after its last
/// non-blank byte). Qt also reports a missing ',' inside an object as "unterminated object", so the error type
/// alone does not tell.
bool endsEarly(const QByteArray& json, const QJsonParseError& error)
{
    qsizetype end = json.size();
    while (end > 0 && QByteArrayView(" \t\r\n").contains(json.at(end - 1)))
        --end;
    return error.offset >= end;
}

/// What valid JSON that is no object or array holds at its top level ("a number", "null", "a string", "true"
/// or "false"), or "" if `json` is no such document. Qt's parser refuses a top-level scalar ("illegal value"),
/// so the text is parsed once more as the single item of an array.
QString topLevelScalarKind(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + json + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return {};
    const QJsonValue value = wrapped.array().at(0);
    switch (value.type()) {
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

/// "the top level must be a JSON object …, not <kind>".
QString topLevelFault(const QString& kind)
{
    return Tr::tr("the top level must be a JSON object such as {\"queries\": \u2026, \"keys\": \u2026, "
                  "\"values\": \u2026}, not %1")
        .arg(kind);
}

} // namespace

Field Field::member(const QString& key) const
{
    return {value.toObject().value(key), fieldPath(path, key)};
}

Field Field::item(qsizetype index) const
{
    return {value.toArray().at(index), format(Tr::tr("%1 item %2"), path, index + 1)};
}

QString alternatives(const QStringList& names)
{
    if (names.size() < 2)
        return names.join(QString());
    return format(Tr::tr("%1 or %2"), names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

void SessionReader::fail(const QString& fault) const
{
    throw SessionFileError((m_source.isEmpty() ? fault : m_source + u": "_s + fault).toStdString());
}

Field SessionReader::parseDocument(const QByteArray& json) const
{
    if (json.trimmed().isEmpty())
        fail(Tr::tr("the file is empty (expected a JSON object with \"queries\", \"keys\" and \"values\", or "
                    "\"self_attention\")"));
    if (hasNpyMagic(json))
        fail(Tr::tr("binary data at byte 0: this is a NumPy .npy file, not a session file (import it into a "
                    "table instead)"));
    if (const qsizetype at = firstBinaryByte(json); at >= 0)
        fail(format(Tr::tr("binary data at byte %1 (line %2, column %3): a session file is JSON text in UTF-8"),
                    at, lineOf(json, int(at)), columnOf(json, int(at))));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        if (const QString kind = topLevelScalarKind(json); !kind.isEmpty())
            fail(topLevelFault(kind));
        QString fault = format(Tr::tr("malformed JSON at byte offset %1 (line %2, column %3): %4"), error.offset,
                               lineOf(json, error.offset), columnOf(json, error.offset), error.errorString());
        if (error.error == QJsonParseError::IllegalNumber)
            fault += Tr::tr(" (numbers must be finite and within the range of a double; NaN, Infinity and "
                            "values such as 1e400 are not allowed)");
        else if (endsEarly(json, error))
            fault += format(Tr::tr("; the file ends after %1 bytes, before the JSON is complete (is it cut off?)"),
                            json.size());
        fail(fault);
    }
    if (!document.isObject())
        fail(topLevelFault(Tr::tr("an array")));
    if (const QString duplicate = duplicateKeyFault(json); !duplicate.isEmpty())
        fail(duplicate);
    return {document.object(), QString()};
}

int SessionReader::checkVersion(const Field& root) const
{
    const Field field = root.member(u"version"_s);
    if (field.value.isUndefined())
        return 1;
    const double version = field.value.toDouble(std::nan(""));
    if (!field.value.isDouble() || version != std::floor(version))
        fail(Tr::tr("\"version\" must be a whole number, got %1").arg(valueText(field.value)));
    if (version < 1)
        fail(Tr::tr("\"version\" must be 1 or more, got %1").arg(numberText(version)));
    if (version > kSessionFormatVersion)
        fail(format(Tr::tr("format version %1 is newer than this Attention Lab reads (up to version %2); open "
                           "it with a newer Attention Lab"),
                    numberText(version), kSessionFormatVersion));
    return int(version);
}

void SessionReader::requirePresent(const Field& field, const QString& hint) const
{
    if (field.value.isUndefined())
        fail(format(Tr::tr("%1 is missing%2"), field.path, hint));
}

void SessionReader::requireObject(const Field& field, const QString& example) const
{
    if (!field.absent() && !field.value.isObject())
        fail(format(Tr::tr("%1 must be an object such as %2, got %3"), field.path, example,
                    valueText(field.value)));
}

Matrix SessionReader::matrix(const Field& field) const
{
    requirePresent(field);
    if (!field.value.isArray())
        fail(format(Tr::tr("%1 must be an array of rows such as [[1, 2], [3, 4]], got %2"), field.path,
                    valueText(field.value)));
    const QJsonArray rows = field.value.toArray();
    if (rows.isEmpty())
        fail(Tr::tr("%1 has no rows").arg(field.path));
    if (rows.size() > kMaxMatrixSide)
        fail(format(Tr::tr("%1 has %2 rows, more than the limit of %3 (docs/session-format.md)"), field.path,
                    rows.size(), kMaxMatrixSide));

    Matrix matrix;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Field row{rows.at(i), field.path};
        if (!row.value.isArray())
            fail(format(Tr::tr("%1 row %2 is not an array of numbers but %3; write each row in brackets, e.g. "
                               "[[60], [64]]"),
                        field.path, i + 1, valueText(row.value)));
        const QJsonArray numbers = row.value.toArray();
        if (numbers.isEmpty())
            fail(format(Tr::tr("%1 row %2 is empty"), field.path, i + 1));
        if (numbers.size() > kMaxMatrixSide)
            fail(format(Tr::tr("%1 row %2 has %3 numbers, more than the limit of %4 columns "
                               "(docs/session-format.md)"),
                        field.path, i + 1, numbers.size(), kMaxMatrixSide));
        if (i == 0)
            matrix.resize(rows.size(), numbers.size());
        else if (numbers.size() != matrix.cols())
            fail(format(Tr::tr("%1 row %2 has %3, row 1 has %4"), field.path, i + 1,
                        counted(numbers.size(), Tr::tr("number"), Tr::tr("numbers")), matrix.cols()));
        for (qsizetype j = 0; j < numbers.size(); ++j) {
            const QJsonValue value = numbers.at(j);
            if (!value.isDouble() || !std::isfinite(value.toDouble())) // Qt's parser refuses non-finite already
                fail(format(Tr::tr("%1 row %2, column %3 is not a number (%4)"), field.path, i + 1, j + 1,
                            valueText(value)));
            matrix(i, j) = value.toDouble();
        }
    }
    return matrix;
}

Vector SessionReader::numbers(const Field& field) const
{
    requirePresent(field);
    if (!field.value.isArray() || field.value.toArray().isEmpty())
        fail(format(Tr::tr("%1 must be a non-empty array of numbers such as [1, -1], got %2"), field.path,
                    valueText(field.value)));
    const QJsonArray array = field.value.toArray();
    if (array.size() > kMaxMatrixSide)
        fail(format(Tr::tr("%1 has %2 numbers, more than the limit of %3 (docs/session-format.md)"), field.path,
                    array.size(), kMaxMatrixSide));
    Vector vector(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble())
            fail(format(Tr::tr("%1 item %2 is not a number (%3)"), field.path, i + 1, valueText(array.at(i))));
        vector(i) = array.at(i).toDouble();
    }
    return vector;
}

double SessionReader::positiveNumber(const Field& field) const
{
    requirePresent(field);
    if (!field.value.isDouble())
        fail(format(Tr::tr("%1 must be a number, got %2"), field.path, valueText(field.value)));
    const double number = field.value.toDouble();
    if (!(number > 0.0))
        fail(format(Tr::tr("%1 must be > 0, got %2"), field.path, numberText(number)));
    return number;
}

long SessionReader::wholeNumber(const Field& field, long minimum) const
{
    requirePresent(field);
    const double number = field.value.toDouble(std::nan(""));
    if (!field.value.isDouble() || number != std::floor(number) || number < double(minimum) ||
        number > kLargestWholeNumber)
        fail(format(Tr::tr("%1 must be a whole number \u2265 %2, got %3"), field.path, minimum,
                    valueText(field.value)));
    return long(number);
}

bool SessionReader::boolean(const Field& field) const
{
    requirePresent(field);
    if (!field.value.isBool())
        fail(format(Tr::tr("%1 must be true or false, got %2"), field.path, valueText(field.value)));
    return field.value.toBool();
}

QString SessionReader::string(const Field& field) const
{
    requirePresent(field);
    if (!field.value.isString())
        fail(format(Tr::tr("%1 must be a string, got %2"), field.path, valueText(field.value)));
    return field.value.toString();
}

QString SessionReader::name(const Field& field, const QStringList& names, const QString& what) const
{
    requirePresent(field, format(Tr::tr(" (expected %1)"), alternatives(names)));
    if (!field.value.isString())
        fail(format(Tr::tr("%1 must be a string (%2), got %3"), field.path, alternatives(names),
                    valueText(field.value)));
    const QString text = field.value.toString();
    if (!names.contains(text))
        fail(format(Tr::tr("%1: unknown %2 %3 (expected %4)"), field.path, what, valueText(field.value),
                    alternatives(names)));
    return text;
}

std::vector<std::string> SessionReader::labels(const Field& field) const
{
    if (field.absent())
        return {};
    if (!field.value.isArray())
        fail(format(Tr::tr("%1 must be an array of strings, got %2"), field.path, valueText(field.value)));
    const QJsonArray array = field.value.toArray();
    std::vector<std::string> labels;
    labels.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            fail(format(Tr::tr("%1 item %2 is not a string (%3)"), field.path, i + 1, valueText(array.at(i))));
        labels.push_back(array.at(i).toString().toStdString());
    }
    return labels;
}

} // namespace attn::io::detail

namespace attn::io {

QString duplicateKeyFault(const QByteArray& json)
{
    using namespace detail;
    const std::optional<DuplicateKey> duplicate = findDuplicateKey(json);
    if (!duplicate)
        return {};
    return format(Tr::tr("duplicate key %1 at line %2, column %3: a key may appear only once in an object"),
                  valueText(QJsonValue(duplicate->key)), duplicate->line, duplicate->column);
}

} // namespace attn::io
