#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/session.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

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
