#include "window/preferences.h"

#include "base/settingskeys.h"

#include <QSettings>

#include <algorithm>

namespace attn::ui {

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences p;
    p.language = settings.value(settings::kLanguage, defaults.language).toString();
    p.dark = settings.value(settings::kDarkTheme, defaults.dark).toBool();
    p.colourMap =
        sequentialMapFromId(settings.value(settings::kColourMap).toString()).value_or(defaults.colourMap);

    bool ok = false;
    const double scale = settings.value(settings::kFontScale, defaults.fontScale).toDouble(&ok);
    p.fontScale = ok ? std::clamp(scale, kMinFontScale, kMaxFontScale) : defaults.fontScale;
    const int digits = settings.value(settings::kCellDigits, defaults.cellDigits).toInt(&ok);
    p.cellDigits = ok && digits >= kMinCellDigits && digits <= kMaxCellDigits ? digits : defaults.cellDigits;

    p.exportFormat =
        imageFormatFromName(settings.value(settings::kExportFormat).toString()).value_or(defaults.exportFormat);
    const int exportScale = settings.value(settings::kExportScale, defaults.exportScale).toInt(&ok);
    p.exportScale =
        ok && (exportScale == 1 || exportScale == 2 || exportScale == 4) ? exportScale : defaults.exportScale;
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(settings::kLanguage, language);
    settings.setValue(settings::kDarkTheme, dark);
    settings.setValue(settings::kColourMap, sequentialMapId(colourMap));
    settings.setValue(settings::kFontScale, fontScale);
    settings.setValue(settings::kCellDigits, cellDigits);
    settings.setValue(settings::kExportFormat, imageFormatSuffix(exportFormat));
    settings.setValue(settings::kExportScale, exportScale);
}

} // namespace attn::ui
