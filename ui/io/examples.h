#pragma once

#include <QList>
#include <QString>

namespace attn::io {

/// One built-in example: a session file with a "title" and a one-paragraph "description" (fields that
/// attn::Session does not keep), each in English and, under "translations", in other languages
/// (docs/session-format.md).
struct ExampleInfo {
    QString id;    ///< The file's base name, e.g. "waistline"; stable, for menus and settings.
    QString title; ///< "title" in the language asked for, e.g. "Waistline → weight (Nadaraya–Watson, …)".
    QString description; ///< "description" in the language asked for: one paragraph; may be empty.
    QString path;        ///< The file, e.g. ":/examples/waistline.json", for readSessionFile().
};

/// The title and description of the session file at `path` (only these are read; readSessionFile() checks
/// the rest), in `language`: a locale name such as "zh_CN" picks "translations"."zh_CN" (or else
/// "translations"."zh") when the file has it, member by member; "" or a language the file lacks gives the
/// English "title" and "description". The id is the file's base name.
/// @throws SessionFileError if the file cannot be read, is not a JSON object, "title" or "description" is not
///         a string, "translations" is not an object of objects, or a translated "title" or "description" is
///         not a string (the message names the field, e.g. `"translations"."zh_CN"."title"`).
ExampleInfo readExampleInfo(const QString& path, const QString& language = {});

/// True when `path` is one of the built-in examples: a file in `directory` (the resources), or a copy of one
/// byte for byte under the same name, such as the installed share/attnlab/examples/waistline.json (a read-only
/// place: save and export dialogs do not open there). False for a file that cannot be read.
bool isBuiltInExampleFile(const QString& path, const QString& directory = QStringLiteral(":/examples"));

/// The examples in `directory` (by default the application's resources, ":/examples", which attn::ui
/// bundles), in teaching order (ATTN_EXAMPLES in resources/examples/examples.cmake, the one list of the
/// built-in examples); other files after them by name. A file that cannot be
/// read is left out with a warning (tests check that every bundled example reads and computes).
/// Titles and descriptions are in `language` as readExampleInfo() picks them.
QList<ExampleInfo> builtInExamples(const QString& directory = QStringLiteral(":/examples"),
                                   const QString& language = {});

} // namespace attn::io
