#pragma once

// The core's user-visible text (error messages, explanation titles and sentences) through a translator that the
// application installs, without Qt in the core.
//
// Every such text is written in the sources as ATTN_TR("<context>", "<English sentence with %1 … %9>") and its
// placeholders are then filled with substitute(). A context groups related strings for the translator, as a
// class name does for Qt's tr(); the core uses three:
//   "attn::Errors"  the messages of ShapeError and ParameterError (what()), shown in the window and on stderr;
//   "attn::Explain" the titles and sentences of attn::explain();
//   "attn::Masks"   how a mask rule reads inside an explanation ("causal mask: j = 3 > i = 1").
// Identifiers stay untranslated: session-file names (scoringName(), maskName() …), LaTeX, numbers, shapes
// ("2 × 3") and symbol or matrix names (q₁, k₂, W_Q, d_k, σ, T, τ).
//
// The application installs Qt's translation with a function that has no state of its own, e.g.
//   attn::setTranslator([](const char* context, const char* source) {
//       return QCoreApplication::translate(context, source).toStdString();
//   });
// and lupdate finds the strings when run with `-tr-function-alias QT_TRANSLATE_NOOP+=ATTN_TR` over core/src.
// A `//: comment` line directly before an ATTN_TR call is a note for the translator (lupdate's extracomment).

#include <initializer_list>
#include <string>
#include <string_view>

namespace attn {

/// Translates `source` (English, UTF-8, a string literal) in `context`; returns UTF-8. Thread-safe.
/// It must not throw; it is called from any thread that computes (the UI computes on a worker thread too).
using Translator = std::string (*)(const char* context, const char* source);

/// Installs `translator` for every later translate() call, on every thread (a std::atomic store).
/// nullptr (the default) = no translation: translate() returns the source as is.
void setTranslator(Translator translator);

/// `source` translated in `context` by the installed translator, or `source` itself when none is installed or
/// the translator returns an empty string (Qt's own convention for a missing translation is the source text).
/// Both are UTF-8. Thread-safe; the result is a pattern for substitute().
std::string translate(const char* context, const char* source);

/// Qt-style placeholders: replaces %1 … %9 in `pattern` with args[0] … args[8] in one pass (a %n inside an
/// inserted argument is not replaced again), e.g. substitute("Score of %1 for %2", {"k", "q"}) ==
/// "Score of k for q". A placeholder may occur more than once or not at all, in any order.
/// A placeholder is one digit: "%10" is args[0] followed by "0" (unlike QString::arg, which reads %10 as the
/// tenth argument; the core never needs more than nine). Left as they are: %n with no args[n − 1], "%0", and a
/// "%" not followed by a digit 1 … 9 (also at the end). Never throws apart from std::bad_alloc.
std::string substitute(std::string_view pattern, std::initializer_list<std::string> args);

} // namespace attn

/// Marks a translatable core string for lupdate (run with -tr-function-alias QT_TRANSLATE_NOOP+=ATTN_TR) and
/// translates it now: both arguments must be string literals (lupdate reads them from the source).
#define ATTN_TR(context, source) ::attn::translate(context, source)
