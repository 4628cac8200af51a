#include "heatmap/heatmaptitles.h"

#include "base/numberformat.h"

#include <QCoreApplication>

namespace attn::ui {

namespace {

/// Translation context of the heatmap texts (shared with heatmapspec.cpp).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HeatmapSpec)
};

/// The score formula a(q, k) as printed in titles (DOMAIN.md notation).
QString formula(attn::ScoringFunction function)
{
    switch (function) {
    case attn::ScoringFunction::Dot:
    case attn::ScoringFunction::ScaledDot:
        return QStringLiteral("q\u00b7k");
    case attn::ScoringFunction::General:
        return QStringLiteral("q\u1d40W k");
    case attn::ScoringFunction::Additive:
        return QStringLiteral("w_v\u1d40 tanh(W_q q + W_k k)");
    case attn::ScoringFunction::Cosine:
        return QStringLiteral("cos(q, k)");
    case attn::ScoringFunction::Gaussian:
        return QStringLiteral("\u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)");
    case attn::ScoringFunction::Boxcar:
    case attn::ScoringFunction::Epanechnikov:
        return QStringLiteral("K(u)");
    case attn::ScoringFunction::Linear:
        return QStringLiteral("\u03c6(q)\u00b7\u03c6(k)");
    }
    return {};
}

/// `text` as the title of a stage of head `head` (1-based), or unchanged for single-head attention (0).
QString inHead(int head, const QString& capitalised, const QString& lowercase)
{
    return head > 0 ? Text::tr("Head %1: %2", "head number, stage").arg(QString::number(head), lowercase)
                    : capitalised;
}

QString maskTitle(const attn::Mask& mask, int head)
{
    switch (mask.kind) {
    case attn::MaskKind::None:
        break;
    case attn::MaskKind::Causal:
        return inHead(head, Text::tr("Mask: causal"), Text::tr("causal mask"));
    case attn::MaskKind::ValidLengths:
        return inHead(head, Text::tr("Mask: valid lengths"), Text::tr("valid-length mask"));
    case attn::MaskKind::Window:
        return inHead(head, Text::tr("Mask: window w = %1").arg(mask.window),
                      Text::tr("window mask w = %1").arg(mask.window));
    case attn::MaskKind::Cells:
        return inHead(head, Text::tr("Mask: chosen cells"), Text::tr("mask of chosen cells"));
    }
    return inHead(head, Text::tr("Mask"), Text::tr("mask"));
}

QString weightsTitle(const attn::Session& session, int head)
{
    if (attn::normalizesBySum(session.scoring.function))
        return inHead(head, Text::tr("Attention weights (\u00f7 row sum)"),
                      Text::tr("attention weights (\u00f7 row sum)"));
    switch (session.normalization.function) {
    case attn::NormalizationFunction::Softmax:
        break;
    case attn::NormalizationFunction::Sparsemax:
        return inHead(head, Text::tr("Attention weights (sparsemax)"), Text::tr("attention weights (sparsemax)"));
    case attn::NormalizationFunction::Relu:
        return inHead(head, Text::tr("Attention weights relu(s), not normalised"),
                      Text::tr("attention weights relu(s), not normalised"));
    }
    return inHead(head, Text::tr("Attention weights"), Text::tr("attention weights"));
}

/// "₁₂" for 12.
QString subscript(long n)
{
    QString digits = QString::number(n);
    for (QChar& c : digits)
        c = QChar(0x2080 + (c.unicode() - u'0'));
    return digits;
}

} // namespace

HeatmapTitles heatmapTitles(const attn::Session& session, long dK, int head)
{
    const attn::ScoringFunction function = session.scoring.function;
    const QString f = formula(function);
    const bool bySum = attn::normalizesBySum(function);
    const bool scaled = function == attn::ScoringFunction::ScaledDot && dK > 1;
    const double temperature = session.normalization.temperature;
    const bool tempered =
        !bySum && session.normalization.function == attn::NormalizationFunction::Softmax && temperature != 1.0;
    const QString t = formatCellValue(temperature);

    HeatmapTitles titles;
    titles.showRawScores = scaled || tempered;
    titles.rawScores = inHead(head, Text::tr("Raw scores %1").arg(f), Text::tr("raw scores %1").arg(f));
    if (bySum)
        titles.scores = inHead(head, Text::tr("Kernel values %1").arg(f), Text::tr("kernel values %1").arg(f));
    else if (scaled && tempered)
        titles.scores = inHead(head, Text::tr("Scores %1 / (√d_k · T), T = %2").arg(f, t),
                               Text::tr("scores %1 / (√d_k · T), T = %2").arg(f, t));
    else if (scaled)
        titles.scores = inHead(head, Text::tr("Scaled scores %1 / √d_k").arg(f),
                               Text::tr("scaled scores %1 / √d_k").arg(f));
    else if (tempered)
        titles.scores =
            inHead(head, Text::tr("Scores \u00f7 T (T = %1)").arg(t), Text::tr("scores \u00f7 T (T = %1)").arg(t));
    else
        titles.scores = inHead(head, Text::tr("Scores %1").arg(f), Text::tr("scores %1").arg(f));
    titles.mask = maskTitle(session.mask, head);
    titles.weights = weightsTitle(session, head);
    titles.outputs =
        head > 0 ? Text::tr("Head %1: output head%2 = A V").arg(head).arg(subscript(head)) : Text::tr("Outputs");
    return titles;
}

QString concatTitle(long heads)
{
    if (heads <= 1)
        return Text::tr("Concat(head\u2081)");
    QStringList parts;
    if (heads <= 3) {
        for (long t = 1; t <= heads; ++t)
            parts << QStringLiteral("head") + subscript(t);
        return Text::tr("Concat(%1)").arg(parts.join(QStringLiteral(", ")));
    }
    return Text::tr("Concat(head\u2081 \u2026 head%1)").arg(subscript(heads));
}

} // namespace attn::ui
