// Settings, the one owner of QSettings: values round trip through QSettings under the keys users' stored settings
// already have, defaults and ranges, one changed() per actual change, and one last folder per kind of file.
// QSettings points into a temporary folder emptied before each test (gui_test_main).

#include "base/settings.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using attn::ui::FileKind;
using attn::ui::Settings;

TEST(Settings, ValuesRoundTripThroughAFreshQSettingsUnderTheirKeys)
{
    Settings& settings = Settings::instance();
    settings.setLanguage(u"zh_CN"_s);
    settings.setDarkTheme(true);
    settings.setColourMap(u"magma"_s);
    settings.setFontScale(1.5);
    settings.setCellDigits(7);
    settings.setExportFormat(u"svg"_s);
    settings.setExportScale(4);
    settings.setAutosaveIntervalSeconds(0);
    settings.setRecentFiles({u"/a/one.json"_s, u"/b/two.json"_s});

    const QSettings stored;
    EXPECT_EQ(stored.value(u"view/language"_s).toString(), u"zh_CN"_s);
    EXPECT_TRUE(stored.value(u"view/darkTheme"_s).toBool());
    EXPECT_EQ(stored.value(u"view/colourMap"_s).toString(), u"magma"_s);
    EXPECT_DOUBLE_EQ(stored.value(u"view/fontScale"_s).toDouble(), 1.5);
    EXPECT_EQ(stored.value(u"view/cellDigits"_s).toInt(), 7);
    EXPECT_EQ(stored.value(u"export/defaultFormat"_s).toString(), u"svg"_s);
    EXPECT_EQ(stored.value(u"export/defaultScale"_s).toInt(), 4);
    EXPECT_EQ(stored.value(u"files/autosaveIntervalSeconds"_s).toInt(), 0);
    EXPECT_EQ(stored.value(u"files/recent"_s).toStringList(), QStringList({u"/a/one.json"_s, u"/b/two.json"_s}));

    EXPECT_EQ(settings.language(), u"zh_CN"_s);
    EXPECT_TRUE(settings.darkTheme());
    EXPECT_EQ(settings.colourMap(), u"magma"_s);
    EXPECT_DOUBLE_EQ(settings.fontScale(), 1.5);
    EXPECT_EQ(settings.cellDigits(), 7);
    EXPECT_EQ(settings.exportFormat(), u"svg"_s);
    EXPECT_EQ(settings.exportScale(), 4);
    EXPECT_EQ(settings.autosaveIntervalSeconds(), 0);
}

TEST(Settings, ReadsWhatAnEarlierVersionStored)
{
    {
        QSettings stored;
        stored.setValue(u"view/cellDigits"_s, 9);
        stored.setValue(u"view/fontScale"_s, u"2.5"_s); // as an INI file gives it back
        stored.setValue(u"window/splitters/main-splitter"_s, QByteArray("abc"));
    }
    EXPECT_EQ(Settings::instance().cellDigits(), 9);
    EXPECT_DOUBLE_EQ(Settings::instance().fontScale(), 2.5);
    EXPECT_EQ(Settings::instance().splitterStates().value(u"main-splitter"_s), QByteArray("abc"));
}

TEST(Settings, MissingOrOutOfRangeValuesReadAsDefaults)
{
    const Settings& settings = Settings::instance();
    EXPECT_EQ(settings.language(), QString());
    EXPECT_FALSE(settings.darkTheme());
    EXPECT_EQ(settings.colourMap(), u"viridis"_s);
    EXPECT_DOUBLE_EQ(settings.fontScale(), 1.0);
    EXPECT_EQ(settings.cellDigits(), 4);
    EXPECT_EQ(settings.exportFormat(), u"png"_s);
    EXPECT_EQ(settings.exportScale(), 2);
    EXPECT_EQ(settings.autosaveIntervalSeconds(), 60);
    EXPECT_TRUE(settings.recentFiles().isEmpty());
    EXPECT_TRUE(settings.windowGeometry().isEmpty());

    {
        QSettings stored;
        stored.setValue(u"view/cellDigits"_s, 11);
        stored.setValue(u"view/fontScale"_s, 9.0);
        stored.setValue(u"export/defaultScale"_s, 3);
    }
    EXPECT_EQ(settings.cellDigits(), 4);
    EXPECT_DOUBLE_EQ(settings.fontScale(), 3.0);
    EXPECT_EQ(settings.exportScale(), 2);
}

TEST(Settings, ChangedIsEmittedOncePerActualChange)
{
    Settings& settings = Settings::instance();
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setDarkTheme(true);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(spy.at(0).at(0).toString(), u"view/darkTheme"_s);
    settings.setDarkTheme(true); // the value already stored
    EXPECT_EQ(spy.size(), 1);
    settings.setDarkTheme(false);
    EXPECT_EQ(spy.size(), 2);
    settings.setCellDigits(6);
    settings.setCellDigits(6);
    ASSERT_EQ(spy.size(), 3);
    EXPECT_EQ(spy.at(2).at(0).toString(), u"view/cellDigits"_s);

    settings.setWindowLayout("g", "s", {{u"main-splitter"_s, "x"}});
    settings.setWindowLayout("g", "s", {{u"main-splitter"_s, "x"}});
    ASSERT_EQ(spy.size(), 4);
    EXPECT_EQ(spy.at(3).at(0).toString(), u"window"_s);
    settings.setWindowLayout("g", "s", {});
    EXPECT_EQ(spy.size(), 5);
    EXPECT_TRUE(QSettings().value(u"window/splitters/main-splitter"_s).isNull()); // forgotten
}

TEST(Settings, EachKindOfFileHasItsOwnLastFolder)
{
    QTemporaryDir sessions;
    QTemporaryDir data;
    ASSERT_TRUE(sessions.isValid() && data.isValid());
    Settings& settings = Settings::instance();
    for (FileKind kind : {FileKind::Session, FileKind::Data, FileKind::HeatmapImage, FileKind::Handout})
        EXPECT_EQ(settings.lastFolder(kind), QString());

    settings.setLastFolder(FileKind::Session, sessions.path());
    settings.setLastFolder(FileKind::Data, data.path());
    EXPECT_EQ(settings.lastFolder(FileKind::Session), sessions.path());
    EXPECT_EQ(settings.lastFolder(FileKind::Data), data.path());
    EXPECT_EQ(settings.lastFolder(FileKind::HeatmapImage), QString());
    EXPECT_EQ(settings.lastFolder(FileKind::Handout), QString());

    // Kept for the next start, and a folder that no longer exists is not offered.
    EXPECT_EQ(QSettings().value(u"files/lastFolder/session"_s).toString(), sessions.path());
    const QString gone = data.path();
    data.remove();
    EXPECT_EQ(settings.lastFolder(FileKind::Data), QString());
    EXPECT_EQ(settings.lastFolder(FileKind::Session), sessions.path());
    EXPECT_FALSE(QDir(gone).exists());
}
