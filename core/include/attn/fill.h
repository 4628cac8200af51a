#pragma once

#include "attn/matrix.h"

#include <cstdint>

namespace attn {

/// A rows × cols matrix of numbers in [−1, 1] with two decimals, from the 32-bit Mersenne Twister (std::mt19937,
/// whose output sequence the C++ standard fixes), so that the same seed gives the same numbers on every machine.
/// Entry (i, j) is the (i·cols + j)-th draw x mapped to round(200·x / 2³² − 100) / 100.
Matrix seededRandomMatrix(long rows, long cols, std::uint32_t seed);

/// rows × cols with ones on the main diagonal and zeros elsewhere (a rectangular identity).
Matrix identityMatrix(long rows, long cols);

/// `m` resized to rows × cols: the overlapping top-left block is kept; new entries are 1 on the main diagonal
/// when `identityFill` is set and 0 otherwise. Used to keep projection matrices fitting their inputs.
Matrix resizedKeeping(const Matrix& m, long rows, long cols, bool identityFill);

} // namespace attn
