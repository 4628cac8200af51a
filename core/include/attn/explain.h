#pragma once

#include "attn/evaluation.h"
#include "attn/session.h"
#include "attn/stages.h"

#include <string>

namespace attn {

/// One cell of one stage (see stagesOf()). Rows and columns are 0-based.
struct CellRef {
    Stage stage{Stage::Weights};
    /// 0-based head for the per-head stages (RawScores … Outputs) in multi-head mode; -1 otherwise.
    int head{-1};
    long row{0};    ///< Query row i (the Jacobian: key j; K and V: key row).
    long column{0}; ///< Key j (n_q × n_k stages), key l (the Jacobian) or column c.
    long index{-1}; ///< StageId::index: the query row of a SoftmaxJacobian; -1 otherwise.

    /// The cell (row, column) of stage `id`.
    static CellRef of(const StageId& id, long row, long column)
    {
        return {id.kind, id.head, row, column, id.index};
    }
    StageId stageId() const { return {stage, head, index}; }
};

/// A cell's formula with the actual numbers substituted, and its result.
struct Explanation {
    std::string title;     ///< e.g. "Attention weight of key “60 cm” for query “62 cm”". Translated.
    std::string text;      ///< One line of plain UTF-8 text; sums of more than four terms shortened to the first
                           ///< three terms, " + … + " and the last term. Its words are translated, its math not.
    std::string full_text; ///< The same line with every term.
    std::string latex;     ///< The same formula as LaTeX (math mode, ASCII, every term), e.g.
                           ///< \frac{\exp(-2)}{\exp(-2) + \exp(-2) + \exp(-18)} = 0.49999997.
};

/// Explains the cell `cell` of `computation` = evaluate(session): the formula of the variant in use (scoring
/// function, σ, temperature, normalisation, mask, multi-head) with the cell's numbers substituted, and the value
/// the computation holds. A masked key, a row without weights (every key masked, or no key within the bandwidth
/// of a compact kernel) and a mask cell are explained in a sentence saying why.
///
/// The words of the title and the text (sentences such as "Key “k2” is masked for query “q1” (…)", "…, with u =
/// …") go through the translator installed with attn::setTranslator() (contexts "attn::Explain" and
/// "attn::Masks"), so they are in the application's language; labels, numbers, symbols and the LaTeX are not
/// translated. Without a translator the English texts below are produced byte for byte.
///
/// Examples (DOMAIN.md worked example 1, waistline, Weights cell [0, 0] and Outputs cell [0, 0]):
///   a(62, 60) = exp(−(62 − 60)²/2) / [exp(−2) + exp(−2) + exp(−18)] = 0.49999997
///   o₁ = Σⱼ a₁ⱼ vⱼ = 0.49999997·110 + 0.49999997·115 + 5.63e−08·126 = 112.50000076
///
/// Sources: DOMAIN.md; Vaswani et al. 2017 (scaled dot, multi-head); Luong et al. 2015; Bahdanau et al. 2015;
/// Graves et al. 2014; Nadaraya 1964, Watson 1964 and d2l §11.2 (kernels); Martins & Astudillo 2016
/// (sparsemax threshold τ); Katharopoulos et al. 2020 (linear attention).
/// @param session the session `computation` was evaluated from (labels, scoring, normalisation, mask).
/// @throws ShapeError if the row or column lies outside the stage's matrix, the head is not 0 … h − 1 for a
///         per-head stage in multi-head mode (or not −1 elsewhere), or Concat is asked of a single-head
///         computation; the message names the cell or head and the shape.
Explanation explain(const Session& session, const Computation& computation, const CellRef& cell);

/// A number as explanations print it: 8 decimal places with trailing zeros (and a trailing point) removed;
/// where a heatmap cell switches to scientific notation (the exponent, after rounding to the cells' significant
/// digits, below −3 or 6 and above) the cell's notation: a mantissa of one significant digit fewer than the cells
/// (setExplainedDigits(), 4 by default) without trailing zeros and a two-digit exponent. Negative signs are the
/// Unicode minus "−" (U+2212). Locale-independent.
/// Examples (4 digits): 0.499999971866208 → "0.49999997", 5.626758419358835e−08 → "5.63e−08", −2 → "−2",
/// 14 → "14", 2.5e7 → "2.5e+07".
std::string formatExplained(double value);

/// formatExplained() for LaTeX: ASCII "-" and 5.63\times 10^{-8}.
std::string formatExplainedLatex(double value);

/// The significant digits of the heatmap cells (1 … 17, clamped; default 4), so that explanations write a number
/// in scientific notation exactly as the cells do (the window sets it from its "cell digits" preference).
void setExplainedDigits(int significantDigits);

} // namespace attn
