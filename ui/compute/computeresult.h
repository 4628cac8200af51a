#pragma once

#include "attn/evaluation.h"
#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QString>

#include <memory>

namespace attn::ui {

/// One computation of a session, as ComputeRunner delivers it.
struct ComputeResult {
    quint64 serial{0}; ///< The request it answers (ComputeRunner::request() numbers them 1, 2, …).
    std::shared_ptr<const attn::Session> session;         ///< The session computed (a copy taken at the request).
    std::shared_ptr<const attn::Computation> computation; ///< Every stage; null when it cannot be computed.
    QList<HeatmapSpec> specs;   ///< heatmapsFor(session, computation, selection): values shared with computation.
    HeatmapSelection selection; ///< The selection the specs were built for.
    QString error; ///< Why it cannot be computed (the attn::AttentionError's message); empty if it can.
};

} // namespace attn::ui
