// Numbers, subscripts and the two-notation formula builder of attn::explain().
#include "explain_internal.h"

#include "attn/translate.h"
#include "placeholders.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <string>

namespace attn {

namespace {

constexpr const char* kMinus = "\u2212"; // −

std::atomic<int> g_significantDigits{4}; ///< setExplainedDigits()

/// The decimal exponent of `magnitude` (> 0) once rounded to `digits` significant digits.
int roundedExponent(double magnitude, int digits)
{
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                      std::chars_format::scientific, digits - 1);
    const std::string s(buffer.data(), result.ptr);
    return std::stoi(s.substr(s.find('e') + 1));
}

/// 8 decimals, trailing zeros and point removed; scientific notation where a heatmap cell uses it (the rounded
/// exponent below −3 or from 6 on), with the cells' significant digits (formatCellValue in ui/base).
/// std::to_chars, unlike printf, ignores the locale (a Qt application sets LC_NUMERIC from the environment).
std::string formatNumber(double value, bool latex)
{
    if (std::isnan(value))
        return latex ? "\\mathrm{NaN}" : "NaN";
    if (std::isinf(value))
        return value > 0 ? (latex ? "\\infty" : "\u221e") : (latex ? "-\\infty" : std::string(kMinus) + "\u221e");
    if (value == 0.0)
        return "0";
    const std::string sign = value < 0 ? (latex ? "-" : kMinus) : "";
    const double magnitude = std::fabs(value);
    const int digits = g_significantDigits.load();
    std::array<char, 400> buffer{};
    if (const int exponent = roundedExponent(magnitude, digits); exponent < -3 || exponent >= 6) {
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                          std::chars_format::scientific, std::max(0, digits - 2));
        const std::string s(buffer.data(), result.ptr); // "5.63e-08"
        const std::size_t e = s.find('e');
        std::string mantissa = s.substr(0, e);
        if (mantissa.find('.') != std::string::npos) {
            mantissa.erase(mantissa.find_last_not_of('0') + 1);
            if (mantissa.back() == '.')
                mantissa.pop_back();
        }
        const bool negativeExponent = s[e + 1] == '-';
        const std::string exponentDigits = s.substr(e + 2); // "08"
        if (latex) {
            const std::string shortDigits = exponentDigits.substr(exponentDigits.find_first_not_of('0'));
            return sign + mantissa + "\\times 10^{" + (negativeExponent ? "-" : "") + shortDigits + "}";
        }
        return sign + mantissa + "e" + (negativeExponent ? kMinus : "+") + exponentDigits;
    }
    const auto result =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude, std::chars_format::fixed, 8);
    std::string s(buffer.data(), result.ptr);
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.')
        s.pop_back();
    return sign + s;
}

} // namespace

void setExplainedDigits(int significantDigits)
{
    g_significantDigits.store(std::clamp(significantDigits, 1, 17));
}

std::string formatExplained(double value)
{
    return formatNumber(value, false);
}

std::string formatExplainedLatex(double value)
{
    return formatNumber(value, true);
}

namespace explain_detail {

Formula::Formula(const Piece& piece)
{
    add(piece);
}

Formula& Formula::add(const std::string& text, const std::string& latex)
{
    m_text.push_back(Item{{text}, false});
    m_latex += latex;
    return *this;
}

Formula& Formula::add(const Piece& piece)
{
    return add(piece.text, piece.latex);
}

Formula& Formula::sum(std::vector<Piece> terms)
{
    if (terms.empty())
        terms.push_back(Piece{"0", "0"});
    Item item{{}, true};
    for (std::size_t t = 0; t < terms.size(); ++t) {
        item.parts.push_back(std::move(terms[t].text));
        m_latex += (t > 0 ? " + " : "") + terms[t].latex;
    }
    m_text.push_back(std::move(item));
    return *this;
}

Formula& Formula::append(const Formula& other)
{
    m_text.insert(m_text.end(), other.m_text.begin(), other.m_text.end());
    m_latex += other.m_latex;
    return *this;
}

Formula Formula::sentence(std::string_view pattern, const std::vector<Formula>& args, std::string latex)
{
    Formula f;
    detail::forEachPlaceholder(
        pattern, args.size(),
        [&](std::string_view text) {
            f.m_text.push_back(Item{{std::string(text)}, false});
        },
        [&](std::size_t index) {
            const std::vector<Item>& items = args[index].m_text;
            f.m_text.insert(f.m_text.end(), items.begin(), items.end());
        });
    f.m_latex = std::move(latex);
    return f;
}

std::string Formula::text(bool shortened) const
{
    std::string out;
    for (const Item& item : m_text) {
        if (!item.is_sum) {
            out += item.parts.front();
            continue;
        }
        const std::size_t n = item.parts.size();
        for (std::size_t t = 0; t < n; ++t) {
            if (shortened && n > 4 && t == 3) {
                out += " + \u2026 + " + item.parts.back();
                break;
            }
            if (t > 0)
                out += " + ";
            out += item.parts[t];
        }
    }
    return out;
}

std::string Formula::latex() const
{
    return m_latex;
}

Formula withDefinition(const Formula& formula, const Formula& definition)
{
    //: A formula followed by the definition of a symbol in it, e.g. "K(u) = 0.5, with u = |62 − 60|/3 = 0.67".
    return Formula::sentence(ATTN_TR("attn::Explain", "%1, with %2"), {formula, definition},
                             formula.latex() + ", \\quad " + definition.latex());
}

Piece number(double value)
{
    return Piece{formatExplained(value), formatExplainedLatex(value)};
}

Piece factor(double value)
{
    Piece p = number(value);
    if (value < 0) {
        p.text = "(" + p.text + ")";
        p.latex = "(" + p.latex + ")";
    }
    return p;
}

Piece product(double a, double b)
{
    const Piece pa = factor(a);
    const Piece pb = factor(b);
    return Piece{pa.text + "\u00b7" + pb.text, pa.latex + " \\cdot " + pb.latex};
}

std::string subscriptDigits(long value)
{
    static constexpr const char* kDigits[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                              "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
    std::string out;
    for (char ch : std::to_string(value))
        out += ch >= '0' && ch <= '9' ? kDigits[ch - '0'] : std::string(1, ch);
    return out;
}

Piece sub(long index)
{
    return Piece{subscriptDigits(index), "_{" + std::to_string(index) + "}"};
}

Piece sub(long i, long j)
{
    if (i > 9 || j > 9)
        return subComma(i, j);
    return Piece{subscriptDigits(i) + subscriptDigits(j), "_{" + std::to_string(i) + std::to_string(j) + "}"};
}

Piece subComma(long i, long j)
{
    return Piece{subscriptDigits(i) + "," + subscriptDigits(j),
                 "_{" + std::to_string(i) + "," + std::to_string(j) + "}"};
}

Piece vectorName(const char* letter, long row)
{
    const Piece s = sub(row + 1);
    return Piece{letter + s.text, letter + s.latex};
}

} // namespace explain_detail

} // namespace attn
