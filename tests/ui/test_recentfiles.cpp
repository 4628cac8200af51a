// File → Open Recent: the list in QSettings (a temporary settings folder per test), the real menu of the
// window, and the unsaved-changes question before a recent file replaces the session.
#include "dialoganswers.h"

#include "../support/writeresultcheck.h"
#include "document/sessiondocument.h"
#include "files/recentfiles.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using attn::ui::MainWindow;
using attn::ui::RecentFiles;

namespace {

/// QSettings (user scope) in a temporary folder for the test, back to the standard folder afterwards.
class RecentFilesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settings.isValid() && m_files.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        ASSERT_TRUE(QSettings().fileName().startsWith(m_settings.path())) << QSettings().fileName().toStdString();
    }
    void TearDown() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    /// A session file `name` holding the waistline example with value 0 set to `value`.
    QString sessionFile(const QString& name, double value = 110.0) const
    {
        attn::Session session = attn::ui::builtInExample();
        session.values(0, 0) = value;
        const QString path = QDir(m_files.path()).filePath(name);
        EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, session)));
        return path;
    }

    QTemporaryDir m_settings;
    QTemporaryDir m_files;
};

QStringList fileActionTexts(QMenu* menu)
{
    QStringList texts;
    for (QAction* action : menu->actions())
        if (!action->data().toString().isEmpty())
            texts << action->text().remove(QLatin1Char('&'));
    return texts;
}

QAction* actionFor(QMenu* menu, const QString& path)
{
    for (QAction* action : menu->actions())
        if (action->data().toString() == path)
            return action;
    return nullptr;
}

} // namespace

TEST_F(RecentFilesTest, MostRecentFirstWithoutDuplicatesAndAtMostTen)
{
    RecentFiles recent;
    EXPECT_TRUE(recent.files().isEmpty());
    QStringList paths;
    for (int i = 1; i <= 12; ++i) {
        paths << QDir(m_files.path()).filePath(QStringLiteral("s%1.json").arg(i));
        recent.add(paths.last());
    }
    ASSERT_EQ(recent.files().size(), 10);
    EXPECT_EQ(recent.files().first(), paths[11]);
    EXPECT_EQ(recent.files().last(), paths[2]);
    recent.add(paths[5]); // again: moves to the top, not a second entry
    EXPECT_EQ(recent.files().first(), paths[5]);
    EXPECT_EQ(recent.files().count(paths[5]), 1);
    EXPECT_EQ(recent.files().size(), 10);
    recent.add(QStringLiteral(":/examples/waistline.json")); // a resource is no file
    EXPECT_EQ(recent.files().first(), paths[5]);
    // Kept in QSettings, so another RecentFiles (another window, the next start) sees the same list.
    EXPECT_EQ(RecentFiles().files(), recent.files());
    recent.remove(paths[5]);
    EXPECT_FALSE(RecentFiles().files().contains(paths[5]));
}

TEST_F(RecentFilesTest, OpenAndSaveAsPutTheFileFirstInTheWindowsMenu)
{
    const QString first = sessionFile(QStringLiteral("first.json"));
    const QString second = sessionFile(QStringLiteral("second.json"));
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QMenu* menu = w.fileActions()->recentMenu();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->objectName(), QStringLiteral("recent-files"));

    ASSERT_TRUE(w.openSession(first));
    ASSERT_TRUE(w.openSession(second));
    w.fileActions()->recentFiles()->updateMenu();
    EXPECT_EQ(fileActionTexts(menu),
              (QStringList{QStringLiteral("1  second.json"), QStringLiteral("2  first.json")}));

    const QString copy = QDir(m_files.path()).filePath(QStringLiteral("copy.json"));
    const auto chooseFile = dialoganswers::chooseInNextFileDialog(copy);
    ASSERT_TRUE(w.saveAs());
    EXPECT_EQ(w.document()->filePath(), copy);
    EXPECT_EQ(w.fileActions()->recentFiles()->files(), (QStringList{copy, second, first}));
}

TEST_F(RecentFilesTest, ChoosingAnEntryAsksAboutUnsavedChangesThenOpensIt)
{
    const QString other = sessionFile(QStringLiteral("other.json"), 99.0);
    RecentFiles().add(other);
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(1, 1), QStringLiteral("120")));
    QMenu* menu = w.fileActions()->recentMenu();
    w.fileActions()->recentFiles()->updateMenu();
    QAction* entry = actionFor(menu, other);
    ASSERT_NE(entry, nullptr);
    EXPECT_TRUE(entry->isEnabled());

    QString asked;
    const auto cancelQuestion = dialoganswers::answerNextMessageBox(QMessageBox::Cancel, &asked);
    entry->trigger();
    EXPECT_TRUE(asked.contains(QStringLiteral("not saved"))) << asked.toStdString();
    EXPECT_EQ(w.document()->session().values(1, 0), 120.0); // cancelled: the work stays
    EXPECT_TRUE(w.document()->filePath().isEmpty());

    const auto discardChanges = dialoganswers::answerNextMessageBox(QMessageBox::Discard);
    entry->trigger();
    EXPECT_EQ(w.document()->filePath(), other);
    EXPECT_EQ(w.document()->session().values(0, 0), 99.0);
    EXPECT_FALSE(w.isWindowModified());
}

TEST_F(RecentFilesTest, AMissingFileIsGreyedAndReportedAndRemovedWhenChosen)
{
    const QString kept = sessionFile(QStringLiteral("kept.json"));
    const QString gone = sessionFile(QStringLiteral("gone.json"));
    RecentFiles().add(kept);
    RecentFiles().add(gone);
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QMenu* menu = w.fileActions()->recentMenu();
    w.fileActions()->recentFiles()->updateMenu();
    QAction* goneEntry = actionFor(menu, gone);
    ASSERT_NE(goneEntry, nullptr);
    EXPECT_TRUE(goneEntry->isEnabled());

    // The file disappears after the menu was built, then the user chooses it.
    ASSERT_TRUE(QFile::remove(gone));
    QString message;
    const auto acknowledge = dialoganswers::answerNextMessageBox(QMessageBox::Ok, &message);
    goneEntry->trigger();
    EXPECT_TRUE(message.contains(QDir::toNativeSeparators(gone))) << message.toStdString();
    EXPECT_EQ(w.fileActions()->recentFiles()->files(), QStringList{kept});
    EXPECT_EQ(w.document()->session().values(0, 0), 110.0);

    // A missing file in the list is shown greyed out when the menu is built.
    RecentFiles().add(gone);
    w.fileActions()->recentFiles()->updateMenu();
    QAction* greyed = actionFor(menu, gone);
    ASSERT_NE(greyed, nullptr);
    EXPECT_FALSE(greyed->isEnabled());
    EXPECT_TRUE(greyed->text().contains(QStringLiteral("not found")));
    EXPECT_TRUE(actionFor(menu, kept)->isEnabled());
}

TEST_F(RecentFilesTest, ClearMenuEmptiesTheList)
{
    RecentFiles().add(sessionFile(QStringLiteral("a.json")));
    MainWindow w;
    QMenu* menu = w.fileActions()->recentMenu();
    w.fileActions()->recentFiles()->updateMenu();
    auto* clear = menu->findChild<QAction*>(QStringLiteral("clear-recent-files"));
    ASSERT_NE(clear, nullptr);
    ASSERT_TRUE(clear->isEnabled());
    clear->trigger();
    EXPECT_TRUE(RecentFiles().files().isEmpty());
    QCoreApplication::processEvents(); // the menu is rebuilt after the action's signal
    EXPECT_TRUE(fileActionTexts(menu).isEmpty());
    EXPECT_FALSE(menu->findChild<QAction*>(QStringLiteral("clear-recent-files"))->isEnabled());
}
