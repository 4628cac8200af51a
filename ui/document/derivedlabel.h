#pragma once

#include <QString>

#include <optional>

namespace attn::ui {

/// A label that reads its row's value: the waistline example's query "62 cm" for the value 62. When `label` is
/// `oldValue` as written (to the decimals it shows: |number − oldValue| at most half its last digit, so "62" reads
/// 61.7 but not 61.4), optionally followed by a unit ("62 cm", "62", "−1.5 kg"), returns the label
/// for `newValue` with the same unit: 6 significant digits, trailing zeros dropped ("65.5 cm"). Otherwise
/// (a word such as "Alice", "q1", or another number) std::nullopt: the label is the user's and stays.
std::optional<QString> labelForNewValue(const QString& label, double oldValue, double newValue);

} // namespace attn::ui
