// The start of the window (attn::ui::startWindow, what `attnlab [SESSION]` runs) with recovery files in place:
// the real dialogs are answered by clicking their buttons (Restore, Discard, Later by Escape; for an unreadable
// file Discard and Keep for Later), and the window and the recovery folder are checked afterwards. Every test
// points XDG_DATA_HOME at a temporary folder, so the recovery folder is its own.
#include "datahome.h"
#include "dialoganswers.h"

#include "../support/writeresultcheck.h"
#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "files/sessionfileguard.h"
#include "files/sessionfilelock.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "io/sessionjson.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"
#include "window/startwindow.h"

#include <gtest/gtest.h>
#include <optional>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cmath>

using attn::ui::Autosaver;
using attn::ui::MainWindow;
using attn::ui::RecoveryOffer;

namespace {

/// Runs with XDG_DATA_HOME in a temporary folder (QStandardPaths reads it on every call); files() holds session
/// files.
class StartWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid() && m_files.isValid());
        m_home.emplace(m_data.path());
        ASSERT_TRUE(Autosaver::recoveryDirectory().startsWith(m_data.path()));
        ASSERT_TRUE(QDir().mkpath(Autosaver::recoveryDirectory()));
    }
    void TearDown() override { m_home.reset(); }

    QString recoveryPath(const QString& name) const { return QDir(Autosaver::recoveryDirectory()).filePath(name); }
    QString filePath(const QString& name) const { return QDir(m_files.path()).filePath(name); }

    /// An orphaned recovery file `name` (no lock: its instance is gone) of the waistline example with query 64
    /// and value 1 = 100, titled "kept work", last saved to `sessionFile`.
    QString writeOrphan(const QString& name, const QString& sessionFile,
                        const QDateTime& savedAt = QDateTime::currentDateTimeUtc())
    {
        attn::Session session = attn::ui::builtInExample();
        session.title = "kept work";
        session.queries(0, 0) = 64.0;
        session.values(0, 0) = 100.0;
        const QString path = recoveryPath(name);
        EXPECT_TRUE(writecheck::succeeded(attn::ui::writeRecoveryFile(path, session, sessionFile, savedAt)));
        return path;
    }

    /// A session file `name` of the waistline example with query 60.
    QString writeSession(const QString& name)
    {
        attn::Session session = attn::ui::builtInExample();
        session.queries(0, 0) = 60.0;
        const QString path = filePath(name);
        EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, session)));
        return path;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::optional<uitest::DataHome> m_home;
};

double cell(const MainWindow& w, const QString& heatmap, int row, int column)
{
    return w.heatmap(heatmap)->controller()->cellValue(row, column);
}

} // namespace

TEST_F(StartWindow, RestoreShowsTheAutosavedSessionAndLeavesTheFileAskedForUnopened)
{
    const QString original = filePath(QStringLiteral("waist.json"));
    const QString orphan = writeOrphan(QStringLiteral("a.json"), original);
    const QString asked = writeSession(QStringLiteral("other.json"));

    MainWindow w;
    QStringList seen;
    const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore")}, &seen);
    EXPECT_TRUE(attn::ui::startWindow(w, asked));

    ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("recovery-offer"));
    EXPECT_TRUE(seen[1].contains(QStringLiteral("\u201ckept work\u201d"))) << seen[1].toStdString();
    EXPECT_TRUE(seen[2].contains(QStringLiteral("Its file: ") + original)) << seen[2].toStdString();

    // The window holds the autosaved session, modified, with its own file path; Save would write there.
    EXPECT_TRUE(w.isVisible());
    const attn::Session& s = w.document()->session();
    EXPECT_EQ(s.title, "kept work");
    EXPECT_EQ(s.queries(0, 0), 64.0);
    EXPECT_EQ(s.values(0, 0), 100.0);
    EXPECT_EQ(w.document()->filePath(), original);
    EXPECT_TRUE(w.isWindowModified());
    // Gaussian scoring, σ = 1: query 64 against keys 60, 64, 68 scores −8, 0, −8; Z = 1 + 2e^{−8}.
    const double z = 1.0 + 2.0 * std::exp(-8.0);
    EXPECT_NEAR(cell(w, QStringLiteral("weights"), 0, 1), 1.0 / z, 1e-15);
    EXPECT_NEAR(cell(w, QStringLiteral("outputs"), 0, 0),
                (100.0 * std::exp(-8.0) + 115.0 + 126.0 * std::exp(-8.0)) / z, 1e-11);

    // The orphan is gone; the session is autosaved again under this instance's own (locked) file.
    EXPECT_FALSE(QFile::exists(orphan));
    ASSERT_TRUE(QFile::exists(w.autosaver()->recoveryFilePath()));
    EXPECT_EQ(attn::ui::readRecoveryFile(w.autosaver()->recoveryFilePath()).session.values(0, 0), 100.0);
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());
    // The file given on the command line was not opened, and the status bar says so.
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(asked)) << w.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("was not opened")));
}

TEST_F(StartWindow, TheOfferSaysWhenTheFileWasSavedAfterTheAutosave)
{
    // Later at one start; the file saved elsewhere afterwards; Restore and Save at the next would put the older
    // work back over it without a word.
    const QString original = filePath(QStringLiteral("waist.json"));
    writeOrphan(QStringLiteral("a.json"), original, QDateTime::currentDateTimeUtc().addSecs(-3600));
    writeSession(QStringLiteral("waist.json")); // saved now, an hour after the autosave
    MainWindow w;
    QStringList seen;
    const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Later")}, &seen);
    EXPECT_FALSE(attn::ui::startWindow(w, {}));
    ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
    EXPECT_TRUE(seen[2].contains(QStringLiteral("saved after this autosave"))) << seen[2].toStdString();

    // An autosave newer than its file (the usual case) says nothing of the kind.
    const QString second = filePath(QStringLiteral("second.json"));
    writeSession(QStringLiteral("second.json"));
    QFile::remove(recoveryPath(QStringLiteral("a.json")));
    writeOrphan(QStringLiteral("b.json"), second, QDateTime::currentDateTimeUtc().addSecs(60));
    MainWindow w2;
    seen.clear();
    const auto answers2 = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Later")}, &seen);
    EXPECT_FALSE(attn::ui::startWindow(w2, {}));
    ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
    EXPECT_FALSE(seen[2].contains(QStringLiteral("saved after this autosave"))) << seen[2].toStdString();
}

TEST_F(StartWindow, RestoringAFileThatAnotherWindowHoldsAsksAsOpenDoes)
{
    // Another live window has waist.json open (its lock); restoring this autosave of it would let two windows
    // edit one file without a word.
    const QString original = writeSession(QStringLiteral("waist.json"));
    const QString orphan = writeOrphan(QStringLiteral("a.json"), original);
    QLockFile elsewhere(attn::ui::SessionFileLock::lockFileFor(original));
    ASSERT_TRUE(QDir().mkpath(QFileInfo(elsewhere.fileName()).absolutePath()));
    ASSERT_TRUE(elsewhere.tryLock(0));
    {
        // Cancel: nothing restored, the autosave kept for the next start (as Later).
        MainWindow w;
        QStringList seen;
        const auto answers =
            dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore"), QStringLiteral("Cancel")}, &seen);
        EXPECT_FALSE(attn::ui::startWindow(w, {}));
        ASSERT_EQ(seen.size(), 6) << seen.join(u'\n').toStdString();
        EXPECT_EQ(seen[3], QStringLiteral("file-in-use"));
        EXPECT_TRUE(seen[4].contains(QDir::toNativeSeparators(original))) << seen[4].toStdString();
        EXPECT_EQ(w.document()->session().values(0, 0), 110.0); // the built-in example
        EXPECT_FALSE(w.isWindowModified());
        EXPECT_EQ(RecoveryOffer().orphanedFiles(), QStringList{orphan});
    }
    // Open Anyway: restored; the lock is taken over as soon as the other window lets it go.
    MainWindow w;
    QStringList seen;
    const auto answers =
        dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore"), QStringLiteral("Open Anyway")}, &seen);
    EXPECT_TRUE(attn::ui::startWindow(w, {}));
    ASSERT_EQ(seen.size(), 6) << seen.join(u'\n').toStdString();
    EXPECT_EQ(seen[3], QStringLiteral("file-in-use"));
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_EQ(w.document()->filePath(), original);
    attn::ui::SessionFileGuard* guard = w.fileActions()->guard();
    EXPECT_TRUE(guard->lock().isWaiting());
    elsewhere.unlock();
    EXPECT_TRUE(guard->retakeLock());
    EXPECT_EQ(guard->lock().heldPath(), QFileInfo(original).canonicalFilePath());
}

TEST_F(StartWindow, SavingARestoredSessionOverItsNewerFileAsksFirst)
{
    // Autosaved an hour ago; the file saved since (query 60). Restore anyway, then Save: it asks, as for any file
    // changed on disk since it was read, and Cancel leaves the newer file as it is.
    const QString original = filePath(QStringLiteral("waist.json"));
    writeOrphan(QStringLiteral("a.json"), original, QDateTime::currentDateTimeUtc().addSecs(-3600));
    writeSession(QStringLiteral("waist.json"));
    const QByteArray newer = [&] {
        QFile file(original);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ASSERT_FALSE(newer.isEmpty());

    MainWindow w;
    {
        QStringList seen;
        const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore")}, &seen);
        ASSERT_TRUE(attn::ui::startWindow(w, {}));
        ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
        EXPECT_TRUE(seen[2].contains(QStringLiteral("saved after this autosave"))) << seen[2].toStdString();
    }
    EXPECT_EQ(w.document()->session().queries(0, 0), 64.0);
    QStringList seen;
    {
        const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("Cancel")}, &seen);
        EXPECT_FALSE(w.fileActions()->save());
    }
    ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("overwrite-changed-file"));
    QFile file(original);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), newer);
    EXPECT_TRUE(w.isWindowModified());
}

TEST_F(StartWindow, SavingARestoredSessionOverItsUnchangedFileAsksNothing)
{
    // The usual crash: the file is as it was when the session read it, before the autosave.
    const QString original = writeSession(QStringLiteral("waist.json"));
    writeOrphan(QStringLiteral("a.json"), original, QDateTime::currentDateTimeUtc().addSecs(60));
    MainWindow w;
    {
        const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore")});
        ASSERT_TRUE(attn::ui::startWindow(w, {}));
    }
    EXPECT_TRUE(w.fileActions()->save());
    EXPECT_EQ(attn::io::readSessionFile(original).queries(0, 0), 64.0);
    EXPECT_FALSE(w.isWindowModified());
}

TEST_F(StartWindow, DiscardDeletesTheAutosaveAndOpensTheFileAskedFor)
{
    const QString orphan = writeOrphan(QStringLiteral("a.json"), {});
    const QString asked = writeSession(QStringLiteral("other.json"));

    MainWindow w;
    QStringList seen;
    const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Discard")}, &seen);
    EXPECT_FALSE(attn::ui::startWindow(w, asked));

    ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("recovery-offer"));
    EXPECT_TRUE(seen[2].contains(QStringLiteral("It was never saved to a file."))) << seen[2].toStdString();
    EXPECT_FALSE(QFile::exists(orphan));
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());
    // other.json is open, unmodified: query 60 against keys 60, 64, 68 scores 0, −8, −32.
    EXPECT_EQ(w.document()->filePath(), asked);
    EXPECT_EQ(w.document()->session().queries(0, 0), 60.0);
    EXPECT_FALSE(w.isWindowModified());
    EXPECT_NEAR(cell(w, QStringLiteral("weights"), 0, 0), 1.0 / (1.0 + std::exp(-8.0) + std::exp(-32.0)), 1e-15);
}

TEST_F(StartWindow, LaterByEscapeKeepsTheAutosaveForTheNextStart)
{
    const QString orphan = writeOrphan(QStringLiteral("a.json"), {});
    {
        MainWindow w;
        QStringList seen;
        const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("<Escape>")}, &seen);
        EXPECT_FALSE(attn::ui::startWindow(w, {}));
        ASSERT_EQ(seen.size(), 3) << seen.join(u'\n').toStdString();
        EXPECT_EQ(seen[0], QStringLiteral("recovery-offer"));
        // The window is on the built-in example, unmodified; the autosave stays, offered again.
        EXPECT_EQ(w.document()->session().queries(0, 0), 62.0);
        EXPECT_EQ(w.document()->session().values(0, 0), 110.0);
        EXPECT_FALSE(w.isWindowModified());
        EXPECT_TRUE(QFile::exists(orphan));
        EXPECT_EQ(RecoveryOffer().orphanedFiles(), QStringList{orphan});
    }
    // The next start offers it again, and Restore brings it back.
    MainWindow w;
    QStringList seen;
    const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Restore")}, &seen);
    EXPECT_TRUE(attn::ui::startWindow(w, {}));
    EXPECT_EQ(seen.value(0), QStringLiteral("recovery-offer"));
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_FALSE(QFile::exists(orphan));
}

TEST_F(StartWindow, AnUnreadableAutosaveIsNamedAndKeptForLaterOrDiscarded)
{
    // "a.json" cut short (as no atomic write leaves it) comes first by name, then a readable "b.json".
    const QString truncated = recoveryPath(QStringLiteral("a.json"));
    {
        QFile file(truncated);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"attnlab_recovery\": 1, \"session\": {\"queries\": [[1]]");
    }
    const QString readable = writeOrphan(QStringLiteral("b.json"), {});
    {
        MainWindow w;
        QStringList seen;
        const auto answers = dialoganswers::clickInNextMessageBoxes(
            {QStringLiteral("&Keep for Later"), QStringLiteral("<Escape>")}, &seen);
        EXPECT_FALSE(attn::ui::startWindow(w, {}));
        ASSERT_EQ(seen.size(), 6) << seen.join(u'\n').toStdString();
        EXPECT_EQ(seen[0], QStringLiteral("unreadable-recovery-file"));
        EXPECT_TRUE(seen[1].contains(truncated)) << seen[1].toStdString();
        EXPECT_TRUE(seen[1].contains(QStringLiteral("not valid JSON at byte"))) << seen[1].toStdString();
        EXPECT_EQ(seen[3], QStringLiteral("recovery-offer")); // the readable one is still offered
        EXPECT_TRUE(QFile::exists(truncated));
        EXPECT_TRUE(QFile::exists(readable));
        EXPECT_FALSE(w.isWindowModified());
    }
    {
        // Escape on the warning keeps it too.
        MainWindow w;
        QStringList seen;
        const auto answers = dialoganswers::clickInNextMessageBoxes(
            {QStringLiteral("<Escape>"), QStringLiteral("<Escape>")}, &seen);
        EXPECT_FALSE(attn::ui::startWindow(w, {}));
        EXPECT_EQ(seen.value(0), QStringLiteral("unreadable-recovery-file"));
        EXPECT_TRUE(QFile::exists(truncated));
    }
    MainWindow w;
    QStringList seen;
    const auto answers =
        dialoganswers::clickInNextMessageBoxes({QStringLiteral("&Discard"), QStringLiteral("&Restore")}, &seen);
    EXPECT_TRUE(attn::ui::startWindow(w, {}));
    ASSERT_EQ(seen.size(), 6) << seen.join(u'\n').toStdString();
    EXPECT_EQ(seen[0], QStringLiteral("unreadable-recovery-file"));
    EXPECT_EQ(seen[3], QStringLiteral("recovery-offer"));
    EXPECT_FALSE(QFile::exists(truncated));
    EXPECT_FALSE(QFile::exists(readable));
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_TRUE(w.isWindowModified());
}

TEST_F(StartWindow, WithoutAutosavesNothingIsAskedAndTheFileAskedForOpens)
{
    const QString asked = writeSession(QStringLiteral("other.json"));
    MainWindow w;
    QStringList seen;
    const auto answers = dialoganswers::clickInNextMessageBoxes({QStringLiteral("<Escape>")}, &seen);
    EXPECT_FALSE(attn::ui::startWindow(w, asked));
    EXPECT_TRUE(seen.isEmpty()) << seen.join(u'\n').toStdString();
    EXPECT_EQ(w.document()->filePath(), asked);
    EXPECT_EQ(w.document()->session().queries(0, 0), 60.0);
    EXPECT_TRUE(w.isVisible());
}
