// attn::explain(): masks, attention weights and outputs (DOMAIN.md, "From scores to weights" and "Masks").
#include "explain_internal.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
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

Piece maskedNote(const Context& c, long i)
{
    if (static_cast<long>(visibleKeys(c, i).size()) == c.trace.mask.cols())
        return Piece{};
    return Piece{" (masked keys left out)", " \\quad (\\text{masked keys left out})"};
}

/// The rule of the session's mask for cell (i, j), 1-based in the text: "causal mask: j = 3 > i = 1".
Piece maskRule(const Context& c, long i, long j, bool masked)
{
    const Mask& mask = c.session.mask;
    const std::string I = num(i + 1);
    const std::string J = num(j + 1);
    switch (mask.kind) {
    case MaskKind::None:
        return Piece{"no mask is set", "\\text{no mask}"};
    case MaskKind::Causal:
        return masked ? Piece{"causal mask: j = " + J + " > i = " + I, "\\text{causal: } j = " + J + " > i = " + I}
                      : Piece{"causal mask: j = " + J + " \u2264 i = " + I,
                              "\\text{causal: } j = " + J + " \\le i = " + I};
    case MaskKind::ValidLengths: {
        const auto index = static_cast<std::size_t>(i);
        const std::string len = index < mask.valid_lengths.size() ? num(mask.valid_lengths[index]) : "?";
        const std::string text = "valid length " + len + " of query " + I + ": j = " + J;
        const std::string latex = "\\text{valid length } " + len + ": j = " + J;
        return masked ? Piece{text + " > " + len, latex + " > " + len}
                      : Piece{text + " \u2264 " + len, latex + " \\le " + len};
    }
    case MaskKind::Window: {
        const std::string w = num(mask.window);
        const std::string d = num(std::labs(i - j));
        const std::string text = "local window w = " + w + ": |i \u2212 j| = |" + I + " \u2212 " + J + "| = " + d;
        const std::string latex = "\\text{window } w = " + w + ": |i - j| = |" + I + " - " + J + "| = " + d;
        return masked ? Piece{text + " > " + w, latex + " > " + w}
                      : Piece{text + " \u2264 " + w, latex + " \\le " + w};
    }
    case MaskKind::Cells:
        return masked ? Piece{"this cell was chosen to be masked", "\\text{chosen cell}"}
                      : Piece{"this cell is not among the chosen masked cells", "\\text{not a chosen cell}"};
    }
    return Piece{};
}

Formula maskedSentence(const Context& c, long i, long j)
{
    const Piece rule = maskRule(c, i, j, true);
    const Piece a = sub(i + 1, j + 1);
    Formula f;
    return f.add("Key " + keyLabel(c.session, j) + " is masked for query " + queryLabel(c.session, i) + " (" +
                     rule.text + "), so its weight a" + a.text +
                     " is exactly 0 and it is left out of the normalisation.",
                 rule.latex + " \\Rightarrow a" + a.latex + " = 0");
}

Formula noWeightsSentence(const Context& c, long i, const std::string& what, const std::string& tail)
{
    const Piece reason = noWeightsReason(c, i);
    Formula f;
    return f.add("Query " + queryLabel(c.session, i) + " has no " + what + ": " + reason.text + tail,
                 reason.latex);
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
        const Piece clause = distanceClause(c, i, j);
        const Piece note = maskedNote(c, i);
        return f
            .add(name.text + " = exp(" + e.text + ") / [",
                 name.latex + " = \\frac{\\exp\\left(" + e.latex + "\\right)}{")
            .sum(terms)
            .add("] = " + value.text + clause.text + note.text, "} = " + value.latex + clause.latex + note.latex);
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
    const Piece note = maskedNote(c, i);
    return f.sum(terms).add("] = " + value.text + note.text, "} = " + value.latex + note.latex);
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
        f.add("a" + a.text + " = \u03c6(" + q.text + ")\u00b7\u03c6(" + k.text + ") / \u03a3\u2c7c \u03c6(" +
                  q.text + ")\u00b7\u03c6(k\u2c7c) = " + kij.text + "/(",
              "a" + a.latex + " = \\frac{\\varphi(" + q.latex + ") \\cdot \\varphi(" + k.latex +
                  ")}{\\sum_j \\varphi(" + q.latex + ") \\cdot \\varphi(k_j)} = \\frac{" + kij.latex + "}{");
    } else {
        const Piece name = c.kernelName(i, j);
        f.add(name.text + " = K" + a.text + "/\u03a3\u2c7c K" + rj.text + " = " + kij.text + "/(",
              name.latex + " = \\frac{K" + a.latex + "}{\\sum_j K" + rj.latex + "} = \\frac{" + kij.latex + "}{");
    }
    const Piece note = maskedNote(c, i);
    return f.sum(terms).add(") = " + value.text + note.text, "} = " + value.latex + note.latex);
}

Formula sparsemaxWeight(const Context& c, long i, long j, const Piece& value)
{
    // Martins & Astudillo 2016, Algorithm 1: sort z descending, support k(z) = max{k : 1 + k z_(k) > Σ_{r≤k}
    // z_(r)}, τ = (Σ_{r≤k(z)} z_(r) − 1) / k(z). Masked keys are left out of z.
    std::vector<double> z;
    for (long k : visibleKeys(c, i))
        z.push_back(c.trace.scores(i, k));
    std::sort(z.begin(), z.end(), std::greater<>());
    double cumulative = 0.0;
    double supportSum = z.front();
    std::size_t support = 1;
    for (std::size_t k = 0; k < z.size(); ++k) {
        cumulative += z[k];
        if (1.0 + static_cast<double>(k + 1) * z[k] > cumulative) {
            support = k + 1;
            supportSum = cumulative;
        }
    }
    const double tau = (supportSum - 1.0) / static_cast<double>(support);
    std::vector<Piece> terms;
    for (std::size_t k = 0; k < support; ++k)
        terms.push_back(factor(z[k]));
    const Piece a = sub(i + 1, j + 1);
    const Piece s = number(c.trace.scores(i, j));
    const Piece t = factor(tau);
    const Piece tv = number(tau);
    const Piece n = number(static_cast<double>(support));
    const Piece note = maskedNote(c, i);
    Formula f;
    return f
        .add("a" + a.text + " = max(s" + a.text + " \u2212 \u03c4, 0) = max(" + s.text + " \u2212 " + t.text +
                 ", 0) = " + value.text + ", with \u03c4 = (",
             "a" + a.latex + " = \\max(s" + a.latex + " - \\tau, 0) = \\max(" + s.latex + " - " + t.latex +
                 ", 0) = " + value.latex + ", \\quad \\tau = \\frac{")
        .sum(terms)
        .add(" \u2212 1)/" + n.text + " = " + tv.text + " over the row's " +
                 (support == 1 ? std::string("largest score") : n.text + " largest scores") + note.text,
             " - 1}{" + n.latex + "} = " + tv.latex + note.latex);
}

} // namespace

Piece noWeightsReason(const Context& c, long i)
{
    const auto status = c.trace.row_status[static_cast<std::size_t>(i)];
    if (status == RowStatus::NoKeyInBandwidth) {
        const Piece sigma = number(c.session.scoring.sigma);
        const Piece rj = rowJ(i);
        return Piece{"no key lies within the bandwidth \u03c3 = " + sigma.text +
                         " (K(u) = 0 for every key, so \u03a3K = 0)",
                     "\\sum_j K" + rj.latex +
                         " = 0: \\text{no key within the bandwidth } \\sigma = " + sigma.latex};
    }
    return Piece{"every key is masked for it", "\\text{every key is masked for query " + num(i + 1) + "}"};
}

Formula maskFormula(const Context& c, long i, long j)
{
    if (c.trace.mask(i, j))
        return maskedSentence(c, i, j);
    const Piece rule = maskRule(c, i, j, false);
    Formula f;
    return f.add("Key " + keyLabel(c.session, j) + " is not masked for query " + queryLabel(c.session, i) + " (" +
                     rule.text + "): it takes part in the normalisation.",
                 rule.latex + " \\Rightarrow \\text{visible}");
}

Formula weightFormula(const Context& c, long i, long j)
{
    if (c.trace.mask(i, j))
        return maskedSentence(c, i, j);
    if (!c.trace.hasOutput(i))
        return noWeightsSentence(c, i, "weights", "; the row is left empty.");
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
    Formula f;
    return f.add("a" + a.text + " = max(0, s" + a.text + ") = max(0, " + s.text + ") = " + value.text +
                     " (relu: not normalised)",
                 "a" + a.latex + " = \\max(0, s" + a.latex + ") = \\max(0, " + s.latex + ") = " + value.latex);
}

Formula outputFormula(const Context& c, long i, long col, const Piece& prefix)
{
    if (!c.trace.hasOutput(i)) {
        Formula f;
        f.add(prefix);
        return f.append(noWeightsSentence(c, i, "output", ", so it has no weights; the cell is left empty."));
    }
    const Piece o = c.values.cols() > 1 ? subComma(i + 1, col + 1) : sub(i + 1);
    const Piece rj = rowJ(i);
    const std::string vText = c.values.cols() > 1 ? "v\u2c7c," + subscriptDigits(col + 1) : "v\u2c7c";
    const std::string vLatex = c.values.cols() > 1 ? "v_{j," + num(col + 1) + "}" : "v_j";
    std::vector<Piece> terms;
    for (long k : visibleKeys(c, i))
        terms.push_back(product(c.trace.weights(i, k), c.values(k, col)));
    const Piece value = number(c.trace.outputs(i, col));
    const Piece note = maskedNote(c, i);
    Formula f;
    return f.add(prefix)
        .add("o" + o.text + " = \u03a3\u2c7c a" + rj.text + " " + vText + " = ",
             "o" + o.latex + " = \\sum_j a" + rj.latex + " " + vLatex + " = ")
        .sum(terms)
        .add(" = " + value.text + note.text, " = " + value.latex + note.latex);
}

} // namespace attn::explain_detail
