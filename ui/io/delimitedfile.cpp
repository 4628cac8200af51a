// CSV and TSV matrices (docs/data-files.md): parseDelimited and toDelimited.

#include "io/matrixfile.h"

#include "io/delimitedtokenizer.h"
#include "io/jsonhelpers.h"
#include "io/textcheck.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <stdexcept>
#include <string_view>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::DelimitedField;
using detail::DelimitedTokenizer;
using detail::format;
using detail::quotedFieldText;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::MatrixFile)
};

[[noreturn]] void fail(const QString& source, const QString& fault)
{
    throw MatrixFileError((source + u": "_s + fault).toStdString());
}

/// What one field holds.
enum class Cell {
    Number,     ///< A finite double.
    NotFinite,  ///< NaN or infinity, spelled out ("nan", "-inf", "Infinity").
    OutOfRange, ///< A number beyond the range of a double ("1e400", "1e-400").
    Empty,      ///< Nothing (unquoted).
    Text,       ///< Anything else, and a quoted empty field "".
};

struct Parsed {
    Cell kind{Cell::Text};
    double value{0.0};
};

/// Reads `field` as a number with std::from_chars: locale-independent ('.' is the decimal point), bounded by the
/// field's length (no terminating NUL needed), an optional '+' or '-' sign and an exponent allowed.
Parsed parseCell(const DelimitedField& field)
{
    std::string_view text = field.text;
    if (text.empty())
        return {field.quoted ? Cell::Text : Cell::Empty};
    if (text.front() == '+') {
        text.remove_prefix(1);
        if (text.empty() || text.front() == '-' || text.front() == '+')
            return {Cell::Text};
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (end != text.data() + text.size())
        return {Cell::Text};
    if (error == std::errc::result_out_of_range)
        return {Cell::OutOfRange};
    if (error != std::errc())
        return {Cell::Text};
    if (!std::isfinite(value))
        return {Cell::NotFinite};
    return {Cell::Number, value};
}

/// Reads the records after the header into numbers and, when the first column holds labels, labels.
class DelimitedParser {
public:
    explicit DelimitedParser(const QString& source) : m_source{source} {}

    LabelledMatrix parse(const QByteArray& text)
    {
        if (text.size() > kMaxDataFileBytes)
            fail(m_source,
                 format(Tr::tr("the text is too large (%1 bytes; at most %2)"), text.size(), kMaxDataFileBytes));
        if (const qsizetype at = detail::firstBinaryByte(text); at >= 0)
            fail(m_source, format(Tr::tr("binary data at byte %1 (is this a .npy file?); a CSV or TSV file is "
                                         "UTF-8 text"),
                                  at));
        const char* begin = text.constData();
        const char* end = begin + text.size();
        if (text.startsWith("\xEF\xBB\xBF"))
            begin += 3;
        DelimitedTokenizer tokenizer(begin, end, detail::detectDelimiter(begin, end), m_source);

        std::vector<DelimitedField> fields;
        long line = 0;
        if (!tokenizer.next(fields, line))
            fail(m_source,
                 Tr::tr("the file holds no numbers (it is empty, or has only blank lines and # comments)"));
        m_width = long(fields.size());
        m_firstLine = line;
        // A header: a label among the fields after the first (the first may be a row label), an empty first field
        // (the corner above row labels), or a single field that is a label (the title of a single column).
        bool header = parseCell(fields.front()).kind == Cell::Empty ||
                      (fields.size() == 1 && parseCell(fields.front()).kind == Cell::Text);
        for (std::size_t j = 1; j < fields.size(); ++j)
            header = header || parseCell(fields[j]).kind == Cell::Text;
        if (header) {
            m_headerLine = line;
            m_rowLabels = parseCell(fields.front()).kind == Cell::Empty && m_width > 1;
            for (const DelimitedField& field : fields)
                m_result.columnLabels.emplace_back(field.text);
        } else {
            addRow(fields, line);
        }
        while (tokenizer.next(fields, line))
            addRow(fields, line);
        return finish();
    }

private:
    void addRow(const std::vector<DelimitedField>& fields, long line)
    {
        if (long(fields.size()) != m_width)
            fail(m_source, format(Tr::tr("line %1 has %2, line %3 has %4"), line,
                                  detail::counted(qsizetype(fields.size()), Tr::tr("value"), Tr::tr("values")),
                                  m_firstLine, m_width));
        if (m_rows == kMaxMatrixSide)
            fail(m_source, format(Tr::tr("line %1: more than %2 rows (the limit of one matrix, see "
                                         "docs/data-files.md)"),
                                  line, kMaxMatrixSide));
        ++m_rows;
        const Parsed first = parseCell(fields.front());
        decideFirstColumn(first, fields.front(), line);
        m_firstTexts.emplace_back(fields.front().text);
        m_firstValues.push_back(first.value);
        for (std::size_t j = 1; j < fields.size(); ++j)
            m_values.push_back(number(fields[j], line, long(j) + 1));
    }

    /// The first column holds labels when every data line's first field is text (or when the header's first
    /// field is empty). A mix of numbers and text there is a fault at the first line that breaks the pattern.
    void decideFirstColumn(const Parsed& first, const DelimitedField& field, long line)
    {
        if (m_rowLabels)
            return;
        const bool text = first.kind == Cell::Text;
        if (m_rows == 1) {
            m_firstIsText = text;
            m_firstTextLine = line;
            m_firstTextField = std::string(field.text);
        }
        if (!text) {
            (void)number(field, line, 1); // a fault in a number (empty, NaN, 1e400) comes first
            if (m_firstIsText)
                fail(m_source, format(Tr::tr("line %1, column 1: %2 is not a number (line %3 starts with a "
                                             "number, so the first column is not a column of row labels)"),
                                      m_firstTextLine, quotedFieldText(m_firstTextField), line));
        } else if (!m_firstIsText) {
            (void)number(field, line, 1);
        }
    }

    /// The value of `field` at (line, column), or a fault naming the place.
    double number(const DelimitedField& field, long line, long column) const
    {
        const Parsed parsed = parseCell(field);
        if (parsed.kind == Cell::Number)
            return parsed.value; // the common case: no message text is made for it
        const QString place = format(Tr::tr("line %1, column %2"), line, column);
        switch (parsed.kind) {
        case Cell::Number:
            return parsed.value;
        case Cell::Empty:
            fail(m_source, place + Tr::tr(": the cell is empty (every cell of the matrix needs a number)"));
        case Cell::NotFinite:
            fail(m_source, place + format(Tr::tr(": %1 is not allowed (NaN and infinity cannot be computed "
                                                 "with; every value must be a finite number)"),
                                          quotedFieldText(field.text)));
        case Cell::OutOfRange:
            fail(m_source, place + format(Tr::tr(": %1 is outside the range of a double (magnitudes from about "
                                                 "4.9e-324 to 1.8e308)"),
                                          quotedFieldText(field.text)));
        case Cell::Text:
            break;
        }
        fail(m_source, place + format(Tr::tr(": %1 is not a number (write numbers with '.' as the decimal "
                                             "point, e.g. 0.5 or 5.6e-08)"),
                                      quotedFieldText(field.text)));
    }

    LabelledMatrix finish()
    {
        if (m_rows == 0)
            fail(m_source,
                 format(Tr::tr("line %1 is a header of labels, but no rows of numbers follow"), m_headerLine));
        const bool rowLabels = m_rowLabels || m_firstIsText;
        const long columns = rowLabels ? m_width - 1 : m_width;
        if (columns == 0)
            fail(m_source, Tr::tr("every line holds only a label, no numbers"));
        if (columns > kMaxMatrixSide)
            fail(m_source, format(Tr::tr("line %1 has %2 columns of numbers, more than the limit of %3 (see "
                                         "docs/data-files.md)"),
                                  m_firstLine, columns, kMaxMatrixSide));
        m_result.values.resize(m_rows, columns);
        const long rest = m_width - 1;
        for (long i = 0; i < m_rows; ++i) {
            long j = 0;
            if (!rowLabels)
                m_result.values(i, j++) = m_firstValues[std::size_t(i)];
            for (long k = 0; k < rest; ++k)
                m_result.values(i, j++) = m_values[std::size_t(i * rest + k)];
        }
        if (rowLabels) {
            m_result.rowLabels = std::move(m_firstTexts);
            if (!m_result.columnLabels.empty())
                m_result.columnLabels.erase(m_result.columnLabels.begin()); // the corner
        }
        return std::move(m_result);
    }

    const QString& m_source;
    LabelledMatrix m_result;
    long m_width{0};      ///< Fields per line.
    long m_firstLine{0};  ///< The line that set m_width.
    long m_headerLine{0}; ///< 0 without a header.
    long m_rows{0};
    bool m_rowLabels{false}; ///< Known from the header's empty corner.
    bool m_firstIsText{false};
    long m_firstTextLine{0};
    std::string m_firstTextField; ///< The first data line's first field, when it is text.
    std::vector<std::string> m_firstTexts;
    std::vector<double> m_firstValues;
    std::vector<double> m_values; ///< Columns 2 … m_width of every row, row by row.
};

/// Quoted: an empty label (an empty cell would be a missing number), one with any character that the reader could
/// take for a delimiter (',', ';' or a tab, whichever delimiter this file uses: detectDelimiter looks at the first
/// line), a quote or a line break, one that starts with '#' (a comment line) or a byte-order mark (the file's
/// first bytes), and one with a space at either end (dropped around unquoted fields).
bool needsQuotes(const std::string& label)
{
    if (label.empty())
        return true;
    const char first = label.front();
    const char last = label.back();
    return first == ' ' || first == '#' || last == ' ' || label.rfind("\xEF\xBB\xBF", 0) == 0 ||
           label.find_first_of(",;\t\"\n\r") != std::string::npos;
}

void appendLabel(QByteArray& out, const std::string& label)
{
    if (!needsQuotes(label)) {
        out.append(label.data(), qsizetype(label.size()));
        return;
    }
    out.append('"');
    for (const char c : label) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendNumber(QByteArray& out, double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest round-trip form
    out.append(buffer, result.ptr - buffer);
}

} // namespace

LabelledMatrix parseDelimited(const QByteArray& text, const QString& source)
{
    return DelimitedParser(source).parse(text);
}

QByteArray toDelimited(const attn::Matrix& matrix, const std::vector<std::string>& rowLabels,
                       const std::vector<std::string>& columnLabels, char delimiter)
{
    if (!rowLabels.empty() && long(rowLabels.size()) != matrix.rows())
        throw std::invalid_argument("toDelimited: " + std::to_string(rowLabels.size()) + " row labels for " +
                                    std::to_string(matrix.rows()) + " rows");
    if (!columnLabels.empty() && long(columnLabels.size()) != matrix.cols())
        throw std::invalid_argument("toDelimited: " + std::to_string(columnLabels.size()) + " column labels for " +
                                    std::to_string(matrix.cols()) + " columns");
    QByteArray out;
    if (!columnLabels.empty()) {
        if (!rowLabels.empty())
            out.append(delimiter); // the empty corner cell above the row labels
        for (std::size_t j = 0; j < columnLabels.size(); ++j) {
            if (j > 0)
                out.append(delimiter);
            appendLabel(out, columnLabels[j]);
        }
        out.append('\n');
    }
    for (Eigen::Index i = 0; i < matrix.rows(); ++i) {
        if (!rowLabels.empty()) {
            appendLabel(out, rowLabels[std::size_t(i)]);
            out.append(delimiter);
        }
        for (Eigen::Index j = 0; j < matrix.cols(); ++j) {
            if (j > 0)
                out.append(delimiter);
            appendNumber(out, matrix(i, j));
        }
        out.append('\n');
    }
    return out;
}

} // namespace attn::io
