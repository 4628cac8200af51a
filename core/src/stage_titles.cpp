#include "stage_titles.h"

#include "attn/translate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace attn::stage_detail {

namespace {

/// The score formula a(q, k) as printed in titles (DOMAIN.md notation).
std::string formula(ScoringFunction function)
{
    switch (function) {
    case ScoringFunction::Dot:
    case ScoringFunction::ScaledDot:
        return "q\u00b7k";
    case ScoringFunction::General:
        return "q W k\u1d40"; // row vectors, as the settings panel writes it
    case ScoringFunction::Additive:
        return "w_v \u00b7 tanh(q W_q + k W_k)";
    case ScoringFunction::Cosine:
        return "cos(q, k)";
    case ScoringFunction::Gaussian:
        return "\u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)";
    case ScoringFunction::Boxcar:
    case ScoringFunction::Epanechnikov:
        return "K(u)";
    case ScoringFunction::Linear:
        return "\u03c6(q)\u00b7\u03c6(k)";
    }
    return {};
}

/// `capitalised` for single-head attention (head 0), else "Head <head>: <lowercase>".
std::string inHead(int head, const std::string& capitalised, const std::string& lowercase)
{
    //: %1: a head counted from 1; %2: a stage such as "attention weights".
    return head > 0 ? substitute(ATTN_TR("attn::Stages", "Head %1: %2"), {std::to_string(head), lowercase})
                    : capitalised;
}

std::string maskTitle(const Mask& mask, int head)
{
    const std::string w = std::to_string(mask.window);
    switch (mask.kind) {
    case MaskKind::None:
        break;
    case MaskKind::Causal:
        return inHead(head, ATTN_TR("attn::Stages", "Mask: causal"), ATTN_TR("attn::Stages", "causal mask"));
    case MaskKind::ValidLengths:
        return inHead(head, ATTN_TR("attn::Stages", "Mask: valid lengths"),
                      ATTN_TR("attn::Stages", "valid-length mask"));
    case MaskKind::Window:
        return inHead(head, substitute(ATTN_TR("attn::Stages", "Mask: window w = %1"), {w}),
                      substitute(ATTN_TR("attn::Stages", "window mask w = %1"), {w}));
    case MaskKind::Cells:
        return inHead(head, ATTN_TR("attn::Stages", "Mask: chosen cells"),
                      ATTN_TR("attn::Stages", "mask of chosen cells"));
    }
    return inHead(head, ATTN_TR("attn::Stages", "Mask"), ATTN_TR("attn::Stages", "mask"));
}

std::string weightsTitle(const Session& session, int head)
{
    if (normalizesBySum(session.scoring.function))
        return inHead(head, ATTN_TR("attn::Stages", "Attention weights (\u00f7 row sum)"),
                      ATTN_TR("attn::Stages", "attention weights (\u00f7 row sum)"));
    switch (session.normalization.function) {
    case NormalizationFunction::Softmax:
        break;
    case NormalizationFunction::Sparsemax:
        return inHead(head, ATTN_TR("attn::Stages", "Attention weights (sparsemax)"),
                      ATTN_TR("attn::Stages", "attention weights (sparsemax)"));
    case NormalizationFunction::Relu:
        return inHead(head, ATTN_TR("attn::Stages", "Attention weights relu(s), not normalised"),
                      ATTN_TR("attn::Stages", "attention weights relu(s), not normalised"));
    }
    return inHead(head, ATTN_TR("attn::Stages", "Attention weights"),
                  ATTN_TR("attn::Stages", "attention weights"));
}

std::string trimFraction(std::string text)
{
    if (text.find('.') == std::string::npos)
        return text;
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

std::string printed(const char* format, int precision, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, precision, value);
    return buffer;
}

} // namespace

std::string titleNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? "\u221e" : "\u2212\u221e";
    if (value == 0.0)
        return "0";
    constexpr int digits = 4;
    const std::string e = printed("%.*e", digits - 1, value);
    const int exponent = std::stoi(e.substr(e.find('e') + 1));
    if (exponent < -3 || exponent >= 6) {
        const std::string s = printed("%.*e", std::max(0, digits - 2), value);
        const std::size_t at = s.find('e');
        return trimFraction(s.substr(0, at)) + s.substr(at);
    }
    return trimFraction(printed("%.*f", std::max(0, digits - 1 - exponent), value));
}

std::string subscript(long n)
{
    static const char* const digits[] = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};
    std::string out;
    for (const char c : std::to_string(n))
        out += digits[c - '0'];
    return out;
}

AttentionTitles attentionTitles(const Session& session, long dK, int head)
{
    const ScoringFunction function = session.scoring.function;
    const std::string f = formula(function);
    const bool bySum = normalizesBySum(function);
    const bool scaled = function == ScoringFunction::ScaledDot && dK > 1;
    const double temperature = session.normalization.temperature;
    const bool tempered =
        !bySum && session.normalization.function == NormalizationFunction::Softmax && temperature != 1.0;
    const std::string t = titleNumber(temperature);

    AttentionTitles titles;
    titles.show_raw_scores = scaled || tempered;
    titles.raw_scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Raw scores %1"), {f}),
                               substitute(ATTN_TR("attn::Stages", "raw scores %1"), {f}));
    if (bySum)
        titles.scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Kernel values %1"), {f}),
                               substitute(ATTN_TR("attn::Stages", "kernel values %1"), {f}));
    else if (scaled && tempered)
        titles.scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Scores %1 / (√d_k · T), T = %2"), {f, t}),
                               substitute(ATTN_TR("attn::Stages", "scores %1 / (√d_k · T), T = %2"), {f, t}));
    else if (scaled)
        titles.scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Scaled scores %1 / √d_k"), {f}),
                               substitute(ATTN_TR("attn::Stages", "scaled scores %1 / √d_k"), {f}));
    else if (tempered)
        titles.scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Scores \u00f7 T (T = %1)"), {t}),
                               substitute(ATTN_TR("attn::Stages", "scores \u00f7 T (T = %1)"), {t}));
    else
        titles.scores = inHead(head, substitute(ATTN_TR("attn::Stages", "Scores %1"), {f}),
                               substitute(ATTN_TR("attn::Stages", "scores %1"), {f}));
    titles.mask = maskTitle(session.mask, head);
    titles.weights = weightsTitle(session, head);
    titles.outputs = head > 0 ? substitute(ATTN_TR("attn::Stages", "Head %1: output head%2 = A V"),
                                           {std::to_string(head), subscript(head)})
                              : ATTN_TR("attn::Stages", "Outputs");
    return titles;
}

std::string jacobianTitle(const std::string& queryLabel, int head)
{
    //: %1: a query's label. J = diag(a) − a aᵀ, the derivative of the weights by the scores of that row.
    return inHead(head, substitute(ATTN_TR("attn::Stages", "Softmax Jacobian ∂a/∂s of query “%1”"), {queryLabel}),
                  substitute(ATTN_TR("attn::Stages", "softmax Jacobian ∂a/∂s of query “%1”"), {queryLabel}));
}

std::string concatTitle(long heads)
{
    if (heads <= 1)
        return ATTN_TR("attn::Stages", "Concat(head\u2081)");
    if (heads <= 3) {
        std::string parts;
        for (long t = 1; t <= heads; ++t)
            parts += (t > 1 ? ", head" : "head") + subscript(t);
        return substitute(ATTN_TR("attn::Stages", "Concat(%1)"), {parts});
    }
    return substitute(ATTN_TR("attn::Stages", "Concat(head\u2081 \u2026 head%1)"), {subscript(heads)});
}

std::string axisTitle(Axis axis)
{
    switch (axis) {
    case Axis::Tokens:
        return ATTN_TR("attn::Stages", "Tokens");
    case Axis::Queries:
        return ATTN_TR("attn::Stages", "Queries");
    case Axis::Keys:
        return ATTN_TR("attn::Stages", "Keys");
    case Axis::ModelDimensions:
        return ATTN_TR("attn::Stages", "Model dimensions");
    case Axis::QueryKeyDimensions:
        return ATTN_TR("attn::Stages", "Query/key dimensions");
    case Axis::ValueDimensions:
        return ATTN_TR("attn::Stages", "Value dimensions");
    case Axis::HeadValueDimensions:
        return ATTN_TR("attn::Stages", "Value dimensions of each head");
    }
    return {};
}

} // namespace attn::stage_detail

namespace attn {

TeachingStepText teachingStepText(TeachingStepKind step, const Session& session)
{
    switch (step) {
    case TeachingStepKind::Inputs:
        if (session.self_attention && session.self_attention->positional_encoding)
            return {
                ATTN_TR("attn::Stages", "Inputs"),
                ATTN_TR("attn::Stages",
                        "The positional encoding P is added to the tokens first; queries, keys and values come "
                        "from X + P: Q = (X + P) W_Q, K = (X + P) W_K, V = (X + P) W_V.")};
        return {ATTN_TR("attn::Stages", "Inputs"),
                ATTN_TR("attn::Stages",
                        "Queries, keys and values come from the tokens: Q = X W_Q, K = X W_K, V = X W_V.")};
    case TeachingStepKind::Projections:
        return {
            ATTN_TR("attn::Stages", "Projections"),
            substitute(ATTN_TR("attn::Stages", "Each head projects the inputs with its own columns of W_Q, W_K "
                                               "and W_V (d_k = d_model / %1)."),
                       {std::to_string(session.multi_head ? session.multi_head->heads : 1)})};
    case TeachingStepKind::Scores:
        return {ATTN_TR("attn::Stages", "Scores"),
                ATTN_TR("attn::Stages", "Compare every query with every key: one score a(q, k) per cell.")};
    case TeachingStepKind::Scaling: {
        const bool temperature = session.normalization.temperature != 1.0 &&
                                 session.normalization.function == NormalizationFunction::Softmax;
        const bool byRootDk = session.scoring.function == ScoringFunction::ScaledDot;
        const std::string t = stage_detail::titleNumber(session.normalization.temperature);
        std::string what;
        if (byRootDk && temperature)
            what = substitute(ATTN_TR("attn::Stages", "Divide by √d_k and by the temperature T = %1."), {t});
        else if (byRootDk)
            what = ATTN_TR("attn::Stages", "Divide every score by √d_k so that softmax does not saturate.");
        else
            what = substitute(
                ATTN_TR("attn::Stages",
                        "Divide every score by the temperature T = %1: T > 1 flattens, T < 1 sharpens."),
                {t});
        return {ATTN_TR("attn::Stages", "Scaling"), what};
    }
    case TeachingStepKind::Mask:
        return {ATTN_TR("attn::Stages", "Mask"),
                ATTN_TR("attn::Stages", "Hide keys a query may not see; their weight will be exactly 0.")};
    case TeachingStepKind::Normalisation:
        return {ATTN_TR("attn::Stages", "Normalisation"),
                ATTN_TR("attn::Stages", "Turn each row of scores into attention weights.")};
    case TeachingStepKind::WeightedSum:
        return {ATTN_TR("attn::Stages", "Weighted sum"),
                ATTN_TR("attn::Stages",
                        "Each output is the weights times the values: o = \u03a3\u2c7c a\u2c7c v\u2c7c.")};
    case TeachingStepKind::PerHeadAttention:
        return {ATTN_TR("attn::Stages", "Per-head attention"),
                ATTN_TR("attn::Stages", "Every head scores, normalises and pools on its own.")};
    case TeachingStepKind::Concatenation:
        return {ATTN_TR("attn::Stages", "Concatenation"),
                ATTN_TR("attn::Stages",
                        "The heads' outputs are laid side by side: Concat(head\u2081, \u2026, head_h).")};
    case TeachingStepKind::OutputProjection:
        return {ATTN_TR("attn::Stages", "W_O"),
                ATTN_TR("attn::Stages", "The concatenation is multiplied by W_O to give the final outputs.")};
    }
    return {};
}

} // namespace attn
