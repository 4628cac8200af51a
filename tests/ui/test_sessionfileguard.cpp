// Two windows on one session file (issue 15): a file changed on disk is noticed and asked about once (Reload is an
// undo step, Keep Mine marks the session modified), Save asks before it writes over another writer's changes, and
// a file that another live Attention Lab process has open (a real child process) is reported before it is opened,
// while the lock of a killed one is taken over without a word. Files and locks live in temporary folders (the
// GUI test main points XDG_DATA_HOME, where the locks are, at one).
#include "dialoganswers.h"

#include "../support/writeresultcheck.h"
#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/sessionfileguard.h"
#include "files/sessionfilelock.h"
#include "files/sessionfilewatch.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using attn::ui::MainWindow;
using attn::ui::MatrixRole;
using attn::ui::SessionFileGuard;
using attn::ui::SessionFileLock;
using attn::ui::SessionFileWatch;

namespace {

constexpr char kChildVariable[] = "ATTNLAB_LOCK_CHILD";

/// What a message box showed: its object name and text.
struct Asked {
    QString name;
    QString text;
};

/// Clicks the button named `button` ("reload", "keep-mine", "save-as", "overwrite", "open-anyway", "cancel") of
/// the next message box named `box` and records the box in `*asked` (which must outlive the guard). The button
/// "close" closes the box (its Escape answer).
[[nodiscard]] dialoganswers::Guard clickIn(const char* box, const char* button, Asked* asked)
{
    dialoganswers::Guard guard = std::make_unique<QObject>();
    auto* timer = new QTimer(guard.get()); // polls every 10 ms for about 3 s while the guard lives
    timer->setInterval(10);
    const QString boxName = QLatin1String(box);
    const QString name = QLatin1String(button);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, boxName, name, asked, attempts = 300]() mutable {
        auto* open = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!open || open->objectName() != boxName) {
            if (--attempts < 0)
                timer->stop();
            return;
        }
        timer->stop();
        asked->name = open->objectName();
        asked->text = open->text() + QLatin1Char('\n') + open->informativeText();
        for (QAbstractButton* b : open->buttons())
            if (b->objectName() == name) {
                b->click();
                return;
            }
        if (name != QLatin1String("close"))
            ADD_FAILURE() << "no button " << name.toStdString() << " in " << boxName.toStdString();
        open->close();
    });
    timer->start();
    return guard;
}

/// The waistline example with the first query set to `query` (the window shows 0 … 1: the query is its value).
attn::Session waistline(double query)
{
    attn::Session session = attn::ui::builtInExample();
    session.queries(0, 0) = query;
    return session;
}

class SessionFileGuardTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_files.isValid()); }

    /// Writes the waistline session with query `query` to `name` as another window would (atomically: a new file
    /// renamed over the old one).
    QString write(const QString& name, double query) const
    {
        const QString path = QDir(m_files.path()).filePath(name);
        EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, waistline(query))));
        return path;
    }
    static double queryOnDisk(const QString& path) { return attn::io::readSessionFile(path).queries(0, 0); }

    /// Types `text` into query row 0, column 1 of the window's table, as the user does.
    static void typeQuery(MainWindow& w, const QString& text)
    {
        auto* model = w.queriesEditor()->model();
        ASSERT_TRUE(model->setData(model->index(0, 1), text));
    }

    QTemporaryDir m_files;
};

} // namespace

TEST_F(SessionFileGuardTest, ReloadTakesTheOtherWindowsFileAsAnUndoStep)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    typeQuery(w, QStringLiteral("64"));        // unsaved
    write(QStringLiteral("waist.json"), 70.0); // the other window saves

    SessionFileGuard* guard = w.fileActions()->guard();
    Asked asked;
    {
        const auto answer = clickIn("changed-on-disk", "reload", &asked);
        EXPECT_TRUE(guard->askAboutDiskChange());
    }
    EXPECT_EQ(asked.name, QStringLiteral("changed-on-disk"));
    EXPECT_TRUE(asked.text.contains(QDir::toNativeSeparators(path))) << asked.text.toStdString();
    EXPECT_EQ(w.document()->session().queries(0, 0), 70.0);
    EXPECT_FALSE(w.document()->isModified());
    EXPECT_FALSE(guard->askAboutDiskChange()); // once per change

    w.document()->undoStack()->undo(); // the user's edit is not lost
    EXPECT_EQ(w.document()->session().queries(0, 0), 64.0);
    EXPECT_TRUE(w.document()->isModified());
}

TEST_F(SessionFileGuardTest, KeepMineMarksTheSessionModifiedAndAsksOnce)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    ASSERT_FALSE(w.document()->isModified());
    write(QStringLiteral("waist.json"), 70.0);

    SessionFileGuard* guard = w.fileActions()->guard();
    Asked asked;
    {
        const auto answer = clickIn("changed-on-disk", "keep-mine", &asked);
        EXPECT_TRUE(guard->askAboutDiskChange());
    }
    EXPECT_EQ(asked.name, QStringLiteral("changed-on-disk"));
    EXPECT_EQ(w.document()->session().queries(0, 0), 60.0);
    EXPECT_TRUE(w.document()->isModified()); // it differs from the file: quitting asks
    EXPECT_FALSE(guard->askAboutDiskChange());

    // The user chose this session: Save writes it without asking again.
    Asked unexpected;
    {
        const auto answer = clickIn("overwrite-changed-file", "overwrite", &unexpected);
        EXPECT_TRUE(w.save());
    }
    EXPECT_TRUE(unexpected.name.isEmpty()) << unexpected.name.toStdString();
    EXPECT_EQ(queryOnDisk(path), 60.0);
    EXPECT_FALSE(w.document()->isModified());
}

TEST_F(SessionFileGuardTest, AFileDeletedOnDiskIsSaidAndTheSessionKeptAsModifiedAndAutosaved)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    ASSERT_FALSE(w.document()->isModified());
    ASSERT_TRUE(QFile::remove(path)); // deleted (or moved away) behind the window's back

    SessionFileGuard* guard = w.fileActions()->guard();
    Asked asked;
    {
        const auto answer = clickIn("file-gone", "close", &asked);
        EXPECT_TRUE(guard->askAboutDiskChange());
    }
    EXPECT_EQ(asked.name, QStringLiteral("file-gone"));
    EXPECT_TRUE(asked.text.contains(QDir::toNativeSeparators(path))) << asked.text.toStdString();
    EXPECT_TRUE(w.document()->isModified()) << "quitting asks: the session is the only copy";
    EXPECT_FALSE(guard->askAboutDiskChange()); // said once
    // The autosave keeps it although nothing was edited.
    EXPECT_TRUE(w.autosaver()->autosave());
    EXPECT_TRUE(QFileInfo::exists(w.autosaver()->recoveryFilePath()));
    // Save writes the file again.
    EXPECT_TRUE(w.save());
    EXPECT_EQ(queryOnDisk(path), 60.0);
    EXPECT_FALSE(w.document()->isModified());
}

TEST_F(SessionFileGuardTest, SavingKeepsTheMembersTheWindowDoesNotShow)
{
    // A file with a description, translations and another tool's key: an edit and Ctrl+S keep all three, and the
    // session's own members are the edited ones.
    const QString path = QDir(m_files.path()).filePath(QStringLiteral("lesson.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "title": "My lesson", "description": "Notes for class 3B",
                  "translations": {"zh_CN": {"title": "我的课"}}, "my_extra": {"keep": [1, 2]},
                  "queries": [[62]], "keys": [[60], [64], [68]], "values": [[110], [115], [126]],
                  "scoring": {"function": "gaussian", "sigma": 1}})");
    file.close();
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    typeQuery(w, QStringLiteral("65"));
    ASSERT_TRUE(w.save());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
    EXPECT_EQ(root.value(u"description").toString(), QStringLiteral("Notes for class 3B"));
    EXPECT_EQ(root.value(u"translations").toObject().value(u"zh_CN").toObject().value(u"title").toString(),
              QStringLiteral("我的课"));
    EXPECT_EQ(root.value(u"my_extra").toObject().value(u"keep").toArray(), QJsonArray({1, 2}));
    EXPECT_EQ(root.value(u"queries").toArray().at(0).toArray().at(0).toDouble(), 65.0);
    // File → New: nothing of the old file follows into the next save.
    ASSERT_TRUE(w.fileActions()->newSession());
    EXPECT_TRUE(w.document()->keptMembers().isEmpty());
}

TEST_F(SessionFileGuardTest, QuittingAfterAnotherWindowSavedAsksFirst)
{
    // This window shows 60, unmodified; another one saves 70 over it. Quitting must not drop the 60 silently.
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    w.show();
    write(QStringLiteral("waist.json"), 70.0);

    Asked changed;
    Asked unsaved;
    {
        const auto keep = clickIn("changed-on-disk", "keep-mine", &changed);
        const auto stay = clickIn("unsaved-changes", "close", &unsaved); // Cancel: the window stays
        EXPECT_FALSE(w.close());
    }
    EXPECT_EQ(changed.name, QStringLiteral("changed-on-disk"));
    EXPECT_EQ(unsaved.name, QStringLiteral("unsaved-changes"));
    EXPECT_TRUE(w.isVisible());
    EXPECT_EQ(w.document()->session().queries(0, 0), 60.0);
    EXPECT_EQ(queryOnDisk(path), 70.0);
}

TEST_F(SessionFileGuardTest, SavingOverAChangedFileAsksAndCancelKeepsTheOtherWritersFile)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    typeQuery(w, QStringLiteral("64"));
    write(QStringLiteral("waist.json"), 70.0);

    Asked asked;
    {
        const auto answer = clickIn("overwrite-changed-file", "cancel", &asked);
        EXPECT_FALSE(w.save());
    }
    EXPECT_EQ(asked.name, QStringLiteral("overwrite-changed-file"));
    EXPECT_TRUE(asked.text.contains(QDir::toNativeSeparators(path))) << asked.text.toStdString();
    EXPECT_EQ(queryOnDisk(path), 70.0); // as the other window left it
    EXPECT_TRUE(w.document()->isModified());

    Asked again;
    {
        const auto answer = clickIn("overwrite-changed-file", "overwrite", &again);
        EXPECT_TRUE(w.save());
    }
    EXPECT_EQ(again.name, QStringLiteral("overwrite-changed-file"));
    EXPECT_EQ(queryOnDisk(path), 64.0);
    EXPECT_FALSE(w.document()->isModified());
}

TEST_F(SessionFileGuardTest, OwnSavesAndIdenticalWritesAreNoChange)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    MainWindow w;
    ASSERT_TRUE(w.openSession(path));
    typeQuery(w, QStringLiteral("64"));
    ASSERT_TRUE(w.save());
    SessionFileGuard* guard = w.fileActions()->guard();
    EXPECT_FALSE(guard->watch()->hasChangedOnDisk());
    write(QStringLiteral("waist.json"), 64.0); // the same content again, with a new time
    EXPECT_FALSE(guard->watch()->hasChangedOnDisk());
    EXPECT_FALSE(guard->askAboutDiskChange());
}

TEST_F(SessionFileGuardTest, TheWatchSeesEveryAtomicReplaceOfTheFile)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    SessionFileWatch watch;
    watch.watch(path);
    QSignalSpy spy(&watch, &SessionFileWatch::fileMayHaveChanged);
    for (const double query : {70.0, 80.0}) { // the second write proves the watch was set again after a rename
        spy.clear();
        write(QStringLiteral("waist.json"), query);
        ASSERT_TRUE(spy.wait(10000)) << "no report for query " << query;
        EXPECT_TRUE(watch.hasChangedOnDisk());
        watch.acknowledge();
        EXPECT_FALSE(watch.hasChangedOnDisk());
    }
}

TEST_F(SessionFileGuardTest, OpeningAFileHeldElsewhereAsksAndTheLockFollowsTheDocument)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    const QString other = write(QStringLiteral("other.json"), 50.0);
    QLockFile elsewhere(SessionFileLock::lockFileFor(path)); // as another window holds it
    ASSERT_TRUE(QDir().mkpath(QFileInfo(elsewhere.fileName()).absolutePath()));
    ASSERT_TRUE(elsewhere.tryLock(0));

    MainWindow w;
    ASSERT_TRUE(w.openSession(other));
    Asked asked;
    {
        const auto answer = clickIn("file-in-use", "open-anyway", &asked);
        EXPECT_TRUE(w.openSession(path));
    }
    EXPECT_EQ(asked.name, QStringLiteral("file-in-use"));
    EXPECT_TRUE(asked.text.contains(QDir::toNativeSeparators(path))) << asked.text.toStdString();
    EXPECT_TRUE(asked.text.contains(QString::number(QCoreApplication::applicationPid())))
        << asked.text.toStdString();
    EXPECT_EQ(w.document()->filePath(), path);
    EXPECT_TRUE(w.fileActions()->guard()->lock().heldPath().isEmpty()); // the other one keeps it

    // The window held other.json until it opened waist.json: free now.
    QLockFile otherLock(SessionFileLock::lockFileFor(other));
    EXPECT_TRUE(otherLock.tryLock(0));
    otherLock.unlock();

    // Undo of the Open goes back to other.json and to its lock; New holds no file at all.
    w.document()->undoStack()->undo();
    EXPECT_EQ(w.document()->filePath(), other);
    EXPECT_EQ(w.fileActions()->guard()->lock().heldPath(), QFileInfo(other).canonicalFilePath());
    {
        const auto discard = dialoganswers::answerNextMessageBox(QMessageBox::Discard); // the undo is unsaved
        ASSERT_TRUE(w.fileActions()->newSession());
    }
    EXPECT_TRUE(w.fileActions()->guard()->lock().heldPath().isEmpty());
    EXPECT_TRUE(otherLock.tryLock(0));
}

TEST_F(SessionFileGuardTest, OpenAnywayTakesTheLockOverWhenTheOtherWindowLetsItGoSoAThirdIsWarned)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QLockFile first(SessionFileLock::lockFileFor(path)); // the first window
    ASSERT_TRUE(QDir().mkpath(QFileInfo(first.fileName()).absolutePath()));
    ASSERT_TRUE(first.tryLock(0));

    MainWindow second;
    Asked asked;
    {
        const auto answer = clickIn("file-in-use", "open-anyway", &asked);
        ASSERT_TRUE(second.openSession(path));
    }
    ASSERT_EQ(asked.name, QStringLiteral("file-in-use"));
    SessionFileGuard* guard = second.fileActions()->guard();
    EXPECT_TRUE(guard->lock().heldPath().isEmpty());
    EXPECT_TRUE(guard->lock().isWaiting());
    EXPECT_FALSE(guard->retakeLock()); // the first window still has it

    // The first window quits: its lock file goes, the lock folder changes, and the second window takes it
    // (waiting for that event, not for a time).
    QSignalSpy changed(guard, &SessionFileGuard::lockChanged);
    first.unlock();
    ASSERT_TRUE(changed.wait(30000));
    EXPECT_EQ(guard->lock().heldPath(), canonical);
    EXPECT_FALSE(guard->lock().isWaiting());

    // A third window is warned, naming this process.
    MainWindow third;
    Asked warned;
    {
        const auto answer = clickIn("file-in-use", "cancel", &warned);
        EXPECT_FALSE(third.openSession(path));
    }
    EXPECT_EQ(warned.name, QStringLiteral("file-in-use"));
    EXPECT_TRUE(warned.text.contains(QString::number(QCoreApplication::applicationPid())))
        << warned.text.toStdString();
}

TEST_F(SessionFileGuardTest, EverySpellingOfAFileHasOneLockAndOtherFilesAnother)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    const QString link = QDir(m_files.path()).filePath(QStringLiteral("link.json"));
    ASSERT_TRUE(QFile::link(path, link));
    const QString dotted = m_files.path() + QStringLiteral("/./waist.json");
    EXPECT_EQ(SessionFileLock::lockFileFor(link), SessionFileLock::lockFileFor(path));
    EXPECT_EQ(SessionFileLock::lockFileFor(dotted), SessionFileLock::lockFileFor(path));
    EXPECT_NE(SessionFileLock::lockFileFor(write(QStringLiteral("other.json"), 60.0)),
              SessionFileLock::lockFileFor(path));
    EXPECT_TRUE(SessionFileLock::lockFileFor(path).startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))); // not beside the file

    SessionFileLock mine;
    ASSERT_TRUE(mine.hold(link));
    SessionFileLock other; // as a second window would try
    EXPECT_FALSE(other.hold(dotted));
    ASSERT_TRUE(other.otherOwner(path).has_value());
    EXPECT_EQ(other.otherOwner(path)->pid, QCoreApplication::applicationPid());
    EXPECT_FALSE(mine.otherOwner(path).has_value()); // its own lock is nobody else's
    mine.release();
    EXPECT_FALSE(other.otherOwner(path).has_value());
    EXPECT_TRUE(other.hold(path));
}

// The child process of SessionFileGuardTest.AnotherLiveInstanceIsNamedAndADeadOnesLockIsTakenOver: it holds the
// lock of the file named by kChildVariable, says so, and dies by SIGKILL (leaving the lock file behind) when the
// parent closes its standard input. Skipped in a normal run.
TEST(SessionLockChild, HoldsTheLockUntilKilled)
{
    const QByteArray file = qgetenv(kChildVariable);
    if (file.isEmpty())
        GTEST_SKIP() << "runs only as the child process of the lock test";
    SessionFileLock lock;
    ASSERT_TRUE(lock.hold(QFile::decodeName(file)));
    std::printf("LOCKED\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    std::raise(SIGKILL);
}

TEST_F(SessionFileGuardTest, AnotherLiveInstanceIsNamedAndADeadOnesLockIsTakenOver)
{
    const QString path = write(QStringLiteral("waist.json"), 60.0);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // the same data folder
    environment.insert(QString::fromLatin1(kChildVariable), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=SessionLockChild.HoldsTheLockUntilKilled")});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!output.contains("LOCKED\n") && child.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
        output += child.readAllStandardOutput();
    ASSERT_TRUE(output.contains("LOCKED\n")) << output.toStdString() << child.readAllStandardError().toStdString();

    MainWindow w;
    Asked asked;
    {
        const auto answer = clickIn("file-in-use", "cancel", &asked);
        EXPECT_FALSE(w.openSession(path));
    }
    EXPECT_EQ(asked.name, QStringLiteral("file-in-use"));
    EXPECT_TRUE(asked.text.contains(QString::number(child.processId()))) << asked.text.toStdString();
    EXPECT_NE(w.document()->filePath(), path); // Cancel: nothing opened

    child.closeWriteChannel(); // the child kills itself
    ASSERT_TRUE(child.waitForFinished(30000));
    ASSERT_EQ(child.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFile::exists(SessionFileLock::lockFileFor(path))); // left behind, stale now

    Asked none;
    {
        const auto answer = clickIn("file-in-use", "cancel", &none);
        EXPECT_TRUE(w.openSession(path));
    }
    EXPECT_TRUE(none.name.isEmpty()) << none.name.toStdString();
    EXPECT_EQ(w.document()->filePath(), path);
    EXPECT_EQ(w.fileActions()->guard()->lock().heldPath(), QFileInfo(path).canonicalFilePath());
}
