#pragma once

#include <QString>

namespace attn::app {

/// `attnlab compute SESSION.json`: reads the session, computes its attention trace and prints it as JSON on
/// stdout (attn::io::traceToJson; docs/session-format.md, "Compute output"). Needs only a QCoreApplication.
/// @return 0, or kExitFailure after printing "attnlab: <file>: <fault>" on stderr if the session cannot be read
///         or computed, or stdout cannot be written.
int runCompute(const QString& sessionPath);

} // namespace attn::app
