#pragma once

#include <QString>
#include <QStringList>

#include <utility>

namespace attn::io {

/// What a writer did: the one result convention of the writers in io/, export/ and files/ (after Tiled's
/// writers, which return bool and keep errorString()). On success ok() is true and written() lists the files
/// written, in order; on failure ok() is false and errorString() says why, naming the file or folder (except
/// writeAtomically(), whose callers put the path in front in their own words); written() then lists the files
/// written before the failure, which stay.
class [[nodiscard]] WriteResult {
public:
    /// Success: `written` are the files written, in order.
    static WriteResult success(QStringList written = {}) { return WriteResult(true, {}, std::move(written)); }
    /// Failure: `errorString` names the file and the fault; `written` are the files written before it.
    static WriteResult failure(QString errorString, QStringList written = {})
    {
        return WriteResult(false, std::move(errorString), std::move(written));
    }

    /// Whether everything was written.
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    /// Why the write failed (naming the file and the fault); empty on success.
    const QString& errorString() const { return m_errorString; }
    /// The files written, in order (on failure: those written before it).
    const QStringList& written() const { return m_written; }

private:
    WriteResult(bool ok, QString errorString, QStringList written)
        : m_ok(ok), m_errorString(std::move(errorString)), m_written(std::move(written))
    {
    }

    bool m_ok{false};
    QString m_errorString;
    QStringList m_written;
};

} // namespace attn::io
