// The .npy header: a tiny Python dict literal, parsed by hand so that every fault has a byte offset.

#include "io/npyheader.h"

#include "io/jsonhelpers.h"
#include "io/matrixfile.h"

#include <QCoreApplication>

#include <charconv>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace attn::io::detail {

namespace {

// Messages are QCoreApplication::translate("attn::io::MatrixFile", …) written out: lupdate files a Tr::tr()
// helper's calls in this file partly under a wrong context.

/// NumPy 2 allows 64 dimensions (NumPy 1: 32).
constexpr std::size_t kMaxDimensions = 64;

/// "64-bit integers", "complex numbers", …: what a dtype such as '<i8' holds, for messages.
QString dtypeWords(const std::string& descr)
{
    const std::string code =
        descr.size() > 1 && (descr[0] == '<' || descr[0] == '>' || descr[0] == '|' || descr[0] == '=')
            ? descr.substr(1)
            : descr;
    int bytes = 0;
    const char* digitsEnd = code.data() + code.size();
    const auto [end, error] =
        code.size() > 1 ? std::from_chars(code.data() + 1, digitsEnd, bytes) : std::from_chars_result{};
    if (code.empty() ||
        (code.size() > 1 && (error != std::errc() || end != digitsEnd || bytes <= 0 || bytes > 64)))
        return QCoreApplication::translate("attn::io::MatrixFile", "not a NumPy dtype");
    const QString bits = QString::number(bytes * 8);
    switch (code[0]) {
    case 'f':
        return code == "f2" ? QCoreApplication::translate("attn::io::MatrixFile", "16-bit floats")
                            : QCoreApplication::translate("attn::io::MatrixFile", "%1-bit floats").arg(bits);
    case 'i':
        return QCoreApplication::translate("attn::io::MatrixFile", "%1-bit integers").arg(bits);
    case 'u':
        return QCoreApplication::translate("attn::io::MatrixFile", "%1-bit unsigned integers").arg(bits);
    case 'c':
        return QCoreApplication::translate("attn::io::MatrixFile", "complex numbers");
    case 'b':
    case '?':
        return QCoreApplication::translate("attn::io::MatrixFile", "booleans");
    case 'O':
        return QCoreApplication::translate("attn::io::MatrixFile", "Python objects");
    case 'U':
        return QCoreApplication::translate("attn::io::MatrixFile", "Unicode strings");
    case 'S':
    case 'a':
        return QCoreApplication::translate("attn::io::MatrixFile", "byte strings");
    case 'V':
        return QCoreApplication::translate("attn::io::MatrixFile", "raw bytes");
    case 'M':
        return QCoreApplication::translate("attn::io::MatrixFile", "dates");
    case 'm':
        return QCoreApplication::translate("attn::io::MatrixFile", "time spans");
    default:
        return QCoreApplication::translate("attn::io::MatrixFile", "an unknown type");
    }
}

class HeaderParser {
public:
    HeaderParser(const QByteArray& bytes, qsizetype begin, qsizetype end, const QString& source)
        : m_data{bytes.constData()}, m_pos{begin}, m_begin{begin}, m_end{end}, m_source{source}
    {
    }

    NpyHeader parse()
    {
        skipSpace();
        expect('{', QCoreApplication::translate("attn::io::MatrixFile",
                                                "the header is not a Python dict: it must start with '{'"));
        bool haveDescr = false;
        bool haveOrder = false;
        bool haveShape = false;
        skipSpace();
        while (!at('}')) {
            const qsizetype keyAt = m_pos;
            const std::string key = quotedString(QCoreApplication::translate(
                "attn::io::MatrixFile", "a key in quotes ('descr', 'fortran_order' or 'shape')"));
            skipSpace();
            expect(':', QCoreApplication::translate("attn::io::MatrixFile", "expected ':' after the key '%1'")
                            .arg(QString::fromStdString(key)));
            skipSpace();
            if (key == "descr") {
                once(haveDescr, keyAt, key);
                descr();
            } else if (key == "fortran_order") {
                once(haveOrder, keyAt, key);
                m_header.fortranOrder = boolean();
            } else if (key == "shape") {
                once(haveShape, keyAt, key);
                shape();
            } else {
                failAt(keyAt, QCoreApplication::translate(
                                  "attn::io::MatrixFile",
                                  "unknown key '%1' in the header (expected 'descr', 'fortran_order' and "
                                  "'shape')")
                                  .arg(QString::fromStdString(key)));
            }
            skipSpace();
            if (at(',')) {
                ++m_pos;
                skipSpace();
            } else if (!at('}')) {
                failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                          "expected ',' or '}' in the header dict, got %1")
                                  .arg(current()));
            }
        }
        ++m_pos; // '}'
        skipSpace();
        if (m_pos < m_end)
            failAt(m_pos,
                   QCoreApplication::translate("attn::io::MatrixFile", "unexpected %1 after the header dict")
                       .arg(current()));
        for (auto [have, key] :
             {std::pair{haveDescr, "'descr'"}, {haveOrder, "'fortran_order'"}, {haveShape, "'shape'"}})
            if (!have)
                failAt(m_begin, QCoreApplication::translate("attn::io::MatrixFile", "the header has no %1")
                                    .arg(QString::fromLatin1(key)));
        return m_header;
    }

private:
    [[noreturn]] void failAt(qsizetype byte, const QString& fault) const
    {
        throw MatrixFileError(
            format(QCoreApplication::translate("attn::io::MatrixFile", "%1: byte %2: %3"), m_source, byte, fault)
                .toStdString());
    }

    bool at(char c) const { return m_pos < m_end && m_data[m_pos] == c; }

    /// The byte at m_pos as a message shows it: 'x', byte 0x93, or "the end of the header".
    QString current() const
    {
        if (m_pos >= m_end)
            return QCoreApplication::translate("attn::io::MatrixFile", "the end of the header");
        const auto byte = static_cast<unsigned char>(m_data[m_pos]);
        if (byte >= 0x20 && byte < 0x7F)
            return u'\'' + QChar(char16_t(byte)) + u'\'';
        return QCoreApplication::translate("attn::io::MatrixFile", "byte 0x%1")
            .arg(uint(byte), 2, 16, QChar(u'0'));
    }

    void skipSpace()
    {
        while (m_pos < m_end &&
               (m_data[m_pos] == ' ' || m_data[m_pos] == '\t' || m_data[m_pos] == '\n' || m_data[m_pos] == '\r'))
            ++m_pos;
    }

    void expect(char c, const QString& fault)
    {
        if (!at(c))
            failAt(m_pos, fault + QCoreApplication::translate("attn::io::MatrixFile", ", got %1").arg(current()));
        ++m_pos;
    }

    void once(bool& seen, qsizetype keyAt, const std::string& key) const
    {
        if (seen)
            failAt(keyAt,
                   QCoreApplication::translate("attn::io::MatrixFile", "the key '%1' appears twice in the header")
                       .arg(QString::fromStdString(key)));
        seen = true;
    }

    /// A Python string in single or double quotes, printable ASCII without escapes.
    std::string quotedString(const QString& what)
    {
        if (!at('\'') && !at('"'))
            failAt(
                m_pos,
                QCoreApplication::translate("attn::io::MatrixFile", "expected %1, got %2").arg(what, current()));
        const char quote = m_data[m_pos++];
        std::string text;
        while (!at(quote)) {
            if (m_pos >= m_end)
                failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                          "a string in the header is not closed"));
            const auto byte = static_cast<unsigned char>(m_data[m_pos]);
            if (byte < 0x20 || byte >= 0x7F || byte == '\\')
                failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                          "unexpected %1 in a string of the header")
                                  .arg(current()));
            if (text.size() >= 64)
                failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                          "a string in the header is longer than 64 characters"));
            text += char(byte);
            ++m_pos;
        }
        ++m_pos;
        return text;
    }

    void descr()
    {
        const qsizetype descrAt = m_pos;
        if (at('['))
            failAt(m_pos, QCoreApplication::translate(
                              "attn::io::MatrixFile",
                              "structured arrays (a list of named fields in 'descr') are not supported; save "
                              "a plain float32 or float64 array"));
        const std::string text = quotedString(
            QCoreApplication::translate("attn::io::MatrixFile", "a dtype string such as '<f8' for 'descr'"));
        const QString quoted = u'\'' + QString::fromStdString(text) + u'\'';
        if (text == "|O" || text == "O")
            failAt(descrAt, QCoreApplication::translate(
                                "attn::io::MatrixFile",
                                "the dtype %1 (Python objects): object arrays hold pickled Python objects and "
                                "cannot be read; save a float32 or float64 array")
                                .arg(quoted));
        const bool isFloat = text.size() == 3 && text[1] == 'f' && (text[2] == '4' || text[2] == '8');
        if (isFloat && (text[0] == '<' || text[0] == '>')) {
            m_header.bigEndian = text[0] == '>';
            m_header.itemSize = text[2] - '0';
            return;
        }
        if (isFloat)
            failAt(descrAt, QCoreApplication::translate(
                                "attn::io::MatrixFile",
                                "the dtype %1 has byte order '%2'; expected '<' (little-endian) or '>' "
                                "(big-endian)")
                                .arg(quoted, QChar::fromLatin1(text[0])));
        failAt(descrAt, QCoreApplication::translate(
                            "attn::io::MatrixFile",
                            "unsupported dtype %1 (%2); Attention Lab reads float32 and float64 ('<f4', "
                            "'>f4', '<f8', '>f8'): convert with a.astype(numpy.float64)")
                            .arg(quoted, dtypeWords(text)));
    }

    bool boolean()
    {
        for (const auto& [word, value] : {std::pair{std::string_view("True"), true}, {"False", false}}) {
            if (m_end - m_pos >= qsizetype(word.size()) && std::string_view(m_data + m_pos, word.size()) == word) {
                m_pos += qsizetype(word.size());
                return value;
            }
        }
        failAt(m_pos,
               QCoreApplication::translate("attn::io::MatrixFile", "'fortran_order' must be True or False, got %1")
                   .arg(current()));
    }

    void shape()
    {
        const qsizetype shapeAt = m_pos;
        expect('(', QCoreApplication::translate("attn::io::MatrixFile",
                                                "'shape' must be a tuple such as (3, 4) or (5,)"));
        skipSpace();
        qint64 elements = 1;
        bool comma = false;
        while (!at(')')) {
            if (m_header.shape.size() == kMaxDimensions)
                failAt(m_pos,
                       QCoreApplication::translate("attn::io::MatrixFile", "the shape has more than %1 dimensions")
                           .arg(kMaxDimensions));
            const long side = wholeNumber();
            m_header.shape.push_back(side);
            elements *= side; // both at most kMaxArrayElements: no overflow
            if (elements > kMaxArrayElements)
                failAt(shapeAt,
                       format(QCoreApplication::translate("attn::io::MatrixFile",
                                                          "the shape has more than %1 elements (the limit, see "
                                                          "docs/data-files.md)"),
                              kMaxArrayElements));
            skipSpace();
            comma = at(',');
            if (comma) {
                ++m_pos;
                skipSpace();
            } else if (!at(')')) {
                failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                          "expected ',' or ')' in 'shape', got %1")
                                  .arg(current()));
            }
        }
        if (m_header.shape.size() == 1 && !comma)
            failAt(shapeAt, QCoreApplication::translate(
                                "attn::io::MatrixFile",
                                "'shape' (%1) is a number in parentheses, not a tuple; a 1-tuple is written "
                                "(%1,)")
                                .arg(m_header.shape.front()));
        ++m_pos; // ')'
    }

    /// Digits, optionally followed by 'L' (Python 2's long integers).
    long wholeNumber()
    {
        const qsizetype start = m_pos;
        if (at('-'))
            failAt(m_pos,
                   QCoreApplication::translate("attn::io::MatrixFile", "a dimension of 'shape' is negative"));
        qint64 value = 0;
        while (m_pos < m_end && m_data[m_pos] >= '0' && m_data[m_pos] <= '9') {
            value = value * 10 + (m_data[m_pos] - '0');
            if (value > kMaxArrayElements)
                failAt(start, format(QCoreApplication::translate(
                                         "attn::io::MatrixFile",
                                         "a dimension of 'shape' is larger than %1 (the limit of elements, "
                                         "see docs/data-files.md)"),
                                     kMaxArrayElements));
            ++m_pos;
        }
        if (m_pos == start)
            failAt(m_pos, QCoreApplication::translate("attn::io::MatrixFile",
                                                      "expected a whole number in 'shape', got %1")
                              .arg(current()));
        if (at('L'))
            ++m_pos;
        return long(value);
    }

    const char* m_data{nullptr};
    qsizetype m_pos{0};
    qsizetype m_begin{0};
    qsizetype m_end{0};
    const QString& m_source;
    NpyHeader m_header;
};

} // namespace

NpyHeader parseNpyHeader(const QByteArray& bytes, qsizetype begin, qsizetype end, const QString& source)
{
    return HeaderParser(bytes, begin, end, source).parse();
}

} // namespace attn::io::detail
