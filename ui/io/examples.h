#pragma once

#include <QList>
#include <QString>

namespace attn::io {

/// One built-in example: a session file with a "title" and a one-paragraph "description" (fields that
/// attn::Session does not keep; docs/session-format.md).
struct ExampleInfo {
    QString id;          ///< The file's base name, e.g. "waistline"; stable, for menus and settings.
    QString title;       ///< "title", e.g. "Waistline → weight (Nadaraya–Watson, Gaussian kernel)".
    QString description; ///< "description": what the example shows, one paragraph; may be empty.
    QString path;        ///< The file, e.g. ":/examples/waistline.json", for readSessionFile().
};

/// The title and description of the session file at `path` (only these are read; readSessionFile() checks
/// the rest). The id is the file's base name.
/// @throws SessionFileError if the file cannot be read, is not a JSON object, or "title" or "description" is
///         not a string.
ExampleInfo readExampleInfo(const QString& path);

/// The examples in `directory` (by default the application's resources, ":/examples", which attn::ui
/// bundles), in teaching order: the waistline examples, seed 004's matrices, "Thinking Machines",
/// self-attention, masks, a causal sentence, two heads; other files after them by name. A file that cannot be
/// read is left out with a warning (tests check that every bundled example reads and computes).
QList<ExampleInfo> builtInExamples(const QString& directory = QStringLiteral(":/examples"));

} // namespace attn::io
