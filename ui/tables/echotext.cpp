#include "tables/echotext.h"

namespace attn::ui {

QString echoText(const QString& text, qsizetype maxCharacters)
{
    QString line;
    line.reserve(qMin(text.size(), maxCharacters) + 1);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown == maxCharacters)
            return line + QChar(0x2026); // …
        const QChar c = text.at(i);
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            line += QChar(0x23CE); // ⏎
        } else if (c == u'\t') {
            line += QChar(0x21E5); // ⇥
        } else if (c.isHighSurrogate() && i + 1 < text.size()) {
            line += c;
            line += text.at(++i); // one character in two UTF-16 units
        } else {
            line += c;
        }
        ++shown;
    }
    return line;
}

} // namespace attn::ui
