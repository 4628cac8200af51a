#pragma once

#include "export/plotexport.h"
#include "heatmap/heatmapstyle.h"

#include <QString>

namespace attn::ui {

/// The choices of Edit → Preferences, each with its default, as kept in QSettings (keys in settingskeys.h).
/// The view choices are applied by ViewActions, the language by i18n::installTranslations at the next start,
/// the export defaults by ExportActions when an export dialog or menu opens.
struct Preferences {
    static constexpr double kMinFontScale = 0.6;
    static constexpr double kMaxFontScale = 3.0;
    static constexpr int kMinCellDigits = 1;
    static constexpr int kMaxCellDigits = 10;

    QString language;                                ///< "" = the system's, else "en", "zh_CN" (i18n).
    bool dark{false};                                ///< Dark theme.
    SequentialMap colourMap{SequentialMap::Viridis}; ///< Colour map of weights and outputs.
    double fontScale{1.0};                           ///< Factor on every font, kMinFontScale … kMaxFontScale.
    int cellDigits{4};                               ///< Significant digits in heatmap cells, 1 … 10.
    ImageFormat exportFormat{ImageFormat::Png};      ///< First format offered by the exports.
    int exportScale{2};                              ///< First PNG scale offered: 1, 2 or 4.

    /// The values in QSettings; a key that is missing or out of range reads as its default.
    static Preferences load();
    /// Writes every value to QSettings.
    void save() const;

    friend bool operator==(const Preferences&, const Preferences&) = default;
};

} // namespace attn::ui
