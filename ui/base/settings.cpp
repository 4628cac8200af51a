#include "base/settings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

// The QSettings keys: unchanged since they were first written, so that users' stored settings keep working.
const QString kLanguage = u"view/language"_s;
const QString kDarkTheme = u"view/darkTheme"_s;
const QString kColourMap = u"view/colourMap"_s;
const QString kFontScale = u"view/fontScale"_s;
const QString kCellDigits = u"view/cellDigits"_s;
const QString kExportFormat = u"export/defaultFormat"_s;
const QString kExportScale = u"export/defaultScale"_s;
const QString kAutosaveInterval = u"files/autosaveIntervalSeconds"_s;
const QString kRecentFiles = u"files/recent"_s;
const QString kWindowGeometry = u"window/geometry"_s;
const QString kWindowState = u"window/state"_s;
const QString kSplitterGroup = u"window/splitters"_s;
const QString kFoldedSections = u"window/foldedSections"_s;
const QString kWindowLayout = u"window"_s; ///< What changed() names for the window's layout.

QString lastFolderKey(FileKind kind)
{
    switch (kind) {
    case FileKind::Session:
        return u"files/lastFolder/session"_s;
    case FileKind::Data:
        return u"files/lastFolder/data"_s;
    case FileKind::HeatmapImage:
        return u"files/lastFolder/heatmapImage"_s;
    case FileKind::Handout:
        return u"files/lastFolder/handout"_s;
    }
    return u"files/lastFolder/other"_s;
}

} // namespace

Settings& Settings::instance()
{
    static Settings settings;
    return settings;
}

QVariant Settings::value(const QString& key, const QVariant& fallback) const
{
    return QSettings().value(key, fallback);
}

void Settings::store(const QString& key, const QVariant& value)
{
    QSettings settings;
    if (settings.contains(key) && settings.value(key) == value)
        return;
    settings.setValue(key, value);
    emit changed(key);
}

QString Settings::language() const
{
    return value(kLanguage).toString();
}

void Settings::setLanguage(const QString& code)
{
    store(kLanguage, code);
}

bool Settings::darkTheme() const
{
    return value(kDarkTheme, false).toBool();
}

void Settings::setDarkTheme(bool dark)
{
    store(kDarkTheme, dark);
}

QString Settings::colourMap() const
{
    return value(kColourMap, u"viridis"_s).toString();
}

void Settings::setColourMap(const QString& id)
{
    store(kColourMap, id);
}

double Settings::fontScale() const
{
    bool ok = false;
    const double scale = value(kFontScale, kDefaultFontScale).toDouble(&ok);
    return ok ? std::clamp(scale, kMinFontScale, kMaxFontScale) : kDefaultFontScale;
}

void Settings::setFontScale(double scale)
{
    store(kFontScale, scale);
}

int Settings::cellDigits() const
{
    bool ok = false;
    const int digits = value(kCellDigits, kDefaultCellDigits).toInt(&ok);
    return ok && digits >= kMinCellDigits && digits <= kMaxCellDigits ? digits : kDefaultCellDigits;
}

void Settings::setCellDigits(int digits)
{
    store(kCellDigits, digits);
}

QString Settings::exportFormat() const
{
    return value(kExportFormat, u"png"_s).toString();
}

void Settings::setExportFormat(const QString& suffix)
{
    store(kExportFormat, suffix);
}

int Settings::exportScale() const
{
    bool ok = false;
    const int scale = value(kExportScale, kDefaultExportScale).toInt(&ok);
    return ok && (scale == 1 || scale == 2 || scale == 4) ? scale : kDefaultExportScale;
}

void Settings::setExportScale(int scale)
{
    store(kExportScale, scale);
}

int Settings::autosaveIntervalSeconds() const
{
    return value(kAutosaveInterval, kDefaultAutosaveIntervalSeconds).toInt();
}

void Settings::setAutosaveIntervalSeconds(int seconds)
{
    store(kAutosaveInterval, seconds);
}

QStringList Settings::recentFiles() const
{
    return value(kRecentFiles).toStringList();
}

void Settings::setRecentFiles(const QStringList& files)
{
    store(kRecentFiles, files);
}

QStringList Settings::foldedSections() const
{
    return value(kFoldedSections).toStringList();
}

void Settings::setFoldedSections(const QStringList& ids)
{
    store(kFoldedSections, ids);
}

QString Settings::sessionFolder() const
{
    return !m_sessionFolder.isEmpty() && QDir(m_sessionFolder).exists() ? m_sessionFolder : QString();
}

void Settings::setSessionFolder(const QString& folder)
{
    m_sessionFolder = folder;
}

QString Settings::startFolder(FileKind kind, QStandardPaths::StandardLocation fallback) const
{
    for (const QString& folder : {sessionFolder(), lastFolder(kind), lastFolder(FileKind::Session)}) {
        if (!folder.isEmpty())
            return folder;
    }
    const QString standard = QStandardPaths::writableLocation(fallback);
    return !standard.isEmpty() && QDir(standard).exists() ? standard : QDir::homePath();
}

QString Settings::lastFolder(FileKind kind) const
{
    const QString folder = value(lastFolderKey(kind)).toString();
    return !folder.isEmpty() && QDir(folder).exists() ? folder : QString();
}

void Settings::setLastFolder(FileKind kind, const QString& folder)
{
    store(lastFolderKey(kind), folder);
}

QByteArray Settings::windowGeometry() const
{
    return value(kWindowGeometry).toByteArray();
}

QByteArray Settings::windowState() const
{
    return value(kWindowState).toByteArray();
}

QMap<QString, QByteArray> Settings::splitterStates() const
{
    QSettings settings;
    settings.beginGroup(kSplitterGroup);
    QMap<QString, QByteArray> states;
    for (const QString& name : settings.childKeys())
        states.insert(name, settings.value(name).toByteArray());
    return states;
}

void Settings::setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                               const QMap<QString, QByteArray>& splitters)
{
    if (windowGeometry() == geometry && windowState() == state && splitterStates() == splitters &&
        QSettings().contains(kWindowGeometry))
        return;
    {
        QSettings settings;
        settings.setValue(kWindowGeometry, geometry);
        settings.setValue(kWindowState, state);
        settings.remove(kSplitterGroup);
        settings.beginGroup(kSplitterGroup);
        for (auto it = splitters.cbegin(); it != splitters.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.endGroup();
    }
    emit changed(kWindowLayout);
}

} // namespace attn::ui
