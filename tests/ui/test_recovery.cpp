// Never lose work: autosave to a recovery file, the offer after a crash (a real child process killed with
// SIGKILL), what Restore, Discard and Later do, unreadable recovery files, and saves that fail without touching
// the old file. Every test points XDG_DATA_HOME at a temporary folder, so the recovery folder is its own.
#include "datahome.h"
#include "dialoganswers.h"

#include "../support/writeresultcheck.h"
#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <gtest/gtest.h>
#include <optional>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <sys/file.h>
#include <sys/resource.h>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using attn::ui::Autosaver;
using attn::ui::MainWindow;
using attn::ui::MatrixRole;
using attn::ui::RecoveryChoice;
using attn::ui::RecoveryFile;
using attn::ui::RecoveryOffer;

namespace {

constexpr char kChildVariable[] = "ATTNLAB_RECOVERY_CHILD";

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Runs with XDG_DATA_HOME in a temporary folder (QStandardPaths reads it on every call).
class Recovery : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_data.isValid() && m_files.isValid());
        m_home.emplace(m_data.path());
        ASSERT_TRUE(Autosaver::recoveryDirectory().startsWith(m_data.path()));
    }
    void TearDown() override { m_home.reset(); }

    QString recoveryPath(const QString& name) const
    {
        QDir().mkpath(Autosaver::recoveryDirectory());
        return QDir(Autosaver::recoveryDirectory()).filePath(name);
    }
    QString filePath(const QString& name) const { return QDir(m_files.path()).filePath(name); }

    QTemporaryDir m_data;
    QTemporaryDir m_files;
    std::optional<uitest::DataHome> m_home;
};

RecoveryOffer::Report failOnReport()
{
    return [](const QString& message) {
        ADD_FAILURE() << "unexpected report: " << message.toStdString();
        return false;
    };
}

} // namespace

// The child process of Recovery.AKilledSessionComesBackButNotWhileItsInstanceLives: it opens the window on the
// waistline file, edits it, waits for the autosave after the significant change, says where it autosaved, and
// dies by SIGKILL (no clean-up at all) when the parent closes its standard input. Skipped in a normal run.
TEST(RecoveryChild, EditsAutosavesAndWaitsToBeKilled)
{
    const QByteArray original = qgetenv(kChildVariable);
    if (original.isEmpty())
        GTEST_SKIP() << "runs only as the child process of the recovery test";
    MainWindow w;
    w.loadSession(attn::io::readSessionFile(QFile::decodeName(original)), QFile::decodeName(original));
    w.show();
    QSignalSpy autosaved(w.autosaver(), &Autosaver::autosaved);
    w.document()->insertRow(MatrixRole::Keys, 3); // significant: autosaved two seconds later
    auto* queries = w.queriesEditor()->model();
    auto* keys = w.keysEditor()->model();
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("64")));
    ASSERT_TRUE(keys->setData(keys->index(3, 1), QStringLiteral("70")));
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    ASSERT_TRUE(autosaved.wait(15000));
    std::printf("AUTOSAVED %s\n", QFile::encodeName(autosaved.at(0).at(0).toString()).constData());
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line); // until the parent closes our standard input
    std::raise(SIGKILL);
}

TEST_F(Recovery, AKilledSessionComesBackButNotWhileItsInstanceLives)
{
    const QString original = filePath(QStringLiteral("waist.json"));
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(original, attn::ui::builtInExample())));

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), original);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=RecoveryChild.EditsAutosavesAndWaitsToBeKilled")});
    ASSERT_TRUE(child.waitForStarted());

    QByteArray output;
    QString autosavedPath;
    const QDeadlineTimer deadline(60000);
    while (autosavedPath.isEmpty() && child.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
        output += child.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n'))
            if (line.startsWith("AUTOSAVED ") && output.contains(line + '\n'))
                autosavedPath = QFile::decodeName(line.mid(10));
    }
    ASSERT_FALSE(autosavedPath.isEmpty()) << output.toStdString() << child.readAllStandardError().toStdString();
    EXPECT_TRUE(autosavedPath.startsWith(Autosaver::recoveryDirectory()));
    EXPECT_TRUE(QFile::exists(autosavedPath));

    // While its instance lives, its file is nobody else's.
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());
    {
        MainWindow other;
        other.loadSession(attn::ui::builtInExample());
        int asked = 0;
        EXPECT_FALSE(RecoveryOffer().offer(
            other.autosaver(), [&asked](const RecoveryFile&) { return ++asked, RecoveryChoice::Restore; },
            failOnReport()));
        EXPECT_EQ(asked, 0);
    }

    child.closeWriteChannel(); // the child kills itself with SIGKILL
    ASSERT_TRUE(child.waitForFinished(30000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    EXPECT_TRUE(QFile::exists(autosavedPath + QStringLiteral(".lock"))); // left behind, now stale
    ASSERT_EQ(RecoveryOffer().orphanedFiles(), QStringList{autosavedPath});

    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    RecoveryFile offered;
    const bool restored = RecoveryOffer().offer(
        w.autosaver(),
        [&offered](const RecoveryFile& file) {
            offered = file;
            return RecoveryChoice::Restore;
        },
        failOnReport());
    ASSERT_TRUE(restored);
    EXPECT_EQ(offered.path, autosavedPath);
    EXPECT_EQ(offered.filePath, original);
    EXPECT_LE(offered.savedAt.secsTo(QDateTime::currentDateTimeUtc()), 120);

    const attn::Session& s = w.document()->session();
    EXPECT_EQ(s.queries(0, 0), 64.0);
    EXPECT_EQ(s.keys.rows(), 4);
    EXPECT_EQ(s.keys(3, 0), 70.0);
    EXPECT_EQ(s.values(0, 0), 100.0);
    EXPECT_EQ(w.document()->filePath(), original);
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_TRUE(w.windowTitle().startsWith(QStringLiteral("waist.json[*]"))) << w.windowTitle().toStdString();
    // Query 64 against keys 60, 64, 68, 70: scores −8, 0, −8, −18; Z = 1 + 2e^{−8} + e^{−18}. The added row's
    // value continues 115, 126 by their step: 137.
    const double z = 1.0 + 2.0 * std::exp(-8.0) + std::exp(-18.0);
    auto* weights = w.heatmap(QStringLiteral("weights"))->controller();
    EXPECT_NEAR(weights->cellValue(0, 1), 1.0 / z, 1e-15);
    EXPECT_NEAR(weights->cellValue(0, 3), std::exp(-18.0) / z, 1e-20);
    EXPECT_NEAR(w.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0),
                (100.0 * std::exp(-8.0) + 115.0 + 126.0 * std::exp(-8.0) + 137.0 * std::exp(-18.0)) / z, 1e-11);

    // The orphan is gone; the restoring instance autosaved the session under its own (live) file.
    EXPECT_FALSE(QFile::exists(autosavedPath));
    EXPECT_FALSE(QFile::exists(autosavedPath + QStringLiteral(".lock")));
    EXPECT_TRUE(QFile::exists(w.autosaver()->recoveryFilePath()));
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());

    // Save writes to the original file and the recovery file goes.
    ASSERT_TRUE(w.save());
    EXPECT_FALSE(w.isWindowModified());
    EXPECT_FALSE(QFile::exists(w.autosaver()->recoveryFilePath()));
    EXPECT_EQ(attn::io::readSessionFile(original).queries(0, 0), 64.0);
}

TEST_F(Recovery, DiscardRemovesTheFileAndLaterKeepsIt)
{
    attn::Session session = attn::ui::builtInExample();
    const QString a = recoveryPath(QStringLiteral("a.json"));
    const QString b = recoveryPath(QStringLiteral("b.json"));
    session.title = "kept";
    ASSERT_TRUE(
        writecheck::succeeded(attn::ui::writeRecoveryFile(a, session, {}, QDateTime::currentDateTimeUtc())));
    session.title = "discarded";
    ASSERT_TRUE(writecheck::succeeded(attn::ui::writeRecoveryFile(b, session, filePath(QStringLiteral("x.json")),
                                                                  QDateTime::currentDateTimeUtc())));
    EXPECT_EQ(RecoveryOffer().orphanedFiles(), (QStringList{a, b})); // no lock at all: orphans

    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QStringList asked;
    const bool restored = RecoveryOffer().offer(
        w.autosaver(),
        [&asked](const RecoveryFile& file) {
            asked << QString::fromStdString(file.session.title);
            return file.session.title == "kept" ? RecoveryChoice::Later : RecoveryChoice::Discard;
        },
        failOnReport());
    EXPECT_FALSE(restored);
    EXPECT_EQ(asked, (QStringList{QStringLiteral("kept"), QStringLiteral("discarded")}));
    EXPECT_TRUE(QFile::exists(a));
    EXPECT_FALSE(QFile::exists(b));
    EXPECT_FALSE(QFile::exists(a + QStringLiteral(".lock")));
    EXPECT_EQ(RecoveryOffer().orphanedFiles(), QStringList{a}); // offered again next time
    EXPECT_FALSE(w.isWindowModified());
}

TEST_F(Recovery, AnUnreadableRecoveryFileIsReportedByNameAndLeftInPlace)
{
    const QString truncated = recoveryPath(QStringLiteral("truncated.json"));
    writeBytes(truncated, "{\"attnlab_recovery\": 1, \"session\": {\"queries\": [[1]]");
    const QString invalid = recoveryPath(QStringLiteral("invalid.json"));
    writeBytes(invalid, "{\"attnlab_recovery\": 1, \"file_path\": \"\", \"saved_at\": \"2024-05-01T10:00:00Z\", "
                        "\"session\": {\"version\": 1, \"queries\": [[1]], \"values\": [[1]]}}");
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QStringList reports;
    int asked = 0;
    EXPECT_FALSE(RecoveryOffer().offer(
        w.autosaver(), [&asked](const RecoveryFile&) { return ++asked, RecoveryChoice::Restore; },
        [&reports](const QString& message) { return reports << message, false; })); // keep both
    EXPECT_EQ(asked, 0);
    ASSERT_EQ(reports.size(), 2);
    EXPECT_TRUE(reports[0].contains(QStringLiteral("invalid.json"))) << reports[0].toStdString();
    EXPECT_TRUE(reports[0].contains(QStringLiteral("keys"))) << reports[0].toStdString();
    EXPECT_TRUE(reports[1].contains(QStringLiteral("truncated.json"))) << reports[1].toStdString();
    EXPECT_TRUE(reports[1].contains(QStringLiteral("byte"))) << reports[1].toStdString();
    EXPECT_TRUE(QFile::exists(truncated));
    EXPECT_TRUE(QFile::exists(invalid));
    EXPECT_EQ(w.document()->session().keys(2, 0), 68.0); // the window's session is untouched
    // Discard deletes them: they are not asked about at every start.
    EXPECT_FALSE(RecoveryOffer().offer(
        w.autosaver(), [](const RecoveryFile&) { return RecoveryChoice::Restore; },
        [](const QString&) { return true; }));
    EXPECT_FALSE(QFile::exists(truncated));
    EXPECT_FALSE(QFile::exists(invalid));
}

// A kill between QLockFile creating "<file>.lock" and writing its process id into it leaves the lock file empty.
// QLockFile alone cannot tell whether such an owner lives, and the recovery file beside it was never offered
// again: the autosaved work was lost without a word (found while writing tests/crash/). Now an empty lock file
// that is some seconds old and whose flock() nobody holds counts as stale.
TEST_F(Recovery, ALockFileLeftEmptyByAKillDoesNotHideTheAutosaveForEver)
{
    attn::Session session = attn::ui::builtInExample();
    session.values(0, 0) = 100.0;
    const QString path = recoveryPath(QStringLiteral("a.json"));
    ASSERT_TRUE(
        writecheck::succeeded(attn::ui::writeRecoveryFile(path, session, {}, QDateTime::currentDateTimeUtc())));
    const QString lockPath = path + QStringLiteral(".lock");
    QFile lockFile(lockPath);
    ASSERT_TRUE(lockFile.open(QIODevice::WriteOnly)); // empty
    // Just created, it may belong to an instance that is writing its id this very moment: not offered.
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());

    ASSERT_TRUE(
        lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    // Old, but held (flock) by a live owner: still not offered.
    ASSERT_EQ(::flock(lockFile.handle(), LOCK_EX | LOCK_NB), 0);
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty());
    EXPECT_TRUE(QFile::exists(lockPath));
    lockFile.close(); // releases the flock: the owner is gone

    EXPECT_EQ(RecoveryOffer().orphanedFiles(), QStringList{path});
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    EXPECT_TRUE(RecoveryOffer().offer(
        w.autosaver(), [](const RecoveryFile&) { return RecoveryChoice::Restore; }, failOnReport()));
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(lockPath));
}

TEST_F(Recovery, AFileNamedRelativeToTheStartFolderIsRecordedWithItsFullPath)
{
    // `cd lecture; attnlab s.json`, an edit, a kill; the next start in another folder holding another s.json
    // restores and saves: the save must go to lecture/s.json, never to the other folder's file.
    const QString startFolder = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(m_files.path()));
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(), QStringLiteral("s.json"));
    ASSERT_TRUE(QDir::setCurrent(startFolder));
    const QString expected = QDir(m_files.path()).absoluteFilePath(QStringLiteral("s.json"));
    EXPECT_EQ(w.document()->filePath(), expected);
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    ASSERT_TRUE(w.autosaver()->autosave());
    EXPECT_EQ(attn::ui::readRecoveryFile(w.autosaver()->recoveryFilePath()).filePath, expected);
    w.document()->setFilePath(QStringLiteral("relative/t.json")); // Save As with a relative name
    EXPECT_EQ(w.document()->filePath(), QDir(startFolder).absoluteFilePath(QStringLiteral("relative/t.json")));
}

TEST_F(Recovery, AutosaveFollowsTheModifiedMarkAndSavingOrClosingRemovesIt)
{
    const QString path = filePath(QStringLiteral("w.json"));
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(), path);
    EXPECT_FALSE(w.autosaver()->autosave()); // nothing to save
    EXPECT_FALSE(QFile::exists(w.autosaver()->recoveryFilePath()));

    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    ASSERT_TRUE(w.autosaver()->autosave());
    const QString recovery = w.autosaver()->recoveryFilePath();
    ASSERT_TRUE(QFile::exists(recovery));
    EXPECT_TRUE(QFile::exists(recovery + QStringLiteral(".lock")));
    const RecoveryFile read = attn::ui::readRecoveryFile(recovery);
    EXPECT_EQ(read.session.values(0, 0), 100.0);
    EXPECT_EQ(read.filePath, path);
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty()); // this instance is alive

    w.undoAction()->trigger(); // back to the saved state: nothing to recover
    EXPECT_FALSE(QFile::exists(recovery));
    w.redoAction()->trigger();
    ASSERT_TRUE(w.autosaver()->autosave());
    ASSERT_TRUE(w.save());
    EXPECT_FALSE(QFile::exists(recovery));
    EXPECT_FALSE(QFile::exists(recovery + QStringLiteral(".lock")));

    ASSERT_TRUE(values->setData(values->index(1, 1), QStringLiteral("120")));
    ASSERT_TRUE(w.autosaver()->autosave());
    w.show();
    const auto discardChanges = dialoganswers::answerNextMessageBox(QMessageBox::Discard);
    EXPECT_TRUE(w.close());
    EXPECT_FALSE(QFile::exists(recovery));
}

TEST_F(Recovery, ASaveUnderARegularFileFailsWithTheReasonAndKeepsTheWork)
{
    const QString plain = filePath(QStringLiteral("plain.txt"));
    writeBytes(plain, "not a folder");
    const QString target = plain + QStringLiteral("/session.json");
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    QString message;
    const auto acknowledge = dialoganswers::answerNextMessageBox(QMessageBox::Ok, &message);
    EXPECT_FALSE(w.fileActions()->saveTo(target));
    EXPECT_TRUE(message.contains(target)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Not a directory"))) << message.toStdString();
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_TRUE(w.document()->filePath().isEmpty());
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    EXPECT_EQ(readBytes(plain), QByteArray("not a folder"));
}

TEST_F(Recovery, AFailedSaveLeavesTheOldFileIntact)
{
    const QString path = filePath(QStringLiteral("old.json"));
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, attn::ui::builtInExample())));
    const QByteArray old = readBytes(path);
    ASSERT_GT(old.size(), 200);
    MainWindow w;
    w.loadSession(attn::ui::builtInExample(), path);
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));

    // A write that the system refuses even to root: files may not grow past 100 bytes (EFBIG).
    rlimit limit{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &limit), 0);
    const rlimit restore = limit;
    limit.rlim_cur = 100;
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limit), 0);
    QString message;
    const auto acknowledge = dialoganswers::answerNextMessageBox(QMessageBox::Ok, &message);
    const bool saved = w.save();
    setrlimit(RLIMIT_FSIZE, &restore);
    std::signal(SIGXFSZ, previous);

    EXPECT_FALSE(saved);
    EXPECT_TRUE(message.contains(path)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("File too large"))) << message.toStdString();
    EXPECT_EQ(readBytes(path), old);
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    // No temporary file is left behind.
    EXPECT_EQ(QDir(m_files.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.json")});
    // Once the system allows it, the same save works.
    ASSERT_TRUE(w.save());
    EXPECT_EQ(attn::io::readSessionFile(path).values(0, 0), 100.0);
}

TEST_F(Recovery, ARestoredSessionKeepsTheMembersOfItsFileThatTheWindowDoesNotShow)
{
    // A file with a description, translations and another tool's key: edited, autosaved and left unsaved (as a
    // killed window leaves it), restored in a new window and saved there: the file still has all three.
    const QString path = filePath(QStringLiteral("lesson.json"));
    writeBytes(path, R"({"version": 1, "title": "My lesson", "description": "Notes for class 3B",
                  "translations": {"zh_CN": {"title": "我的课"}}, "my_extra": {"keep": [1, 2]},
                  "queries": [[62]], "keys": [[60], [64], [68]], "values": [[110], [115], [126]],
                  "scoring": {"function": "gaussian", "sigma": 1}})");
    {
        MainWindow first;
        ASSERT_TRUE(first.openSession(path));
        auto* queries = first.queriesEditor()->model();
        ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("65")));
        ASSERT_TRUE(first.autosaver()->autosaveForExit()); // the recovery file outlives the window
    }
    ASSERT_EQ(RecoveryOffer().orphanedFiles().size(), 1);

    MainWindow second;
    second.loadSession(attn::ui::builtInExample());
    ASSERT_TRUE(RecoveryOffer().offer(
        second.autosaver(), [](const RecoveryFile&) { return RecoveryChoice::Restore; }, failOnReport()));
    ASSERT_EQ(second.document()->filePath(), path);
    ASSERT_TRUE(second.save());
    const QJsonObject root = QJsonDocument::fromJson(readBytes(path)).object();
    EXPECT_EQ(root.value(u"description").toString(), QStringLiteral("Notes for class 3B"));
    EXPECT_EQ(root.value(u"translations").toObject().value(u"zh_CN").toObject().value(u"title").toString(),
              QStringLiteral("我的课"));
    EXPECT_EQ(root.value(u"my_extra").toObject().value(u"keep").toArray(), QJsonArray({1, 2}));
    EXPECT_EQ(root.value(u"queries").toArray().at(0).toArray().at(0).toDouble(), 65.0); // the restored edit
}

TEST_F(Recovery, ADuplicateKeyInARecoveryFileIsReportedWithItsPlaceAsInASessionFile)
{
    // "queries" twice in the session object: QJsonDocument would keep [[2]] without a word.
    const QString path = recoveryPath(QStringLiteral("twice.json"));
    writeBytes(path, "{\"attnlab_recovery\": 1, \"file_path\": \"\", \"saved_at\": \"2024-05-01T10:00:00Z\",\n"
                     " \"session\": {\"version\": 1, \"queries\": [[1]], \"keys\": [[1]], \"values\": [[1]],\n"
                     "  \"queries\": [[2]]}}\n");
    const QString expected =
        QDir::toNativeSeparators(path) +
        QStringLiteral(": duplicate key \"queries\" at line 3, column 3: a key may appear only "
                       "once in an object");
    try {
        (void)attn::ui::readRecoveryFile(path);
        ADD_FAILURE() << "a recovery file with a duplicate key was read";
    } catch (const attn::io::SessionFileError& error) {
        EXPECT_EQ(QString::fromStdString(error.what()), expected);
    }
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QStringList reports;
    EXPECT_FALSE(RecoveryOffer().offer(
        w.autosaver(), [](const RecoveryFile&) { return RecoveryChoice::Restore; },
        [&reports](const QString& message) { return reports << message, false; }));
    ASSERT_EQ(reports.size(), 1);
    EXPECT_TRUE(reports[0].endsWith(expected)) << reports[0].toStdString();
}

TEST(RecoveryFile, AnUnwritableFolderFailsNamingThePath)
{
    const QString path = QStringLiteral("/proc/attnlab-recovery.json"); // /proc takes no new files, even from root
    const attn::io::WriteResult result =
        attn::ui::writeRecoveryFile(path, attn::ui::builtInExample(), {}, QDateTime::currentDateTimeUtc());
    EXPECT_FALSE(result);
    EXPECT_TRUE(
        result.errorString().startsWith(QStringLiteral("Cannot autosave to /proc/attnlab-recovery.json: ")))
        << result.errorString().toStdString();
    EXPECT_TRUE(result.written().isEmpty());
}
