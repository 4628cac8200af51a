#pragma once

#include "attn/attention.h"
#include "attn/matrix.h"
#include "attn/scoring.h"

#include <string>
#include <vector>

namespace attn {

/// One worked example as a teacher builds it: queries, keys, values, token labels and the scoring function.
/// The file format is documented in docs/session-format.md.
struct Session {
    std::string title;                     ///< Shown in the window title and menus; may be empty.
    Matrix queries;                        ///< Q, n_q × d_k.
    Matrix keys;                           ///< K, n_k × d_k.
    Matrix values;                         ///< V, n_k × d_v.
    std::vector<std::string> query_labels; ///< n_q labels, or empty for the defaults "q1", "q2", ….
    std::vector<std::string> key_labels;   ///< n_k labels, or empty for the defaults "k1", "k2", ….
    Scoring scoring;
};

/// Checks shapes, labels and parameters of `session`.
/// @throws ShapeError if a matrix is empty, d_k or n_k disagree, or a label list has the wrong length;
///         ParameterError if σ ≤ 0 or an entry is not finite.
void validate(const Session& session);

/// The label of query row `row`: query_labels[row] when given, otherwise "q<row+1>".
std::string queryLabel(const Session& session, long row);

/// The label of key row `row`: key_labels[row] when given, otherwise "k<row+1>".
std::string keyLabel(const Session& session, long row);

/// Validates `session` and computes its attention trace (see attend()).
Trace compute(const Session& session);

/// The waistline-to-weight example (DOMAIN.md worked example 1, seed 004): keys 60, 64, 68; values 110, 115,
/// 126; query 62; gaussian scoring with σ = 1.
Session waistlineExample();

} // namespace attn
