#pragma once

#include "attn/session.h"

#include <QVector>

namespace attn::ui {

/// True when `session` is plain Q/K/V attention (no self-attention, no multi-head) with one-dimensional,
/// non-empty queries, keys and values (d_k = d_v = 1): the Nadaraya–Watson setting of d2l §11.2.
bool isOneDimensional(const attn::Session& session);

/// The estimate f(q) = Σ_j a(q, k_j) v_j at one query position and the weights behind it, computed by
/// attn::attend on the 1 × 1 query [q] with the session's scoring and normalisation, and with the keys of
/// `maskedKeys` masked (weight exactly 0), as the session's mask hides them from one query row.
struct RegressionSample {
    bool hasWeights{false};  ///< False when no weights exist (no key within σ, or the scoring failed at q).
    double estimate{0.0};    ///< f(q); meaningful only when hasWeights.
    QVector<double> weights; ///< a(q, k_j), one per key row; empty unless hasWeights.
};

/// Which keys the session's mask hides from query row `row`: one entry per key row, true = masked (the row of
/// attn::maskMatrix(session.mask, n_q, n_k)). All false without a mask, for a row outside 0 … n_q − 1, or when
/// the mask does not fit the session (attend() reports that).
QVector<bool> maskedKeysOf(const attn::Session& session, long row);

/// The sample at query position `q` for a one-dimensional `session` (see isOneDimensional), with the keys of
/// `maskedKeys` (empty, or one entry per key row) masked.
RegressionSample sampleAt(const attn::Session& session, double q, const QVector<bool>& maskedKeys = {});

/// The query range the curve covers: min − 3σ … max + 3σ of the keys for the bandwidth kernels (gaussian,
/// boxcar, epanechnikov), otherwise min − 10 % … max + 10 % of the key range (± 1 when all keys coincide).
struct RegressionRange {
    double lower{0.0};
    double upper{1.0};
};

/// The range of the curve for `session`'s keys and scoring function.
RegressionRange curveRange(const attn::Session& session);

/// `q` rounded to a decimal step of about 1/100 of `range` (a power of ten), so that a dragged query writes 63.9
/// into the document rather than 63.91734.
double snapQuery(double q, const RegressionRange& range);

/// The estimate sampled at `count` evenly spaced positions over `range` (count ≥ 2). Positions without weights
/// get NaN, so that QCustomPlot leaves a gap in the curve there.
struct RegressionCurve {
    QVector<double> q;
    QVector<double> f;
    bool hasGaps{false}; ///< True when some sample has no weights.
};

/// Samples the estimate of `session` over `range`, with the keys of `maskedKeys` (empty, or one entry per key
/// row) masked: the curve of one query row of a masked session.
RegressionCurve sampleCurve(const attn::Session& session, const RegressionRange& range, int count = 400,
                            const QVector<bool>& maskedKeys = {});

} // namespace attn::ui
