#pragma once

#include "attn/session.h"
#include "io/writeresult.h"

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace attn::io {

/// A session file that cannot be read or written. The message names the file, the field and the fault, e.g.
/// `waist.json: "keys" row 2 has 2 numbers, row 1 has 1` or
/// `x.json: "mask"."valid_lengths" has 1 entry for 2 query rows`.
class SessionFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The newest session-format version this build reads and writes (docs/session-format.md). Version 1 files
/// (plain softmax attention over Q, K, V with dot, scaled_dot or gaussian scoring) read as before.
inline constexpr int kSessionFormatVersion = 2;

/// Parses a session from JSON text (docs/session-format.md, versions 1 and 2) and validates it
/// (attn::validate). Reads every field it knows whatever "version" says; unknown fields are ignored.
/// @param sourceName the file name used in messages.
/// @throws SessionFileError for binary data (a .npy file, a NUL byte or invalid UTF-8, with its byte offset),
///         malformed or cut-off JSON (with its byte offset, line and column), a newer version, wrong types,
///         ragged rows, non-numbers, a matrix with more than kMaxMatrixSide (matrixfile.h) rows or columns, shapes
///         that do not fit, unknown names or invalid parameters; the message is "<sourceName>: <path> <fault>".
///         attn::AttentionError faults found by attn::validate are rethrown as SessionFileError with the
///         source name in front.
attn::Session sessionFromJson(const QByteArray& json, const QString& sourceName);

/// Reads and parses the session file at `path` (a resource path such as ":/examples/waistline.json" works).
/// @throws SessionFileError if the file is missing, unreadable (naming the reason), a directory, larger than
///         64 MiB, or its content is invalid (as sessionFromJson).
attn::Session readSessionFile(const QString& path);

/// The format version that `session` needs: 1 for plain softmax attention (T = 1, no mask) over Q, K, V with
/// dot, scaled_dot or gaussian scoring, otherwise 2. sessionToJson() writes this version, so that files that
/// need nothing new still open in Attention Lab 0.1.
int requiredFormatVersion(const attn::Session& session);

/// The session as indented JSON with "version" = requiredFormatVersion(session). Numbers read back exactly.
/// Writes only the parameters that the chosen scoring function and mask kind use; in self-attention mode
/// "self_attention" instead of "queries", "keys" and "values" (and, with multi-head, only X and
/// positional_encoding of it, since the multi-head projections take the place of W_Q, W_K, W_V).
QByteArray sessionToJson(const attn::Session& session);

/// Writes the session atomically (QSaveFile): on failure the old file is left intact. A session that would not
/// read back (attn::validate fails, an entry is not finite, σ ≤ 0) is not written.
/// @return success with `path` written, or failure with errorString() "Cannot save <path>: <fault>".
WriteResult writeSessionFile(const QString& path, const attn::Session& session);

} // namespace attn::io
