#include "tables/labeltext.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace attn::ui {

namespace {

/// True for a character written without spaces between words: Han ideographs and Japanese kana.
bool standsAlone(char32_t c)
{
    const QChar::Script script = QChar::script(c);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

/// The grapheme clusters of `text` ("e" + combining accent is one).
QStringList graphemes(const QString& text)
{
    QStringList parts;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        parts << text.mid(start, end - start);
        start = end;
    }
    return parts;
}

/// Splits one word without white space: characters that stand alone apart, runs of other characters together.
void splitWord(const QString& word, QStringList& labels)
{
    QString run;
    for (const QString& cluster : graphemes(word)) {
        if (standsAlone(cluster.toUcs4().value(0))) {
            if (!run.isEmpty())
                labels << std::exchange(run, QString());
            labels << cluster;
        } else {
            run += cluster;
        }
    }
    if (!run.isEmpty())
        labels << run;
}

} // namespace

QStringList splitLabels(const QString& text, LabelSplit mode, const QString& separator)
{
    QStringList labels;
    if (mode == LabelSplit::Separator && !separator.isEmpty()) {
        for (const QString& part : text.split(separator)) {
            const QString label = part.simplified();
            if (!label.isEmpty())
                labels << label;
        }
        return labels;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
        if (mode == LabelSplit::Characters)
            labels << graphemes(word);
        else
            splitWord(word, labels);
    }
    return labels;
}

} // namespace attn::ui
