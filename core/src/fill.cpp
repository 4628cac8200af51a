#include "attn/fill.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace attn {

Matrix seededRandomMatrix(long rows, long cols, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    Matrix m(rows, cols);
    for (long i = 0; i < rows; ++i)
        for (long j = 0; j < cols; ++j)
            m(i, j) = std::round(200.0 * static_cast<double>(engine()) / 4294967296.0 - 100.0) / 100.0;
    return m;
}

Matrix identityMatrix(long rows, long cols)
{
    return Matrix::Identity(rows, cols);
}

Matrix resizedKeeping(const Matrix& m, long rows, long cols, bool identityFill)
{
    Matrix result = identityFill ? identityMatrix(rows, cols) : Matrix::Zero(rows, cols);
    const long r = std::min<long>(rows, m.rows());
    const long c = std::min<long>(cols, m.cols());
    result.topLeftCorner(r, c) = m.topLeftCorner(r, c);
    return result;
}

} // namespace attn
