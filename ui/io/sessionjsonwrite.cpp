// Writing session files: the lowest format version that holds the session (docs/session-format.md).

#include "io/atomicwrite.h"
#include "io/sessionjson.h"

#include "io/jsonhelpers.h"
#include "io/matrixfile.h"
#include "io/sessionchecks.h"
#include "io/sessionreader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::format;
using detail::matrixToJson;
using detail::numberText;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

QJsonObject maskToJson(const Mask& mask)
{
    QJsonObject object{{u"kind"_s, QString::fromUtf8(maskName(mask.kind))}};
    if (mask.kind == MaskKind::ValidLengths) {
        QJsonArray lengths;
        for (const long length : mask.valid_lengths)
            lengths.append(qint64(length));
        object.insert(u"valid_lengths"_s, lengths);
    } else if (mask.kind == MaskKind::Window) {
        object.insert(u"window"_s, qint64(mask.window));
    } else if (mask.kind == MaskKind::Cells) {
        QJsonArray cells;
        for (const auto& [query, key] : mask.cells)
            cells.append(QJsonArray{qint64(query), qint64(key)});
        object.insert(u"cells"_s, cells);
    }
    return object;
}

QJsonObject selfAttentionToJson(const SelfAttention& self, bool multiHead)
{
    QJsonObject object{{u"X"_s, matrixToJson(self.X)}, {u"positional_encoding"_s, self.positional_encoding}};
    if (!multiHead) {
        object.insert(u"W_Q"_s, matrixToJson(self.W_Q));
        object.insert(u"W_K"_s, matrixToJson(self.W_K));
        object.insert(u"W_V"_s, matrixToJson(self.W_V));
    }
    return object;
}

QJsonObject multiHeadToJson(const MultiHead& m)
{
    return {{u"heads"_s, qint64(m.heads)},
            {u"W_Q"_s, matrixToJson(m.W_Q)},
            {u"W_K"_s, matrixToJson(m.W_K)},
            {u"W_V"_s, matrixToJson(m.W_V)},
            {u"W_O"_s, matrixToJson(m.W_O)}};
}

/// The fault of the first matrix that sessionToJson() would write with an entry that is not finite (JSON would
/// get null), with no entries (the reader wants at least one row) or with more than kMaxMatrixSide rows or
/// columns (the reader's limit), or an empty string.
QString matrixFault(const Session& s)
{
    const bool self = s.self_attention.has_value();
    std::vector<std::pair<QString, const Matrix*>> written;
    if (!self)
        written = {{u"\"queries\""_s, &s.queries}, {u"\"keys\""_s, &s.keys}, {u"\"values\""_s, &s.values}};
    if (self) {
        written.emplace_back(u"\"self_attention\".\"X\""_s, &s.self_attention->X);
        if (!s.multi_head) {
            written.emplace_back(u"\"self_attention\".\"W_Q\""_s, &s.self_attention->W_Q);
            written.emplace_back(u"\"self_attention\".\"W_K\""_s, &s.self_attention->W_K);
            written.emplace_back(u"\"self_attention\".\"W_V\""_s, &s.self_attention->W_V);
        }
    }
    if (s.multi_head) {
        written.emplace_back(u"\"multi_head\".\"W_Q\""_s, &s.multi_head->W_Q);
        written.emplace_back(u"\"multi_head\".\"W_K\""_s, &s.multi_head->W_K);
        written.emplace_back(u"\"multi_head\".\"W_V\""_s, &s.multi_head->W_V);
        written.emplace_back(u"\"multi_head\".\"W_O\""_s, &s.multi_head->W_O);
    }
    if (s.scoring.function == ScoringFunction::General) {
        written.emplace_back(u"\"scoring\".\"W\""_s, &s.scoring.W);
    } else if (s.scoring.function == ScoringFunction::Additive) {
        written.emplace_back(u"\"scoring\".\"W_q\""_s, &s.scoring.W_q);
        written.emplace_back(u"\"scoring\".\"W_k\""_s, &s.scoring.W_k);
        if (!s.scoring.w_v.allFinite())
            return Tr::tr("%1 has an entry that is not a finite number").arg(u"\"scoring\".\"w_v\""_s);
    }
    for (const auto& [path, matrix] : written)
        if (!matrix->allFinite())
            return Tr::tr("%1 has an entry that is not a finite number").arg(path);
    for (const auto& [path, matrix] : written) {
        if (matrix->size() == 0)
            return Tr::tr("%1 has no rows").arg(path);
        // The reader's limit (a table grown past it by a paste at an offset would not open again).
        if (matrix->rows() > kMaxMatrixSide)
            return format(Tr::tr("%1 has %2 rows, more than the limit of %3 (docs/session-format.md)"), path,
                          matrix->rows(), kMaxMatrixSide);
        if (matrix->cols() > kMaxMatrixSide)
            return format(Tr::tr("%1 row %2 has %3 numbers, more than the limit of %4 columns "
                                 "(docs/session-format.md)"),
                          path, 1, matrix->cols(), kMaxMatrixSide);
    }
    return {};
}

} // namespace

namespace detail {

QJsonArray labelsToJson(const std::vector<std::string>& labels)
{
    QJsonArray array;
    for (const std::string& label : labels)
        array.append(QString::fromStdString(label));
    return array;
}

QJsonObject scoringToJson(const Scoring& scoring)
{
    QJsonObject object{{u"function"_s, QString::fromUtf8(scoringName(scoring.function))},
                       {u"sigma"_s, scoring.sigma}};
    if (scoring.function == ScoringFunction::General) {
        object.insert(u"W"_s, matrixToJson(scoring.W));
    } else if (scoring.function == ScoringFunction::Additive) {
        object.insert(u"W_q"_s, matrixToJson(scoring.W_q));
        object.insert(u"W_k"_s, matrixToJson(scoring.W_k));
        QJsonArray w;
        for (Eigen::Index i = 0; i < scoring.w_v.size(); ++i)
            w.append(scoring.w_v(i));
        object.insert(u"w_v"_s, w);
    }
    return object;
}

QJsonObject normalizationToJson(const Normalization& normalization)
{
    return {{u"function"_s, QString::fromUtf8(normalizationName(normalization.function))},
            {u"temperature"_s, normalization.temperature}};
}

} // namespace detail

int requiredFormatVersion(const Session& session)
{
    const ScoringFunction f = session.scoring.function;
    const bool version1Scoring =
        f == ScoringFunction::Dot || f == ScoringFunction::ScaledDot || f == ScoringFunction::Gaussian;
    const bool plain = session.normalization.function == NormalizationFunction::Softmax &&
                       session.normalization.temperature == 1.0 && session.mask.kind == MaskKind::None &&
                       !session.self_attention && !session.multi_head;
    return version1Scoring && plain ? 1 : 2;
}

QByteArray sessionToJson(const Session& session, const QJsonObject& kept)
{
    const int version = requiredFormatVersion(session);
    QJsonObject root;
    root.insert(u"version"_s, version);
    if (!session.title.empty())
        root.insert(u"title"_s, QString::fromStdString(session.title));
    if (session.self_attention) {
        root.insert(u"self_attention"_s,
                    selfAttentionToJson(*session.self_attention, session.multi_head.has_value()));
    } else {
        root.insert(u"queries"_s, matrixToJson(session.queries));
        root.insert(u"keys"_s, matrixToJson(session.keys));
        root.insert(u"values"_s, matrixToJson(session.values));
    }
    if (!session.query_labels.empty())
        root.insert(u"query_labels"_s, detail::labelsToJson(session.query_labels));
    if (!session.key_labels.empty())
        root.insert(u"key_labels"_s, detail::labelsToJson(session.key_labels));
    root.insert(u"scoring"_s, detail::scoringToJson(session.scoring));
    if (version >= 2) {
        root.insert(u"normalization"_s, detail::normalizationToJson(session.normalization));
        root.insert(u"mask"_s, maskToJson(session.mask));
    }
    if (session.multi_head)
        root.insert(u"multi_head"_s, multiHeadToJson(*session.multi_head));
    for (auto member = kept.constBegin(); member != kept.constEnd(); ++member)
        if (!root.contains(member.key()))
            root.insert(member.key(), member.value());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString unwritableReason(const Session& session)
{
    // JSON has no NaN or infinity: Qt would write null, which does not read back.
    if (const QString fault = matrixFault(session); !fault.isEmpty())
        return fault;
    // The reader checks σ whichever function is chosen, so that switching to a kernel later finds a valid one.
    if (!(std::isfinite(session.scoring.sigma) && session.scoring.sigma > 0.0))
        return Tr::tr("\"scoring\".\"sigma\" must be > 0, got %1").arg(numberText(session.scoring.sigma));
    const double t = session.normalization.temperature;
    if (!(std::isfinite(t) && t > 0.0))
        return Tr::tr("\"normalization\".\"temperature\" must be > 0, got %1").arg(numberText(t));
    if (session.multi_head && session.multi_head->heads < 1)
        return format(Tr::tr("%1 must be a whole number \u2265 %2, got %3"), u"\"multi_head\".\"heads\""_s, 1,
                      session.multi_head->heads);
    // The reader's own shape checks (as the window holds sessions: h need not divide d_model).
    try {
        detail::checkSessionShapes(detail::SessionReader(QString()), session, SessionCheck::Editable);
    } catch (const SessionFileError& error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

WriteResult writeSessionFile(const QString& path, const Session& session, const QJsonObject& kept)
{
    const QString name = QDir::toNativeSeparators(path);
    const auto failure = [&name](const QString& fault) {
        return WriteResult::failure(Tr::tr("Cannot save %1: %2").arg(name, fault));
    };
    // Only what would not read back is refused; a session that cannot be computed as it stands is written as it
    // is, and the window shows it with its reason when it is opened again.
    if (const QString reason = unwritableReason(session); !reason.isEmpty())
        return failure(reason);
    const WriteResult result = writeAtomically(path, sessionToJson(session, kept));
    return result ? result : failure(result.errorString());
}

} // namespace attn::io
