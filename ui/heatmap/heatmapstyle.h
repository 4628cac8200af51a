#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace attn::ui {

/// The colour map of sequential heatmaps (attention weights, outputs). All four are perceptually uniform in
/// lightness, so that a class reads "more" as "lighter" whatever the projector does to the hues.
enum class SequentialMap {
    Viridis, ///< matplotlib's default (van der Walt and Smith): purple → green → yellow.
    Cividis, ///< blue → yellow, designed for colour-vision deficiency (Nuñez, Anderton and Renslow 2018).
    Magma,   ///< black → purple → orange → cream (van der Walt and Smith).
    Grey,    ///< black → white, for black-and-white printing.
};

/// How every heatmap is drawn, in the window and in exports. The default is today's look.
struct HeatmapStyle {
    SequentialMap map{SequentialMap::Viridis}; ///< For weights and outputs; signed scores stay diverging.
    double fontScale{1.0}; ///< Multiplies every font (title, ticks, axis titles, cell values, colour scale);
                           ///< presentation mode uses about 1.6–2. Clamped to [0.5, 4].
    bool dark{false};      ///< Dark plot background with light axes and text.
    int cellDigits{4};     ///< Significant digits of the numbers printed in cells (formatCellValue), 1 … 10;
                           ///< narrow cells fall back to one or two fewer.

    friend bool operator==(const HeatmapStyle&, const HeatmapStyle&) = default;
};

/// Every sequential map, in menu order.
inline constexpr std::array<SequentialMap, 4> kSequentialMaps{SequentialMap::Viridis, SequentialMap::Cividis,
                                                              SequentialMap::Magma, SequentialMap::Grey};

/// kSequentialMaps as a list.
QList<SequentialMap> sequentialMaps();

/// The map's name for menus ("Viridis", "Cividis", "Magma", "Grey"), translated.
QString sequentialMapName(SequentialMap map);

/// The map's stable id for settings and the command line: "viridis", "cividis", "magma", "grey".
QString sequentialMapId(SequentialMap map);

/// The map with id `id` (case-insensitive, surrounding blanks ignored), or nothing.
std::optional<SequentialMap> sequentialMapFromId(const QString& id);

/// The map's colour stops, evenly spaced from 0 (first) to 1 (last), sampled from matplotlib's published
/// 256-entry tables (viridis at 9 stops, cividis and magma at 16; grey is exact at its two end points).
QList<QColor> sequentialMapStops(SequentialMap map);

/// The colours of a heatmap around its cells, for the light or the dark style.
struct HeatmapColors {
    QColor background; ///< Plot background.
    QColor text;       ///< Title, tick labels, axis titles.
    QColor axis;       ///< Axis lines and ticks.
    QColor dimmedText; ///< Title and labels of a heatmap not yet reached in a step-through.
    QColor dimmedArea; ///< The empty cell area of such a heatmap.
};

/// The surrounding colours of `style` (light: white and near-black; dark: #1e1e1e and light grey).
HeatmapColors heatmapColors(const HeatmapStyle& style);

/// The accent of the frame around the heatmaps of the current step (amber: visible on light and dark).
QColor stepAccentColor();

} // namespace attn::ui
