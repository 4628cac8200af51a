#pragma once

#include "attn/attention.h"
#include "attn/session.h"

#include <QByteArray>

namespace attn::io {

/// The trace as JSON for `attnlab compute`: an object with "raw_scores", "scores", "weights", "outputs"
/// (arrays of rows) and "query_labels", "key_labels". Numbers are written in their shortest form that reads
/// back exactly (at most 17 significant digits).
QByteArray traceToJson(const attn::Session& session, const attn::Trace& trace);

} // namespace attn::io
