#include "attn/positional.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <cmath>

namespace attn {

Matrix sinusoidalPositionalEncoding(long n, long d)
{
    if (n < 1 || d < 1)
        //: %1: the requested size, tokens × dimensions, e.g. "0 × 4".
        throw ShapeError(substitute(
            ATTN_TR("attn::Errors", "positional encoding needs at least one token and one dimension, got %1"),
            {shapeText(n, d)}));
    Matrix p(n, d);
    for (long i = 0; i < n; ++i) {
        for (long c = 0; c < d; ++c) {
            const long pair = c / 2; // j in the formula: columns 2j and 2j + 1 share a frequency
            const double angle = static_cast<double>(i) /
                                 std::pow(10000.0, 2.0 * static_cast<double>(pair) / static_cast<double>(d));
            p(i, c) = c % 2 == 0 ? std::sin(angle) : std::cos(angle);
        }
    }
    return p;
}

} // namespace attn
