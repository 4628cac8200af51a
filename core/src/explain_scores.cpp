// attn::explain(): raw scores and scores, one formula per scoring function (DOMAIN.md, "Scoring functions").
#include "explain_internal.h"

#include "attn/translate.h"

#include <cmath>
#include <string>

namespace attn::explain_detail {

namespace {

/// "62 − 60" / "62 - 60", with a negative subtrahend in parentheses.
Piece difference(double a, double b)
{
    const Piece pa = number(a);
    const Piece pb = factor(b);
    return Piece{pa.text + " \u2212 " + pb.text, pa.latex + " - " + pb.latex};
}

double squaredDistance(const Context& c, long i, long j)
{
    return (c.queries.row(i) - c.keys.row(j)).squaredNorm();
}

/// "(1 − 3)² + (2 − 4)²" / "(1 - 3)^2 + (2 - 4)^2" (used for d ≤ 3 only).
Piece squaredDifferences(const Context& c, long i, long j)
{
    Piece out;
    for (Eigen::Index d = 0; d < c.keys.cols(); ++d) {
        const Piece diff = difference(c.queries(i, d), c.keys(j, d));
        out.text += (d > 0 ? " + (" : "(") + diff.text + ")\u00b2";
        out.latex += (d > 0 ? " + (" : "(") + diff.latex + ")^2";
    }
    return out;
}

/// "‖q₁ − k₂‖" / "\lVert q_{1} - k_{2} \rVert".
Piece normOfDifference(long i, long j)
{
    const Piece q = vectorName("q", i);
    const Piece k = vectorName("k", j);
    return Piece{"\u2016" + q.text + " \u2212 " + k.text + "\u2016",
                 "\\lVert " + q.latex + " - " + k.latex + " \\rVert"};
}

/// "2" when σ = 1, else "(2·3²)"; LaTeX "2" or "2 \cdot 3^2".
Piece twoSigmaSquared(double sigma, bool parenthesize)
{
    if (sigma == 1.0)
        return Piece{"2", "2"};
    const Piece s = factor(sigma);
    const std::string text = "2\u00b7" + s.text + "\u00b2";
    return Piece{parenthesize ? "(" + text + ")" : text, "2 \\cdot " + s.latex + "^2"};
}

/// The distance ‖q − k‖ substituted: "|62 − 60|", "√[(1 − 3)² + (2 − 4)²]" or "√12.5".
Piece distance(const Context& c, long i, long j)
{
    if (c.keys.cols() == 1) {
        const Piece diff = difference(c.queries(i, 0), c.keys(j, 0));
        return Piece{"|" + diff.text + "|", "|" + diff.latex + "|"};
    }
    if (c.keys.cols() <= 3) {
        const Piece squares = squaredDifferences(c, i, j);
        return Piece{"\u221a[" + squares.text + "]", "\\sqrt{" + squares.latex + "}"};
    }
    const Piece d2 = number(squaredDistance(c, i, j));
    return Piece{"\u221a" + d2.text, "\\sqrt{" + d2.latex + "}"};
}

/// "u = ‖q₁ − k₂‖/σ = |62 − 60|/3 = 0.66666667".
Piece uDefinition(const Context& c, long i, long j)
{
    const double sigma = c.session.scoring.sigma;
    const Piece norm = normOfDifference(i, j);
    const Piece dist = distance(c, i, j);
    const Piece s = factor(sigma);
    const Piece u = number(std::sqrt(squaredDistance(c, i, j)) / sigma);
    return Piece{"u = " + norm.text + "/\u03c3 = " + dist.text + "/" + s.text + " = " + u.text,
                 "u = \\frac{" + norm.latex + "}{\\sigma} = \\frac{" + dist.latex + "}{" + s.latex +
                     "} = " + u.latex};
}

Formula dotTerms(const Context& c, long i, long j)
{
    std::vector<Piece> terms;
    for (Eigen::Index d = 0; d < c.keys.cols(); ++d)
        terms.push_back(product(c.queries(i, d), c.keys(j, d)));
    Formula f;
    f.sum(terms);
    return f;
}

Piece dotName(long i, long j)
{
    const Piece q = vectorName("q", i);
    const Piece k = vectorName("k", j);
    return Piece{q.text + " \u00b7 " + k.text, q.latex + " \\cdot " + k.latex};
}

Formula gaussianRaw(const Context& c, long i, long j, const Piece& value)
{
    const double sigma = c.session.scoring.sigma;
    Formula f;
    f.add(c.kernelName(i, j)).add(" = ", " = ").add(gaussianExponent(c, i, j));
    if (c.keys.cols() > 3) {
        const Piece d2 = number(squaredDistance(c, i, j));
        const Piece den = twoSigmaSquared(sigma, true);
        f.add(" = \u2212" + d2.text + "/" + den.text, " = -\\frac{" + d2.latex + "}{" + den.latex + "}");
    }
    return f.add(" = " + value.text, " = " + value.latex);
}

Formula kernelRaw(const Context& c, long i, long j, double rawValue)
{
    const Piece u = uDefinition(c, i, j);
    const Piece value = number(rawValue);
    if (c.session.scoring.function == ScoringFunction::Boxcar) {
        const bool inside = rawValue > 0.0;
        const Piece kernel{"K(u) = " + value.text, "K(u) = " + value.latex};
        const Piece comparison{u.text + (inside ? " < 1" : " \u2265 1"), u.latex + (inside ? " < 1" : " \\ge 1")};
        //: %1: "K(u) = 1"; %2: "u = ‖q₁ − k₂‖/σ = |62 − 60|/3 = 0.67 < 1". Boxcar is the name of the kernel.
        return Formula::sentence(ATTN_TR("attn::Explain", "%1 because %2 (boxcar: K(u) = 1 if u < 1, else 0)"),
                                 {Formula(kernel), Formula(comparison)},
                                 kernel.latex + " \\text{ because } " + comparison.latex);
    }
    const Piece uValue = factor(std::sqrt(squaredDistance(c, i, j)) / c.session.scoring.sigma);
    Formula f;
    f.add("K(u) = max(0, 1 \u2212 u) = max(0, 1 \u2212 " + uValue.text + ") = " + value.text,
          "K(u) = \\max(0, 1 - u) = \\max(0, 1 - " + uValue.latex + ") = " + value.latex);
    return withDefinition(f, Formula(u));
}

double phi(double x)
{
    return x > 0.0 ? x + 1.0 : std::exp(x);
}

} // namespace

Piece gaussianExponent(const Context& c, long i, long j)
{
    const Piece den = twoSigmaSquared(c.session.scoring.sigma, true);
    const Piece denLatex = twoSigmaSquared(c.session.scoring.sigma, false);
    Piece numerator;
    if (c.keys.cols() == 1) {
        const Piece diff = difference(c.queries(i, 0), c.keys(j, 0));
        numerator = Piece{"(" + diff.text + ")\u00b2", "(" + diff.latex + ")^2"};
        return Piece{"\u2212" + numerator.text + "/" + den.text,
                     "-\\frac{" + numerator.latex + "}{" + denLatex.latex + "}"};
    }
    if (c.keys.cols() <= 3) {
        numerator = squaredDifferences(c, i, j);
        return Piece{"\u2212[" + numerator.text + "]/" + den.text,
                     "-\\frac{" + numerator.latex + "}{" + denLatex.latex + "}"};
    }
    const Piece norm = normOfDifference(i, j);
    return Piece{"\u2212" + norm.text + "\u00b2/" + den.text,
                 "-\\frac{" + norm.latex + "^2}{" + denLatex.latex + "}"};
}

Piece distanceDefinition(const Context& c, long i, long j)
{
    const Piece norm = normOfDifference(i, j);
    const Piece d2 = number(squaredDistance(c, i, j));
    return Piece{norm.text + "\u00b2 = " + d2.text, norm.latex + "^2 = " + d2.latex};
}

bool Context::temperatureApplies() const
{
    return !normalizesBySum(session.scoring.function) &&
           session.normalization.function == NormalizationFunction::Softmax &&
           session.normalization.temperature != 1.0;
}

double Context::preTemperatureScore(long i, long j) const
{
    const double raw = trace.raw_scores(i, j);
    if (session.scoring.function == ScoringFunction::ScaledDot)
        return raw / std::sqrt(static_cast<double>(keys.cols()));
    return raw;
}

Piece Context::kernelName(long i, long j) const
{
    if (queries.cols() == 1 && keys.cols() == 1) {
        const Piece q = number(queries(i, 0));
        const Piece k = number(keys(j, 0));
        return Piece{"a(" + q.text + ", " + k.text + ")", "a(" + q.latex + ", " + k.latex + ")"};
    }
    const Piece q = vectorName("q", i);
    const Piece k = vectorName("k", j);
    return Piece{"a(" + q.text + ", " + k.text + ")", "a(" + q.latex + ", " + k.latex + ")"};
}

Formula rawScoreFormula(const Context& c, long i, long j)
{
    const Scoring& scoring = c.session.scoring;
    const Piece value = number(c.trace.raw_scores(i, j));
    const Piece q = vectorName("q", i);
    const Piece k = vectorName("k", j);
    Formula f;
    switch (scoring.function) {
    case ScoringFunction::Dot:
    case ScoringFunction::ScaledDot:
        f.add(dotName(i, j)).add(" = ", " = ").append(dotTerms(c, i, j));
        break;
    case ScoringFunction::General: {
        const Eigen::RowVectorXd qw = c.queries.row(i) * scoring.W;
        std::vector<Piece> terms;
        for (Eigen::Index d = 0; d < qw.size(); ++d)
            terms.push_back(product(qw(d), c.keys(j, d)));
        f.add(q.text + " W " + k.text + "\u1d40 = (" + q.text + " W) \u00b7 " + k.text + " = ",
              q.latex + " W " + k.latex + "^\\top = (" + q.latex + " W) \\cdot " + k.latex + " = ")
            .sum(terms);
        break;
    }
    case ScoringFunction::Additive: {
        const Eigen::RowVectorXd qh = c.queries.row(i) * scoring.W_q;
        const Eigen::RowVectorXd kh = c.keys.row(j) * scoring.W_k;
        std::vector<Piece> terms;
        for (Eigen::Index m = 0; m < qh.size(); ++m) {
            const Piece w = factor(scoring.w_v(m));
            const Piece a = number(qh(m));
            const Piece b = factor(kh(m));
            terms.push_back(Piece{w.text + "\u00b7tanh(" + a.text + " + " + b.text + ")",
                                  w.latex + " \\cdot \\tanh(" + a.latex + " + " + b.latex + ")"});
        }
        f.add("w_v \u00b7 tanh(" + q.text + " W_q + " + k.text + " W_k) = ",
              "w_v \\cdot \\tanh(" + q.latex + " W_q + " + k.latex + " W_k) = ")
            .sum(terms);
        break;
    }
    case ScoringFunction::Cosine: {
        const Piece qn = number(c.queries.row(i).norm());
        const Piece kn = factor(c.keys.row(j).norm());
        f.add("cos(" + q.text + ", " + k.text + ") = (" + q.text + " \u00b7 " + k.text + ")/(\u2016" + q.text +
                  "\u2016 \u2016" + k.text + "\u2016) = (",
              "\\cos(" + q.latex + ", " + k.latex + ") = \\frac{" + q.latex + " \\cdot " + k.latex + "}{\\lVert " +
                  q.latex + " \\rVert \\, \\lVert " + k.latex + " \\rVert} = \\frac{")
            .append(dotTerms(c, i, j))
            .add(")/(" + qn.text + "\u00b7" + kn.text + ")", "}{" + qn.latex + " \\cdot " + kn.latex + "}");
        break;
    }
    case ScoringFunction::Gaussian:
        return gaussianRaw(c, i, j, value);
    case ScoringFunction::Boxcar:
    case ScoringFunction::Epanechnikov:
        return kernelRaw(c, i, j, c.trace.raw_scores(i, j));
    case ScoringFunction::Linear: {
        std::vector<Piece> terms;
        for (Eigen::Index d = 0; d < c.keys.cols(); ++d)
            terms.push_back(product(phi(c.queries(i, d)), phi(c.keys(j, d))));
        f.add("\u03c6(" + q.text + ") \u00b7 \u03c6(" + k.text + ") = ",
              "\\varphi(" + q.latex + ") \\cdot \\varphi(" + k.latex + ") = ")
            .sum(terms)
            .add(" = " + value.text, " = " + value.latex);
        return withDefinition(f, Formula(Piece{"\u03c6(x) = elu(x) + 1", "\\varphi(x) = \\mathrm{elu}(x) + 1"}));
    }
    }
    return f.add(" = " + value.text, " = " + value.latex);
}

Formula scoreFormula(const Context& c, long i, long j)
{
    const Piece s = sub(i + 1, j + 1);
    const Piece value = number(c.trace.scores(i, j));
    const bool withT = c.temperatureApplies();
    const Piece t = factor(c.temperature());
    Formula f;
    if (c.session.scoring.function == ScoringFunction::ScaledDot) {
        const Piece raw = number(c.trace.raw_scores(i, j));
        const Piece dk = number(static_cast<double>(c.keys.cols()));
        const Piece name = dotName(i, j);
        if (withT)
            f.add("s" + s.text + "/T = (" + name.text + ")/(√d_k\u00b7T) = " + raw.text + "/(\u221a" +
                      dk.text + "\u00b7" + t.text + ") = " + value.text,
                  "\\frac{s" + s.latex + "}{T} = \\frac{" + name.latex + "}{\\sqrt{d_k}\\, T} = \\frac{" +
                      raw.latex + "}{\\sqrt{" + dk.latex + "} \\cdot " + t.latex + "} = " + value.latex);
        else
            f.add("s" + s.text + " = (" + name.text + ")/√d_k = " + raw.text + "/\u221a" + dk.text + " = " +
                      value.text,
                  "s" + s.latex + " = \\frac{" + name.latex + "}{\\sqrt{d_k}} = \\frac{" + raw.latex +
                      "}{\\sqrt{" + dk.latex + "}} = " + value.latex);
        if (c.head < 0)
            return f;
        const Piece dm = number(static_cast<double>(c.d_model));
        const Piece h = number(static_cast<double>(c.heads));
        return withDefinition(
            f, Formula(Piece{"d_k = d_model/h = " + dm.text + "/" + h.text + " = " + dk.text,
                             "d_k = d_{\\mathrm{model}}/h = " + dm.latex + "/" + h.latex + " = " + dk.latex}));
    }
    if (!withT)
        return f.add("s" + s.text + " = ", "s" + s.latex + " = ").append(rawScoreFormula(c, i, j));
    const Piece raw = number(c.trace.raw_scores(i, j));
    f.add("s" + s.text + "/T = " + raw.text + "/" + t.text + " = " + value.text,
          "\\frac{s" + s.latex + "}{T} = \\frac{" + raw.latex + "}{" + t.latex + "} = " + value.latex);
    return withDefinition(f, rawScoreFormula(c, i, j));
}

} // namespace attn::explain_detail
