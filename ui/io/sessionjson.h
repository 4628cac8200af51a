#pragma once

#include "attn/session.h"
#include "io/writeresult.h"

#include <QByteArray>
#include <QJsonObject>
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

/// What reading a session requires of it.
enum class SessionCheck {
    /// A session the window can hold: every field of its type, shapes that fit together, σ and T > 0. Whether it
    /// can be computed as it stands is not asked: a session saved with an overflowing score (1e200 in a query
    /// with Gaussian scoring), h not dividing d_model or a zero-length key under cosine scoring reads, and the
    /// window shows it with the reason it cannot be computed, as it did before it was saved.
    Editable,
    /// Editable, and attn::validate: what `attnlab compute` and `attnlab export` need. The faults name the field
    /// where they can ("multi_head": 3 heads do not divide d_model = 4).
    Computable,
};

/// Parses a session from JSON text (docs/session-format.md, versions 1 and 2). Reads every field it knows
/// whatever "version" says; unknown fields are ignored.
/// @param sourceName the file name used in messages.
/// @param check Editable (the window) or Computable (also attn::validate).
/// @throws SessionFileError for binary data (a .npy file, a NUL byte or invalid UTF-8, with its byte offset),
///         malformed or cut-off JSON (with its byte offset, line and column), a newer version, wrong types,
///         ragged rows, non-numbers, a matrix with more than kMaxMatrixSide (matrixfile.h) rows or columns, shapes
///         that do not fit, unknown names or invalid parameters; the message is "<sourceName>: <path> <fault>".
///         With Computable, attn::AttentionError faults found by attn::validate are rethrown as SessionFileError
///         with the source name in front.
attn::Session sessionFromJson(const QByteArray& json, const QString& sourceName,
                              SessionCheck check = SessionCheck::Editable);

/// Reads and parses the session file at `path` (a resource path such as ":/examples/waistline.json" works).
/// @throws SessionFileError if the file is missing, unreadable (naming the reason), a directory, larger than
///         64 MiB, or its content is invalid (as sessionFromJson with `check`).
attn::Session readSessionFile(const QString& path, SessionCheck check = SessionCheck::Editable);

/// The format version that `session` needs: 1 for plain softmax attention (T = 1, no mask) over Q, K, V with
/// dot, scaled_dot or gaussian scoring, otherwise 2. sessionToJson() writes this version, so that files that
/// need nothing new still open in Attention Lab 0.1.
int requiredFormatVersion(const attn::Session& session);

/// The session as indented JSON with "version" = requiredFormatVersion(session). Numbers read back exactly.
/// Writes only the parameters that the chosen scoring function and mask kind use; in self-attention mode
/// "self_attention" instead of "queries", "keys" and "values" (and, with multi-head, only X and
/// positional_encoding of it, since the multi-head projections take the place of W_Q, W_K, W_V).
/// Members of `kept` (unreadMembers() of the file the session came from) are written beside them, so that a save
/// keeps what the window does not show: "description", "translations", another tool's keys.
QByteArray sessionToJson(const attn::Session& session, const QJsonObject& kept = {});

/// The fault of the first key that appears twice in one object of the valid JSON text `json` (QJsonDocument keeps
/// only the last silently): `duplicate key "queries" at line 4, column 3: a key may appear only once in an
/// object`, as sessionFromJson() reports it. Empty if every object's keys differ. (Recovery files use it too.)
QString duplicateKeyFault(const QByteArray& json);

/// The top-level members of the session document `json` that sessionFromJson() does not read ("description",
/// "translations", any key of another tool), to be written back with sessionToJson(). Empty for a document that
/// is not a JSON object.
QJsonObject unreadMembers(const QByteArray& json);
/// unreadMembers() of the file at `path` (empty if it cannot be read).
QJsonObject unreadMembersOfFile(const QString& path);

/// Why `session` cannot be written so that it reads back (SessionCheck::Editable), or an empty string: an entry
/// of a matrix or vector it writes that is not finite (JSON has no NaN or infinity), e.g.
/// `"scoring"."W" has an entry that is not a finite number`; a matrix with more than kMaxMatrixSide (matrixfile.h)
/// rows or columns, the reader's limit; σ or T that is not a finite number > 0; shapes that the reader refuses
/// (`"mask"."valid_lengths" has 2 entries for 1 query row`). The window lets none of them in, except a table grown
/// past the limit (a large paste at an offset).
/// A session that only cannot be computed (an overflowing score, h not dividing d_model) is writable.
QString unwritableReason(const attn::Session& session);

/// Writes the session atomically (QSaveFile): on failure the old file is left intact. Writes whatever reads back,
/// computable or not; only a session with an unwritableReason() is refused.
/// @return success with `path` written, or failure with errorString() "Cannot save <path>: <fault>".
/// `kept`: as for sessionToJson().
WriteResult writeSessionFile(const QString& path, const attn::Session& session, const QJsonObject& kept = {});

} // namespace attn::io
