// Nothing lost, nothing silently wrong (issue 15): the real window (tests/crash/crash_driver.cpp: MainWindow,
// SessionDocument, SessionFileActions, Autosaver, RecoveryOffer) edits, saves and autosaves for ever and is
// killed with SIGKILL at random moments, round after round, each round starting again from what the last kill
// left (restoring the recovery file when it is the newest copy, as a user would). After every kill:
// - the session file holds exactly the old or exactly the new content (byte for byte: the last saved session,
//   or the one whose save was under way), never a partial or empty file;
// - every recovery file reads back through the real reader (readRecoveryFile) as a session the window held,
//   names the session file, and is offered (RecoveryOffer::orphanedFiles) now that its process is gone;
// - nothing saved or autosaved before the kill is lost: the file or a recovery file holds it or something newer.
#include "crashtestsupport.h"

#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "io/sessionjson.h"
#include "window/mainwindow.h"

#include "../support/writeresultcheck.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

long long markerOf(const attn::Session& session)
{
    return std::llround(session.values(0, 0));
}

/// What one round's output says happened (crash_driver.cpp's lines).
struct RoundLog {
    bool startedUp{false};           ///< "START" was written: the kill landed after the start-up.
    bool restored{false};            ///< The start-up restored a recovery file.
    long long confirmed{0};          ///< The marker of the last completed save (or the file's before the round).
    std::optional<long long> saving; ///< A save under way at the kill ("SAVING" without "SAVED").
    bool autosaving{false};          ///< An explicit autosave under way at the kill ("AUTOSAVING" last).
    long long secured{0};            ///< The newest marker saved, autosaved or restored before the kill.
    long long newestEdit{0};         ///< The newest marker the window held.
    QByteArray error;                ///< An "ERROR" line, if any.
};

RoundLog parse(const QByteArrayList& lines, long long fileMarker)
{
    RoundLog log;
    log.confirmed = fileMarker;
    log.secured = fileMarker;
    log.newestEdit = fileMarker;
    for (const QByteArray& line : lines) {
        const QByteArrayList words = line.split(' ');
        const QByteArray& what = words.at(0);
        const long long k = words.size() > 1 ? words.at(1).toLongLong() : 0;
        log.autosaving = false;
        if (what == "START") {
            log.startedUp = true;
            log.restored = words.value(2) == "restored";
            log.secured = std::max(log.secured, k);
            log.newestEdit = std::max(log.newestEdit, k);
        } else if (what == "EDIT") {
            log.newestEdit = std::max(log.newestEdit, k);
        } else if (what == "SAVING") {
            log.saving = k;
        } else if (what == "SAVED") {
            log.confirmed = k;
            log.saving.reset();
            log.secured = std::max(log.secured, k);
        } else if (what == "AUTOSAVING") {
            log.autosaving = true;
        } else if (what == "AUTOSAVED") {
            log.secured = std::max(log.secured, k);
        } else if (what == "ERROR") {
            log.error = line;
        }
    }
    return log;
}

} // namespace

TEST(CrashSafety, AKilledSessionLeavesTheOldOrTheNewFileAndAReadableRecoveryFile)
{
    const int rounds = crashtest::rounds(150, 12);
    const std::uint32_t seed = crashtest::seed(20261207);
    std::cout << "crash-safety (session): " << rounds << " rounds, seed " << seed
              << " (ATTN_CRASH_ROUNDS, ATTN_CRASH_SEED)" << std::endl;

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    const QString data = home.filePath(QStringLiteral("data"));
    const QString files = home.filePath(QStringLiteral("files"));
    ASSERT_TRUE(QDir().mkpath(config + QStringLiteral("/Attention Lab")) && QDir().mkpath(data) &&
                QDir().mkpath(files));
    {
        // The real setting (Settings::autosaveIntervalSeconds), as a user would write it: autosave every second.
        QFile conf(config + QStringLiteral("/Attention Lab/attnlab.conf"));
        ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
        conf.write("[files]\nautosaveIntervalSeconds=1\n");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    // The folder the app autosaves to (Autosaver::recoveryDirectory() of a process named as the app).
    const QString recoveryDir = data + QStringLiteral("/Attention Lab/attnlab/recovery");

    // The session of marker k, as the window holds it after its edits: the example with value (0, 0) = k. Its
    // file is what writeSessionFile writes for it; the driver must leave the file equal to one of these.
    const QString sessionPath = QDir(files).filePath(QStringLiteral("session.json"));
    attn::Session base = attn::ui::builtInExample();
    base.values(0, 0) = 0.0;
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(sessionPath, base)));
    base = attn::io::readSessionFile(sessionPath);
    std::map<long long, QByteArray> expectedBytes;
    const auto expectedFile = [&](long long k) -> const QByteArray& {
        auto found = expectedBytes.find(k);
        if (found == expectedBytes.end()) {
            attn::Session session = base;
            session.values(0, 0) = static_cast<double>(k);
            found = expectedBytes.emplace(k, attn::io::sessionToJson(session)).first;
        }
        return found->second;
    };
    ASSERT_EQ(readBytes(sessionPath), expectedFile(0));

    std::mt19937 random(seed);
    qint64 startupMs = 0; // the longest start-up seen so far: kills during the start-up fall within it
    int killedDuringStartup = 0, restoredRounds = 0, midSave = 0, midAutosave = 0, betweenSteps = 0;
    int recoveryFilesChecked = 0, leftovers = 0, emptyLocks = 0;
    long long fileMarker = 0;
    long long newestEver = 0;
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round) + " of seed " + std::to_string(seed));
        crashtest::KilledChild child(QStringLiteral(CRASH_DRIVER_EXE), {sessionPath}, environment);
        ASSERT_TRUE(child.started());
        // Every 5th round (once a start-up time is known) kills at any moment of the start-up (reading,
        // restoring and re-autosaving the recovery file); the others after it, while editing and saving.
        const bool duringStartup = round % 5 == 4 && startupMs > 0;
        if (duringStartup) {
            child.killAfter(std::uniform_int_distribution<int>(0, static_cast<int>(startupMs))(random));
        } else {
            ASSERT_TRUE(child.waitForLine("START"))
                << child.lines().join('\n').toStdString() << child.standardError().toStdString();
            startupMs = std::max(startupMs, child.elapsed());
            child.killAfter(std::uniform_int_distribution<int>(0, 250)(random));
        }
        const RoundLog log = parse(child.lines(), fileMarker);
        ASSERT_TRUE(log.error.isEmpty()) << log.error.toStdString();
        newestEver = std::max(newestEver, log.newestEdit);
        if (!log.startedUp)
            ++killedDuringStartup;
        else if (log.saving)
            ++midSave;
        else if (log.autosaving)
            ++midAutosave;
        else
            ++betweenSteps;
        restoredRounds += log.restored ? 1 : 0;

        // The session file: exactly the last saved session, or the one being saved.
        const QByteArray onDisk = readBytes(sessionPath);
        const bool old = onDisk == expectedFile(log.confirmed);
        const bool updated = log.saving && onDisk == expectedFile(*log.saving);
        ASSERT_TRUE(old || updated) << "the session file is neither marker " << log.confirmed
                                    << (log.saving ? " nor " + std::to_string(*log.saving) : std::string()) << " ("
                                    << onDisk.size() << " bytes):\n"
                                    << onDisk.left(400).toStdString();
        fileMarker = updated ? *log.saving : log.confirmed;

        // Every recovery file reads back as a session the window held, names the file, and is offered.
        long long newestCopy = fileMarker;
        const QStringList orphans = attn::ui::RecoveryOffer(recoveryDir).orphanedFiles();
        const QDir recovery(recoveryDir);
        for (const QString& name : recovery.entryList(QDir::Files)) {
            const QString path = recovery.filePath(name);
            if (name.endsWith(QStringLiteral(".json.lock")))
                continue;
            if (!name.endsWith(QStringLiteral(".json"))) { // a temporary file of a write cut short
                ++leftovers;
                QFile::remove(path);
                continue;
            }
            attn::ui::RecoveryFile read;
            try {
                read = attn::ui::readRecoveryFile(path);
            } catch (const attn::io::SessionFileError& error) {
                FAIL() << "a recovery file does not read: " << error.what() << "\n"
                       << readBytes(path).left(400).toStdString();
            }
            const long long marker = markerOf(read.session);
            EXPECT_LE(marker, newestEver) << name.toStdString();
            EXPECT_EQ(attn::io::sessionToJson(read.session), expectedFile(marker)) << name.toStdString();
            EXPECT_EQ(read.filePath, sessionPath) << name.toStdString();
            // Offered now; except beside an empty lock file (a kill between QLockFile creating it and writing the
            // process id, microseconds wide), which RecoveryOffer takes for stale only once it is 10 s old.
            const QFileInfo lock(path + QStringLiteral(".lock"));
            if (lock.exists() && lock.size() == 0)
                ++emptyLocks;
            else
                EXPECT_TRUE(orphans.contains(path)) << name.toStdString() << " is not offered";
            newestCopy = std::max(newestCopy, marker);
            ++recoveryFilesChecked;
        }
        for (const QString& name : QDir(files).entryList(QDir::Files))
            if (name != QStringLiteral("session.json") && name != QStringLiteral("session.json.lock")) {
                ++leftovers; // a temporary file of a save cut short
                QFile::remove(QDir(files).filePath(name));
            }

        // Nothing saved, autosaved or restored before the kill is lost.
        ASSERT_GE(newestCopy, log.secured) << "the newest copy on disk is older than what was saved";
        if (testing::Test::HasFailure())
            return;
    }
    std::cout << "crash-safety (session): " << rounds << " kills: " << killedDuringStartup
              << " during the start-up, " << midSave << " mid-save, " << midAutosave << " mid-autosave, "
              << betweenSteps << " between steps (editing, the timer's autosave or painting); " << restoredRounds
              << " start-ups restored a recovery file; " << recoveryFilesChecked << " recovery files read back ("
              << emptyLocks << " beside an empty lock file); " << leftovers
              << " temporary files left by a write cut short; "
              << "the session reached marker " << newestEver << ", its file " << fileMarker
              << "; the longest start-up " << startupMs << " ms" << std::endl;
}
