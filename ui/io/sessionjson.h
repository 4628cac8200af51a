#pragma once

#include "attn/session.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace attn::io {

/// A session file that cannot be read or written. The message names the file and the fault, e.g.
/// "waist.json: \"keys\" row 2 has 2 numbers, row 1 has 1".
class SessionFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The session-format version this build writes and the newest it reads (docs/session-format.md).
inline constexpr int kSessionFormatVersion = 1;

/// Parses a session from JSON text (docs/session-format.md) and validates it (attn::validate).
/// @param sourceName the file name used in messages.
/// @throws SessionFileError for malformed JSON, wrong types, ragged rows, non-numbers, inconsistent shapes,
///         unknown scoring names or invalid parameters.
attn::Session sessionFromJson(const QByteArray& json, const QString& sourceName);

/// Reads and parses the session file at `path`.
/// @throws SessionFileError if the file is missing, unreadable, a directory, or its content is invalid.
attn::Session readSessionFile(const QString& path);

/// The session as indented JSON, with "version" = kSessionFormatVersion. Numbers read back exactly.
QByteArray sessionToJson(const attn::Session& session);

/// Writes the session atomically (QSaveFile): on failure the old file is left intact.
/// @return an empty string on success, otherwise a message naming the file and the fault.
QString writeSessionFile(const QString& path, const attn::Session& session);

} // namespace attn::io
