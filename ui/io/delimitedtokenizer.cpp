// Splitting CSV/TSV text into records of fields (docs/data-files.md).

#include "io/delimitedtokenizer.h"

#include "io/jsonhelpers.h"
#include "io/matrixfile.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace attn::io::detail {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::MatrixFile)
};

[[noreturn]] void fail(const QString& source, const QString& fault)
{
    throw MatrixFileError((source + u": "_s + fault).toStdString());
}

} // namespace

QString quotedFieldText(std::string_view text)
{
    QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (shown.size() > 40)
        shown = shown.left(40) + QChar(0x2026);
    return u'"' + shown + u'"';
}

char detectDelimiter(const char* begin, const char* end)
{
    const char* p = begin;
    while (p < end) {
        const char* lineEnd = p;
        while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r')
            ++lineEnd;
        const char* first = p;
        while (first < lineEnd && (*first == ' ' || *first == '\t'))
            ++first;
        if (first == lineEnd || *first == '#') {
            p = lineEnd < end ? lineEnd + 1 : end;
            continue;
        }
        bool comma = false;
        bool semicolon = false;
        bool quoted = false;
        for (const char* c = p; c < end && (quoted || (*c != '\n' && *c != '\r')); ++c) {
            if (*c == '"')
                quoted = !quoted;
            else if (!quoted && *c == '\t')
                return '\t';
            comma = comma || (!quoted && *c == ',');
            semicolon = semicolon || (!quoted && *c == ';');
        }
        return comma || !semicolon ? ',' : ';';
    }
    return ',';
}

bool DelimitedTokenizer::next(std::vector<DelimitedField>& fields, long& line)
{
    while (m_pos < m_end) {
        const char* p = m_pos;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p == m_end) {
            m_pos = m_end;
            return false;
        }
        if (*p == '\n' || *p == '\r' || *p == '#') {
            while (p < m_end && *p != '\n' && *p != '\r')
                ++p;
            m_pos = p;
            endLine();
            continue;
        }
        line = m_line;
        fields.clear();
        m_unescaped.clear();
        for (;;) {
            fields.push_back(field(line, long(fields.size()) + 1));
            if (long(fields.size()) > kMaxMatrixSide + 1)
                fail(m_source, format(Tr::tr("line %1 has more than %2 values (a matrix has at most %3 "
                                             "columns, see docs/data-files.md)"),
                                      line, kMaxMatrixSide + 1, kMaxMatrixSide));
            if (m_pos < m_end && *m_pos == m_delimiter) {
                ++m_pos;
                continue;
            }
            endLine();
            return true;
        }
    }
    return false;
}

/// Steps over the line break at m_pos ("\n", "\r\n" or "\r"), if any.
void DelimitedTokenizer::endLine()
{
    if (m_pos < m_end && *m_pos == '\r')
        ++m_pos;
    if (m_pos < m_end && *m_pos == '\n')
        ++m_pos;
    ++m_line;
}

/// One field from m_pos up to the next delimiter or line break (not consumed); spaces around it are dropped.
DelimitedField DelimitedTokenizer::field(long line, long column)
{
    while (m_pos < m_end && isSpace(*m_pos))
        ++m_pos;
    DelimitedField result;
    if (m_pos < m_end && *m_pos == '"') {
        result.quoted = true;
        ++m_pos;
        const char* start = m_pos;
        std::string* unescaped = nullptr; // only for a field with "" in it
        for (;;) {
            if (m_pos == m_end)
                fail(m_source, format(Tr::tr("line %1, column %2: the quoted field is not closed (a \" is "
                                             "missing)"),
                                      line, column));
            const char c = *m_pos++;
            if (c == '"') {
                if (m_pos < m_end && *m_pos == '"') {
                    if (!unescaped)
                        unescaped = &m_unescaped.emplace_back(start, m_pos - 1);
                    *unescaped += '"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && (m_pos == m_end || *m_pos != '\n')))
                ++m_line;
            if (unescaped)
                *unescaped += c;
        }
        result.text =
            unescaped ? std::string_view(*unescaped) : std::string_view(start, size_t(m_pos - 1 - start));
        while (m_pos < m_end && isSpace(*m_pos))
            ++m_pos;
        if (m_pos < m_end && *m_pos != m_delimiter && *m_pos != '\n' && *m_pos != '\r')
            fail(m_source, format(Tr::tr("line %1, column %2: text after the closing quote of %3"), line, column,
                                  quotedFieldText(result.text)));
        return result;
    }
    const char* start = m_pos;
    while (m_pos < m_end && *m_pos != m_delimiter && *m_pos != '\n' && *m_pos != '\r')
        ++m_pos;
    const char* end = m_pos;
    while (end > start && isSpace(end[-1]))
        --end;
    result.text = std::string_view(start, size_t(end - start));
    return result;
}

} // namespace attn::io::detail
