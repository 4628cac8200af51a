#pragma once

// Private to attn::io: finding a key that appears twice in one JSON object. QJsonDocument keeps the last of
// duplicate keys silently; a session file must not say two things about one field.

#include <QByteArray>
#include <QString>

#include <optional>

namespace attn::io::detail {

/// A key that appears a second time in the same object, and where (the second time).
struct DuplicateKey {
    QString key;      ///< The key's text, escapes decoded.
    qsizetype offset; ///< Byte offset of the second occurrence's opening quote, from 0.
    int line;         ///< Its line, from 1.
    int column;       ///< Its column in bytes, from 1.
};

/// The first key (in the text's order) that repeats a key of its own object, at any depth; keys of different
/// objects may be equal. `json` must be valid JSON (parse it with QJsonDocument first): the scan does not check
/// the grammar, it only follows strings, objects and arrays. std::nullopt if every object's keys differ.
/// Linear in the length of the text (a hash set of keys per open object).
std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json);

} // namespace attn::io::detail
