#include "heatmap/heatmapstyle.h"

#include <QCoreApplication>

namespace attn::ui {

namespace {

/// Translation context of the style names.
struct StyleText {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HeatmapStyle)
};

QList<QColor> colors(std::initializer_list<const char*> names)
{
    QList<QColor> list;
    for (const char* name : names)
        list << QColor::fromString(QLatin1StringView(name));
    return list;
}

} // namespace

QList<SequentialMap> sequentialMaps()
{
    return QList<SequentialMap>(kSequentialMaps.begin(), kSequentialMaps.end());
}

QString sequentialMapName(SequentialMap map)
{
    switch (map) {
    case SequentialMap::Viridis:
        return StyleText::tr("Viridis");
    case SequentialMap::Cividis:
        return StyleText::tr("Cividis");
    case SequentialMap::Magma:
        return StyleText::tr("Magma");
    case SequentialMap::Grey:
        return StyleText::tr("Grey");
    }
    return {};
}

QString sequentialMapId(SequentialMap map)
{
    switch (map) {
    case SequentialMap::Viridis:
        return QStringLiteral("viridis");
    case SequentialMap::Cividis:
        return QStringLiteral("cividis");
    case SequentialMap::Magma:
        return QStringLiteral("magma");
    case SequentialMap::Grey:
        return QStringLiteral("grey");
    }
    return {};
}

std::optional<SequentialMap> sequentialMapFromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const SequentialMap map : sequentialMaps())
        if (sequentialMapId(map) == wanted)
            return map;
    return std::nullopt;
}

QList<QColor> sequentialMapStops(SequentialMap map)
{
    // Entries 0, 17, 34, …, 255 (cividis, magma) or 0, 32, …, 255 (viridis) of matplotlib's _cm_listed.py,
    // rounded to 8 bits.
    switch (map) {
    case SequentialMap::Viridis:
        return colors(
            {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c", "#27ad81", "#5dc863", "#aadc32", "#fde725"});
    case SequentialMap::Cividis:
        return colors({"#00224e", "#002e6c", "#1e3a6f", "#35456c", "#47516c", "#575d6d", "#666970", "#757575",
                       "#848279", "#948e77", "#a59c74", "#b7a96e", "#c8b866", "#dbc75a", "#eed649", "#fee838"});
    case SequentialMap::Magma:
        return colors({"#000004", "#0b0924", "#20114b", "#3b0f70", "#57157e", "#721f81", "#8c2981", "#a8327d",
                       "#c43c75", "#de4968", "#f1605d", "#fa7f5e", "#fe9f6d", "#febf84", "#fddea0", "#fcfdbf"});
    case SequentialMap::Grey:
        return {QColor(Qt::black), QColor(Qt::white)};
    }
    return {};
}

HeatmapColors heatmapColors(const HeatmapStyle& style)
{
    if (style.dark)
        return {QColor(0x1e, 0x1e, 0x1e), QColor(0xe8, 0xe8, 0xe8), QColor(0xa8, 0xa8, 0xa8),
                QColor(0x70, 0x70, 0x70), QColor(0x2a, 0x2a, 0x2a)};
    return {QColor(Qt::white), QColor(Qt::black), QColor(0x60, 0x60, 0x60), QColor(0xa8, 0xa8, 0xa8),
            QColor(0xf3, 0xf3, 0xf3)};
}

QColor stepAccentColor()
{
    return QColor(0xf2, 0xa9, 0x00);
}

} // namespace attn::ui
