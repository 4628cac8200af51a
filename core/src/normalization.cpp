#include "attn/normalization.h"

#include "attn/errors.h"

#include <cmath>
#include <string>

namespace attn {

Matrix softmaxRows(const Matrix& scores)
{
    for (Eigen::Index i = 0; i < scores.rows(); ++i)
        for (Eigen::Index j = 0; j < scores.cols(); ++j)
            if (!std::isfinite(scores(i, j)))
                throw ParameterError("score at query " + std::to_string(i + 1) + ", key " + std::to_string(j + 1)
                                     + " is not a finite number");

    Matrix weights = (scores.colwise() - scores.rowwise().maxCoeff()).array().exp().matrix();
    weights.array().colwise() /= weights.rowwise().sum().array();
    return weights;
}

} // namespace attn
