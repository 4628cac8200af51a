#include "teach/handoutpages.h"

#include "attn/evaluation.h"
#include "attn/explain.h"
#include "base/numberformat.h"
#include "compute/teachingsteps.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

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

QString handoutNumber(double value, int digits)
{
    const QString exact = formatExact(value);
    const QString cell = formatCellValue(value, digits);
    return exact.size() <= cell.size() ? exact : cell;
}

namespace {

/// The trace of `head` (0-based; head 1 when out of range) in multi-head attention, else the single trace.
const attn::Trace& headTrace(const attn::Computation& computation, int head)
{
    if (!computation.multi_head || computation.multi_head->heads.empty())
        return computation.trace;
    const auto& heads = computation.multi_head->heads;
    return head >= 0 && static_cast<std::size_t>(head) < heads.size() ? heads[static_cast<std::size_t>(head)]
                                                                      : heads.front();
}

} // namespace

int strongestKey(const attn::Computation& computation, int row, int head)
{
    const attn::Trace& trace = headTrace(computation, head);
    if (row < 0 || row >= trace.weights.rows() || !trace.hasOutput(row))
        return 0;
    int best = -1;
    for (Eigen::Index j = 0; j < trace.weights.cols(); ++j) {
        if (trace.mask.size() > 0 && trace.mask(row, j))
            continue;
        if (best < 0 || trace.weights(row, j) > trace.weights(row, best))
            best = static_cast<int>(j);
    }
    return std::max(best, 0);
}

std::pair<int, int> workedCell(const attn::Computation& computation, int head)
{
    const attn::Trace& trace = headTrace(computation, head);
    int bestRow = -1;
    long bestVisible = -1;
    for (Eigen::Index i = 0; i < trace.weights.rows(); ++i) {
        if (!trace.hasOutput(static_cast<long>(i)))
            continue;
        long visible = 0;
        for (Eigen::Index j = 0; j < trace.weights.cols(); ++j)
            visible += trace.mask.size() > 0 && trace.mask(i, j) ? 0 : 1;
        if (visible > bestVisible) {
            bestVisible = visible;
            bestRow = static_cast<int>(i);
        }
    }
    if (bestRow < 0)
        return {0, 0};
    return {bestRow, strongestKey(computation, bestRow, head)};
}

QList<HandoutPage> handoutPages(const attn::Session& session, const HandoutOptions& options)
{
    const auto shared = std::make_shared<const attn::Computation>(attn::evaluate(session));
    const attn::Computation& computation = *shared;
    HeatmapSelection selection{HeatmapSelection::Mode::Everything};
    selection.jacobian_row = options.jacobianRow;
    const QList<HeatmapSpec> specs = heatmapsFor(session, shared, selection);

    // The window's steps, as its stage bar shows them (LiveComputation: teachingSteps of the heatmaps of its
    // heads and Jacobian row): each page takes the number of the window's step of its kind.
    HeatmapSelection windowHeads = options.heads;
    windowHeads.jacobian_row = options.jacobianRow;
    const QList<TeachingStep> windowSteps = teachingSteps(session, heatmapsFor(session, shared, windowHeads));
    auto windowStepOf = [&windowSteps](attn::TeachingStepKind kind) {
        for (qsizetype k = 0; k < windowSteps.size(); ++k)
            if (windowSteps.at(k).kind == kind)
                return static_cast<int>(k + 1);
        return 0;
    };

    // One page per teaching step; the softmax Jacobian (shown for a selected query) gets a page of its own after
    // the weights it derives.
    struct Plan {
        TeachingStep step;
        bool jacobian{false};
    };
    QList<Plan> plans;
    for (const TeachingStep& step : teachingSteps(session, specs)) {
        Plan main{step, false};
        Plan jacobian{step, true};
        main.step.ids.clear();
        main.step.stages.clear();
        jacobian.step.ids.clear();
        jacobian.step.stages.clear();
        for (qsizetype k = 0; k < step.ids.size() && k < step.stages.size(); ++k) {
            Plan& plan = step.stages.at(k).kind == attn::Stage::SoftmaxJacobian ? jacobian : main;
            plan.step.ids << step.ids.at(k);
            plan.step.stages << step.stages.at(k);
        }
        if (!main.step.ids.isEmpty())
            plans << main;
        if (!jacobian.step.ids.isEmpty()) {
            jacobian.step.title = Handout::tr("Softmax Jacobian");
            //: %1: a query's label. J = diag(a) − a aᵀ: how the query's weights change with its scores.
            jacobian.step.description =
                Handout::tr("How the weights of query “%1” change with its scores: J = diag(a) − a aᵀ, "
                            "∂aⱼ/∂sₗ = aⱼ(δⱼₗ − aₗ).")
                    .arg(QString::fromStdString(attn::queryLabel(session, options.jacobianRow)));
            plans << jacobian;
        }
    }

    // The head whose heatmaps the pages explain: the selected cell's (multi-head), else head 1.
    const int head = options.selected && options.selected->stage.head >= 0 ? options.selected->stage.head : 0;
    const int heads = session.multi_head ? static_cast<int>(session.multi_head->heads) : 1;
    const bool chosen = options.row >= 0;
    const std::pair<int, int> automatic = workedCell(computation, head);
    const int chosenKey = options.column >= 0 ? options.column : strongestKey(computation, options.row, head);
    QList<HandoutPage> pages;
    for (qsizetype s = 0; s < plans.size(); ++s) {
        const TeachingStep& step = plans.at(s).step;
        const bool jacobian = plans.at(s).jacobian;
        HandoutPage page;
        page.number = static_cast<int>(s + 1);
        page.count = static_cast<int>(plans.size());
        page.step = windowStepOf(step.kind);
        page.steps = static_cast<int>(windowSteps.size());
        page.description = step.description;
        page.sessionTitle = options.fileName.isEmpty() ? QString::fromStdString(session.title) : options.fileName;
        page.cellDigits = options.cellDigits;
        const bool beforeMask = isBeforeMask(step.kind);

        const HeatmapSpec* explainedSpec = nullptr;
        const HeatmapSpec* selectedSpec = nullptr;
        for (const QString& id : step.ids) {
            const HeatmapSpec* spec = specWithId(specs, id);
            if (!spec)
                continue;
            page.heatmaps << (beforeMask ? withoutMask(*spec) : *spec);
            if (!jacobian && !explainsACell(step.kind))
                continue;
            if (options.selected && spec->stage == options.selected->stage)
                selectedSpec = spec;
            // The first heatmap of the explained head (a stage of no head, such as Concat, of any).
            if (!explainedSpec || (explainedSpec->stage && spec->stage && explainedSpec->stage->head >= 0 &&
                                   explainedSpec->stage->head != head && spec->stage->head == head))
                explainedSpec = spec;
        }
        page.inputs = inputsOf(session, computation, step.kind);
        for (HandoutTable& table : page.inputs)
            table.digits = options.cellDigits;
        if (selectedSpec)
            explainedSpec = selectedSpec;
        if (explainedSpec && explainedSpec->stage && explainedSpec->values.size() > 0) {
            long row = chosen ? options.row : automatic.first;
            long column = chosen ? chosenKey : automatic.second;
            if (explainedSpec == selectedSpec) { // exactly the cell the window explains
                row = options.selected->row;
                column = options.selected->column;
            } else if (jacobian) { // the diagonal of the chosen key: ∂a_j/∂s_j = a_j(1 − a_j)
                row = column;
            } else if (explainedSpec->columns == attn::Axis::HeadValueDimensions) {
                column = head * (explainedSpec->values.cols() / heads); // the head's first column of Concat
            } else if (explainedSpec->columns != attn::Axis::Keys) {
                column = 0; // outputs, dimensions: the first column of the chosen query's row
            }
            row = std::clamp<long>(row, 0, static_cast<long>(explainedSpec->values.rows()) - 1);
            column = std::clamp<long>(column, 0, static_cast<long>(explainedSpec->values.cols()) - 1);
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

    // The headings: the window's step number, or where a page without one stands among the steps.
    for (qsizetype s = 0; s < pages.size(); ++s) {
        HandoutPage& page = pages[s];
        const QString title = plans.at(s).step.title;
        if (page.step > 0) {
            page.heading = Handout::tr("Step %1 of %2 \u2014 %3").arg(page.step).arg(page.steps).arg(title);
            continue;
        }
        const auto numbered = [](const HandoutPage& p) { return p.step > 0; };
        const auto next = std::find_if(pages.cbegin() + s, pages.cend(), numbered);
        const auto previous = std::find_if(pages.crbegin() + (pages.size() - s), pages.crend(), numbered);
        if (next != pages.cend())
            //: A handout page whose stages are not a step of the window's stage bar (the projections when all
            //: heads are shown). %1: the number of the window's next step; %2: the page's title.
            page.heading = Handout::tr("Before step %1 \u2014 %2").arg(next->step).arg(title);
        else if (previous != pages.crend())
            //: As “Before step %1 — %2”, for a page after the window's last step.
            page.heading = Handout::tr("After step %1 \u2014 %2").arg(previous->step).arg(title);
        else
            page.heading = title;
    }
    return pages;
}

} // namespace attn::ui
