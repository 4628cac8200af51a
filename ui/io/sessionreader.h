#pragma once

// Private to attn::io: typed reading of JSON fields, every fault a SessionFileError that names the source, the
// field's path and the fault, e.g. `x.json: "mask"."window" must be a whole number ≥ 0, got -1`.

#include "attn/matrix.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <string>
#include <utility>
#include <vector>

namespace attn::io::detail {

/// One JSON value and where it sits in the file.
struct Field {
    QJsonValue value;
    QString path; ///< `"mask"."valid_lengths"`, `"mask"."cells" item 2`; empty for the top level.

    /// Not in the file, or null: an optional field then takes its default.
    bool absent() const { return value.isUndefined() || value.isNull(); }
    /// The member `key` of this object (undefined if this is not an object or has no such member).
    Field member(const QString& key) const;
    /// Item `index` (0-based; messages count from 1) of this array.
    Field item(qsizetype index) const;
};

/// Reads typed fields of one source; every fault throws SessionFileError("<source>: <fault>").
class SessionReader {
public:
    explicit SessionReader(QString sourceName) : m_source{std::move(sourceName)} {}

    const QString& source() const { return m_source; }

    /// Throws SessionFileError("<source>: <fault>"), or just "<fault>" for an empty source name.
    [[noreturn]] void fail(const QString& fault) const;

    /// The top-level object of `json`. @throws for empty input, binary data (a .npy file, a NUL byte or invalid
    /// UTF-8: "binary data at byte N …"), malformed JSON (byte offset, line and column; "the file ends after N
    /// bytes, before the JSON is complete" when it is cut off), or a top level that is no object.
    Field parseDocument(const QByteArray& json) const;

    /// Checks "version" (absent, or a whole number 1 … newest) and returns it (1 when absent).
    int checkVersion(const Field& root) const;

    /// Throws "<path> is missing<hint>" if `field` is absent.
    void requirePresent(const Field& field, const QString& hint = {}) const;

    /// `field` must be an object (absent is allowed: the caller checks). `example` is shown on a fault.
    void requireObject(const Field& field, const QString& example) const;

    /// An array of rows of numbers, 1 … kMaxMatrixSide rows and columns, all rows of equal length. Required.
    Matrix matrix(const Field& field) const;

    /// A non-empty array of at most kMaxMatrixSide numbers, e.g. [1, -1]. Required.
    Vector numbers(const Field& field) const;

    /// A number > 0. Required.
    double positiveNumber(const Field& field) const;

    /// A whole number ≥ `minimum` (and ≤ 2⁵³). Required.
    long wholeNumber(const Field& field, long minimum) const;

    /// true or false. Required.
    bool boolean(const Field& field) const;

    /// A string. Required.
    QString string(const Field& field) const;

    /// A string from `names`; the fault names `what` ("scoring function") and lists the expected names.
    QString name(const Field& field, const QStringList& names, const QString& what) const;

    /// An array of strings, or nothing (absent or []).
    std::vector<std::string> labels(const Field& field) const;

private:
    double entry(const Field& row, qsizetype column) const;

    QString m_source;
};

/// "a, b or c".
QString alternatives(const QStringList& names);

} // namespace attn::io::detail
