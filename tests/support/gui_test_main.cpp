// GoogleTest entry point for tests that drive real widgets: a QApplication on the offscreen platform, with its
// own configuration, data, cache and state folders, so that settings, recent files, recovery files and Qt's own
// file-dialog history never leak between tests or into the user's home (a file dialog that remembered /proc
// once hung every later test reading /proc/kmsg). QSettings (user scope) points into that temporary folder for
// the whole run and is emptied before each test: no test reads or writes a real user's settings, and none sees
// what an earlier test or run left there (a preference, a window layout).
#include <gtest/gtest.h>

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

/// Empties the application's QSettings before every test.
class FreshSettings : public ::testing::EmptyTestEventListener {
    void OnTestStart(const ::testing::TestInfo&) override
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // A child process started by a test inherits its parent's folders (and whatever the parent set itself).
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/attnlab-test-home-XXXXXX"));
    if (!qEnvironmentVariableIsSet("ATTN_TEST_ISOLATED") && home.isValid()) {
        for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = home.filePath(QString::fromLatin1(variable).toLower());
            QDir().mkpath(dir);
            qputenv(variable, QFile::encodeName(dir));
        }
        qputenv("ATTN_TEST_ISOLATED", "1");
    }
    QApplication app(argc, argv);
    // Also explicit for QSettings, whatever the platform's default folder: the (temporary) configuration folder.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (!home.isValid() || !config.startsWith(QDir::tempPath())) {
        fprintf(stderr, "gui_test_main: no temporary configuration folder (%s)\n", qPrintable(config));
        return 1;
    }
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::UnitTest::GetInstance()->listeners().Append(new FreshSettings);
    return RUN_ALL_TESTS();
}
