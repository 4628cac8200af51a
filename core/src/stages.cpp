#include "attn/stages.h"

#include "attn/translate.h"
#include "stage_titles.h"

#include <algorithm>

namespace attn {

using namespace stage_detail;

namespace {

std::vector<std::string> queryLabels(const Session& session, long rows)
{
    std::vector<std::string> labels;
    for (long i = 0; i < rows; ++i)
        labels.push_back(queryLabel(session, i));
    return labels;
}

std::vector<std::string> keyLabels(const Session& session, long rows)
{
    std::vector<std::string> labels;
    for (long j = 0; j < rows; ++j)
        labels.push_back(keyLabel(session, j));
    return labels;
}

/// Column labels of dimension axes: d1, d2, … (model, query/key); v1, v2, … (values); h1 v1, … (Concat).
std::vector<std::string> dimensionLabels(Axis axis, long columns, long heads)
{
    std::vector<std::string> labels;
    const long dV = heads > 0 ? std::max(1L, columns / heads) : 1;
    for (long j = 0; j < columns; ++j) {
        const std::string n = std::to_string(j + 1);
        if (axis == Axis::ValueDimensions)
            //: value dimension column prefix: v1, v2, …
            labels.push_back(ATTN_TR("attn::Stages", "v") + n);
        else if (axis == Axis::HeadValueDimensions)
            //: concatenation column: head %1, value dimension %2.
            labels.push_back(substitute(ATTN_TR("attn::Stages", "h%1 v%2"),
                                        {std::to_string(j / dV + 1), std::to_string(j % dV + 1)}));
        else
            //: dimension column prefix: d1, d2, …
            labels.push_back(ATTN_TR("attn::Stages", "d") + n);
    }
    return labels;
}

/// Builds the stage list of one computation.
class Builder {
public:
    Builder(const Session& session, std::shared_ptr<const Computation> computation,
            const StageSelection& selection)
        : m_session(session), m_owner(std::move(computation)), m_c(*m_owner), m_selection(selection),
          m_queries(queryLabels(session, m_c.queryCount())), m_keys(keyLabels(session, keyCount(session)))
    {
    }

    std::vector<StageMatrix> stages;

    /// P and X + P, when self-attention adds the positional encoding.
    void addInputs()
    {
        if (!m_session.self_attention || m_c.positional_encoding.size() == 0)
            return;
        const std::string group = ATTN_TR("attn::Stages", "Inputs");
        add(matrixStage({Stage::PositionalEncoding}, ATTN_TR("attn::Stages", "Positional encoding P"),
                        share(m_c.positional_encoding), Axis::Tokens, Axis::ModelDimensions),
            group, TeachingStepKind::Inputs);
        add(matrixStage({Stage::Inputs}, ATTN_TR("attn::Stages", "Inputs X + P"), share(m_c.inputs), Axis::Tokens,
                        Axis::ModelDimensions),
            group, TeachingStepKind::Inputs);
    }

    /// The derived Q, K and V of single-head self-attention.
    void addProjections()
    {
        if (!m_session.self_attention)
            return;
        const bool p = m_session.self_attention->positional_encoding;
        const std::string group = ATTN_TR("attn::Stages", "Projections");
        add(matrixStage({Stage::Queries},
                        p ? ATTN_TR("attn::Stages", "Queries Q = (X + P) W_Q")
                          : ATTN_TR("attn::Stages", "Queries Q = X W_Q"),
                        share(m_c.queries), Axis::Queries, Axis::QueryKeyDimensions),
            group, TeachingStepKind::Inputs);
        add(matrixStage({Stage::Keys},
                        p ? ATTN_TR("attn::Stages", "Keys K = (X + P) W_K")
                          : ATTN_TR("attn::Stages", "Keys K = X W_K"),
                        share(m_c.keys), Axis::Keys, Axis::QueryKeyDimensions),
            group, TeachingStepKind::Inputs);
        add(matrixStage({Stage::Values},
                        p ? ATTN_TR("attn::Stages", "Values V = (X + P) W_V")
                          : ATTN_TR("attn::Stages", "Values V = X W_V"),
                        share(m_c.values), Axis::Keys, Axis::ValueDimensions),
            group, TeachingStepKind::Inputs);
    }

    /// One head's queries, keys and values (multi-head), 0-based head `h`.
    void addHeadProjections(const MultiHeadTrace& mh, int h)
    {
        const auto i = static_cast<std::size_t>(h);
        const std::string group = headGroup(h);
        const std::string t = std::to_string(h + 1);
        add(matrixStage({Stage::Queries, h}, substitute(ATTN_TR("attn::Stages", "Head %1: queries"), {t}),
                        share(mh.queries[i]), Axis::Queries, Axis::QueryKeyDimensions),
            group, TeachingStepKind::Projections);
        add(matrixStage({Stage::Keys, h}, substitute(ATTN_TR("attn::Stages", "Head %1: keys"), {t}),
                        share(mh.keys[i]), Axis::Keys, Axis::QueryKeyDimensions),
            group, TeachingStepKind::Projections);
        add(matrixStage({Stage::Values, h}, substitute(ATTN_TR("attn::Stages", "Head %1: values"), {t}),
                        share(mh.values[i]), Axis::Keys, Axis::ValueDimensions),
            group, TeachingStepKind::Projections);
    }

    /// Raw scores, scores, mask, weights, the Jacobian and outputs of `trace`; `head` is -1 for single-head
    /// attention, otherwise 0-based. `onlyWeights` leaves out everything but the weights (the overview).
    void addAttention(const Trace& trace, long dK, int head, const std::string& group, bool onlyWeights = false)
    {
        const AttentionTitles titles = attentionTitles(m_session, dK, head + 1);
        const bool masked = m_session.mask.kind != MaskKind::None;
        const bool perHead = head >= 0;
        auto step = [perHead](TeachingStepKind single) {
            return perHead ? TeachingStepKind::PerHeadAttention : single;
        };

        if (!onlyWeights && titles.show_raw_scores)
            add(keyStage({Stage::RawScores, head}, titles.raw_scores, ValueKind::Scores, share(trace.raw_scores)),
                group, step(TeachingStepKind::Scores));
        if (!onlyWeights) {
            StageMatrix scores =
                keyStage({Stage::Scores, head}, titles.scores, ValueKind::Scores, share(trace.scores));
            if (masked) {
                scores.masked = trace.mask;
                scores.empty_rows = onlyAllMasked(trace.row_status);
            }
            add(std::move(scores), group,
                step(titles.show_raw_scores ? TeachingStepKind::Scaling : TeachingStepKind::Scores));
        }
        if (!onlyWeights && masked) {
            StageMatrix mask = keyStage({Stage::Mask, head}, titles.mask, ValueKind::Mask,
                                        std::make_shared<const Matrix>(trace.mask.cast<double>().matrix()));
            mask.masked = trace.mask;
            add(std::move(mask), group, step(TeachingStepKind::Mask));
        }

        StageMatrix weights =
            keyStage({Stage::Weights, head}, titles.weights, ValueKind::Weights, share(trace.weights));
        if (masked)
            weights.masked = trace.mask;
        weights.empty_rows = emptyRows(trace.row_status);
        add(std::move(weights), group, step(TeachingStepKind::Normalisation));
        if (onlyWeights)
            return;

        addJacobian(trace, head, group, step(TeachingStepKind::Normalisation));

        StageMatrix outputs = matrixStage({Stage::Outputs, head}, titles.outputs, share(trace.outputs),
                                          Axis::Queries, Axis::ValueDimensions);
        outputs.kind = ValueKind::Outputs;
        outputs.empty_rows = emptyRows(trace.row_status);
        add(std::move(outputs), group, step(TeachingStepKind::WeightedSum));
    }

    /// The overview's one Jacobian: that of the selected cell's head (StageSelection::head), after the
    /// weights of every head, in their group and step.
    void addOverviewJacobian(const MultiHeadTrace& mh, const std::string& group)
    {
        const int head = m_selection.head;
        if (head >= 0 && head < static_cast<int>(mh.heads.size()))
            addJacobian(mh.heads[static_cast<std::size_t>(head)], head, group, TeachingStepKind::PerHeadAttention);
    }

    /// Concat(head₁ … head_h) and the final outputs of multi-head attention.
    void addCombination(const MultiHeadTrace& mh)
    {
        const std::string group = ATTN_TR("attn::Stages", "Combination");
        const long h = static_cast<long>(mh.heads.size());
        StageMatrix concat = matrixStage({Stage::Concat}, concatTitle(h), share(mh.concat), Axis::Queries,
                                         Axis::HeadValueDimensions);
        concat.empty_rows = combinedEmptyRows(mh);
        add(concat, group, TeachingStepKind::Concatenation);

        StageMatrix outputs =
            matrixStage({Stage::FinalOutputs}, ATTN_TR("attn::Stages", "Outputs = Concat \u00b7 W_O"),
                        share(mh.outputs), Axis::Queries, Axis::ModelDimensions);
        outputs.kind = ValueKind::Outputs;
        outputs.empty_rows = concat.empty_rows;
        add(std::move(outputs), group, TeachingStepKind::OutputProjection);
    }

private:
    static std::string headGroup(int h)
    {
        return substitute(ATTN_TR("attn::Stages", "Head %1"), {std::to_string(h + 1)});
    }

    /// `m`, a matrix of the computation, sharing its ownership.
    std::shared_ptr<const Matrix> share(const Matrix& m) const { return {m_owner, &m}; }

    void add(StageMatrix stage, const std::string& group, TeachingStepKind step)
    {
        stage.name = stageName(stage.id);
        stage.group = group;
        stage.step = step;
        stages.push_back(std::move(stage));
    }

    const std::vector<std::string>& labelsOf(Axis axis) const { return axis == Axis::Keys ? m_keys : m_queries; }

    /// A stage whose rows are queries, tokens or keys and whose columns are dimensions.
    StageMatrix matrixStage(const StageId& id, const std::string& title, std::shared_ptr<const Matrix> values,
                            Axis rows, Axis columns) const
    {
        StageMatrix stage;
        stage.id = id;
        stage.title = title;
        stage.kind = ValueKind::Signed;
        stage.rows = rows;
        stage.columns = columns;
        stage.row_labels = labelsOf(rows);
        const long heads = m_c.multi_head ? static_cast<long>(m_c.multi_head->heads.size()) : 1;
        stage.column_labels = dimensionLabels(columns, values->cols(), heads);
        stage.row_axis_title = axisTitle(rows);
        stage.column_axis_title = axisTitle(columns);
        stage.values = std::move(values);
        return stage;
    }

    /// A queries × keys stage.
    StageMatrix keyStage(const StageId& id, const std::string& title, ValueKind kind,
                         std::shared_ptr<const Matrix> values) const
    {
        StageMatrix stage;
        stage.id = id;
        stage.title = title;
        stage.kind = kind;
        stage.values = std::move(values);
        stage.rows = Axis::Queries;
        stage.columns = Axis::Keys;
        stage.row_labels = m_queries;
        stage.column_labels = m_keys;
        stage.row_axis_title = axisTitle(Axis::Queries);
        stage.column_axis_title = axisTitle(Axis::Keys);
        return stage;
    }

    /// J = diag(a) − a aᵀ of the selected query row, after that head's (or the only) weights.
    void addJacobian(const Trace& trace, int head, const std::string& group, TeachingStepKind step)
    {
        const long row = m_selection.jacobian_row;
        if (row < 0 || row >= trace.weights.rows() || !hasSoftmaxJacobian(m_session, m_c, row) ||
            !trace.hasOutput(row))
            return;
        StageMatrix jacobian;
        jacobian.id = {Stage::SoftmaxJacobian, head, row};
        jacobian.title = jacobianTitle(m_queries[static_cast<std::size_t>(row)], head + 1);
        jacobian.kind = ValueKind::Signed;
        jacobian.values = std::make_shared<const Matrix>(softmaxJacobian(trace.weights.row(row).transpose()));
        jacobian.rows = jacobian.columns = Axis::Keys;
        jacobian.row_labels = jacobian.column_labels = m_keys;
        jacobian.row_axis_title = jacobian.column_axis_title = axisTitle(Axis::Keys);
        if (m_session.mask.kind != MaskKind::None) { // a key masked for this query has no weight and no gradient
            const auto hidden = trace.mask.row(row);
            if (hidden.any())
                jacobian.masked =
                    hidden.transpose().replicate(1, hidden.size()) || hidden.replicate(hidden.size(), 1);
        }
        add(std::move(jacobian), group, step);
    }

    /// The statuses when any row has none, else nothing (every row has values).
    static std::vector<RowStatus> emptyRows(const std::vector<RowStatus>& status)
    {
        const bool any =
            std::any_of(status.cbegin(), status.cend(), [](RowStatus s) { return s != RowStatus::Ok; });
        return any ? status : std::vector<RowStatus>();
    }

    /// The scores' empty rows: only rows whose every key is masked (kernel values of 0 are values).
    static std::vector<RowStatus> onlyAllMasked(const std::vector<RowStatus>& status)
    {
        std::vector<RowStatus> masked;
        for (const RowStatus s : status)
            masked.push_back(s == RowStatus::AllMasked ? s : RowStatus::Ok);
        return emptyRows(masked);
    }

    /// A row of the concatenation has no values when any head has none for it.
    static std::vector<RowStatus> combinedEmptyRows(const MultiHeadTrace& mh)
    {
        if (mh.heads.empty())
            return {};
        std::vector<RowStatus> combined = mh.heads.front().row_status;
        for (const Trace& head : mh.heads)
            for (std::size_t i = 0; i < head.row_status.size() && i < combined.size(); ++i)
                if (combined[i] == RowStatus::Ok)
                    combined[i] = head.row_status[i];
        return emptyRows(combined);
    }

    const Session& m_session;
    std::shared_ptr<const Computation> m_owner;
    const Computation& m_c;
    StageSelection m_selection;
    std::vector<std::string> m_queries;
    std::vector<std::string> m_keys;
};

} // namespace

std::vector<StageMatrix> stagesOf(const Session& session, std::shared_ptr<const Computation> computation,
                                  const StageSelection& selection)
{
    Builder builder(session, computation, selection);
    const Computation& c = *computation;
    if (!c.multi_head) {
        builder.addInputs();
        builder.addProjections();
        builder.addAttention(c.trace, c.keys.cols(), -1, ATTN_TR("attn::Stages", "Attention"));
        return std::move(builder.stages);
    }

    const MultiHeadTrace& mh = *c.multi_head;
    const int h = static_cast<int>(mh.heads.size());
    switch (selection.mode) {
    case StageSelection::Mode::Overview: {
        const std::string group = ATTN_TR("attn::Stages", "Every head");
        for (int t = 0; t < h; ++t)
            builder.addAttention(mh.heads[static_cast<std::size_t>(t)], mh.keys[0].cols(), t, group, true);
        builder.addOverviewJacobian(mh, group);
        break;
    }
    case StageSelection::Mode::OneHead:
    case StageSelection::Mode::Everything: {
        builder.addInputs();
        const bool all = selection.mode == StageSelection::Mode::Everything;
        const int first = all ? 0 : std::clamp(selection.head, 0, std::max(0, h - 1));
        const int last = all ? h - 1 : std::min(first, h - 1);
        for (int t = first; t <= last; ++t) {
            builder.addHeadProjections(mh, t);
            const auto i = static_cast<std::size_t>(t);
            builder.addAttention(mh.heads[i], mh.keys[i].cols(), t,
                                 substitute(ATTN_TR("attn::Stages", "Head %1"), {std::to_string(t + 1)}));
        }
        break;
    }
    }
    builder.addCombination(mh);
    return std::move(builder.stages);
}

std::string stageName(const StageId& id)
{
    std::string name;
    switch (id.kind) {
    case Stage::PositionalEncoding:
        name = "positional_encoding";
        break;
    case Stage::Inputs:
        name = "inputs";
        break;
    case Stage::Queries:
        name = "queries";
        break;
    case Stage::Keys:
        name = "keys";
        break;
    case Stage::Values:
        name = "values";
        break;
    case Stage::RawScores:
        name = "raw_scores";
        break;
    case Stage::Scores:
        name = "scores";
        break;
    case Stage::Mask:
        name = "mask";
        break;
    case Stage::Weights:
        name = "weights";
        break;
    case Stage::SoftmaxJacobian:
        name = "softmax_jacobian";
        break;
    case Stage::Outputs:
    case Stage::FinalOutputs:
        name = "outputs";
        break;
    case Stage::Concat:
        name = "concat";
        break;
    }
    return id.head >= 0 ? "head" + std::to_string(id.head + 1) + "_" + name : name;
}

CellDependencies cellDependencies(const StageId& id, Axis rows, Axis columns, long row, long column)
{
    CellDependencies d;
    d.head = id.head;
    if (id.kind == Stage::SoftmaxJacobian) {
        d.query = id.index;
        d.keys = {row, column};
        return d;
    }
    if (rows == Axis::Keys)
        d.keys.push_back(row);
    else if (rows == Axis::Queries || rows == Axis::Tokens)
        d.query = row;
    if (columns == Axis::Keys)
        d.keys.push_back(column);
    return d;
}

} // namespace attn
