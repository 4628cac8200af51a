#include "teach/teachingsteps.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace attn::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::TeachingSteps)
};

/// "head2_weights" → {"weights", 1}; "weights" → {"weights", -1}.
std::pair<QString, int> splitHead(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^head(\\d+)_(.+)$"));
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return {id, -1};
    return {match.captured(2), match.captured(1).toInt() - 1};
}

} // namespace

std::optional<std::pair<attn::Stage, int>> explainStageOf(const QString& id)
{
    const auto [stage, head] = splitHead(id);
    if (stage == u"raw_scores")
        return std::pair{attn::Stage::RawScores, head};
    if (stage == u"scores")
        return std::pair{attn::Stage::Scores, head};
    if (stage == u"mask")
        return std::pair{attn::Stage::Mask, head};
    if (stage == u"weights")
        return std::pair{attn::Stage::Weights, head};
    if (stage == u"outputs") // the final outputs; explain() treats them as Outputs for a single head
        return std::pair{head < 0 ? attn::Stage::FinalOutputs : attn::Stage::Outputs, head};
    if (stage == u"concat")
        return std::pair{attn::Stage::Concat, -1};
    return std::nullopt;
}

QList<TeachingStep> teachingSteps(const attn::Session& session, const QList<HeatmapSpec>& specs)
{
    QStringList ids;
    for (const HeatmapSpec& spec : specs)
        ids << spec.id;
    auto present = [&ids](const QStringList& wanted) {
        QStringList found;
        for (const QString& id : wanted)
            if (ids.contains(id))
                found << id;
        return found;
    };
    auto perHead = [&ids](const QString& stage) {
        QStringList found;
        for (const QString& id : ids)
            if (splitHead(id).first == stage && splitHead(id).second >= 0)
                found << id;
        return found;
    };

    QList<TeachingStep> steps;
    auto add = [&steps](const QString& title, const QString& description, const QStringList& stepIds,
                        attn::Stage stage, int head) {
        if (!stepIds.isEmpty())
            steps.append({title, description, stepIds, stage, head});
    };
    const QStringList inputs = present({QStringLiteral("positional_encoding"), QStringLiteral("inputs"),
                                        QStringLiteral("queries"), QStringLiteral("keys"), QStringLiteral("values")});
    add(Tr::tr("Inputs"), Tr::tr("Queries, keys and values come from the tokens: Q = X W_Q, K = X W_K, V = X W_V."),
        inputs, attn::Stage::Scores, -1);

    if (session.multi_head) {
        const long h = session.multi_head->heads;
        QStringList projections = perHead(QStringLiteral("queries")) + perHead(QStringLiteral("keys"))
                                  + perHead(QStringLiteral("values"));
        add(Tr::tr("Projections"),
            Tr::tr("Each head projects the inputs with its own columns of W_Q, W_K and W_V (d_k = d_model / %1).").arg(h),
            projections, attn::Stage::Scores, 0);
        QStringList attention;
        for (const QString& stage : {QStringLiteral("raw_scores"), QStringLiteral("scores"), QStringLiteral("mask"),
                                     QStringLiteral("weights"), QStringLiteral("outputs")})
            attention += perHead(stage);
        add(Tr::tr("Per-head attention"), Tr::tr("Every head scores, normalises and pools on its own."), attention,
            attn::Stage::Weights, 0);
        add(Tr::tr("Concatenation"), Tr::tr("The heads' outputs are laid side by side: Concat(head\u2081, \u2026, head_h)."),
            present({QStringLiteral("concat")}), attn::Stage::Concat, -1);
        add(Tr::tr("W_O"), Tr::tr("The concatenation is multiplied by W_O to give the final outputs."),
            present({QStringLiteral("outputs")}), attn::Stage::FinalOutputs, -1);
        return steps;
    }

    const bool scaled = ids.contains(QStringLiteral("raw_scores"));
    add(Tr::tr("Scores"), Tr::tr("Compare every query with every key: one score a(q, k) per cell."),
        present({scaled ? QStringLiteral("raw_scores") : QStringLiteral("scores")}),
        scaled ? attn::Stage::RawScores : attn::Stage::Scores, -1);
    if (scaled) {
        const bool temperature = session.normalization.temperature != 1.0
                                 && session.normalization.function == attn::NormalizationFunction::Softmax;
        const bool byRootDk = session.scoring.function == attn::ScoringFunction::ScaledDot;
        QString what;
        if (byRootDk && temperature)
            what = Tr::tr("Divide by √d_k and by the temperature T = %1.").arg(session.normalization.temperature);
        else if (byRootDk)
            what = Tr::tr("Divide every score by √d_k so that softmax does not saturate.");
        else
            what = Tr::tr("Divide every score by the temperature T = %1: T > 1 flattens, T < 1 sharpens.")
                       .arg(session.normalization.temperature);
        add(Tr::tr("Scaling"), what, present({QStringLiteral("scores")}), attn::Stage::Scores, -1);
    }
    add(Tr::tr("Mask"), Tr::tr("Hide keys a query may not see; their weight will be exactly 0."),
        present({QStringLiteral("mask")}), attn::Stage::Mask, -1);
    add(Tr::tr("Normalisation"), Tr::tr("Turn each row of scores into attention weights."), present({QStringLiteral("weights")}),
        attn::Stage::Weights, -1);
    add(Tr::tr("Weighted sum"), Tr::tr("Each output is the weights times the values: o = \u03a3\u2c7c a\u2c7c v\u2c7c."),
        present({QStringLiteral("outputs")}), attn::Stage::Outputs, -1);
    return steps;
}

} // namespace attn::ui
