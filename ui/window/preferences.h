#pragma once

#include "export/plotexport.h"
#include "heatmap/heatmapstyle.h"
#include "base/settings.h"

#include <QString>

namespace attn::ui {

/// The choices of Edit → Preferences, each with its default, as kept by Settings (defaults and ranges there).
/// The view choices are applied by ViewActions, the language by i18n::installTranslations at the next start,
/// the export defaults by ExportActions when an export dialog or menu opens.
struct Preferences {
    static constexpr double kMinFontScale = Settings::kMinFontScale;
    static constexpr double kMaxFontScale = Settings::kMaxFontScale;
    static constexpr int kMinCellDigits = Settings::kMinCellDigits;
    static constexpr int kMaxCellDigits = Settings::kMaxCellDigits;

    QString language;                                ///< "" = the system's, else "en", "zh_CN" (i18n).
    bool dark{false};                                ///< Dark theme.
    SequentialMap colourMap{SequentialMap::Viridis}; ///< Colour map of weights and outputs.
    double fontScale{Settings::kDefaultFontScale};   ///< Factor on every font, kMinFontScale … kMaxFontScale.
    int cellDigits{Settings::kDefaultCellDigits};    ///< Significant digits in heatmap cells, 1 … 10.
    ImageFormat exportFormat{ImageFormat::Png};      ///< First format offered by the exports.
    int exportScale{Settings::kDefaultExportScale};  ///< First PNG scale offered: 1, 2 or 4.

    /// The values in Settings; a value that is missing or out of range reads as its default.
    static Preferences load();
    /// Writes every value to Settings.
    void save() const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace attn::ui
