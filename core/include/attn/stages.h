#pragma once

// The stages of a computation as data: every matrix a teacher can show, in reading order, with its identity,
// what its rows and columns index, how its numbers are coloured, the teaching step it belongs to and its texts.
// The user interface builds its heatmaps, stage bar, handout pages, export names, explanation lookup and the
// links between heatmaps from this list alone.

#include "attn/evaluation.h"
#include "attn/mask.h"
#include "attn/matrix.h"
#include "attn/normalization.h"
#include "attn/session.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace attn {

/// The kinds of stage, in the order in which they appear within a teaching step.
enum class Stage {
    PositionalEncoding, ///< Computation::positional_encoding, n × d_model (self-attention with P).
    Inputs,             ///< Computation::inputs, X + P, n × d_model (self-attention with P).
    Queries,            ///< the queries attention used: X' W_Q (n × d_k), or one head's Q W_Q^t.
    Keys,               ///< the keys: X' W_K (n × d_k), or one head's K W_K^t.
    Values,             ///< the values: X' W_V (n × d_v), or one head's V W_V^t.
    RawScores,          ///< Trace::raw_scores, n_q × n_k: a(q_i, k_j) before scaling.
    Scores,             ///< Trace::scores, n_q × n_k: after ÷ √d_k (scaled_dot) and, for softmax, ÷ T.
    Mask,               ///< Trace::mask, n_q × n_k: whether key j is hidden from query i, and by which rule.
    Weights,            ///< Trace::weights, n_q × n_k: attention weights.
    SoftmaxJacobian,    ///< ∂a/∂s of one query row i (StageId::index): J = diag(a) − a aᵀ, n_k × n_k.
    Outputs,            ///< Trace::outputs, n_q × d_v: O = A V (per head in multi-head mode).
    Concat,             ///< MultiHeadTrace::concat, n_q × d_model: Concat(head_1, …, head_h). Multi-head only.
    FinalOutputs,       ///< Computation::outputs: Concat · W_O in multi-head mode (single-head: Outputs).
};

/// The identity of one stage: its kind, its head, and its index where the stage has one.
struct StageId {
    Stage kind{Stage::Weights};
    /// 0-based head for the per-head stages in multi-head mode (Queries … Outputs); -1 otherwise.
    int head{-1};
    /// The 0-based query row of a SoftmaxJacobian; -1 for stages without an index.
    long index{-1};

    friend bool operator==(const StageId&, const StageId&) = default;
};

/// What the rows or the columns of a stage index.
enum class Axis {
    Tokens,              ///< tokens of self-attention (P, X + P): they are the queries.
    Queries,             ///< query rows.
    Keys,                ///< keys: columns of scores, mask and weights; rows of K and V; both axes of J.
    ModelDimensions,     ///< d_model columns.
    QueryKeyDimensions,  ///< d_k columns of Q and K.
    ValueDimensions,     ///< d_v columns of V and the outputs.
    HeadValueDimensions, ///< the columns of Concat(head_1, …, head_h): head t, value dimension c.
};

/// How a stage's numbers are coloured.
enum class ValueKind {
    Scores,  ///< signed scores: diverging map centred on zero.
    Weights, ///< attention weights: sequential over [0, 1] (relu weights may exceed 1).
    Outputs, ///< outputs: sequential over min … max.
    Signed,  ///< any other signed matrix (X, P, Q, K, V, Concat, the Jacobian): diverging, centred on zero.
    Mask,    ///< the mask: 1 = masked, 0 = visible.
};

/// The teaching steps, in teaching order. Single head: inputs, scores, scaling, mask, normalisation, weighted
/// sum. Multi-head: inputs, projections, per-head attention, concatenation, W_O.
enum class TeachingStepKind {
    Inputs,
    Projections,
    Scores,
    Scaling,
    Mask,
    Normalisation,
    WeightedSum,
    PerHeadAttention,
    Concatenation,
    OutputProjection,
};

/// Which stages stagesOf() lists, and for which selection.
struct StageSelection {
    enum class Mode {
        OneHead,   ///< multi-head: every stage of head `head`, then the concatenation and the final outputs.
        Overview,  ///< multi-head: the weights of every head side by side (and the selected cell's Jacobian), then
                   ///< Concat and the final outputs.
        Everything ///< every stage of every head (export and handouts).
    };
    Mode mode{Mode::OneHead};
    /// 0-based, for OneHead. For Overview, the head of the selected cell, whose softmax Jacobian of row
    /// `jacobian_row` follows the weights of every head (-1: none).
    int head{0};
    /// The selected query row (0-based), or -1: with softmax weights, the softmax Jacobian of this row follows
    /// each weights stage that has weights in that row.
    long jacobian_row{-1};
};

/// One stage as data. Texts are translated through attn::setTranslator() (context "attn::Stages").
struct StageMatrix {
    StageId id;
    std::string name;  ///< stageName(id): file and object name.
    std::string title; ///< e.g. "Attention weights", "Head 2: scaled scores q·k / √d_k".
    std::string group; ///< Stages of one group sit together, e.g. "Head 2", "Inputs".
    TeachingStepKind step{TeachingStepKind::Normalisation};
    ValueKind kind{ValueKind::Signed};
    std::shared_ptr<const Matrix> values; ///< rows × columns; shared with the computation where it holds them.
    Axis rows{Axis::Queries};
    Axis columns{Axis::Keys};
    std::vector<std::string> row_labels;    ///< One per row.
    std::vector<std::string> column_labels; ///< One per column.
    std::string row_axis_title;             ///< "Queries", "Keys", "Tokens".
    std::string column_axis_title;          ///< "Keys", "Value dimensions", ….
    MaskMatrix masked;                      ///< Empty, or rows × columns: true cells are drawn as masked.
    /// Empty, or one per row: a status other than Ok means the row has no values (drawn empty with a note).
    std::vector<RowStatus> empty_rows;
};

/// The stages of `computation` = evaluate(session) in reading order, with every stage the variant has:
/// self-attention: P and X + P (if P is on), the derived Q, K, V; then raw scores (when scaling or a
/// temperature changes them), scores, mask (when there is one), weights, the softmax Jacobian of
/// selection.jacobian_row (softmax only, when that row has weights) and outputs; multi-head: the per-head stages
/// of the heads `selection` names, Concat and the final outputs (Overview: only each head's weights before them,
/// and the Jacobian of head selection.head).
/// Values point into `computation` (shared ownership); the mask's 0/1 matrix and the Jacobian are computed.
/// Sources: Vaswani et al. 2017 (§3.2, §3.5); d2l §11; DOMAIN.md "Gradients" (J = diag(a) − a aᵀ).
/// @throws nothing beyond std::bad_alloc; a jacobian_row outside 0 … n_q − 1 is ignored.
std::vector<StageMatrix> stagesOf(const Session& session, std::shared_ptr<const Computation> computation,
                                  const StageSelection& selection = {});

/// The file and object name of a stage: "scores", "weights", "head2_weights" (1-based head), "concat",
/// "outputs" (the final outputs), "softmax_jacobian", "positional_encoding", "inputs", "queries", ….
/// Made here only; never parsed back.
std::string stageName(const StageId& id);

/// A teaching step's title ("Normalisation") and one line saying what it does, for `session`.
struct TeachingStepText {
    std::string title;
    std::string description;
};
/// The texts of `step` for `session` (translated, context "attn::Stages").
TeachingStepText teachingStepText(TeachingStepKind step, const Session& session);

/// The inputs that cell (row, column) of a stage depends on: a query row, key rows, and the head.
struct CellDependencies {
    std::optional<long> query; ///< the query (token) row, if the cell belongs to one.
    std::vector<long> keys;    ///< key rows (0, 1 or 2: a Jacobian cell depends on two keys).
    int head{-1};              ///< the stage's head (-1: none or all).
};

/// What cell (row, column) of stage `id` with axes `rows` × `columns` depends on: a row of queries or tokens is
/// a query, a row or column of keys is a key; the Jacobian's cells belong to the query StageId::index.
CellDependencies cellDependencies(const StageId& id, Axis rows, Axis columns, long row, long column);

/// The softmax Jacobian of one row of attention weights: J = diag(a) − a aᵀ (DOMAIN.md "Gradients"),
/// J_jl = ∂a_j/∂s_l. @param weights a, n_k entries. @return n_k × n_k, symmetric; rows of masked keys are 0.
Matrix softmaxJacobian(const Vector& weights);

/// The softmax Jacobians of query `row`, one per head (single-head attention: one), each n_k × n_k.
/// @throws ParameterError if the weights are not softmax weights (sparsemax, relu, or a kernel normalised by its
///         sum) or the row has no weights (in some head); ShapeError if `row` is not 0 … n_q − 1. The messages
///         name the row and the reason.
std::vector<Matrix> softmaxJacobians(const Session& session, const Computation& computation, long row);

/// True when stagesOf() can show the softmax Jacobian of query `row`: softmax normalisation (not a kernel
/// normalised by its sum), `row` within 0 … n_q − 1 and, in single-head mode, weights in that row.
bool hasSoftmaxJacobian(const Session& session, const Computation& computation, long row);

} // namespace attn
