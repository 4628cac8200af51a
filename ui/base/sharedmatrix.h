#pragma once

#include "attn/matrix.h"

#include <memory>
#include <ostream>
#include <utility>

namespace attn::ui {

/// A read-only matrix whose copies share one block of memory (like Qt's implicitly shared classes, but never
/// detached: it cannot be written through). A heatmap's values are copied into the board, each heatmap's
/// controller, the export list and the step-through; at n = 4096 one score matrix is 128 MiB, so every copy
/// shares it instead. It may also point into a larger shared object (std::shared_ptr's aliasing constructor),
/// e.g. the scores inside an attn::Computation, which then lives as long as any matrix refers to it.
/// Reads like an attn::Matrix (rows(), cols(), (i, j)) and converts to `const attn::Matrix&`.
class SharedMatrix {
public:
    /// An empty 0 × 0 matrix.
    SharedMatrix() : m_matrix(empty()) {}
    /// A copy of `matrix` (the one copy that all copies of this object share).
    SharedMatrix(const attn::Matrix& matrix) : m_matrix(std::make_shared<const attn::Matrix>(matrix)) {}
    SharedMatrix(attn::Matrix&& matrix) : m_matrix(std::make_shared<const attn::Matrix>(std::move(matrix))) {}
    /// The value of an Eigen expression, e.g. `mask.cast<double>()`.
    template <typename Derived>
    SharedMatrix(const Eigen::MatrixBase<Derived>& expression)
        : m_matrix(std::make_shared<const attn::Matrix>(expression))
    {
    }
    /// Shares `matrix` (nullptr gives an empty matrix).
    explicit SharedMatrix(std::shared_ptr<const attn::Matrix> matrix)
        : m_matrix(matrix ? std::move(matrix) : empty())
    {
    }

    const attn::Matrix& matrix() const { return *m_matrix; }
    operator const attn::Matrix&() const { return *m_matrix; }

    Eigen::Index rows() const { return m_matrix->rows(); }
    Eigen::Index cols() const { return m_matrix->cols(); }
    Eigen::Index size() const { return m_matrix->size(); }
    double operator()(Eigen::Index row, Eigen::Index column) const { return (*m_matrix)(row, column); }
    const double* data() const { return m_matrix->data(); }
    /// As attn::Matrix::isApprox (relative precision `precision`).
    bool isApprox(const attn::Matrix& other, double precision) const
    {
        return m_matrix->isApprox(other, precision);
    }

    /// True if both refer to the same memory (then they are equal without looking at the numbers).
    bool sharesWith(const SharedMatrix& other) const { return m_matrix == other.m_matrix; }
    /// The number of SharedMatrix objects (and other owners) sharing this memory.
    long useCount() const { return m_matrix.use_count(); }

    /// Same shape and the same numbers (a NaN never equals anything, as in Eigen).
    friend bool operator==(const SharedMatrix& a, const attn::Matrix& b) { return equal(*a.m_matrix, b); }
    friend bool operator==(const attn::Matrix& a, const SharedMatrix& b) { return equal(a, *b.m_matrix); }
    friend bool operator==(const SharedMatrix& a, const SharedMatrix& b)
    {
        return a.sharesWith(b) || equal(*a.m_matrix, *b.m_matrix);
    }
    friend std::ostream& operator<<(std::ostream& out, const SharedMatrix& m) { return out << *m.m_matrix; }

private:
    static bool equal(const attn::Matrix& a, const attn::Matrix& b)
    {
        return a.rows() == b.rows() && a.cols() == b.cols() && (a.size() == 0 || a == b);
    }
    static const std::shared_ptr<const attn::Matrix>& empty()
    {
        static const std::shared_ptr<const attn::Matrix> none = std::make_shared<const attn::Matrix>();
        return none;
    }

    std::shared_ptr<const attn::Matrix> m_matrix;
};

} // namespace attn::ui
