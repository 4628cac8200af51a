#include "window/preferences.h"

namespace attn::ui {

Preferences Preferences::load()
{
    const Settings& settings = Settings::instance();
    const Preferences defaults;
    Preferences p;
    p.language = settings.language();
    p.dark = settings.darkTheme();
    p.colourMap = sequentialMapFromId(settings.colourMap()).value_or(defaults.colourMap);
    p.fontScale = settings.fontScale();
    p.cellDigits = settings.cellDigits();
    p.exportFormat = imageFormatFromName(settings.exportFormat()).value_or(defaults.exportFormat);
    p.exportScale = settings.exportScale();
    return p;
}

void Preferences::save() const
{
    Settings& settings = Settings::instance();
    settings.setLanguage(language);
    settings.setDarkTheme(dark);
    settings.setColourMap(sequentialMapId(colourMap));
    settings.setFontScale(fontScale);
    settings.setCellDigits(cellDigits);
    settings.setExportFormat(imageFormatSuffix(exportFormat));
    settings.setExportScale(exportScale);
}

} // namespace attn::ui
