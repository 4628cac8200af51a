#include "io/tracejson.h"

#include "io/jsonhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

// Qt 6 writes a double in its shortest form that reads back to the same double (QLocale::FloatingPointShortest,
// at most 17 significant digits), e.g. 0.30000000000000004 or 5.626758419358835e-08, and a whole number
// without a fraction ("-18"). tests/io/test_tracejson.cpp checks that every number reads back bit for bit.
using detail::matrixToJson;

template <typename LabelOf> QJsonArray labelsToJson(long count, LabelOf labelOf)
{
    QJsonArray labels;
    for (long i = 0; i < count; ++i)
        labels.append(QString::fromStdString(labelOf(i)));
    return labels;
}

} // namespace

QByteArray traceToJson(const attn::Session& session, const attn::Trace& trace)
{
    QJsonObject root;
    root.insert(u"query_labels"_s,
                labelsToJson(trace.weights.rows(), [&](long i) { return attn::queryLabel(session, i); }));
    root.insert(u"key_labels"_s,
                labelsToJson(trace.weights.cols(), [&](long j) { return attn::keyLabel(session, j); }));
    root.insert(u"scoring"_s,
                QJsonObject{{u"function"_s, QString::fromUtf8(attn::scoringName(session.scoring.function))},
                            {u"sigma"_s, session.scoring.sigma}});
    root.insert(u"raw_scores"_s, matrixToJson(trace.raw_scores));
    root.insert(u"scores"_s, matrixToJson(trace.scores));
    root.insert(u"weights"_s, matrixToJson(trace.weights));
    root.insert(u"outputs"_s, matrixToJson(trace.outputs));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace attn::io
