#include "heatmap/heatmapspec.h"

#include "base/numberformat.h"
#include "heatmap/heatmaptitles.h"

#include <QCoreApplication>

#include <algorithm>

namespace attn::ui {

namespace {

/// Translation context of the heatmap texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HeatmapSpec)
};

/// Column prefixes: d1, d2, … for model and query/key dimensions; v1, v2, … for value dimensions.
QString dimensionPrefix()
{
    return Text::tr("d", "dimension column prefix: d1, d2, …");
}

QString valuePrefix()
{
    return Text::tr("v", "value dimension column prefix: v1, v2, …");
}

QStringList queryLabels(const attn::Session& session, long rows)
{
    QStringList labels;
    for (long i = 0; i < rows; ++i)
        labels << QString::fromStdString(attn::queryLabel(session, i));
    return labels;
}

QStringList keyLabels(const attn::Session& session, long rows)
{
    QStringList labels;
    for (long j = 0; j < rows; ++j)
        labels << QString::fromStdString(attn::keyLabel(session, j));
    return labels;
}

/// "<prefix>1", "<prefix>2", … for the columns of a matrix whose columns are dimensions.
QStringList dimensionLabels(const QString& prefix, long columns)
{
    QStringList labels;
    for (long j = 0; j < columns; ++j)
        labels << prefix + QString::number(j + 1);
    return labels;
}

/// A heatmap whose rows are queries or tokens and whose columns are dimensions.
HeatmapSpec matrixSpec(const QString& id, const QString& title, HeatmapKind kind, const SharedMatrix& values,
                       const QStringList& rowLabels, const QString& rowAxisTitle, const QString& columnPrefix,
                       const QString& columnAxisTitle)
{
    HeatmapSpec spec;
    spec.id = id;
    spec.title = title;
    spec.kind = kind;
    spec.values = values;
    spec.rowLabels = rowLabels;
    spec.rowAxisTitle = rowAxisTitle;
    spec.columnLabels = dimensionLabels(columnPrefix, values.cols());
    spec.columnAxisTitle = columnAxisTitle;
    return spec;
}

/// Builds the specs of one computation.
class Builder {
public:
    /// `owner` (may be null) holds `computation`: the specs then share its matrices instead of copying them.
    Builder(const attn::Session& session, const attn::Computation& computation,
            std::shared_ptr<const attn::Computation> owner)
        : m_session(session), m_computation(computation), m_owner(std::move(owner)),
          m_queries(queryLabels(session, computation.queryCount())),
          m_keys(keyLabels(session, attn::keyCount(session)))
    {
    }

    QList<HeatmapSpec> specs;

    /// P and X + P, when self-attention adds the positional encoding.
    void addInputs()
    {
        if (!m_session.self_attention || m_computation.positional_encoding.size() == 0)
            return;
        const QString group = Text::tr("Inputs");
        const QString d = dimensionPrefix();
        add(matrixSpec(QStringLiteral("positional_encoding"), Text::tr("Positional encoding P"),
                       HeatmapKind::Signed, share(m_computation.positional_encoding), m_queries,
                       Text::tr("Tokens"), d, Text::tr("Model dimensions")),
            group);
        add(matrixSpec(QStringLiteral("inputs"), Text::tr("Inputs X + P"), HeatmapKind::Signed,
                       share(m_computation.inputs), m_queries, Text::tr("Tokens"), d,
                       Text::tr("Model dimensions")),
            group);
    }

    /// The derived Q, K and V of single-head self-attention.
    void addProjections()
    {
        if (!m_session.self_attention)
            return;
        const bool p = m_session.self_attention->positional_encoding;
        const QString group = Text::tr("Projections");
        const QString d = dimensionPrefix();
        const QString v = valuePrefix();
        add(matrixSpec(QStringLiteral("queries"),
                       p ? Text::tr("Queries Q = (X + P) W_Q") : Text::tr("Queries Q = X W_Q"),
                       HeatmapKind::Signed, share(m_computation.queries), m_queries, Text::tr("Queries"), d,
                       Text::tr("Query/key dimensions")),
            group);
        add(matrixSpec(QStringLiteral("keys"), p ? Text::tr("Keys K = (X + P) W_K") : Text::tr("Keys K = X W_K"),
                       HeatmapKind::Signed, share(m_computation.keys), m_keys, Text::tr("Keys"), d,
                       Text::tr("Query/key dimensions")),
            group);
        add(matrixSpec(QStringLiteral("values"),
                       p ? Text::tr("Values V = (X + P) W_V") : Text::tr("Values V = X W_V"), HeatmapKind::Signed,
                       share(m_computation.values), m_keys, Text::tr("Keys"), v, Text::tr("Value dimensions")),
            group);
    }

    /// One head's queries, keys and values (multi-head), 1-based head `t`.
    void addHeadProjections(const attn::MultiHeadTrace& mh, int t)
    {
        const auto i = static_cast<std::size_t>(t - 1);
        const QString group = headGroup(t);
        const QString d = dimensionPrefix();
        add(matrixSpec(headId(t, u"queries"), Text::tr("Head %1: queries").arg(t), HeatmapKind::Signed,
                       share(mh.queries[i]), m_queries, Text::tr("Queries"), d, Text::tr("Query/key dimensions")),
            group);
        add(matrixSpec(headId(t, u"keys"), Text::tr("Head %1: keys").arg(t), HeatmapKind::Signed,
                       share(mh.keys[i]), m_keys, Text::tr("Keys"), d, Text::tr("Query/key dimensions")),
            group);
        add(matrixSpec(headId(t, u"values"), Text::tr("Head %1: values").arg(t), HeatmapKind::Signed,
                       share(mh.values[i]), m_keys, Text::tr("Keys"), valuePrefix(), Text::tr("Value dimensions")),
            group);
    }

    /// Raw scores, scores, mask, weights and outputs of `trace`; `head` is 0 for single-head attention,
    /// otherwise the 1-based head. `onlyWeights` leaves out everything but the weights (the overview).
    void addAttention(const attn::Trace& trace, long dK, int head, const QString& group, bool onlyWeights = false)
    {
        const HeatmapTitles titles = heatmapTitles(m_session, dK, head);
        const bool masked = m_session.mask.kind != attn::MaskKind::None;
        const QStringList notes = rowNotes(trace);

        HeatmapSpec scores = keySpec(titles.scores, HeatmapKind::Scores, share(trace.scores));
        if (!onlyWeights && titles.showRawScores) {
            HeatmapSpec raw = keySpec(titles.rawScores, HeatmapKind::Scores, share(trace.raw_scores));
            raw.id = stageId(head, u"raw_scores");
            add(raw, group);
        }
        scores.id = stageId(head, u"scores");
        if (masked) {
            scores.masked = trace.mask;
            scores.rowNotes = maskedRowNotes(trace);
        }
        if (!onlyWeights)
            add(scores, group);

        if (!onlyWeights && masked) {
            HeatmapSpec mask = keySpec(titles.mask, HeatmapKind::Mask,
                                       SharedMatrix(attn::Matrix(trace.mask.cast<double>().matrix())));
            mask.id = stageId(head, u"mask");
            mask.masked = trace.mask;
            add(mask, group);
        }

        HeatmapSpec weights = keySpec(titles.weights, HeatmapKind::Weights, share(trace.weights));
        weights.id = stageId(head, u"weights");
        if (masked)
            weights.masked = trace.mask;
        weights.rowNotes = notes;
        add(weights, group);
        if (onlyWeights)
            return;

        HeatmapSpec outputs =
            matrixSpec(stageId(head, u"outputs"), titles.outputs, HeatmapKind::Outputs, share(trace.outputs),
                       m_queries, Text::tr("Queries"), valuePrefix(), Text::tr("Value dimensions"));
        outputs.rowNotes = notes;
        add(outputs, group);
    }

    /// Concat(head₁ … head_h) and the final outputs of multi-head attention.
    void addCombination(const attn::MultiHeadTrace& mh)
    {
        const QString group = Text::tr("Combination");
        const long h = static_cast<long>(mh.heads.size());
        const long dV = h > 0 ? mh.concat.cols() / h : 0;
        HeatmapSpec concat =
            matrixSpec(QStringLiteral("concat"), concatTitle(h), HeatmapKind::Signed, share(mh.concat), m_queries,
                       Text::tr("Queries"), QString(), Text::tr("Value dimensions of each head"));
        for (long j = 0; j < concat.columnLabels.size(); ++j)
            concat.columnLabels[j] =
                Text::tr("h%1 v%2", "concatenation column: head, value dimension").arg(j / dV + 1).arg(j % dV + 1);
        concat.rowNotes = combinedNotes(mh);
        add(concat, group);

        HeatmapSpec outputs = matrixSpec(QStringLiteral("outputs"), Text::tr("Outputs = Concat \u00b7 W_O"),
                                         HeatmapKind::Outputs, share(mh.outputs), m_queries, Text::tr("Queries"),
                                         dimensionPrefix(), Text::tr("Model dimensions"));
        outputs.rowNotes = concat.rowNotes;
        add(outputs, group);
    }

private:
    static QString headGroup(int t) { return Text::tr("Head %1").arg(t); }
    static QString headId(int t, QStringView stage) { return QStringLiteral("head%1_%2").arg(t).arg(stage); }
    static QString stageId(int head, QStringView stage)
    {
        return head > 0 ? headId(head, stage) : stage.toString();
    }

    /// `m`, a matrix of the computation: shared with it when it has an owner, otherwise copied.
    SharedMatrix share(const attn::Matrix& m) const
    {
        return m_owner ? SharedMatrix(std::shared_ptr<const attn::Matrix>(m_owner, &m)) : SharedMatrix(m);
    }

    void add(HeatmapSpec spec, const QString& group)
    {
        spec.group = group;
        specs << std::move(spec);
    }

    /// A queries × keys heatmap.
    HeatmapSpec keySpec(const QString& title, HeatmapKind kind, const SharedMatrix& values) const
    {
        HeatmapSpec spec;
        spec.title = title;
        spec.kind = kind;
        spec.values = values;
        spec.rowLabels = m_queries;
        spec.columnLabels = m_keys;
        spec.rowAxisTitle = Text::tr("Queries");
        spec.columnAxisTitle = Text::tr("Keys");
        return spec;
    }

    /// One note per row (empty for rows with weights), or no notes when every row has weights.
    QStringList rowNotes(const attn::Trace& trace) const
    {
        QStringList notes;
        for (const attn::RowStatus status : trace.row_status)
            notes << rowStatusNote(status, m_session);
        const bool any = std::any_of(notes.cbegin(), notes.cend(), [](const QString& n) { return !n.isEmpty(); });
        return any ? notes : QStringList();
    }

    /// The scores' notes: only rows whose every key is masked (kernel values of 0 are values, shown as such).
    QStringList maskedRowNotes(const attn::Trace& trace) const
    {
        attn::Trace masked;
        for (const attn::RowStatus status : trace.row_status)
            masked.row_status.push_back(status == attn::RowStatus::AllMasked ? status : attn::RowStatus::Ok);
        return rowNotes(masked);
    }

    /// A row of the concatenation has no values when any head has none for it.
    QStringList combinedNotes(const attn::MultiHeadTrace& mh) const
    {
        if (mh.heads.empty())
            return {};
        attn::Trace combined;
        combined.row_status = mh.heads.front().row_status;
        for (const attn::Trace& head : mh.heads)
            for (std::size_t i = 0; i < head.row_status.size() && i < combined.row_status.size(); ++i)
                if (combined.row_status[i] == attn::RowStatus::Ok)
                    combined.row_status[i] = head.row_status[i];
        return rowNotes(combined);
    }

    const attn::Session& m_session;
    const attn::Computation& m_computation;
    std::shared_ptr<const attn::Computation> m_owner;
    QStringList m_queries;
    QStringList m_keys;
};

QList<HeatmapSpec> specsFor(const attn::Session& session, const attn::Computation& computation,
                            std::shared_ptr<const attn::Computation> owner, const HeatmapSelection& selection)
{
    Builder builder(session, computation, std::move(owner));
    if (!computation.multi_head) {
        builder.addInputs();
        builder.addProjections();
        builder.addAttention(computation.trace, computation.keys.cols(), 0, Text::tr("Attention"));
        return builder.specs;
    }

    const attn::MultiHeadTrace& mh = *computation.multi_head;
    const int h = static_cast<int>(mh.heads.size());
    switch (selection.mode) {
    case HeatmapSelection::Mode::Overview:
        for (int t = 1; t <= h; ++t)
            builder.addAttention(mh.heads[static_cast<std::size_t>(t - 1)], mh.keys[0].cols(), t,
                                 Text::tr("Every head"), true);
        break;
    case HeatmapSelection::Mode::OneHead:
    case HeatmapSelection::Mode::Everything: {
        builder.addInputs();
        const bool all = selection.mode == HeatmapSelection::Mode::Everything;
        const int first = all ? 1 : std::clamp(selection.head + 1, 1, std::max(1, h));
        const int last = all ? h : std::min(first, h);
        for (int t = first; t <= last; ++t) {
            builder.addHeadProjections(mh, t);
            const auto i = static_cast<std::size_t>(t - 1);
            builder.addAttention(mh.heads[i], mh.keys[i].cols(), t, Text::tr("Head %1").arg(t));
        }
        break;
    }
    }
    builder.addCombination(mh);
    return builder.specs;
}

} // namespace

QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Computation& computation,
                               const HeatmapSelection& selection)
{
    return specsFor(session, computation, nullptr, selection);
}

QList<HeatmapSpec> heatmapsFor(const attn::Session& session, std::shared_ptr<const attn::Computation> computation,
                               const HeatmapSelection& selection)
{
    const attn::Computation& c = *computation;
    return specsFor(session, c, std::move(computation), selection);
}

bool operator==(const HeatmapSpec& a, const HeatmapSpec& b)
{
    const bool sameMask = a.masked.rows() == b.masked.rows() && a.masked.cols() == b.masked.cols() &&
                          (a.masked.size() == 0 || (a.masked == b.masked).all());
    return a.id == b.id && a.title == b.title && a.kind == b.kind && a.rowLabels == b.rowLabels &&
           a.columnLabels == b.columnLabels && a.rowAxisTitle == b.rowAxisTitle &&
           a.columnAxisTitle == b.columnAxisTitle && a.rowNotes == b.rowNotes && a.group == b.group && sameMask &&
           a.values == b.values;
}

QString rowStatusNote(attn::RowStatus status, const attn::Session& session)
{
    switch (status) {
    case attn::RowStatus::Ok:
        return {};
    case attn::RowStatus::AllMasked:
        return Text::tr("every key is masked for this query");
    case attn::RowStatus::NoKeyInBandwidth:
        return Text::tr("no key lies within the bandwidth \u03c3 = %1")
            .arg(formatCellValue(session.scoring.sigma));
    }
    return {};
}

} // namespace attn::ui
