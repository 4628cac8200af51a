#include "attn/errors.h"
#include "attn/normalization.h"

#include <gtest/gtest.h>

#include <cmath>

using attn::Matrix;

TEST(Softmax, RowsByHand)
{
    // Row [0, ln 3]: e^0 = 1, e^{ln 3} = 3 → 1/4, 3/4. Row [5, 5, 5]: uniform thirds.
    const Matrix w = attn::softmaxRows(Matrix{{0.0, std::log(3.0)}, {5.0, 5.0}});
    EXPECT_NEAR(w(0, 0), 0.25, 1e-15);
    EXPECT_NEAR(w(0, 1), 0.75, 1e-15);
    EXPECT_NEAR(w(1, 0), 0.5, 1e-15);
    const Matrix thirds = attn::softmaxRows(Matrix{{5.0, 5.0, 5.0}});
    for (int j = 0; j < 3; ++j)
        EXPECT_NEAR(thirds(0, j), 1.0 / 3.0, 1e-15);
}

TEST(Softmax, ShiftInvariantAndStableAtTenToTheFifth)
{
    // softmax(s + c) = softmax(s): 100000 + [0, ln 3] gives 1/4, 3/4 exactly as above.
    const Matrix w = attn::softmaxRows(Matrix{{1e5, 1e5 + std::log(3.0)}});
    EXPECT_NEAR(w(0, 0), 0.25, 1e-10);
    EXPECT_NEAR(w(0, 1), 0.75, 1e-10);
}

TEST(Softmax, NonFiniteScoreNamesItsCell)
{
    try {
        attn::softmaxRows(Matrix{{0.0, 1.0}, {2.0, std::nan("")}});
        FAIL() << "expected ParameterError";
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "score at query 2, key 2 is not a finite number");
    }
}
