#pragma once

#include <QString>

namespace attn::ui {

/// Typed or pasted text as a table's message quotes it: on one line, at most `maxCharacters` characters of it.
/// Each line break (\n, \r\n or \r) shows as ⏎ and each tab as ⇥; longer text is cut and ends in "…" (never
/// inside a surrogate pair). E.g. "1\n2" → "1⏎2"; 50 × "9" → 40 × "9" + "…". The quotes are the caller's.
QString echoText(const QString& text, qsizetype maxCharacters = 40);

} // namespace attn::ui
