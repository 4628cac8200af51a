#pragma once

#include <QString>
#include <QStringList>

namespace attn::ui {

/// How a typed or pasted sentence is cut into token labels (see splitLabels()).
enum class LabelSplit {
    Words,      ///< At white space; Chinese or Japanese characters (Han, kana) become one label each.
    Characters, ///< Every character (grapheme cluster) except white space is one label.
    Separator,  ///< At a separator the user chose (e.g. "," or "|"); labels are trimmed.
};

/// The token labels in `text`, in order, none empty or blank:
/// - Words: "the cat sat on the mat" → the, cat, sat, on, the, mat; "我爱你" → 我, 爱, 你;
///   "attention机制" → attention, 机, 制 (a run of Latin letters, digits or punctuation stays one label).
/// - Characters: "abc 你好" → a, b, c, 你, 好.
/// - Separator: "New York | Paris" with separator "|" → New York, Paris. An empty separator splits as Words.
QStringList splitLabels(const QString& text, LabelSplit mode, const QString& separator = {});

} // namespace attn::ui
