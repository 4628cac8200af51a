// attn::explain(): masks, attention weights and outputs (DOMAIN.md, "From scores to weights" and "Masks").
#include "explain_internal.h"

#include "attn/normalization.h"
#include "attn/translate.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <limits>
#include <string>

namespace attn::explain_detail {

namespace {

std::string num(long value)
{
    return std::to_string(value);
}

/// "₁ⱼ" / "_{1j}" for the terms of row i (0-based), "₁₀,ⱼ" / "_{10,j}" for two-digit rows.
Piece rowJ(long i)
{
    const long r = i + 1;
    if (r > 9)
        return Piece{subscriptDigits(r) + ",\u2c7c", "_{" + num(r) + ",j}"};
    return Piece{subscriptDigits(r) + "\u2c7c", "_{" + num(r) + "j}"};
}

/// The unmasked keys of row i.
std::vector<long> visibleKeys(const Context& c, long i)
{
    std::vector<long> keys;
    for (long j = 0; j < c.trace.mask.cols(); ++j)
        if (!c.trace.mask(i, j))
            keys.push_back(j);
    return keys;
}

/// `formula`, and when row i has masked keys the note that they were left out of its sum.
Formula withMaskedNote(const Context& c, long i, const Formula& formula)
{
    if (static_cast<long>(visibleKeys(c, i).size()) == c.trace.mask.cols())
        return formula;
    //: A note after a formula whose sum over the keys leaves out the masked keys.
    return Formula::sentence(ATTN_TR("attn::Explain", "%1 (masked keys left out)"), {formula},
                             formula.latex() + " \\quad (\\text{masked keys left out})");
}

/// The rule of the session's mask for cell (i, j), 1-based in the text: "causal mask: j = 3 > i = 1".
Piece maskRule(const Context& c, long i, long j, bool masked)
{
    const Mask& mask = c.session.mask;
    const std::string I = num(i + 1);
    const std::string J = num(j + 1);
    switch (mask.kind) {
    case MaskKind::None:
        return Piece{ATTN_TR("attn::Masks", "no mask is set"), "\\text{no mask}"};
    case MaskKind::Causal:
        //: A causal mask hides key j from query i when j > i (1-based); %1 = j, %2 = i.
        return masked ? Piece{substitute(ATTN_TR("attn::Masks", "causal mask: j = %1 > i = %2"), {J, I}),
                              "\\text{causal: } j = " + J + " > i = " + I}
                      : Piece{substitute(ATTN_TR("attn::Masks", "causal mask: j = %1 \u2264 i = %2"), {J, I}),
                              "\\text{causal: } j = " + J + " \\le i = " + I};
    case MaskKind::ValidLengths: {
        const auto index = static_cast<std::size_t>(i);
        const std::string len = index < mask.valid_lengths.size() ? num(mask.valid_lengths[index]) : "?";
        const std::string latex = "\\text{valid length } " + len + ": j = " + J;
        //: Query %2 sees only its first %1 keys; %3 = the key j (1-based).
        return masked ? Piece{substitute(ATTN_TR("attn::Masks", "valid length %1 of query %2: j = %3 > %1"),
                                         {len, I, J}),
                              latex + " > " + len}
                      : Piece{substitute(ATTN_TR("attn::Masks", "valid length %1 of query %2: j = %3 \u2264 %1"),
                                         {len, I, J}),
                              latex + " \\le " + len};
    }
    case MaskKind::Window: {
        const std::string w = num(mask.window);
        const std::string d = num(std::labs(i - j));
        const std::string latex = "\\text{window } w = " + w + ": |i - j| = |" + I + " - " + J + "| = " + d;
        //: A local window of width %1 hides keys farther than %1 from the query: |i − j| = |%2 − %3| = %4.
        return masked
                   ? Piece{substitute(ATTN_TR("attn::Masks",
                                              "local window w = %1: |i \u2212 j| = |%2 \u2212 %3| = %4 > %1"),
                                      {w, I, J, d}),
                           latex + " > " + w}
                   : Piece{substitute(ATTN_TR("attn::Masks",
                                              "local window w = %1: |i \u2212 j| = |%2 \u2212 %3| = %4 \u2264 %1"),
                                      {w, I, J, d}),
                           latex + " \\le " + w};
    }
    case MaskKind::Cells:
        //: The user clicked cells of the scores to mask them.
        return masked ? Piece{ATTN_TR("attn::Masks", "this cell was chosen to be masked"), "\\text{chosen cell}"}
                      : Piece{ATTN_TR("attn::Masks", "this cell is not among the chosen masked cells"),
                              "\\text{not a chosen cell}"};
    }
    return Piece{};
}

Formula maskedSentence(const Context& c, long i, long j)
{
    const Piece rule = maskRule(c, i, j, true);
    const Piece a = sub(i + 1, j + 1);
    //: %1: a key's label; %2: a query's label; %3: the mask rule, e.g. "causal mask: j = 3 > i = 1"; %4: "a₁₃".
    const std::string text =
        substitute(ATTN_TR("attn::Explain", "Key \u201c%1\u201d is masked for query \u201c%2\u201d (%3), so its "
                                            "weight %4 is exactly 0 and it is left "
                                            "out of the normalisation."),
                   {keyLabel(c.session, j), queryLabel(c.session, i), rule.text, "a" + a.text});
    return Formula(Piece{text, rule.latex + " \\Rightarrow a" + a.latex + " = 0"});
}

Formula softmaxWeight(const Context& c, long i, long j, const Piece& value)
{
    const std::vector<long> keys = visibleKeys(c, i);
    const Piece a = sub(i + 1, j + 1);
    const Piece rj = rowJ(i);
    Formula f;
    std::vector<Piece> terms;
    if (c.session.scoring.function == ScoringFunction::Gaussian && !c.temperatureApplies()) {
        for (long k : keys) {
            const Piece s = number(c.trace.scores(i, k));
            terms.push_back(Piece{"exp(" + s.text + ")", "\\exp(" + s.latex + ")"});
        }
        const Piece name = c.kernelName(i, j);
        const Piece e = gaussianExponent(c, i, j);
        f.add(name.text + " = exp(" + e.text + ") / [",
              name.latex + " = \\frac{\\exp\\left(" + e.latex + "\\right)}{")
            .sum(terms)
            .add("] = " + value.text, "} = " + value.latex);
        if (c.keys.cols() > 3)
            f = withDefinition(f, Formula(distanceDefinition(c, i, j)));
        return withMaskedNote(c, i, f);
    }
    if (!c.temperatureApplies()) {
        for (long k : keys) {
            const Piece s = number(c.trace.scores(i, k));
            terms.push_back(Piece{"exp(" + s.text + ")", "\\exp(" + s.latex + ")"});
        }
        const Piece s = number(c.trace.scores(i, j));
        f.add("a" + a.text + " = exp(s" + a.text + ") / \u03a3\u2c7c exp(s" + rj.text + ") = exp(" + s.text +
                  ")/[",
              "a" + a.latex + " = \\frac{\\exp(s" + a.latex + ")}{\\sum_j \\exp(s" + rj.latex +
                  ")} = \\frac{\\exp(" + s.latex + ")}{");
    } else {
        const Piece t = factor(c.temperature());
        for (long k : keys) {
            const Piece s = number(c.preTemperatureScore(i, k));
            terms.push_back(Piece{"exp(" + s.text + "/" + t.text + ")", "\\exp(" + s.latex + "/" + t.latex + ")"});
        }
        const Piece s = number(c.preTemperatureScore(i, j));
        f.add("a" + a.text + " = exp(s" + a.text + "/T) / \u03a3\u2c7c exp(s" + rj.text + "/T) = exp(" + s.text +
                  "/" + t.text + ")/[",
              "a" + a.latex + " = \\frac{\\exp(s" + a.latex + "/T)}{\\sum_j \\exp(s" + rj.latex +
                  "/T)} = \\frac{\\exp(" + s.latex + "/" + t.latex + ")}{");
    }
    f.sum(terms).add("] = " + value.text, "} = " + value.latex);
    return withMaskedNote(c, i, f);
}

/// Whether a product φ(q_i)·φ(k_j) of row i that the weights divide underflowed (below the smallest normal
/// double): linearAttentionWeights() then computed the row from logarithms, and the products shown do not give its
/// weights.
bool linearRowUnderflows(const Context& c, long i)
{
    for (long k : visibleKeys(c, i))
        if (!(c.trace.scores(i, k) >= std::numeric_limits<double>::min()))
            return true;
    return false;
}

Formula sumNormalizedWeight(const Context& c, long i, long j, const Piece& value)
{
    const Piece a = sub(i + 1, j + 1);
    const Piece rj = rowJ(i);
    std::vector<Piece> terms;
    for (long k : visibleKeys(c, i))
        terms.push_back(number(c.trace.scores(i, k)));
    const Piece kij = number(c.trace.scores(i, j));
    Formula f;
    if (c.session.scoring.function == ScoringFunction::Linear) {
        const Piece q = vectorName("q", i);
        const Piece k = vectorName("k", j);
        if (linearRowUnderflows(c, i)) {
            Formula weight;
            weight.add("a" + a.text + " = \u03c6(" + q.text + ")\u00b7\u03c6(" + k.text +
                           ") / \u03a3\u2c7c \u03c6(" + q.text + ")\u00b7\u03c6(k\u2c7c) = " + value.text,
                       "a" + a.latex + " = \\frac{\\varphi(" + q.latex + ") \\cdot \\varphi(" + k.latex +
                           ")}{\\sum_j \\varphi(" + q.latex + ") \\cdot \\varphi(k_j)} = " + value.latex);
            //: Linear attention when φ(q)·φ(k) underflows (φ(−800) = e^−800); %1: the weight's formula and value.
            return withMaskedNote(
                c, i,
                Formula::sentence(
                    ATTN_TR("attn::Explain",
                            "%1, computed from logarithms: a product \u03c6(q)\u00b7\u03c6(k) of this "
                            "row is below the smallest double (shown as 0), and log \u03c6(x) = x for "
                            "x \u2264 0, log(1 + x) for x > 0"),
                    {weight}, weight.latex()));
        }
        f.add("a" + a.text + " = \u03c6(" + q.text + ")\u00b7\u03c6(" + k.text + ") / \u03a3\u2c7c \u03c6(" +
                  q.text + ")\u00b7\u03c6(k\u2c7c) = " + kij.text + "/(",
              "a" + a.latex + " = \\frac{\\varphi(" + q.latex + ") \\cdot \\varphi(" + k.latex +
                  ")}{\\sum_j \\varphi(" + q.latex + ") \\cdot \\varphi(k_j)} = \\frac{" + kij.latex + "}{");
    } else {
        const Piece name = c.kernelName(i, j);
        f.add(name.text + " = K" + a.text + "/\u03a3\u2c7c K" + rj.text + " = " + kij.text + "/(",
              name.latex + " = \\frac{K" + a.latex + "}{\\sum_j K" + rj.latex + "} = \\frac{" + kij.latex + "}{");
    }
    f.sum(terms).add(") = " + value.text, "} = " + value.latex);
    return withMaskedNote(c, i, f);
}

Formula sparsemaxWeight(const Context& c, long i, long j, const Piece& value)
{
    std::vector<double> z;
    for (long k : visibleKeys(c, i))
        z.push_back(c.trace.scores(i, k));
    const SparsemaxThreshold threshold =
        sparsemaxThreshold(Eigen::Map<const Vector>(z.data(), static_cast<Eigen::Index>(z.size())));
    const double tau = threshold.tau;
    const auto support = static_cast<std::size_t>(threshold.support);
    std::sort(z.begin(), z.end(), std::greater<>());
    std::vector<Piece> terms;
    for (std::size_t k = 0; k < support; ++k)
        terms.push_back(factor(z[k]));
    const Piece a = sub(i + 1, j + 1);
    const Piece s = number(c.trace.scores(i, j));
    const Piece t = factor(tau);
    const Piece tv = number(tau);
    const Piece n = number(static_cast<double>(support));
    Formula weight;
    weight.add("a" + a.text + " = max(s" + a.text + " \u2212 \u03c4, 0) = max(" + s.text + " \u2212 " + t.text +
                   ", 0) = " + value.text,
               "a" + a.latex + " = \\max(s" + a.latex + " - \\tau, 0) = \\max(" + s.latex + " - " + t.latex +
                   ", 0) = " + value.latex);
    Formula thresholdFormula;
    thresholdFormula.add("\u03c4 = (", "\\tau = \\frac{")
        .sum(terms)
        .add(" \u2212 1)/" + n.text + " = " + tv.text, " - 1}{" + n.latex + "} = " + tv.latex);
    const std::string latex = weight.latex() + ", \\quad " + thresholdFormula.latex();
    Formula f = support == 1
                    //: Sparsemax: %1 is the weight, %2 the threshold τ computed from the row's largest score.
                    ? Formula::sentence(ATTN_TR("attn::Explain", "%1, with %2 over the row's largest score"),
                                        {weight, thresholdFormula}, latex)
                    //: Sparsemax: %1 is the weight, %2 the threshold τ computed from the row's %3 largest scores.
                    : Formula::sentence(ATTN_TR("attn::Explain", "%1, with %2 over the row's %3 largest scores"),
                                        {weight, thresholdFormula, Formula(n)}, latex);
    return withMaskedNote(c, i, f);
}

} // namespace

Piece noWeightsReason(const Context& c, long i)
{
    const auto status = c.trace.row_status[static_cast<std::size_t>(i)];
    if (status == RowStatus::NoKeyInBandwidth) {
        const Piece sigma = number(c.session.scoring.sigma);
        const Piece rj = rowJ(i);
        //: Why a query has no weights with a compact kernel (boxcar, Epanechnikov); %1: the bandwidth σ.
        return Piece{substitute(ATTN_TR("attn::Explain",
                                        "no key lies within the bandwidth \u03c3 = %1 (K(u) = 0 for every key, so "
                                        "\u03a3K = 0)"),
                                {sigma.text}),
                     "\\sum_j K" + rj.latex +
                         " = 0: \\text{no key within the bandwidth } \\sigma = " + sigma.latex};
    }
    //: Why a query has no weights: the mask hides every key from it.
    return Piece{ATTN_TR("attn::Explain", "every key is masked for it"),
                 "\\text{every key is masked for query " + num(i + 1) + "}"};
}

Formula maskFormula(const Context& c, long i, long j)
{
    if (c.trace.mask(i, j))
        return maskedSentence(c, i, j);
    const Piece rule = maskRule(c, i, j, false);
    //: %1: a key's label; %2: a query's label; %3: the mask rule, e.g. "causal mask: j = 1 ≤ i = 2".
    const std::string text = substitute(
        ATTN_TR(
            "attn::Explain",
            "Key \u201c%1\u201d is not masked for query \u201c%2\u201d (%3): it takes part in the normalisation."),
        {keyLabel(c.session, j), queryLabel(c.session, i), rule.text});
    return Formula(Piece{text, rule.latex + " \\Rightarrow \\text{visible}"});
}

Formula weightFormula(const Context& c, long i, long j)
{
    if (c.trace.mask(i, j))
        return maskedSentence(c, i, j);
    if (!c.trace.hasOutput(i)) {
        const Piece reason = noWeightsReason(c, i);
        //: %1: a query's label; %2: why it has no weights, e.g. "every key is masked for it".
        return Formula(Piece{
            substitute(ATTN_TR("attn::Explain", "Query \u201c%1\u201d has no weights: %2; the row is left empty."),
                       {queryLabel(c.session, i), reason.text}),
            reason.latex});
    }
    const Piece value = number(c.trace.weights(i, j));
    if (normalizesBySum(c.session.scoring.function))
        return sumNormalizedWeight(c, i, j, value);
    switch (c.session.normalization.function) {
    case NormalizationFunction::Softmax:
        return softmaxWeight(c, i, j, value);
    case NormalizationFunction::Sparsemax:
        return sparsemaxWeight(c, i, j, value);
    case NormalizationFunction::Relu:
        break;
    }
    const Piece a = sub(i + 1, j + 1);
    const Piece s = number(c.trace.scores(i, j));
    const Piece weight{"a" + a.text + " = max(0, s" + a.text + ") = max(0, " + s.text + ") = " + value.text,
                       "a" + a.latex + " = \\max(0, s" + a.latex + ") = \\max(0, " + s.latex +
                           ") = " + value.latex};
    //: ReLU weights max(0, s) are not divided by a sum over the row; relu is the name of the function.
    return Formula::sentence(ATTN_TR("attn::Explain", "%1 (relu: not normalised)"), {Formula(weight)},
                             weight.latex);
}

Formula outputFormula(const Context& c, long i, long col)
{
    if (!c.trace.hasOutput(i)) {
        const Piece reason = noWeightsReason(c, i);
        //: %1: a query's label; %2: why it has no weights, e.g. "every key is masked for it".
        return Formula(
            Piece{substitute(ATTN_TR("attn::Explain", "Query \u201c%1\u201d has no output: %2, so it has no "
                                                      "weights; the cell is left empty."),
                             {queryLabel(c.session, i), reason.text}),
                  reason.latex});
    }
    const Piece o = c.values.cols() > 1 ? subComma(i + 1, col + 1) : sub(i + 1);
    const Piece rj = rowJ(i);
    const std::string vText = c.values.cols() > 1 ? "v\u2c7c," + subscriptDigits(col + 1) : "v\u2c7c";
    const std::string vLatex = c.values.cols() > 1 ? "v_{j," + num(col + 1) + "}" : "v_j";
    std::vector<Piece> terms;
    for (long k : visibleKeys(c, i))
        terms.push_back(product(c.trace.weights(i, k), c.values(k, col)));
    const Piece value = number(c.trace.outputs(i, col));
    Formula f;
    f.add("o" + o.text + " = \u03a3\u2c7c a" + rj.text + " " + vText + " = ",
          "o" + o.latex + " = \\sum_j a" + rj.latex + " " + vLatex + " = ")
        .sum(terms)
        .add(" = " + value.text, " = " + value.latex);
    return withMaskedNote(c, i, f);
}

} // namespace attn::explain_detail
