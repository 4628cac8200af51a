#include "io/sessionjson.h"

#include "attn/errors.h"
#include "io/jsonhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::counted;
using detail::format;
using detail::matrixToJson;
using detail::numberText;
using detail::valueText;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

/// Larger files are refused before reading: a session of typed-in numbers is a few kilobytes.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

/// The scoring functions that format version 1 stores (docs/session-format.md). attn::core may know more, but
/// their parameters (e.g. the matrices of general and additive) have no place in version 1 yet.
bool isVersion1Scoring(ScoringFunction function)
{
    return function == ScoringFunction::Dot || function == ScoringFunction::ScaledDot ||
           function == ScoringFunction::Gaussian;
}

/// What `session` uses that format version 1 cannot store, or an empty string. Saving such a session would
/// lose it silently, so writeSessionFile() refuses.
QString unstorableFeature(const Session& session)
{
    if (!isVersion1Scoring(session.scoring.function))
        return format(Tr::tr("the scoring function \"%1\" (only dot, scaled_dot and gaussian)"),
                      QString::fromUtf8(scoringName(session.scoring.function)));
    if (session.normalization.function != NormalizationFunction::Softmax)
        return format(Tr::tr("the normalisation \"%1\" (only softmax)"),
                      QString::fromUtf8(normalizationName(session.normalization.function)));
    if (session.normalization.temperature != 1.0)
        return format(Tr::tr("a softmax temperature of %1 (only 1)"),
                      numberText(session.normalization.temperature));
    if (session.mask.kind != MaskKind::None)
        return format(Tr::tr("a mask (\"%1\")"), QString::fromUtf8(maskName(session.mask.kind)));
    if (session.self_attention)
        return Tr::tr("self-attention (X, W_Q, W_K, W_V)");
    if (session.multi_head)
        return Tr::tr("multi-head attention");
    return {};
}

/// Reads one session object; every fault throws SessionFileError prefixed with the source name.
class SessionReader {
public:
    explicit SessionReader(const QString& sourceName) : m_source{sourceName} {}

    [[noreturn]] void fail(const QString& fault) const
    {
        throw SessionFileError((m_source + u": "_s + fault).toStdString());
    }

    QJsonObject parseDocument(const QByteArray& json) const
    {
        if (json.trimmed().isEmpty())
            fail(Tr::tr("the file is empty (expected a JSON object with \"queries\", \"keys\" and \"values\")"));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            QString fault =
                format(Tr::tr("malformed JSON at byte offset %1 (line %2, column %3): %4"), error.offset,
                       lineOf(json, error.offset), columnOf(json, error.offset), error.errorString());
            if (error.error == QJsonParseError::IllegalNumber)
                fault += Tr::tr(" (numbers must be finite and within the range of a double; NaN, Infinity "
                                "and values such as 1e400 are not allowed)");
            fail(fault);
        }
        if (!document.isObject())
            fail(Tr::tr("the top level is not a JSON object (expected {\"queries\": \u2026, \"keys\": \u2026, "
                        "\"values\": \u2026})"));
        return document.object();
    }

    void checkVersion(const QJsonObject& root) const
    {
        const QJsonValue value = root.value(u"version"_s);
        if (value.isUndefined())
            return;
        const double version = value.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!value.isDouble() || version != std::floor(version))
            fail(Tr::tr("\"version\" must be a whole number, got %1").arg(valueText(value)));
        if (version < 1)
            fail(Tr::tr("\"version\" must be 1 or more, got %1").arg(numberText(version)));
        if (version > kSessionFormatVersion)
            fail(format(Tr::tr("format version %1 is newer than this Attention Lab reads (up to version %2); "
                               "open it with a newer Attention Lab"),
                        numberText(version), kSessionFormatVersion));
    }

    std::string readTitle(const QJsonObject& root) const
    {
        const QJsonValue value = root.value(u"title"_s);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(Tr::tr("\"title\" must be a string, got %1").arg(valueText(value)));
        return value.toString().toStdString();
    }

    /// An array of rows of numbers, all rows of equal length, at least one row and one column.
    Matrix readMatrix(const QJsonObject& root, const QString& field) const
    {
        const QJsonValue value = root.value(field);
        if (value.isUndefined())
            fail(Tr::tr("\"%1\" is missing").arg(field));
        if (!value.isArray())
            fail(Tr::tr("\"%1\" must be an array of rows such as [[1, 2], [3, 4]], got %2")
                     .arg(field, valueText(value)));
        const QJsonArray rows = value.toArray();
        if (rows.isEmpty())
            fail(Tr::tr("\"%1\" has no rows").arg(field));

        Matrix matrix;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonValue rowValue = rows.at(i);
            if (!rowValue.isArray())
                fail(format(Tr::tr("\"%1\" row %2 is not an array of numbers but %3; write each row in "
                                   "brackets, e.g. [[60], [64]]"),
                            field, i + 1, valueText(rowValue)));
            const QJsonArray row = rowValue.toArray();
            if (row.isEmpty())
                fail(Tr::tr("\"%1\" row %2 is empty").arg(field).arg(i + 1));
            if (i == 0)
                matrix.resize(rows.size(), row.size());
            else if (row.size() != matrix.cols())
                fail(format(Tr::tr("\"%1\" row %2 has %3, row 1 has %4"), field, i + 1,
                            counted(row.size(), Tr::tr("number"), Tr::tr("numbers")), matrix.cols()));
            for (qsizetype j = 0; j < row.size(); ++j)
                matrix(i, j) = readEntry(row.at(j), field, i, j);
        }
        return matrix;
    }

    std::vector<std::string> readLabels(const QJsonObject& root, const QString& field, const QString& matrixField,
                                        Eigen::Index rows) const
    {
        const QJsonValue value = root.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            fail(Tr::tr("\"%1\" must be an array of strings, got %2").arg(field, valueText(value)));
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return {};
        if (array.size() != rows)
            fail(Tr::tr("\"%1\" has %2 but \"%3\" has %4")
                     .arg(field, counted(array.size(), Tr::tr("label"), Tr::tr("labels")), matrixField,
                          counted(rows, Tr::tr("row"), Tr::tr("rows"))));
        std::vector<std::string> labels;
        labels.reserve(static_cast<std::size_t>(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(format(Tr::tr("\"%1\" item %2 is not a string (%3)"), field, i + 1, valueText(array.at(i))));
            labels.push_back(array.at(i).toString().toStdString());
        }
        return labels;
    }

    Scoring readScoring(const QJsonObject& root) const
    {
        Scoring scoring;
        const QJsonValue value = root.value(u"scoring"_s);
        if (value.isUndefined() || value.isNull())
            return scoring;
        if (!value.isObject())
            fail(Tr::tr("\"scoring\" must be an object such as {\"function\": \"gaussian\", \"sigma\": 1}, got %1")
                     .arg(valueText(value)));
        const QJsonObject object = value.toObject();

        const QJsonValue function = object.value(u"function"_s);
        if (!function.isUndefined()) {
            if (!function.isString())
                fail(Tr::tr("\"function\" in \"scoring\" must be a string (dot, scaled_dot or gaussian), got %1")
                         .arg(valueText(function)));
            const auto parsed = scoringFromName(function.toString().toStdString());
            if (!parsed || !isVersion1Scoring(*parsed))
                fail(Tr::tr("unknown scoring function %1 (expected dot, scaled_dot or gaussian)")
                         .arg(valueText(function)));
            scoring.function = *parsed;
        }

        const QJsonValue sigma = object.value(u"sigma"_s);
        if (!sigma.isUndefined()) {
            if (!sigma.isDouble())
                fail(Tr::tr("\"sigma\" must be a number, got %1").arg(valueText(sigma)));
            scoring.sigma = sigma.toDouble();
            if (!(scoring.sigma > 0.0))
                fail(Tr::tr("\"sigma\" must be > 0, got %1").arg(numberText(scoring.sigma)));
        }
        return scoring;
    }

    void checkShapes(const Session& session) const
    {
        if (session.queries.cols() != session.keys.cols())
            fail(format(Tr::tr("\"queries\" have d_k = %1 but \"keys\" have d_k = %2"), session.queries.cols(),
                        session.keys.cols()));
        if (session.keys.rows() != session.values.rows())
            fail(Tr::tr("%1 \"keys\" but %2 \"values\" rows").arg(session.keys.rows()).arg(session.values.rows()));
    }

    void validateSession(const Session& session) const
    {
        try {
            attn::validate(session);
        } catch (const AttentionError& error) {
            fail(QString::fromStdString(error.what()));
        }
    }

private:
    double readEntry(const QJsonValue& value, const QString& field, qsizetype row, qsizetype column) const
    {
        if (!value.isDouble())
            fail(format(Tr::tr("\"%1\" row %2, column %3 is not a number (%4)"), field, row + 1, column + 1,
                        valueText(value)));
        const double number = value.toDouble();
        if (!std::isfinite(number)) // Qt's parser refuses these already; kept in case that changes.
            fail(format(Tr::tr("\"%1\" row %2, column %3 is not a finite number"), field, row + 1, column + 1));
        return number;
    }

    static int lineOf(const QByteArray& json, int offset) { return 1 + int(json.left(offset).count('\n')); }

    static int columnOf(const QByteArray& json, int offset)
    {
        const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
        return int(offset - lineStart) + 1;
    }

    QString m_source;
};

QJsonArray labelsToJson(const std::vector<std::string>& labels)
{
    QJsonArray array;
    for (const std::string& label : labels)
        array.append(QString::fromStdString(label));
    return array;
}

} // namespace

Session sessionFromJson(const QByteArray& json, const QString& sourceName)
{
    const SessionReader reader(sourceName);
    const QJsonObject root = reader.parseDocument(json);
    reader.checkVersion(root);

    Session session;
    session.title = reader.readTitle(root);
    session.queries = reader.readMatrix(root, u"queries"_s);
    session.keys = reader.readMatrix(root, u"keys"_s);
    session.values = reader.readMatrix(root, u"values"_s);
    reader.checkShapes(session);
    session.query_labels = reader.readLabels(root, u"query_labels"_s, u"queries"_s, session.queries.rows());
    session.key_labels = reader.readLabels(root, u"key_labels"_s, u"keys"_s, session.keys.rows());
    session.scoring = reader.readScoring(root);
    reader.validateSession(session);
    return session;
}

Session readSessionFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    const SessionReader reader(name);
    const QFileInfo info(path);
    if (path.isEmpty())
        throw SessionFileError(Tr::tr("no session file given").toStdString());
    if (!info.exists())
        reader.fail(Tr::tr("no such file"));
    if (info.isDir())
        reader.fail(Tr::tr("is a directory, not a session file"));
    if (info.size() > kMaxFileSize)
        reader.fail(
            Tr::tr("is too large for a session file (%1 bytes; at most %2)").arg(info.size()).arg(kMaxFileSize));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray json = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    if (json.size() > kMaxFileSize)
        reader.fail(Tr::tr("is too large for a session file (at most %1 bytes)").arg(kMaxFileSize));
    return sessionFromJson(json, name);
}

QByteArray sessionToJson(const Session& session)
{
    QJsonObject root;
    root.insert(u"version"_s, kSessionFormatVersion);
    if (!session.title.empty())
        root.insert(u"title"_s, QString::fromStdString(session.title));
    root.insert(u"queries"_s, matrixToJson(session.queries));
    root.insert(u"keys"_s, matrixToJson(session.keys));
    root.insert(u"values"_s, matrixToJson(session.values));
    if (!session.query_labels.empty())
        root.insert(u"query_labels"_s, labelsToJson(session.query_labels));
    if (!session.key_labels.empty())
        root.insert(u"key_labels"_s, labelsToJson(session.key_labels));
    root.insert(u"scoring"_s,
                QJsonObject{{u"function"_s, QString::fromUtf8(scoringName(session.scoring.function))},
                            {u"sigma"_s, session.scoring.sigma}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString writeSessionFile(const QString& path, const Session& session)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto failure = [&name](const QString& fault) { return Tr::tr("Cannot save %1: %2").arg(name, fault); };

    // A file that would not read back is refused (sessionToJson would write NaN or infinity as null).
    if (const QString feature = unstorableFeature(session); !feature.isEmpty())
        return failure(
            format(Tr::tr("session format version %1 cannot store %2"), kSessionFormatVersion, feature));
    try {
        attn::validate(session);
    } catch (const AttentionError& error) {
        return failure(QString::fromStdString(error.what()));
    }
    if (!(std::isfinite(session.scoring.sigma) && session.scoring.sigma > 0.0))
        return failure(Tr::tr("\"sigma\" must be > 0, got %1").arg(numberText(session.scoring.sigma)));

    const QByteArray json = sessionToJson(session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (file.write(json) != json.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return failure(error);
    }
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace attn::io
