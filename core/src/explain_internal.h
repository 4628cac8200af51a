#pragma once

// Building blocks of attn::explain(), shared by explain*.cpp. Not part of the public API.

#include "attn/attention.h"
#include "attn/explain.h"
#include "attn/session.h"

#include <string>
#include <string_view>
#include <vector>

namespace attn::explain_detail {

/// One piece of a formula in its two notations.
struct Piece {
    std::string text;
    std::string latex;
};

/// A formula built from literal pieces and sums; sums are the only parts that the short text abbreviates.
/// The plain text and the LaTeX are kept apart: a translated sentence around a formula reorders only the text.
class Formula {
public:
    Formula() = default;
    /// A formula of the one literal piece `piece`.
    explicit Formula(const Piece& piece);

    Formula& add(const std::string& text, const std::string& latex);
    Formula& add(const Piece& piece);
    /// A sum of `terms` joined by " + " (LaTeX " + "); an empty sum reads "0".
    Formula& sum(std::vector<Piece> terms);
    Formula& append(const Formula& other);

    /// A sentence: the text is `pattern` (translated; see attn::substitute) with the text of args[n − 1] in each
    /// placeholder %n, sums kept as sums so that the short text still shortens them; the LaTeX is `latex`.
    static Formula sentence(std::string_view pattern, const std::vector<Formula>& args, std::string latex);

    /// Plain text; with `shortened`, sums of more than four terms read "t₁ + t₂ + t₃ + … + tₙ".
    std::string text(bool shortened) const;
    std::string latex() const;

private:
    struct Item {
        std::vector<std::string> parts;
        bool is_sum{false};
    };
    std::vector<Item> m_text;
    std::string m_latex;
};

/// `formula` followed by the definition of a symbol in it: "<formula>, with <definition>" (translated) and
/// LaTeX "<formula>, \quad <definition>".
Formula withDefinition(const Formula& formula, const Formula& definition);

/// A number in both notations (formatExplained and formatExplainedLatex).
Piece number(double value);
/// A number as a factor or operand: negative numbers in parentheses, "(−3)".
Piece factor(double value);
/// "a·b" / "a \cdot b" with negative factors in parentheses.
Piece product(double a, double b);
/// Subscript of one 1-based index: "₁₂" / "_{12}".
Piece sub(long index);
/// Subscript of two 1-based indices: "₁₂" / "_{12}", or "₁₀,₂" / "_{10,2}" when either has two digits.
Piece sub(long i, long j);
/// Subscript "i,j" always with a comma: "₁,₂" / "_{1,2}".
Piece subComma(long i, long j);
/// Unicode subscript digits of a non-negative integer.
std::string subscriptDigits(long value);

/// A cell of the positional encoding P: PE(pos, 2i) = sin(pos / 10000^(2i/d)) or PE(pos, 2i+1) = cos(…) with its
/// numbers (Vaswani et al. 2017, §3.5). The cell must lie inside computation.positional_encoding.
Explanation explainPositional(const Session& session, const Computation& computation, const CellRef& cell);

/// The vectors and stage matrices that a cell refers to: the single-head trace, or one head's.
struct Context {
    const Session& session;
    const Matrix& queries; ///< n_q × d_q, the queries attention used (a head's projection in multi-head).
    const Matrix& keys;    ///< n_k × d_k.
    const Matrix& values;  ///< n_k × d_v.
    const Trace& trace;
    int head{-1};    ///< 0-based head, or -1 in single-head mode.
    long heads{1};   ///< h.
    long d_model{0}; ///< Columns of the multi-head inputs (multi-head only).

    bool temperatureApplies() const;
    double temperature() const { return session.normalization.temperature; }
    /// The score before the temperature: raw ÷ √d_k for scaled_dot, else raw.
    double preTemperatureScore(long i, long j) const;
    /// "a(62, 60)" for one-dimensional queries and keys, else "a(q₁, k₂)".
    Piece kernelName(long i, long j) const;
};

/// "q₁" / "q_{1}" (and k, v likewise), 0-based row.
Piece vectorName(const char* letter, long row);

/// The gaussian exponent substituted: "−(62 − 60)²/2", "−[(1 − 3)² + (2 − 4)²]/(2·3²)" or "−‖q₁ − k₂‖²/2".
Piece gaussianExponent(const Context& c, long i, long j);
/// "‖q₁ − k₂‖² = 12.5", the definition that follows the formula when d > 3 (the exponent then names the norm).
Piece distanceDefinition(const Context& c, long i, long j);

/// a(q_i, k_j) before scaling, "lhs = substituted = value", with the trace's value.
Formula rawScoreFormula(const Context& c, long i, long j);
/// The score after scaling (and ÷ T for softmax), with the trace's value.
Formula scoreFormula(const Context& c, long i, long j);
/// Whether key j is masked for query i, and by which rule.
Formula maskFormula(const Context& c, long i, long j);
/// The attention weight of key j for query i; a sentence for a masked key or a row without weights.
Formula weightFormula(const Context& c, long i, long j);
/// Output o_i (column `col` when d_v > 1); a sentence for a row without output.
Formula outputFormula(const Context& c, long i, long col);
/// Cell (j, l) of the softmax Jacobian of query row i: J_jl = a_j (δ_jl − a_l), substituted, with its value.
Formula jacobianFormula(const Trace& trace, long i, long j, long l);
/// Why query row i has no weights ("every key is masked", "no key within the bandwidth σ = …").
Piece noWeightsReason(const Context& c, long i);

} // namespace attn::explain_detail
