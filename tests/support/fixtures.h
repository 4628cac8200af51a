#pragma once

// Sessions and shortcuts the tests and benchmarks share (not part of the libraries).

#include "attn/evaluation.h"
#include "attn/session.h"

namespace attn {

/// The waistline-to-weight example (DOMAIN.md worked example 1, seed 004): keys 60, 64, 68; values 110, 115,
/// 126; query 62; gaussian scoring with σ = 1.
inline Session waistlineExample()
{
    Session s;
    s.queries = Matrix{{62.0}};
    s.keys = Matrix{{60.0}, {64.0}, {68.0}};
    s.values = Matrix{{110.0}, {115.0}, {126.0}};
    s.query_labels = {"62 cm"};
    s.key_labels = {"60 cm", "64 cm", "68 cm"};
    s.scoring.function = ScoringFunction::Gaussian;
    s.scoring.sigma = 1.0;
    return s;
}

/// The single-head trace of evaluate(session) (empty in multi-head mode). @throws as evaluate().
inline Trace compute(const Session& session)
{
    return evaluate(session).trace;
}

} // namespace attn
