#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/session.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

using attn::Matrix;

TEST(Session, WaistlineExampleIsDomainExampleOne)
{
    const attn::Session s = attn::waistlineExample();
    EXPECT_EQ(s.keys, (Matrix{{60.0}, {64.0}, {68.0}}));
    EXPECT_EQ(s.values, (Matrix{{110.0}, {115.0}, {126.0}}));
    EXPECT_EQ(s.queries, (Matrix{{62.0}}));
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(s.scoring.sigma, 1.0);
}

TEST(Session, DefaultLabelsNumberFromOne)
{
    attn::Session s;
    s.queries = Matrix::Zero(2, 1);
    s.keys = Matrix::Zero(3, 1);
    s.values = Matrix::Zero(3, 1);
    EXPECT_EQ(attn::queryLabel(s, 0), "q1");
    EXPECT_EQ(attn::keyLabel(s, 2), "k3");
    s.key_labels = {"a", "b", "c"};
    EXPECT_EQ(attn::keyLabel(s, 1), "b");
}

TEST(Session, KeysAndValuesMustAgreeInNk)
{
    attn::Session s = attn::waistlineExample();
    s.values = Matrix{{1.0}, {2.0}};
    try {
        attn::validate(s);
        FAIL() << "expected ShapeError";
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "keys (3 \u00d7 1) and values (2 \u00d7 1) differ in n_k: 3 vs 2");
    }
}

TEST(Session, LabelCountMustMatchRows)
{
    attn::Session s = attn::waistlineExample();
    s.key_labels = {"only one"};
    try {
        attn::validate(s);
        FAIL() << "expected ShapeError";
    } catch (const attn::ShapeError& e) {
        EXPECT_STREQ(e.what(), "key labels: 1 given for 3 rows");
    }
}

TEST(Session, NonFiniteEntryNamesItsPlace)
{
    attn::Session s = attn::waistlineExample();
    s.values(2, 0) = INFINITY;
    try {
        attn::validate(s);
        FAIL() << "expected ParameterError";
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "values row 3, column 1 is not a finite number");
    }
}

TEST(Session, OverflowingOutputsAreRefused)
{
    // ReLU keeps the dot scores 3·1 = 3 and 3·2 = 6 as weights, so o = 3·1e308 + 6·1e308 overflows a double.
    attn::Session relu;
    relu.queries = attn::Matrix{{3.0}};
    relu.keys = attn::Matrix{{1.0}, {2.0}};
    relu.values = attn::Matrix{{1e308}, {1e308}};
    relu.scoring.function = attn::ScoringFunction::Dot;
    relu.normalization.function = attn::NormalizationFunction::Relu;
    try {
        attn::validate(relu);
        FAIL() << "expected ParameterError";
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "output of query 1, column 1 is not a finite number (the sum overflows)");
    }

    // Two heads of one key each: weight 1, so Concat = [1, 1] and Concat · W_O = [1e308 + 1e308, …] overflows.
    attn::Session heads;
    heads.queries = heads.keys = heads.values = attn::Matrix{{1.0, 1.0}};
    heads.multi_head = attn::MultiHead{2, attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2),
                                       attn::Matrix::Identity(2, 2), attn::Matrix::Constant(2, 2, 1e308)};
    try {
        attn::validate(heads);
        FAIL() << "expected ParameterError";
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "multi-head: final output (Concat \u00b7 W_O) of query 1, column 1 is not a finite "
                               "number (the sum overflows)");
    }
}

namespace {

/// The message of the ParameterError that evaluating `session` throws ("" if none).
std::string parameterError(const attn::Session& session)
{
    try {
        attn::validate(session);
    } catch (const attn::ParameterError& e) {
        return e.what();
    }
    return {};
}

} // namespace

// X W_Q overflows: the message names the projection and the token, not "queries" (the file has none).
TEST(Session, OverflowingProjectionNamesTheProductAndTheToken)
{
    attn::Session self;
    attn::SelfAttention sa;
    sa.X = attn::Matrix{{1.0, 2.0}, {1e200, 1e200}};
    sa.W_Q = attn::Matrix{{1e200, 0.0}, {0.0, 1.0}}; // token 2: 1e200 · 1e200 = inf in column 1
    sa.W_K = attn::Matrix::Identity(2, 2);
    sa.W_V = attn::Matrix::Identity(2, 2);
    self.self_attention = sa;
    self.query_labels = {"the", "cat"};
    EXPECT_EQ(parameterError(self), "Q = X W_Q at token \"cat\" (row 2), column 1 is not a finite number");

    // W_K overflows instead; with positional encoding the product is (X + P) W_K; default labels x1, x2.
    self.self_attention->W_Q = attn::Matrix::Identity(2, 2);
    self.self_attention->W_K = attn::Matrix{{1.0, 1e200}, {0.0, 1.0}};
    self.self_attention->positional_encoding = true;
    self.query_labels.clear();
    EXPECT_EQ(parameterError(self), "K = (X + P) W_K at token \"x2\" (row 2), column 2 is not a finite number");

    // Multi-head: head 2's columns of X W_V overflow; the column counts within the head.
    attn::Session heads;
    attn::SelfAttention tokens;
    tokens.X = attn::Matrix{{2.0, 1.0, 1.0, 1.0}}; // head 1 (columns 1 … 2) stays finite
    heads.self_attention = tokens;
    heads.query_labels = {"the"};
    attn::Matrix wV = attn::Matrix::Identity(4, 4);
    wV(0, 3) = 1e308; // column 4 of X W_V = 2 · 1e308 + 1 overflows: head 2, column 2
    heads.multi_head = attn::MultiHead{2, attn::Matrix::Identity(4, 4), attn::Matrix::Identity(4, 4), wV,
                                       attn::Matrix::Identity(4, 4)};
    EXPECT_EQ(parameterError(heads), "head 2: V = X W_V at token \"the\" (row 1), column 2 is not a finite number");

    // Multi-head over separate queries, keys and values: "Q W_Q at query", "K W_K at key".
    attn::Session plain;
    plain.queries = attn::Matrix{{1.0, 1.0}};
    plain.keys = attn::Matrix{{1.0, 1.0}, {1e200, 1.0}};
    plain.values = attn::Matrix{{1.0, 1.0}, {1.0, 1.0}};
    plain.key_labels = {"a", "b"};
    plain.multi_head = attn::MultiHead{2, attn::Matrix::Identity(2, 2), attn::Matrix::Constant(2, 2, 1e200),
                                       attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2)};
    EXPECT_EQ(parameterError(plain), "head 1: K W_K at key \"b\" (row 2), column 1 is not a finite number");
}
