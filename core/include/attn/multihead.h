#pragma once

#include "attn/attention.h"
#include "attn/matrix.h"

#include <string>
#include <vector>

namespace attn {

/// Multi-head projections in the x·W convention, laid out as PyTorch's nn.MultiheadAttention (bias=False):
/// W_Q here is in_proj_weight[0:E]ᵀ, W_K is in_proj_weight[E:2E]ᵀ, W_V is in_proj_weight[2E:3E]ᵀ and W_O is
/// out_proj.weightᵀ. Head t uses columns t·d_k … (t+1)·d_k − 1 of W_Q, W_K, W_V, with d_k = d_model / h.
struct MultiHead {
    long heads{1}; ///< h ≥ 1, dividing d_model.
    Matrix W_Q;    ///< d_model × d_model.
    Matrix W_K;    ///< d_model × d_model.
    Matrix W_V;    ///< d_model × d_model.
    Matrix W_O;    ///< d_model × d_model.
};

/// Every stage of multi-head attention (Vaswani et al. 2017, §3.2.2).
struct MultiHeadTrace {
    std::vector<Matrix> queries; ///< per head: Q W_Q^t, n_q × d_k.
    std::vector<Matrix> keys;    ///< per head: K W_K^t, n_k × d_k.
    std::vector<Matrix> values;  ///< per head: V W_V^t, n_k × d_v.
    std::vector<Trace> heads;    ///< per head: scores, weights and outputs (n_q × d_v).
    Matrix concat;               ///< n_q × d_model, Concat(head_1, …, head_h).
    Matrix outputs;              ///< n_q × d_model, Concat(…) W_O.
};

/// How messages name the rows of the projected inputs (Q W_Q, K W_K, V W_V) when an entry is not finite, e.g.
/// `Q = X W_Q at token "the" (row 1), column 1 is not a finite number` in self-attention, `K W_K at key "k2"
/// (row 2), column 1 …` otherwise. evaluate() fills it from the session.
struct ProjectionNames {
    /// Empty when queries, keys and values are separate inputs ("Q W_Q", rows are queries and keys); "X" or
    /// "(X + P)" in self-attention, where the rows are tokens and the products read "Q = X W_Q" and so on.
    std::string input{};
    std::vector<std::string> query_labels; ///< each query row's (token's) label; a missing one is q1, … (x1, …)
    std::vector<std::string> key_labels;   ///< each key and value row's label; a missing one is k1, … (x1, …)
};

/// Multi-head attention of queries Q, keys K and values V, all with d_model columns.
/// @param queries n_q × d_model. @param keys n_k × d_model. @param values n_k × d_model.
/// @throws ShapeError if h does not divide d_model (the message gives both), an input does not have
///         d_model columns, or a projection is not d_model × d_model; ParameterError if a final output
///         (Concat · W_O) is not finite, or an entry of a head's projection, e.g. `head 2: Q W_Q at query "q1"
///         (row 1), column 1 is not a finite number` (rows named by `names`, columns counted within the head);
///         anything attend() throws per head.
MultiHeadTrace multiHeadAttend(const Matrix& queries, const Matrix& keys, const Matrix& values,
                               const MultiHead& multiHead, const AttentionOptions& options,
                               const ProjectionNames& names = {});

} // namespace attn
