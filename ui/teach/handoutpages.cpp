#include "teach/handoutpages.h"

#include "attn/evaluation.h"
#include "attn/explain.h"
#include "base/numberformat.h"
#include "compute/teachingsteps.h"

#include <QCoreApplication>

#include <algorithm>

namespace attn::ui {

namespace {

/// Translation context of the handout pages.
struct Handout {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::Handout)
};

QStringList numbered(Eigen::Index count)
{
    QStringList labels;
    for (Eigen::Index i = 0; i < count; ++i)
        labels << QString::number(i + 1);
    return labels;
}

/// A table of token rows: queries (`queries` true) or keys.
HandoutTable tokenTable(const QString& name, const attn::Matrix& values, const attn::Session& session,
                        bool queries)
{
    QStringList rows;
    for (Eigen::Index i = 0; i < values.rows(); ++i)
        rows << QString::fromStdString(queries ? attn::queryLabel(session, i) : attn::keyLabel(session, i));
    return {name, values, rows, numbered(values.cols())};
}

/// A table of a projection or weight matrix: rows and columns numbered.
HandoutTable weightTable(const QString& name, const attn::Matrix& values)
{
    return {name, values, numbered(values.rows()), numbered(values.cols())};
}

/// The matrices attention takes in: Q, K, V as the session gives them or, in single-head self-attention, as
/// derived from X.
QList<HandoutTable> attentionInputs(const attn::Session& session, const attn::Computation& computation,
                                    bool withQueriesAndKeys, bool withValues)
{
    const bool derived = session.self_attention && !session.multi_head;
    const bool withP = derived && session.self_attention->positional_encoding;
    auto name = [derived, withP](const QString& plain, const QString& fromX, const QString& fromXP) {
        return derived ? (withP ? fromXP : fromX) : plain;
    };
    QList<HandoutTable> tables;
    if (withQueriesAndKeys) {
        tables << tokenTable(
            name(Handout::tr("Q (queries)"), Handout::tr("Q = X W_Q"), Handout::tr("Q = (X + P) W_Q")),
            computation.queries, session, true);
        tables << tokenTable(
            name(Handout::tr("K (keys)"), Handout::tr("K = X W_K"), Handout::tr("K = (X + P) W_K")),
            computation.keys, session, false);
    }
    if (withValues)
        tables << tokenTable(
            name(Handout::tr("V (values)"), Handout::tr("V = X W_V"), Handout::tr("V = (X + P) W_V")),
            computation.values, session, false);
    return tables;
}

/// The tokens of self-attention, with its projections W_Q, W_K, W_V unless multi-head uses its own.
QList<HandoutTable> selfAttentionInputs(const attn::Session& session)
{
    if (!session.self_attention)
        return {};
    const attn::SelfAttention& self = *session.self_attention;
    QList<HandoutTable> tables{tokenTable(Handout::tr("X (tokens)"), self.X, session, true)};
    if (!session.multi_head)
        tables << weightTable(Handout::tr("W_Q"), self.W_Q) << weightTable(Handout::tr("W_K"), self.W_K)
               << weightTable(Handout::tr("W_V"), self.W_V);
    return tables;
}

/// The matrices the page of `step` shows beside its heatmaps.
QList<HandoutTable> inputsOf(const attn::Session& session, const attn::Computation& computation,
                             attn::TeachingStepKind step)
{
    switch (step) {
    case attn::TeachingStepKind::Inputs:
        return selfAttentionInputs(session);
    case attn::TeachingStepKind::Projections: {
        // The heads' projections of the inputs.
        QList<HandoutTable> tables = session.self_attention ? selfAttentionInputs(session)
                                                            : attentionInputs(session, computation, true, true);
        return tables << weightTable(Handout::tr("W_Q"), session.multi_head->W_Q)
                      << weightTable(Handout::tr("W_K"), session.multi_head->W_K)
                      << weightTable(Handout::tr("W_V"), session.multi_head->W_V);
    }
    case attn::TeachingStepKind::Scores:
    case attn::TeachingStepKind::Scaling:
    case attn::TeachingStepKind::Mask:
    case attn::TeachingStepKind::Normalisation:
        return attentionInputs(session, computation, true, false);
    case attn::TeachingStepKind::WeightedSum:
        return attentionInputs(session, computation, false, true);
    case attn::TeachingStepKind::PerHeadAttention: // every head's own Q, K and V are the projections' heatmaps
    case attn::TeachingStepKind::Concatenation:    // the heads' outputs are the page's own heatmaps
        return {};
    case attn::TeachingStepKind::OutputProjection:
        return {weightTable(Handout::tr("W_O"), session.multi_head->W_O)};
    }
    return {};
}

/// True for the steps whose page explains a cell of its first heatmap (not the steps that show inputs).
bool explainsACell(attn::TeachingStepKind step)
{
    return step != attn::TeachingStepKind::Inputs && step != attn::TeachingStepKind::Projections;
}

const HeatmapSpec* specWithId(const QList<HeatmapSpec>& specs, const QString& id)
{
    const auto found =
        std::find_if(specs.cbegin(), specs.cend(), [&id](const HeatmapSpec& spec) { return spec.id == id; });
    return found == specs.cend() ? nullptr : &*found;
}

} // namespace

QString handoutNumber(double value)
{
    const QString exact = formatExact(value);
    return exact.size() <= 7 ? exact : formatCellValue(value, 4);
}

QList<HandoutPage> handoutPages(const attn::Session& session, const HandoutOptions& options)
{
    const attn::Computation computation = attn::evaluate(session);
    const QList<HeatmapSpec> specs =
        heatmapsFor(session, computation, HeatmapSelection{HeatmapSelection::Mode::Everything});
    const QList<TeachingStep> steps = teachingSteps(session, specs);

    QList<HandoutPage> pages;
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const TeachingStep& step = steps.at(s);
        HandoutPage page;
        page.number = static_cast<int>(s + 1);
        page.count = static_cast<int>(steps.size());
        page.heading = Handout::tr("Step %1 of %2 \u2014 %3").arg(page.number).arg(page.count).arg(step.title);
        page.description = step.description;
        page.sessionTitle = QString::fromStdString(session.title);

        const HeatmapSpec* explainedSpec = nullptr;
        for (const QString& id : step.ids) {
            const HeatmapSpec* spec = specWithId(specs, id);
            if (!spec)
                continue;
            page.heatmaps << *spec;
            if (!explainedSpec && explainsACell(step.kind))
                explainedSpec = spec;
        }
        page.inputs = inputsOf(session, computation, step.kind);
        if (explainedSpec && explainedSpec->stage && explainedSpec->values.size() > 0) {
            const long row = std::clamp<long>(options.row, 0, static_cast<long>(explainedSpec->values.rows()) - 1);
            const long column =
                std::clamp<long>(options.column, 0, static_cast<long>(explainedSpec->values.cols()) - 1);
            const attn::Explanation explanation =
                attn::explain(session, computation, attn::CellRef::of(*explainedSpec->stage, row, column));
            page.explanationTitle =
                Handout::tr("%1 (row \u201c%2\u201d, column \u201c%3\u201d)")
                    .arg(QString::fromStdString(explanation.title), explainedSpec->rowLabels.value(row),
                         explainedSpec->columnLabels.value(column));
            page.explanation = QString::fromStdString(explanation.full_text);
        }
        pages << page;
    }
    return pages;
}

} // namespace attn::ui
