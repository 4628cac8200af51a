#pragma once

#include <QString>

#include <optional>

namespace attn::app {

/// `attnlab compute SESSION.json`: reads the session, computes every stage (attn::evaluate) and prints it as JSON
/// on stdout (attn::io::computationToJson; docs/session-format.md, "Compute output"). Query rows without
/// weights (every key masked, no key within the bandwidth) are a result, not an error: they appear as null rows
/// and in "empty_rows", and the exit code is 0. Needs only a QCoreApplication.
/// @return 0, or kExitFailure after printing "attnlab: <file>: <fault>" on stderr if the session cannot be read
///         or computed, or stdout cannot be written.
/// With `jacobianRow` (`--softmax-jacobian I`), the output adds the softmax Jacobian of that query row
/// ("softmax_jacobian"); a session whose weights are not softmax, a row out of range or a row without weights
/// is an error (kExitFailure, one line naming it).
int runCompute(const QString& sessionPath, std::optional<long> jacobianRow = std::nullopt);

} // namespace attn::app
