#include "teach/regressioncurve.h"

#include "attn/attention.h"
#include "attn/errors.h"
#include "attn/mask.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace attn::ui {

namespace {

/// The session's scoring and normalisation for the 1 × 1 query [q], with the keys of `maskedKeys` masked (the
/// session's mask as it applies to one query row; the curve is that row's estimator for a query anywhere on the
/// axis).
attn::AttentionOptions rowOptions(const attn::Session& session, const QVector<bool>& maskedKeys)
{
    attn::AttentionOptions options;
    options.scoring = session.scoring;
    options.normalization = session.normalization;
    for (int j = 0; j < maskedKeys.size(); ++j) {
        if (maskedKeys[j])
            options.mask.cells.emplace_back(0, j);
    }
    if (!options.mask.cells.empty())
        options.mask.kind = attn::MaskKind::Cells;
    return options;
}

RegressionSample sampleWith(const attn::Session& session, const attn::AttentionOptions& options, double q)
{
    RegressionSample sample;
    try {
        const attn::Trace trace =
            attn::attend(attn::Matrix::Constant(1, 1, q), session.keys, session.values, options);
        if (!trace.hasOutput(0))
            return sample;
        sample.hasWeights = true;
        sample.estimate = trace.outputs(0, 0);
        sample.weights.resize(trace.weights.cols());
        for (Eigen::Index j = 0; j < trace.weights.cols(); ++j)
            sample.weights[j] = trace.weights(0, j);
    } catch (const attn::AttentionError&) {
        // e.g. cosine at q = 0: no weights at this position; the curve shows a gap.
    }
    return sample;
}

} // namespace

bool isOneDimensional(const attn::Session& session)
{
    return !session.self_attention && !session.multi_head && session.queries.rows() > 0 &&
           session.keys.rows() > 0 && session.queries.cols() == 1 && session.keys.cols() == 1 &&
           session.values.cols() == 1 && session.values.rows() == session.keys.rows();
}

QVector<bool> maskedKeysOf(const attn::Session& session, long row)
{
    const long keys = static_cast<long>(session.keys.rows());
    QVector<bool> masked(keys, false);
    if (session.mask.kind == attn::MaskKind::None || row < 0 || row >= session.queries.rows())
        return masked;
    try {
        const attn::MaskMatrix matrix = attn::maskMatrix(session.mask, session.queries.rows(), keys);
        for (long j = 0; j < keys; ++j)
            masked[j] = matrix(row, j);
    } catch (const attn::AttentionError&) {
        // A mask that does not fit: attend() names the fault; the view shows its message.
    }
    return masked;
}

RegressionSample sampleAt(const attn::Session& session, double q, const QVector<bool>& maskedKeys)
{
    return sampleWith(session, rowOptions(session, maskedKeys), q);
}

RegressionRange curveRange(const attn::Session& session)
{
    const auto keys = session.keys.col(0);
    const double minKey = keys.minCoeff();
    const double maxKey = keys.maxCoeff();
    double margin = 0.1 * (maxKey - minKey);
    if (attn::usesBandwidth(session.scoring.function) && session.scoring.sigma > 0)
        margin = 3.0 * session.scoring.sigma;
    if (!(margin > 0) || !std::isfinite(margin))
        margin = 1.0;
    return {minKey - margin, maxKey + margin};
}

double snapQuery(double q, const RegressionRange& range)
{
    const double span = range.upper - range.lower;
    if (!(span > 0) || !std::isfinite(span))
        return q;
    const double step = std::pow(10.0, std::floor(std::log10(span / 100.0)));
    if (step < 1) { // divide by an exact integer: 63.9, not 63.900000000000006
        const double inverse = std::round(1.0 / step);
        return std::round(q * inverse) / inverse;
    }
    return std::round(q / step) * step;
}

RegressionCurve sampleCurve(const attn::Session& session, const RegressionRange& range, int count,
                            const QVector<bool>& maskedKeys)
{
    count = std::max(count, 2);
    const attn::AttentionOptions options = rowOptions(session, maskedKeys);
    RegressionCurve curve;
    curve.q.resize(count);
    curve.f.resize(count);
    const double step = (range.upper - range.lower) / (count - 1);
    for (int i = 0; i < count; ++i) {
        const double q = i + 1 == count ? range.upper : range.lower + i * step;
        const RegressionSample sample = sampleWith(session, options, q);
        curve.q[i] = q;
        curve.f[i] = sample.hasWeights ? sample.estimate : std::numeric_limits<double>::quiet_NaN();
        curve.hasGaps = curve.hasGaps || !sample.hasWeights;
    }
    return curve;
}

} // namespace attn::ui
