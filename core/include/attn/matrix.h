#pragma once

#include <Eigen/Dense>

namespace attn {

/// Dense double-precision matrix; rows are tokens (queries, keys or values), columns are features.
using Matrix = Eigen::MatrixXd;

/// Dense double-precision column vector.
using Vector = Eigen::VectorXd;

} // namespace attn
