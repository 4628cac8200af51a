#pragma once

// Private to attn::io: splitting CSV/TSV text into records of fields (delimitedfile.cpp).

#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace attn::io::detail {

/// One field of a record, without the quotes and the spaces around it. The text is a view into the tokenizer's
/// input (no copy per field), or into the tokenizer's own storage for a quoted field with "" in it; it stays
/// valid until the tokenizer's next call of next().
struct DelimitedField {
    std::string_view text;
    bool quoted{false}; ///< Written in "…" in the file.
};

/// A field's text as a message shows it: in double quotes, at most 40 characters.
QString quotedFieldText(std::string_view text);

/// A tab if the first line with content (not blank, not a '#' comment) holds one outside quotes, otherwise a
/// comma, otherwise a semicolon if that line holds one, otherwise a comma. Reads only [begin, end).
char detectDelimiter(const char* begin, const char* end);

/// Splits text into records of fields (RFC 4180 quoting: "" inside quotes is a quote, and a quoted field may hold
/// delimiters and line breaks), skipping blank lines and lines that start with '#'. Line breaks are "\n", "\r\n"
/// or "\r". Line numbers count from 1; a record's line is the line it starts on. Reads only [begin, end), which
/// must stay valid while the tokenizer is used.
class DelimitedTokenizer {
public:
    DelimitedTokenizer(const char* begin, const char* end, char delimiter, const QString& source)
        : m_pos{begin}, m_end{end}, m_delimiter{delimiter}, m_source{source}
    {
    }

    /// The next record into `fields`, the line it starts on into `line`. @return false at the end of the text.
    /// @throws MatrixFileError "<source>: line N, column M: …" for a quote that is not closed or text after a
    ///         closing quote, and "<source>: line N has more than … values" beyond kMaxMatrixSide + 1 fields.
    bool next(std::vector<DelimitedField>& fields, long& line);

private:
    bool isSpace(char c) const { return c == ' ' || (c == '\t' && m_delimiter != '\t'); }
    void endLine();
    DelimitedField field(long line, long column);

    const char* m_pos{nullptr};
    const char* m_end{nullptr};
    char m_delimiter{','};
    long m_line{1};
    const QString& m_source;
    std::deque<std::string> m_unescaped; ///< Quoted fields of the last record with "" made into ".
};

} // namespace attn::io::detail
