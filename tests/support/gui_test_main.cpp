// GoogleTest entry point for tests that drive real widgets: a QApplication on the offscreen platform, with its
// own configuration, data, cache and state folders, so that settings, recent files, recovery files and Qt's own
// file-dialog history never leak between tests or into the user's home (a file dialog that remembered /proc
// once hung every later test reading /proc/kmsg).
#include <gtest/gtest.h>

#include <QApplication>
#include <QByteArray>
#include <QDir>
#include <QTemporaryDir>

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
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
