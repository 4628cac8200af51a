#pragma once

#include "attn/session.h"
#include "io/writeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace attn::ui {

/// An autosaved session as a recovery file holds it. The file is JSON:
/// `{"attnlab_recovery": 1, "file_path": "<the session's own file, or empty>", "saved_at": "<ISO 8601 UTC>",
/// "session": {<the session object as attn::io::sessionToJson writes it, with the members of its file that the
/// window does not read ("description", "translations", another tool's keys)>}}`.
struct RecoveryFile {
    QString path;          ///< The recovery file itself.
    QString filePath;      ///< Where the session was saved (empty if it never was); Save writes there again.
    QDateTime savedAt;     ///< When it was autosaved (UTC).
    attn::Session session; ///< The autosaved session, as the window held it: computable or not.
    QJsonObject kept;      ///< The session's unread members (attn::io::unreadMembers), for SessionDocument.
};

/// The version written in "attnlab_recovery"; readRecoveryFile() refuses newer ones.
inline constexpr int kRecoveryFormatVersion = 1;

/// The recovery JSON for `session`, last saved to `filePath`, autosaved at `savedAt`; `kept` (the document's
/// SessionDocument::keptMembers) is written into the session object as a save writes it into the file.
QByteArray recoveryToJson(const attn::Session& session, const QString& filePath, const QDateTime& savedAt,
                          const QJsonObject& kept = {});

/// Writes a recovery file atomically (QSaveFile: a failed write leaves the previous autosave intact). A session
/// that cannot be computed is written as it is; only one with an attn::io::unwritableReason() is refused.
/// @return success with `path` written, or failure with errorString() "Cannot autosave to <path>: <fault>".
io::WriteResult writeRecoveryFile(const QString& path, const attn::Session& session, const QString& filePath,
                                  const QDateTime& savedAt, const QJsonObject& kept = {});

/// Reads a recovery file and its session (attn::io::sessionFromJson with SessionCheck::Editable: a session that
/// cannot be computed reads, as it was autosaved).
/// @throws attn::io::SessionFileError naming `path` if the file cannot be read, is not a recovery file (no
///         "attnlab_recovery", a newer version, no "session" object, malformed JSON with its byte offset, a key
///         twice in one object with its line and column, as attn::io::duplicateKeyFault says it), or its session
///         does not read.
RecoveryFile readRecoveryFile(const QString& path);

} // namespace attn::ui
