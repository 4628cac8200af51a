// Whether the shapes of a parsed session fit together, with messages that name the fields at fault.

#include "io/sessionchecks.h"

#include "attn/errors.h"
#include "io/jsonhelpers.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace attn::io::detail {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

QString shape(const Matrix& m)
{
    return QString::fromStdString(shapeText(m.rows(), m.cols()));
}

/// d_model in multi-head mode: X's columns in self-attention, otherwise the queries'.
long modelDimension(const Session& s)
{
    return s.self_attention ? s.self_attention->X.cols() : s.queries.cols();
}

void checkInputShapes(const SessionReader& reader, const Session& s, SessionCheck check)
{
    if (s.self_attention && !s.multi_head) {
        const long dModel = s.self_attention->X.cols();
        for (auto [key, w] : {std::pair{u"W_Q"_s, &s.self_attention->W_Q},
                              {u"W_K"_s, &s.self_attention->W_K},
                              {u"W_V"_s, &s.self_attention->W_V}})
            if (w->rows() != dModel)
                reader.fail(format(Tr::tr("\"self_attention\".\"%1\" has %2 but \"self_attention\".\"X\" has "
                                          "d_model = %3 columns"),
                                   key, counted(w->rows(), Tr::tr("row"), Tr::tr("rows")), dModel));
    }
    if (!s.self_attention && s.keys.rows() != s.values.rows())
        reader.fail(Tr::tr("%1 \"keys\" but %2 \"values\" rows").arg(s.keys.rows()).arg(s.values.rows()));
    if (!s.multi_head)
        return;

    const MultiHead& m = *s.multi_head;
    const long dModel = modelDimension(s);
    if (dModel % m.heads != 0 && check == SessionCheck::Computable)
        reader.fail(format(Tr::tr("\"multi_head\": %1 heads do not divide d_model = %2"), m.heads, dModel));
    if (m.heads > dModel) // the window's heads box goes up to d_model
        reader.fail(format(Tr::tr("\"multi_head\": %1 heads are more than d_model = %2"), m.heads, dModel));
    if (!s.self_attention) {
        for (auto [key, input] : {std::pair{u"keys"_s, &s.keys}, {u"values"_s, &s.values}})
            if (input->cols() != dModel)
                reader.fail(format(Tr::tr("\"%1\" have %2 but multi-head attention needs d_model = %3 (the "
                                          "columns of \"queries\")"),
                                   key, counted(input->cols(), Tr::tr("column"), Tr::tr("columns")), dModel));
    }
    for (auto [key, w] : {std::pair{u"W_Q"_s, &m.W_Q}, {u"W_K"_s, &m.W_K}, {u"W_V"_s, &m.W_V}, {u"W_O"_s, &m.W_O}})
        if (w->rows() != dModel || w->cols() != dModel)
            reader.fail(format(Tr::tr("\"multi_head\".\"%1\" is %2 but must be d_model \u00d7 d_model = %3"), key,
                               shape(*w), QString::fromStdString(shapeText(dModel, dModel))));
}

void checkScoringShapes(const SessionReader& reader, const Session& s)
{
    long dQ = s.queries.cols();
    long dK = s.keys.cols();
    if (s.multi_head) {
        if (modelDimension(s) % s.multi_head->heads != 0)
            return; // Editable: d_q is not defined until h divides d_model (conform() fits W then)
        dQ = dK = modelDimension(s) / s.multi_head->heads;
    } else if (s.self_attention) {
        dQ = s.self_attention->W_Q.cols();
        dK = s.self_attention->W_K.cols();
    }
    const Scoring& scoring = s.scoring;
    const QString function = QString::fromUtf8(scoringName(scoring.function));
    if (scoring.function == ScoringFunction::General) {
        if (scoring.W.rows() != dQ || scoring.W.cols() != dK)
            reader.fail(format(Tr::tr("\"scoring\".\"W\" is %1 but general scoring needs d_q \u00d7 d_k = %2"),
                               shape(scoring.W), QString::fromStdString(shapeText(dQ, dK))));
    } else if (scoring.function == ScoringFunction::Additive) {
        const long h = scoring.w_v.size();
        for (auto [key, w, d] : {std::tuple{u"W_q"_s, &scoring.W_q, dQ}, {u"W_k"_s, &scoring.W_k, dK}})
            if (w->rows() != d || w->cols() != h)
                reader.fail(format(Tr::tr("\"scoring\".\"%1\" is %2 but additive scoring needs %3 (h = %4, "
                                          "the length of \"w_v\")"),
                                   key, shape(*w), QString::fromStdString(shapeText(d, h)), h));
    } else if (dQ != dK) {
        if (s.self_attention)
            reader.fail(format(Tr::tr("\"self_attention\".\"W_Q\" has %1 but \"W_K\" has %2: %3 scoring "
                                      "needs queries and keys of equal d_k"),
                               counted(dQ, Tr::tr("column"), Tr::tr("columns")),
                               counted(dK, Tr::tr("column"), Tr::tr("columns")), function));
        reader.fail(format(Tr::tr("\"queries\" have d_k = %1 but \"keys\" have d_k = %2"), dQ, dK));
    }
}

void checkLabelsAndMask(const SessionReader& reader, const Session& s)
{
    const long nQ = attn::queryCount(s);
    const long nK = attn::keyCount(s);
    const QString rowsOf = s.self_attention ? u"\"self_attention\".\"X\""_s : QString();
    const auto checkCount = [&](const std::vector<std::string>& labels, const QString& key, const QString& matrix,
                                long rows) {
        if (!labels.empty() && static_cast<long>(labels.size()) != rows)
            reader.fail(format(Tr::tr("\"%1\" has %2 but %3 has %4"), key,
                               counted(qsizetype(labels.size()), Tr::tr("label"), Tr::tr("labels")),
                               rowsOf.isEmpty() ? matrix : rowsOf, counted(rows, Tr::tr("row"), Tr::tr("rows"))));
    };
    checkCount(s.query_labels, u"query_labels"_s, u"\"queries\""_s, nQ);
    checkCount(s.key_labels, u"key_labels"_s, u"\"keys\""_s, nK);

    const Mask& mask = s.mask;
    if (mask.kind == MaskKind::ValidLengths) {
        const auto count = qsizetype(mask.valid_lengths.size());
        if (count != nQ)
            reader.fail(format(Tr::tr("\"mask\".\"valid_lengths\" has %1 for %2"),
                               counted(count, Tr::tr("entry"), Tr::tr("entries")),
                               counted(nQ, Tr::tr("query row"), Tr::tr("query rows"))));
        for (qsizetype i = 0; i < count; ++i)
            if (mask.valid_lengths[std::size_t(i)] > nK)
                reader.fail(format(Tr::tr("\"mask\".\"valid_lengths\" item %1 is %2, more than the %3"), i + 1,
                                   mask.valid_lengths[std::size_t(i)],
                                   counted(nK, Tr::tr("key"), Tr::tr("keys"))));
    } else if (mask.kind == MaskKind::Cells) {
        for (std::size_t c = 0; c < mask.cells.size(); ++c) {
            const auto [i, j] = mask.cells[c];
            if (i >= nQ || j >= nK)
                reader.fail(format(Tr::tr("\"mask\".\"cells\" item %1 is [%2, %3], outside the %4 scores "
                                          "(queries 0 \u2026 %5, keys 0 \u2026 %6, counted from 0)"),
                                   c + 1, i, j, QString::fromStdString(shapeText(nQ, nK)), nQ - 1, nK - 1));
        }
    }
}
} // namespace

void checkSessionShapes(const SessionReader& reader, const Session& session, SessionCheck check)
{
    checkInputShapes(reader, session, check);
    checkScoringShapes(reader, session);
    checkLabelsAndMask(reader, session);
}

} // namespace attn::io::detail
