// `attnlab compute`'s JSON (attn::io::computationToJson): every stage, empty rows as null, heads. Expected
// numbers come from DOMAIN.md's worked examples or are worked out by hand in the comments.

#include "attn/evaluation.h"
#include "fixtures.h"
#include "io/computationjson.h"
#include "io/sessionjson.h"

#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace iotest;

namespace {

QJsonObject computeJson(const attn::Session& session)
{
    return jsonObject(attn::io::computationToJson(session, attn::evaluate(session)));
}

QJsonObject computeJson(const char* json)
{
    return computeJson(parse(json));
}

} // namespace

// DOMAIN.md worked example 1 (seed 004), through the session file.
TEST(ComputationJson, WaistlineExampleHasTheWorkedNumbers)
{
    const QJsonObject root = computeJson(attn::io::readSessionFile(example("waistline")));

    EXPECT_EQ(stringsFrom(root.value(u"query_labels"_s)), QStringList{u"62 cm"_s});
    EXPECT_EQ(stringsFrom(root.value(u"key_labels"_s)), (QStringList{u"60 cm"_s, u"64 cm"_s, u"68 cm"_s}));
    const QJsonObject scoring = root.value(u"scoring"_s).toObject();
    EXPECT_EQ(scoring.value(u"function"_s).toString(), u"gaussian"_s);
    EXPECT_EQ(scoring.value(u"sigma"_s).toDouble(), 1.0);
    const QJsonObject normalization = root.value(u"normalization"_s).toObject();
    EXPECT_EQ(normalization.value(u"function"_s).toString(), u"softmax"_s);
    EXPECT_EQ(normalization.value(u"temperature"_s).toDouble(), 1.0);

    EXPECT_EQ(matrixFrom(root.value(u"raw_scores"_s)), (attn::Matrix{{-2.0, -2.0, -18.0}}));
    EXPECT_EQ(matrixFrom(root.value(u"scores"_s)), (attn::Matrix{{-2.0, -2.0, -18.0}}));
    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    ASSERT_EQ(weights.cols(), 3);
    EXPECT_NEAR(weights(0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weights(0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weights(0, 2), 5.626758419358835e-08, 1e-15);
    const attn::Matrix outputs = matrixFrom(root.value(u"outputs"_s));
    ASSERT_EQ(outputs.size(), 1);
    EXPECT_NEAR(outputs(0, 0), 112.5000007596124, 1e-12); // 1e-12 is ~70 ulp at 112.5
    EXPECT_EQ(root.value(u"empty_rows"_s).toArray().size(), 0);
    // Plain attention: no mask, no self-attention stages, no heads.
    for (const QString& absent : {u"mask"_s, u"inputs"_s, u"queries"_s, u"positional_encoding"_s, u"heads"_s})
        EXPECT_FALSE(root.contains(absent)) << absent.toStdString();
}

// DOMAIN.md example 1 with compact kernels: at σ = 3, |62 − 60| / 3 = |62 − 64| / 3 = 2/3 < 1 and
// |62 − 68| / 3 = 2, so boxcar gives K = 1, 1, 0 and Epanechnikov K = 1/3, 1/3, 0: weights 1/2, 1/2, 0 and
// output (110 + 115) / 2 = 112.5 either way.
TEST(ComputationJson, CompactKernelsAtSigmaThree)
{
    for (const char* kernel : {"boxcar", "epanechnikov"}) {
        attn::Session s = attn::waistlineExample();
        s.scoring.function = *attn::scoringFromName(kernel);
        s.scoring.sigma = 3.0;
        const QJsonObject root = computeJson(s);
        const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
        ASSERT_EQ(weights.cols(), 3) << kernel;
        EXPECT_DOUBLE_EQ(weights(0, 0), 0.5) << kernel;
        EXPECT_DOUBLE_EQ(weights(0, 1), 0.5) << kernel;
        EXPECT_EQ(weights(0, 2), 0.0) << kernel;
        EXPECT_DOUBLE_EQ(matrixFrom(root.value(u"outputs"_s))(0, 0), 112.5) << kernel;
        EXPECT_EQ(root.value(u"scoring"_s).toObject().value(u"function"_s).toString().toStdString(), kernel);
    }
}

// At σ = 1 every key is at least 2 bandwidths away: no weights, no output, and the row says why.
TEST(ComputationJson, RowWithoutKeyInBandwidthIsNullAndReported)
{
    attn::Session s = attn::waistlineExample();
    s.scoring.function = attn::ScoringFunction::Boxcar;
    const QByteArray json = attn::io::computationToJson(s, attn::evaluate(s));
    EXPECT_FALSE(json.contains("nan")) << json.constData();
    const QJsonObject root = jsonObject(json);
    EXPECT_EQ(matrixFrom(root.value(u"raw_scores"_s)), (attn::Matrix{{0.0, 0.0, 0.0}}));
    ASSERT_EQ(root.value(u"weights"_s).toArray().size(), 1);
    EXPECT_TRUE(root.value(u"weights"_s).toArray().at(0).isNull());
    EXPECT_TRUE(root.value(u"outputs"_s).toArray().at(0).isNull());
    const QJsonArray empty = root.value(u"empty_rows"_s).toArray();
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.at(0).toObject(),
              (QJsonObject{{u"query"_s, 0}, {u"label"_s, u"62 cm"_s}, {u"reason"_s, u"no_key_in_bandwidth"_s}}));
}

TEST(ComputationJson, FullyMaskedRowIsNullAndMaskIsWritten)
{
    const QJsonObject root = computeJson(R"({"queries": [[1], [2]], "keys": [[1], [2]], "values": [[10], [20]],
        "query_labels": ["a", "b"], "scoring": {"function": "dot"},
        "mask": {"kind": "cells", "cells": [[1, 0], [1, 1]]}})");
    EXPECT_EQ(matrixFrom(root.value(u"mask"_s)), (attn::Matrix{{0, 0}, {1, 1}}));
    // Row a: scores 1 and 2, weights 1/(1+e), e/(1+e); row b has every key masked.
    const QJsonArray weights = root.value(u"weights"_s).toArray();
    ASSERT_EQ(weights.size(), 2);
    EXPECT_NEAR(weights.at(0).toArray().at(1).toDouble(), std::exp(1.0) / (1.0 + std::exp(1.0)), 1e-15);
    EXPECT_TRUE(weights.at(1).isNull());
    EXPECT_TRUE(root.value(u"outputs"_s).toArray().at(1).isNull());
    const QJsonArray empty = root.value(u"empty_rows"_s).toArray();
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.at(0).toObject().value(u"query"_s).toInt(), 1);
    EXPECT_EQ(empty.at(0).toObject().value(u"label"_s).toString(), u"b"_s);
    EXPECT_EQ(empty.at(0).toObject().value(u"reason"_s).toString(), u"all_masked"_s);
}

// DOMAIN.md worked example 2 ("Thinking Machines", seed 000): raw scores 112 and 96, d_k = 64.
TEST(ComputationJson, ScaledDotKeepsRawAndScaledScoresApart)
{
    const QJsonObject root = computeJson(attn::io::readSessionFile(example("thinking-machines")));
    EXPECT_EQ(matrixFrom(root.value(u"raw_scores"_s)), (attn::Matrix{{112.0, 96.0}}));
    EXPECT_EQ(matrixFrom(root.value(u"scores"_s)), (attn::Matrix{{14.0, 12.0}}));
    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    EXPECT_NEAR(weights(0, 0), 0.8807970779778823, 1e-15);
    EXPECT_NEAR(weights(0, 1), 0.11920292202211755, 1e-15);
    EXPECT_EQ(stringsFrom(root.value(u"key_labels"_s)), (QStringList{u"Thinking"_s, u"Machines"_s}));
}

// DOMAIN.md worked example 3 (d2l §11.3): ten identical keys, values arange(40) as 10 × 4, valid lengths 2, 6.
TEST(ComputationJson, MaskedUniformExample)
{
    const QJsonObject root = computeJson(attn::io::readSessionFile(example("d2l-masked")));
    const attn::Matrix outputs = matrixFrom(root.value(u"outputs"_s));
    ASSERT_EQ(outputs.rows(), 2);
    ASSERT_EQ(outputs.cols(), 4);
    for (int c = 0; c < 4; ++c) {
        EXPECT_NEAR(outputs(0, c), 2.0 + c, 1e-12);
        EXPECT_NEAR(outputs(1, c), 10.0 + c, 1e-12);
    }
    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    const attn::Matrix mask = matrixFrom(root.value(u"mask"_s));
    for (int j = 0; j < 10; ++j) {
        EXPECT_NEAR(weights(0, j), j < 2 ? 0.5 : 0.0, 1e-15) << j;
        EXPECT_NEAR(weights(1, j), j < 6 ? 1.0 / 6.0 : 0.0, 1e-15) << j;
        EXPECT_EQ(mask(0, j), j < 2 ? 0.0 : 1.0) << j;
        EXPECT_EQ(mask(1, j), j < 6 ? 0.0 : 1.0) << j;
    }
}

// Two heads worked by hand: d_model = 2, h = 2, Q = K = V = I, projections I, W_O = [[0, 1], [1, 0]], dot.
// Head 1 sees column 1: q = k = v = (1, 0)ᵀ, scores [[1, 0], [0, 0]], weights [[e, 1]/(1+e), [1/2, 1/2]],
// outputs (e/(1+e), 1/2). Head 2 sees column 2: scores [[0, 0], [0, 1]], outputs (1/2, e/(1+e)).
// Concat [[e/(1+e), 1/2], [1/2, e/(1+e)]]; times W_O swaps the columns.
TEST(ComputationJson, TwoHeadsWorkedByHand)
{
    const QJsonObject root = computeJson(R"({"queries": [[1, 0], [0, 1]], "keys": [[1, 0], [0, 1]],
        "values": [[1, 0], [0, 1]], "scoring": {"function": "dot"},
        "multi_head": {"heads": 2, "W_Q": [[1, 0], [0, 1]], "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]],
                       "W_O": [[0, 1], [1, 0]]}})");
    const double e = std::exp(1.0);
    const double big = e / (1.0 + e);
    const attn::Matrix outputs = matrixFrom(root.value(u"outputs"_s));
    ASSERT_EQ(outputs.rows(), 2);
    ASSERT_EQ(outputs.cols(), 2);
    EXPECT_NEAR(outputs(0, 0), 0.5, 1e-15);
    EXPECT_NEAR(outputs(0, 1), big, 1e-15);
    EXPECT_NEAR(outputs(1, 0), big, 1e-15);
    EXPECT_NEAR(outputs(1, 1), 0.5, 1e-15);
    EXPECT_TRUE(matrixFrom(root.value(u"concat"_s)).isApprox(attn::Matrix{{big, 0.5}, {0.5, big}}, 1e-15));

    const QJsonArray heads = root.value(u"heads"_s).toArray();
    ASSERT_EQ(heads.size(), 2);
    const QJsonObject head1 = heads.at(0).toObject();
    EXPECT_EQ(matrixFrom(head1.value(u"queries"_s)), (attn::Matrix{{1}, {0}}));
    EXPECT_EQ(matrixFrom(head1.value(u"raw_scores"_s)), (attn::Matrix{{1, 0}, {0, 0}}));
    EXPECT_TRUE(matrixFrom(head1.value(u"weights"_s)).isApprox(attn::Matrix{{big, 1 - big}, {0.5, 0.5}}, 1e-15));
    EXPECT_EQ(matrixFrom(heads.at(1).toObject().value(u"raw_scores"_s)), (attn::Matrix{{0, 0}, {0, 1}}));
    for (const QString& key : {u"keys"_s, u"values"_s, u"scores"_s, u"outputs"_s, u"empty_rows"_s})
        EXPECT_TRUE(head1.contains(key)) << key.toStdString();
    // Per-head stages live in "heads" only.
    EXPECT_FALSE(root.contains(u"weights"_s));
    EXPECT_FALSE(root.contains(u"raw_scores"_s));
}

// Boxcar, σ = 1, two heads: head 1 compares 0 with 0 (inside the bandwidth), head 2 compares 0 with 5 (outside).
// The query has no output in head 2, so its concatenation and final output are null too.
TEST(ComputationJson, RowEmptyInOneHeadIsNullInConcatAndOutputs)
{
    const QJsonObject root = computeJson(R"({"queries": [[0, 0]], "keys": [[0, 5]], "values": [[1, 2]],
        "scoring": {"function": "boxcar", "sigma": 1},
        "multi_head": {"heads": 2, "W_Q": [[1, 0], [0, 1]], "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]],
                       "W_O": [[1, 0], [0, 1]]}})");
    const QJsonArray heads = root.value(u"heads"_s).toArray();
    ASSERT_EQ(heads.size(), 2);
    EXPECT_EQ(matrixFrom(heads.at(0).toObject().value(u"outputs"_s)), (attn::Matrix{{1}}));
    EXPECT_EQ(heads.at(0).toObject().value(u"empty_rows"_s).toArray().size(), 0);
    EXPECT_TRUE(heads.at(1).toObject().value(u"weights"_s).toArray().at(0).isNull());
    EXPECT_EQ(heads.at(1).toObject().value(u"empty_rows"_s).toArray().size(), 1);
    EXPECT_TRUE(root.value(u"concat"_s).toArray().at(0).isNull());
    EXPECT_TRUE(root.value(u"outputs"_s).toArray().at(0).isNull());
    const QJsonArray empty = root.value(u"empty_rows"_s).toArray();
    ASSERT_EQ(empty.size(), 1);
    EXPECT_EQ(empty.at(0).toObject().value(u"reason"_s).toString(), u"no_key_in_bandwidth"_s);
}

// Self-attention stages. d = 2: P[i] = (sin i, cos i); X = I and identity projections, so Q = K = V = X + P.
TEST(ComputationJson, SelfAttentionWritesEveryStage)
{
    const char* json = R"({"self_attention": {"X": [[1, 0], [0, 1]], "W_Q": [[1, 0], [0, 1]],
        "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]], "positional_encoding": true},
        "query_labels": ["x", "y"], "mask": {"kind": "causal"}})";
    const QJsonObject root = computeJson(json);
    const attn::Matrix p{{0.0, 1.0}, {std::sin(1.0), std::cos(1.0)}};
    const attn::Matrix inputs = attn::Matrix::Identity(2, 2) + p;
    EXPECT_TRUE(matrixFrom(root.value(u"positional_encoding"_s)).isApprox(p, 1e-15));
    EXPECT_TRUE(matrixFrom(root.value(u"inputs"_s)).isApprox(inputs, 1e-15));
    for (const QString& key : {u"queries"_s, u"keys"_s, u"values"_s})
        EXPECT_TRUE(matrixFrom(root.value(key)).isApprox(inputs, 1e-15)) << key.toStdString();
    EXPECT_EQ(matrixFrom(root.value(u"mask"_s)), (attn::Matrix{{0, 1}, {0, 0}}));
    EXPECT_EQ(stringsFrom(root.value(u"key_labels"_s)), (QStringList{u"x"_s, u"y"_s}));
    // The first token sees only itself (causal): weight 1, output its own value.
    const attn::Matrix weights = matrixFrom(root.value(u"weights"_s));
    EXPECT_EQ(weights(0, 0), 1.0);
    EXPECT_EQ(weights(0, 1), 0.0);

    attn::Session off = parse(json);
    off.self_attention->positional_encoding = false;
    const QJsonObject plain = computeJson(off);
    EXPECT_FALSE(plain.contains(u"positional_encoding"_s));
    EXPECT_EQ(matrixFrom(plain.value(u"inputs"_s)), (attn::Matrix::Identity(2, 2)));
}

// Qt 6 writes doubles in their shortest round-trip form: the text is the shortest decimal, and it parses back
// to the very same double.
TEST(ComputationJson, NumbersAreShortestAndReadBackExactly)
{
    attn::Session session;
    session.queries = attn::Matrix{{0.3, -1.7, 2.2}, {1e-3, 4.5, -0.25}};
    session.keys = attn::Matrix{{1.1, 0.2, -0.3}, {0.7, 0.7, 0.7}, {-2.0, 1.0 / 3.0, 0.9}, {5.0, -4.0, 0.125}};
    session.values = attn::Matrix{{1.0, 2.0}, {3.0, 5.0}, {8.0, 13.0}, {21.0, 34.0}};
    session.scoring.function = attn::ScoringFunction::Gaussian;
    session.scoring.sigma = 0.8;
    session.normalization.temperature = 0.1 + 0.2;
    const attn::Computation c = attn::evaluate(session);

    const QByteArray json = attn::io::computationToJson(session, c);
    EXPECT_TRUE(json.contains("0.30000000000000004")) << json.constData();
    const QJsonObject root = jsonObject(json);
    expectBitwiseEqual(matrixFrom(root.value(u"raw_scores"_s)), c.trace.raw_scores, "raw_scores");
    expectBitwiseEqual(matrixFrom(root.value(u"scores"_s)), c.trace.scores, "scores");
    expectBitwiseEqual(matrixFrom(root.value(u"weights"_s)), c.trace.weights, "weights");
    expectBitwiseEqual(matrixFrom(root.value(u"outputs"_s)), c.outputs, "outputs");
    EXPECT_EQ(root.value(u"scoring"_s).toObject().value(u"sigma"_s).toDouble(), 0.8);
}
