#include "edits/conform.h"

#include "attn/fill.h"

#include <algorithm>

namespace attn::ui {

namespace {

void fitLabels(std::vector<std::string>& labels, long rows, char prefix)
{
    if (labels.empty())
        return;
    while (static_cast<long>(labels.size()) < rows)
        labels.push_back(std::string(1, prefix) + std::to_string(labels.size() + 1));
    labels.resize(static_cast<std::size_t>(rows));
}

void fit(attn::Matrix& m, long rows, long cols, bool identityFill)
{
    if (m.rows() != rows || m.cols() != cols)
        m = attn::resizedKeeping(m, rows, cols, identityFill);
}

void conformScoring(attn::Scoring& scoring, long dQ, long dK)
{
    if (dQ < 1 || dK < 1)
        return;
    const bool general = scoring.function == attn::ScoringFunction::General;
    if (general || scoring.W.size() > 0)
        fit(scoring.W, dQ, dK, true);
    const bool additive = scoring.function == attn::ScoringFunction::Additive;
    if (additive || scoring.w_v.size() > 0) {
        if (scoring.w_v.size() == 0)
            scoring.w_v = attn::Vector::Ones(dK);
        const long h = scoring.w_v.size();
        fit(scoring.W_q, dQ, h, true);
        fit(scoring.W_k, dK, h, true);
    }
}

} // namespace

void conformMask(attn::Mask& mask, long nQ, long nK)
{
    if (mask.kind == attn::MaskKind::ValidLengths || !mask.valid_lengths.empty()) {
        mask.valid_lengths.resize(static_cast<std::size_t>(nQ), nK);
        for (long& length : mask.valid_lengths)
            length = std::clamp(length, 0L, nK);
    }
    std::erase_if(mask.cells, [&](const std::pair<long, long>& c) {
        return c.first < 0 || c.first >= nQ || c.second < 0 || c.second >= nK;
    });
    mask.window = std::max(0L, mask.window);
}

long modelDimension(const attn::Session& session)
{
    return session.self_attention ? session.self_attention->X.cols() : session.queries.cols();
}

std::pair<long, long> scoringDimensions(const attn::Session& session)
{
    if (session.multi_head) {
        const long d = modelDimension(session);
        const long h = session.multi_head->heads;
        return h >= 1 && d % h == 0 ? std::pair{d / h, d / h} : std::pair{0L, 0L};
    }
    if (session.self_attention)
        return {session.self_attention->W_Q.cols(), session.self_attention->W_K.cols()};
    return {session.queries.cols(), session.keys.cols()};
}

void conform(attn::Session& session)
{
    const long dModel = modelDimension(session);
    if (session.self_attention) {
        attn::SelfAttention& self = *session.self_attention;
        const long dK = std::max<long>(1, self.W_Q.cols());
        fit(self.W_Q, dModel, dK, true);
        fit(self.W_K, dModel, dK, true);
        fit(self.W_V, dModel, std::max<long>(1, self.W_V.cols()), true);
    }
    if (session.multi_head) {
        attn::MultiHead& mh = *session.multi_head;
        mh.heads = std::clamp<long>(mh.heads, 1, std::max<long>(1, dModel));
        for (attn::Matrix* w : {&mh.W_Q, &mh.W_K, &mh.W_V, &mh.W_O})
            fit(*w, dModel, dModel, true);
        if (!session.self_attention)
            fit(session.values, session.values.rows(), dModel, false);
    }
    const auto [dQ, dK] = scoringDimensions(session);
    conformScoring(session.scoring, dQ, dK);
    conformMask(session.mask, attn::queryCount(session), attn::keyCount(session));
    fitLabels(session.query_labels, attn::queryCount(session), session.self_attention ? 'x' : 'q');
    fitLabels(session.key_labels, attn::keyCount(session), 'k');
}

} // namespace attn::ui
