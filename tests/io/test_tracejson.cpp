#include "io/sessionjson.h"
#include "io/tracejson.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <bit>
#include <cstdint>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.isObject());
    return document.object();
}

attn::Matrix matrixFrom(const QJsonValue& value)
{
    const QJsonArray rows = value.toArray();
    if (rows.isEmpty())
        return {};
    attn::Matrix m(rows.size(), rows.at(0).toArray().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        EXPECT_EQ(row.size(), m.cols()) << "ragged row " << i;
        for (qsizetype j = 0; j < row.size() && j < m.cols(); ++j) {
            EXPECT_TRUE(row.at(j).isDouble());
            m(i, j) = row.at(j).toDouble();
        }
    }
    return m;
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& v : value.toArray())
        strings.append(v.toString());
    return strings;
}

void expectBitwiseEqual(const attn::Matrix& actual, const attn::Matrix& expected, const char* what)
{
    ASSERT_EQ(actual.rows(), expected.rows()) << what;
    ASSERT_EQ(actual.cols(), expected.cols()) << what;
    for (Eigen::Index i = 0; i < expected.rows(); ++i)
        for (Eigen::Index j = 0; j < expected.cols(); ++j)
            EXPECT_EQ(std::bit_cast<std::uint64_t>(actual(i, j)), std::bit_cast<std::uint64_t>(expected(i, j)))
                << what << "(" << i << ", " << j << ")";
}

} // namespace

// DOMAIN.md worked example 1 (seed 004): numbers computed independently in double precision.
TEST(TraceJson, WaistlineExampleHasTheWorkedNumbers)
{
    const attn::Session session = attn::io::readSessionFile(QStringLiteral(EXAMPLES_DIR "/waistline.json"));
    const QJsonObject root = parse(attn::io::traceToJson(session, attn::compute(session)));

    EXPECT_EQ(stringsFrom(root.value(u"query_labels"_s)), QStringList{u"62 cm"_s});
    EXPECT_EQ(stringsFrom(root.value(u"key_labels"_s)), (QStringList{u"60 cm"_s, u"64 cm"_s, u"68 cm"_s}));
    const QJsonObject scoring = root.value(u"scoring"_s).toObject();
    EXPECT_EQ(scoring.value(u"function"_s).toString(), u"gaussian"_s);
    EXPECT_EQ(scoring.value(u"sigma"_s).toDouble(), 1.0);

    EXPECT_EQ(matrixFrom(root.value(u"raw_scores"_s)), (attn::Matrix{{-2.0, -2.0, -18.0}}));
    EXPECT_EQ(matrixFrom(root.value(u"scores"_s)), (attn::Matrix{{-2.0, -2.0, -18.0}}));

    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    ASSERT_EQ(weights.rows(), 1);
    ASSERT_EQ(weights.cols(), 3);
    EXPECT_NEAR(weights(0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weights(0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weights(0, 2), 5.626758419358835e-08, 1e-15);

    const attn::Matrix outputs = matrixFrom(root.value(u"outputs"_s));
    ASSERT_EQ(outputs.rows(), 1);
    ASSERT_EQ(outputs.cols(), 1);
    EXPECT_NEAR(outputs(0, 0), 112.5000007596124, 1e-12); // 1e-12 is ~70 ulp at 112.5
}

// DOMAIN.md worked example 2 ("Thinking Machines", seed 000): raw scores 112 and 96, d_k = 64.
TEST(TraceJson, ScaledDotKeepsRawAndScaledScoresApart)
{
    attn::Session session;
    session.queries = attn::Matrix::Ones(1, 64);
    session.keys = attn::Matrix(2, 64);
    session.keys.row(0).setConstant(1.75);
    session.keys.row(1).setConstant(1.5);
    session.values = attn::Matrix{{1.0, 0.0}, {0.0, 1.0}};
    session.scoring.function = attn::ScoringFunction::ScaledDot;
    session.scoring.sigma = 1.0;

    const QJsonObject root = parse(attn::io::traceToJson(session, attn::compute(session)));
    EXPECT_EQ(matrixFrom(root.value(u"raw_scores"_s)), (attn::Matrix{{112.0, 96.0}}));
    EXPECT_EQ(matrixFrom(root.value(u"scores"_s)), (attn::Matrix{{14.0, 12.0}}));
    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    EXPECT_NEAR(weights(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(weights(0, 1), 0.11920292202211755, 1e-15);
    EXPECT_EQ(root.value(u"scoring"_s).toObject().value(u"function"_s).toString(), u"scaled_dot"_s);
    // No labels in the session: the defaults q1, k1, k2.
    EXPECT_EQ(stringsFrom(root.value(u"query_labels"_s)), QStringList{u"q1"_s});
    EXPECT_EQ(stringsFrom(root.value(u"key_labels"_s)), (QStringList{u"k1"_s, u"k2"_s}));
}

// Qt 6 writes doubles in their shortest round-trip form: the text is the shortest decimal, and it parses back
// to the very same double.
TEST(TraceJson, NumbersAreShortestAndReadBackExactly)
{
    attn::Trace trace;
    trace.raw_scores = attn::Matrix{{0.1 + 0.2, 5.626758419358835e-08, 1.0 / 3.0}};
    trace.scores = attn::Matrix{{-18.0, 4.9406564584124654e-324, 1.7976931348623157e308}};
    trace.weights = attn::Matrix{{0.499999971866208, 0.499999971866208, 5.626758419358835e-08}};
    trace.outputs = attn::Matrix{{112.5000007596124}, {1e21}, {-2.0 / 7.0}};
    attn::Session session = attn::waistlineExample();
    session.query_labels = {"a", "b", "c"}; // labels follow the trace's rows

    const QByteArray json = attn::io::traceToJson(session, trace);
    EXPECT_TRUE(json.contains("0.30000000000000004")) << json.constData();
    EXPECT_TRUE(json.contains("5.626758419358835e-08")) << json.constData();
    EXPECT_TRUE(json.contains("0.3333333333333333")) << json.constData();
    EXPECT_TRUE(json.contains("-18")) << json.constData();
    EXPECT_FALSE(json.contains("-18.0")) << json.constData();

    const QJsonObject root = parse(json);
    expectBitwiseEqual(matrixFrom(root.value(u"raw_scores"_s)), trace.raw_scores, "raw_scores");
    expectBitwiseEqual(matrixFrom(root.value(u"scores"_s)), trace.scores, "scores");
    expectBitwiseEqual(matrixFrom(root.value(u"weights"_s)), trace.weights, "weights");
    expectBitwiseEqual(matrixFrom(root.value(u"outputs"_s)), trace.outputs, "outputs");
}

TEST(TraceJson, ComputedTraceReadsBackExactly)
{
    attn::Session session;
    session.queries = attn::Matrix{{0.3, -1.7, 2.2}, {1e-3, 4.5, -0.25}};
    session.keys = attn::Matrix{{1.1, 0.2, -0.3}, {0.7, 0.7, 0.7}, {-2.0, 1.0 / 3.0, 0.9}, {5.0, -4.0, 0.125}};
    session.values = attn::Matrix{{1.0, 2.0}, {3.0, 5.0}, {8.0, 13.0}, {21.0, 34.0}};
    session.scoring.function = attn::ScoringFunction::Gaussian;
    session.scoring.sigma = 0.8;
    const attn::Trace trace = attn::compute(session);

    const QJsonObject root = parse(attn::io::traceToJson(session, trace));
    expectBitwiseEqual(matrixFrom(root.value(u"raw_scores"_s)), trace.raw_scores, "raw_scores");
    expectBitwiseEqual(matrixFrom(root.value(u"scores"_s)), trace.scores, "scores");
    expectBitwiseEqual(matrixFrom(root.value(u"weights"_s)), trace.weights, "weights");
    expectBitwiseEqual(matrixFrom(root.value(u"outputs"_s)), trace.outputs, "outputs");
    EXPECT_EQ(root.value(u"scoring"_s).toObject().value(u"sigma"_s).toDouble(), 0.8);
}
