#include "flops.h"

#include <random>

namespace attn::bench {

double gemmFlops(long nQ, long nK, long d)
{
    return 2.0 * static_cast<double>(nQ) * static_cast<double>(nK) * static_cast<double>(d);
}

double scaleFlops(long nQ, long nK)
{
    return static_cast<double>(nQ) * static_cast<double>(nK);
}

double softmaxFlops(long nQ, long nK)
{
    return 5.0 * static_cast<double>(nQ) * static_cast<double>(nK);
}

double attendFlops(long n, long d)
{
    return gemmFlops(n, n, d) + scaleFlops(n, n) + softmaxFlops(n, n) + gemmFlops(n, n, d);
}

attn::Matrix randomMatrix(long n, long d, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal;
    attn::Matrix m(n, d);
    for (Eigen::Index i = 0; i < n; ++i)
        for (Eigen::Index j = 0; j < d; ++j)
            m(i, j) = normal(engine);
    return m;
}

} // namespace attn::bench
