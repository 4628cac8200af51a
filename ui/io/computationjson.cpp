#include "io/computationjson.h"
#include "attn/evaluation.h"
#include "attn/stages.h"

#include "io/jsonhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

// Qt 6 writes a double in its shortest form that reads back to the same double (QLocale::FloatingPointShortest,
// at most 17 significant digits), e.g. 0.30000000000000004 or 5.626758419358835e-08, and a whole number
// without a fraction ("-18"). tests/io/test_computationjson.cpp checks that every number reads back bit for bit.
using detail::matrixToJson;

template <typename LabelOf> QJsonArray labelsToJson(long count, LabelOf labelOf)
{
    QJsonArray labels;
    for (long i = 0; i < count; ++i)
        labels.append(QString::fromStdString(labelOf(i)));
    return labels;
}

/// The matrix as rows, with null in place of each row i for which hasRow[i] is false.
QJsonArray rowsOrNull(const Matrix& matrix, const std::vector<bool>& hasRow)
{
    QJsonArray rows = matrixToJson(matrix);
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (!hasRow[std::size_t(i)])
            rows.replace(i, QJsonValue::Null);
    return rows;
}

QJsonArray maskToJson(const MaskMatrix& mask)
{
    QJsonArray rows;
    for (Eigen::Index i = 0; i < mask.rows(); ++i) {
        QJsonArray row;
        for (Eigen::Index j = 0; j < mask.cols(); ++j)
            row.append(mask(i, j) ? 1 : 0);
        rows.append(row);
    }
    return rows;
}

QString reasonName(RowStatus status)
{
    return status == RowStatus::AllMasked ? u"all_masked"_s : u"no_key_in_bandwidth"_s;
}

std::vector<bool> rowsWithOutput(const Trace& trace)
{
    std::vector<bool> ok;
    for (long i = 0; i < trace.weights.rows(); ++i)
        ok.push_back(trace.hasOutput(i));
    return ok;
}

/// The query rows of `status` that are not Ok, as {"query", "label", "reason"}.
QJsonArray emptyRowsToJson(const Session& session, const std::vector<RowStatus>& status)
{
    QJsonArray rows;
    for (std::size_t i = 0; i < status.size(); ++i)
        if (status[i] != RowStatus::Ok)
            rows.append(QJsonObject{{u"query"_s, qint64(i)},
                                    {u"label"_s, QString::fromStdString(queryLabel(session, long(i)))},
                                    {u"reason"_s, reasonName(status[i])}});
    return rows;
}

/// raw_scores, scores, weights, outputs and empty_rows of one trace.
void insertTrace(QJsonObject& object, const Session& session, const Trace& trace)
{
    const std::vector<bool> ok = rowsWithOutput(trace);
    object.insert(u"raw_scores"_s, matrixToJson(trace.raw_scores));
    object.insert(u"scores"_s, matrixToJson(trace.scores));
    object.insert(u"weights"_s, rowsOrNull(trace.weights, ok));
    object.insert(u"outputs"_s, rowsOrNull(trace.outputs, ok));
    object.insert(u"empty_rows"_s, emptyRowsToJson(session, trace.row_status));
}

void insertMultiHead(QJsonObject& root, const Session& session, const MultiHeadTrace& m)
{
    QJsonArray heads;
    std::vector<RowStatus> status(std::size_t(m.outputs.rows()), RowStatus::Ok); // first fault over the heads
    for (std::size_t t = 0; t < m.heads.size(); ++t) {
        QJsonObject head{{u"queries"_s, matrixToJson(m.queries[t])},
                         {u"keys"_s, matrixToJson(m.keys[t])},
                         {u"values"_s, matrixToJson(m.values[t])}};
        insertTrace(head, session, m.heads[t]);
        heads.append(head);
        for (std::size_t i = 0; i < status.size(); ++i)
            if (status[i] == RowStatus::Ok)
                status[i] = m.heads[t].row_status[i];
    }
    std::vector<bool> ok;
    for (const RowStatus s : status)
        ok.push_back(s == RowStatus::Ok);
    root.insert(u"heads"_s, heads);
    root.insert(u"concat"_s, rowsOrNull(m.concat, ok));
    root.insert(u"outputs"_s, rowsOrNull(m.outputs, ok));
    root.insert(u"empty_rows"_s, emptyRowsToJson(session, status));
}

} // namespace

std::uint64_t computationJsonBytes(const Session& session, bool jacobian)
{
    const auto nq = static_cast<double>(queryCount(session));
    const auto nk = static_cast<double>(keyCount(session));
    const double heads = session.multi_head ? static_cast<double>(std::max(1L, session.multi_head->heads)) : 1.0;
    const double matrices = heads * 3.0 + (session.mask.kind != MaskKind::None ? 1.0 : 0.0);
    const double entries = matrices * nq * nk + (jacobian ? heads * nk * nk : 0.0);
    const double bytes = entries * (16.0 + 40.0); // measured: 1024 × 1024 peaked at 238 MB in all
    constexpr auto most = static_cast<double>(std::numeric_limits<std::uint64_t>::max() / 2);
    return bytes >= most ? static_cast<std::uint64_t>(most) : static_cast<std::uint64_t>(bytes);
}

QByteArray computationToJson(const Session& session, const Computation& computation,
                             std::optional<long> jacobianRow)
{
    const std::vector<Matrix> jacobians =
        jacobianRow ? softmaxJacobians(session, computation, *jacobianRow) : std::vector<Matrix>();
    QJsonObject root;
    root.insert(u"query_labels"_s,
                labelsToJson(computation.queryCount(), [&](long i) { return queryLabel(session, i); }));
    root.insert(u"key_labels"_s,
                labelsToJson(computation.keys.rows(), [&](long j) { return keyLabel(session, j); }));
    root.insert(u"scoring"_s, detail::scoringToJson(session.scoring));
    root.insert(u"normalization"_s, detail::normalizationToJson(session.normalization));

    if (session.self_attention) {
        if (session.self_attention->positional_encoding)
            root.insert(u"positional_encoding"_s, matrixToJson(computation.positional_encoding));
        root.insert(u"inputs"_s, matrixToJson(computation.inputs));
        root.insert(u"queries"_s, matrixToJson(computation.queries));
        root.insert(u"keys"_s, matrixToJson(computation.keys));
        root.insert(u"values"_s, matrixToJson(computation.values));
    }

    if (computation.multi_head) {
        if (session.mask.kind != MaskKind::None && !computation.multi_head->heads.empty())
            root.insert(u"mask"_s, maskToJson(computation.multi_head->heads.front().mask));
        insertMultiHead(root, session, *computation.multi_head);
        if (jacobianRow) {
            QJsonArray heads = root.value(u"heads"_s).toArray();
            for (qsizetype t = 0; t < heads.size(); ++t) {
                QJsonObject head = heads.at(t).toObject();
                head.insert(u"softmax_jacobian"_s, matrixToJson(jacobians[std::size_t(t)]));
                heads.replace(t, head);
            }
            root.insert(u"heads"_s, heads);
        }
    } else {
        if (session.mask.kind != MaskKind::None)
            root.insert(u"mask"_s, maskToJson(computation.trace.mask));
        insertTrace(root, session, computation.trace);
        if (jacobianRow)
            root.insert(u"softmax_jacobian"_s, matrixToJson(jacobians.front()));
    }
    if (jacobianRow)
        root.insert(u"softmax_jacobian_row"_s, static_cast<qint64>(*jacobianRow));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace attn::io
