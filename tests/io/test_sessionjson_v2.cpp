// Session format version 2: every new field parses, takes its default when absent, and round-trips bit for bit.

#include "fixtures.h"
#include "io/sessionjson.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <string>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace iotest;

namespace {

/// Doubles whose shortest decimal forms are long or unusual: they must read back bit for bit.
attn::Matrix awkward(long rows, long cols, double shift)
{
    const double pool[] = {
        0.1 + 0.2, 1.0 / 3.0,   -2.0 / 7.0,         5.626758419358835e-08, 4.9406564584124654e-324,
        1e20,      -123456.789, 1.0000000000000002, 6.02214076e23,         3.141592653589793};
    attn::Matrix m(rows, cols);
    for (long i = 0; i < rows; ++i)
        for (long j = 0; j < cols; ++j)
            m(i, j) = pool[(i * cols + j) % 10] + shift;
    return m;
}

attn::Session writeAndRead(const attn::Session& s)
{
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"v2.json"_s);
    EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, s)));
    return attn::io::readSessionFile(path);
}

} // namespace

TEST(SessionJsonV2, ScoringParametersParse)
{
    const attn::Session general = parse(R"({"queries": [[1, 2]], "keys": [[3, 4, 5]], "values": [[1]],
        "scoring": {"function": "general", "W": [[1, 0, 0.5], [0, 1, -2]]}})");
    EXPECT_EQ(general.scoring.function, attn::ScoringFunction::General);
    EXPECT_EQ(general.scoring.W, (attn::Matrix{{1, 0, 0.5}, {0, 1, -2}}));

    const attn::Session additive = parse(R"({"queries": [[1, 2]], "keys": [[3]], "values": [[1]],
        "scoring": {"function": "additive", "W_q": [[1, 2, 3], [4, 5, 6]], "W_k": [[7, 8, 9]], "w_v": [1, -1, 0.5]}})");
    EXPECT_EQ(additive.scoring.function, attn::ScoringFunction::Additive);
    EXPECT_EQ(additive.scoring.W_q, (attn::Matrix{{1, 2, 3}, {4, 5, 6}}));
    EXPECT_EQ(additive.scoring.W_k, (attn::Matrix{{7, 8, 9}}));
    EXPECT_EQ(additive.scoring.w_v, (attn::Vector{{1, -1, 0.5}}));

    for (const char* name : {"dot", "scaled_dot", "cosine", "gaussian", "boxcar", "epanechnikov", "linear"}) {
        const std::string json = std::string(R"({"queries": [[1]], "keys": [[2]], "values": [[3]], "scoring": )") +
                                 R"({"function": ")" + name + R"(", "sigma": 2}})";
        const attn::Session s = parse(json.c_str());
        EXPECT_EQ(attn::scoringName(s.scoring.function), name);
        EXPECT_EQ(s.scoring.sigma, 2.0);
    }
}

TEST(SessionJsonV2, NormalizationParses)
{
    const attn::Session s = parse(R"({"queries": [[1]], "keys": [[2]], "values": [[3]],
        "normalization": {"function": "sparsemax", "temperature": 0.25}})");
    EXPECT_EQ(s.normalization.function, attn::NormalizationFunction::Sparsemax);
    EXPECT_EQ(s.normalization.temperature, 0.25);
    const attn::Session relu = parse(R"({"queries": [[1]], "keys": [[2]], "values": [[3]],
        "normalization": {"function": "relu"}})");
    EXPECT_EQ(relu.normalization.function, attn::NormalizationFunction::Relu);
    EXPECT_EQ(relu.normalization.temperature, 1.0);
}

TEST(SessionJsonV2, EveryMaskKindParses)
{
    const std::string qkv = R"({"queries": [[1], [2]], "keys": [[1], [2], [3]], "values": [[1], [2], [3]], )";
    const auto mask = [&qkv](const char* json) { return parse((qkv + json + "}").c_str()).mask; };

    EXPECT_EQ(mask(R"("mask": {"kind": "none"})").kind, attn::MaskKind::None);
    EXPECT_EQ(mask(R"("mask": {"kind": "causal"})").kind, attn::MaskKind::Causal);
    const attn::Mask lengths = mask(R"("mask": {"kind": "valid_lengths", "valid_lengths": [0, 3]})");
    EXPECT_EQ(lengths.kind, attn::MaskKind::ValidLengths);
    EXPECT_EQ(lengths.valid_lengths, (std::vector<long>{0, 3}));
    const attn::Mask window = mask(R"("mask": {"kind": "window", "window": 1})");
    EXPECT_EQ(window.kind, attn::MaskKind::Window);
    EXPECT_EQ(window.window, 1);
    const attn::Mask cells = mask(R"("mask": {"kind": "cells", "cells": [[0, 2], [1, 0]]})");
    EXPECT_EQ(cells.kind, attn::MaskKind::Cells);
    EXPECT_EQ(cells.cells, (std::vector<std::pair<long, long>>{{0, 2}, {1, 0}}));
    EXPECT_TRUE(mask(R"("mask": {"kind": "cells", "cells": []})").cells.empty());
    // Only the chosen kind's parameter is read: the others are ignored, like unknown fields.
    EXPECT_TRUE(mask(R"("mask": {"kind": "causal", "window": -1, "valid_lengths": "x"})").valid_lengths.empty());
}

TEST(SessionJsonV2, SelfAttentionParsesWithoutQueriesKeysValues)
{
    const attn::Session s = parse(R"({"self_attention": {"X": [[1, 2], [3, 4], [5, 6]],
        "W_Q": [[1], [0]], "W_K": [[0], [1]], "W_V": [[1, 0, 1], [0, 1, 1]], "positional_encoding": true},
        "query_labels": ["a", "b", "c"]})");
    ASSERT_TRUE(s.self_attention.has_value());
    EXPECT_EQ(s.self_attention->X, (attn::Matrix{{1, 2}, {3, 4}, {5, 6}}));
    EXPECT_EQ(s.self_attention->W_Q, (attn::Matrix{{1}, {0}}));
    EXPECT_EQ(s.self_attention->W_K, (attn::Matrix{{0}, {1}}));
    EXPECT_EQ(s.self_attention->W_V, (attn::Matrix{{1, 0, 1}, {0, 1, 1}}));
    EXPECT_TRUE(s.self_attention->positional_encoding);
    EXPECT_EQ(s.queries.size(), 0);
    EXPECT_EQ(attn::keyLabel(s, 2), "c"); // the tokens' labels serve both sides

    const attn::Session noPe = parse(R"({"self_attention": {"X": [[1]], "W_Q": [[1]], "W_K": [[1]], "W_V": [[1]]},
        "queries": "ignored in self-attention"})");
    EXPECT_FALSE(noPe.self_attention->positional_encoding);
}

// With multi-head, X feeds Q, K and V; the self-attention projections are optional and ignored.
TEST(SessionJsonV2, MultiHeadParsesWithAndWithoutSelfAttention)
{
    const attn::Session self = parse(R"({"self_attention": {"X": [[1, 0, 0, 1], [0, 1, 1, 0]],
        "W_Q": "ignored"}, "multi_head": {"heads": 2,
        "W_Q": [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]],
        "W_K": [[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 2]],
        "W_V": [[3, 0, 0, 0], [0, 3, 0, 0], [0, 0, 3, 0], [0, 0, 0, 3]],
        "W_O": [[0, 0, 0, 1], [0, 0, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0]]}})");
    ASSERT_TRUE(self.multi_head.has_value());
    EXPECT_EQ(self.multi_head->heads, 2);
    EXPECT_EQ(self.multi_head->W_K, 2.0 * attn::Matrix::Identity(4, 4));
    EXPECT_EQ(self.multi_head->W_V, 3.0 * attn::Matrix::Identity(4, 4));
    EXPECT_EQ(self.multi_head->W_O(0, 3), 1.0);
    EXPECT_EQ(self.self_attention->W_Q.size(), 0);

    const attn::Session cross =
        parse(R"({"queries": [[1, 0]], "keys": [[1, 0], [0, 1]], "values": [[1, 2], [3, 4]],
        "multi_head": {"heads": 1, "W_Q": [[1, 0], [0, 1]], "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]],
        "W_O": [[1, 0], [0, 1]]}})");
    EXPECT_EQ(cross.multi_head->heads, 1);
    EXPECT_FALSE(cross.self_attention.has_value());
}

// A version-1 file that has version-2 fields gets them: ignoring a "mask" would silently show something else.
TEST(SessionJsonV2, Version1FileWithNewFieldsReadsThem)
{
    const attn::Session s = parse(R"({"version": 1, "queries": [[1]], "keys": [[1], [2]], "values": [[1], [2]],
        "scoring": {"function": "cosine"}, "mask": {"kind": "causal"}})");
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Cosine);
    EXPECT_EQ(s.mask.kind, attn::MaskKind::Causal);
}

TEST(SessionJsonV2, WritesTheLowestVersionThatHoldsTheSession)
{
    attn::Session s = attn::waistlineExample();
    EXPECT_EQ(attn::io::requiredFormatVersion(s), 1);
    const QByteArray plain = attn::io::sessionToJson(s);
    EXPECT_TRUE(plain.contains("\"version\": 1")) << plain.constData();
    EXPECT_FALSE(plain.contains("normalization")) << plain.constData();
    EXPECT_FALSE(plain.contains("mask")) << plain.constData();

    std::vector<attn::Session> needVersion2(5, s);
    needVersion2[0].scoring.function = attn::ScoringFunction::Boxcar;
    needVersion2[1].normalization.function = attn::NormalizationFunction::Relu;
    needVersion2[2].normalization.temperature = 2.0;
    needVersion2[3].mask.kind = attn::MaskKind::Causal;
    needVersion2[4].self_attention = attn::SelfAttention{attn::Matrix{{1.0}}, attn::Matrix{{1.0}},
                                                         attn::Matrix{{1.0}}, attn::Matrix{{1.0}}, false};
    for (const attn::Session& v2 : needVersion2) {
        EXPECT_EQ(attn::io::requiredFormatVersion(v2), 2);
        const QByteArray json = attn::io::sessionToJson(v2);
        EXPECT_TRUE(json.contains("\"version\": 2")) << json.constData();
        EXPECT_TRUE(json.contains("\"normalization\"")) << json.constData();
        EXPECT_TRUE(json.contains("\"mask\"")) << json.constData();
    }
}

TEST(SessionJsonV2, ScoringAndNormalizationRoundTripBitwise)
{
    attn::Session s;
    s.queries = awkward(2, 3, 0.0);
    s.keys = awkward(4, 2, 1.0);
    s.values = awkward(4, 2, -1.0);
    s.scoring.function = attn::ScoringFunction::Additive;
    s.scoring.sigma = 0.1 + 0.7;
    s.scoring.W_q = awkward(3, 5, 0.0) * 1e-22; // keep tanh's argument finite
    s.scoring.W_k = awkward(2, 5, 0.5) * 1e-22;
    s.scoring.w_v = attn::Vector{{0.1 + 0.2, -1.0 / 3.0, 5e-324, 2.5, -7.0}};
    s.normalization.function = attn::NormalizationFunction::Sparsemax;
    s.normalization.temperature = 1.0 / 3.0;

    const attn::Session back = writeAndRead(s);
    expectBitwiseEqual(back.queries, s.queries, "queries");
    expectBitwiseEqual(back.keys, s.keys, "keys");
    expectBitwiseEqual(back.values, s.values, "values");
    expectBitwiseEqual(back.scoring.W_q, s.scoring.W_q, "W_q");
    expectBitwiseEqual(back.scoring.W_k, s.scoring.W_k, "W_k");
    expectBitwiseEqual(back.scoring.w_v, s.scoring.w_v, "w_v");
    EXPECT_EQ(back.scoring.function, attn::ScoringFunction::Additive);
    EXPECT_EQ(back.scoring.sigma, s.scoring.sigma);
    EXPECT_EQ(back.normalization.function, attn::NormalizationFunction::Sparsemax);
    EXPECT_EQ(back.normalization.temperature, s.normalization.temperature);

    s.scoring = attn::Scoring(attn::ScoringFunction::General);
    s.scoring.W = awkward(3, 2, 2.0) * 1e-20;
    expectBitwiseEqual(writeAndRead(s).scoring.W, s.scoring.W, "W");
}

TEST(SessionJsonV2, MasksRoundTrip)
{
    attn::Session s;
    s.queries = attn::Matrix{{1}, {2}, {3}};
    s.keys = s.values = attn::Matrix{{1}, {2}, {3}, {4}};
    std::vector<attn::Mask> masks(4);
    masks[0].kind = attn::MaskKind::Causal;
    masks[1].kind = attn::MaskKind::ValidLengths;
    masks[1].valid_lengths = {4, 1, 2};
    masks[2].kind = attn::MaskKind::Window;
    masks[2].window = 2;
    masks[3].kind = attn::MaskKind::Cells;
    masks[3].cells = {{2, 3}, {0, 0}, {1, 2}};
    for (const attn::Mask& mask : masks) {
        s.mask = mask;
        const attn::Mask back = writeAndRead(s).mask;
        EXPECT_EQ(back.kind, mask.kind);
        EXPECT_EQ(back.valid_lengths, mask.valid_lengths);
        EXPECT_EQ(back.window, mask.window);
        EXPECT_EQ(back.cells, mask.cells);
    }
}

TEST(SessionJsonV2, SelfAttentionAndMultiHeadRoundTripBitwise)
{
    attn::Session s;
    s.title = "Self-attention \u2192 two heads";
    s.query_labels = {"the", "cat", "sat"};
    s.self_attention = attn::SelfAttention{awkward(3, 4, 0.0) * 1e-21, awkward(4, 2, 1.0) * 1e-21,
                                           awkward(4, 2, -1.0) * 1e-21, awkward(4, 3, 0.25), true};
    s.mask.kind = attn::MaskKind::Causal;
    attn::Session back = writeAndRead(s);
    ASSERT_TRUE(back.self_attention.has_value());
    expectBitwiseEqual(back.self_attention->X, s.self_attention->X, "X");
    expectBitwiseEqual(back.self_attention->W_Q, s.self_attention->W_Q, "W_Q");
    expectBitwiseEqual(back.self_attention->W_K, s.self_attention->W_K, "W_K");
    expectBitwiseEqual(back.self_attention->W_V, s.self_attention->W_V, "W_V");
    EXPECT_TRUE(back.self_attention->positional_encoding);
    EXPECT_EQ(back.query_labels, s.query_labels);
    EXPECT_EQ(back.title, s.title);
    EXPECT_FALSE(back.multi_head.has_value());

    s.multi_head = attn::MultiHead{2, awkward(4, 4, 0.0) * 1e-21, awkward(4, 4, 1.0) * 1e-21,
                                   awkward(4, 4, 2.0) * 1e-21, awkward(4, 4, 3.0)};
    back = writeAndRead(s);
    ASSERT_TRUE(back.multi_head.has_value());
    EXPECT_EQ(back.multi_head->heads, 2);
    expectBitwiseEqual(back.multi_head->W_Q, s.multi_head->W_Q, "multi_head W_Q");
    expectBitwiseEqual(back.multi_head->W_K, s.multi_head->W_K, "multi_head W_K");
    expectBitwiseEqual(back.multi_head->W_V, s.multi_head->W_V, "multi_head W_V");
    expectBitwiseEqual(back.multi_head->W_O, s.multi_head->W_O, "multi_head W_O");
    expectBitwiseEqual(back.self_attention->X, s.self_attention->X, "X");
    EXPECT_EQ(back.self_attention->W_Q.size(), 0) << "ignored with multi-head, so not written";
}
