// Nothing lost, nothing silently wrong (issue 15): the real command line, `attnlab export SESSION --out DIR
// --format png`, killed with SIGKILL at random moments. After every kill each image is either absent or complete:
// byte for byte the image a finished export writes (and a PNG that decodes), never a partial file under its
// name. Rounds alternate between an empty folder (absent or complete) and a folder holding the other session's
// complete export (old or new, when an export writes over an earlier one).
#include "crashtestsupport.h"

#include "io/sessionjson.h"
#include "window/mainwindow.h"

#include "../support/writeresultcheck.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <map>

namespace {

using Images = std::map<QString, QByteArray>; // file name → bytes

Images imagesIn(const QString& dir)
{
    Images images;
    const QDir folder(dir);
    for (const QString& name : folder.entryList(QDir::Files)) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            images[name] = file.readAll();
    }
    return images;
}

QStringList exportArguments(const QString& session, const QString& out)
{
    return {QStringLiteral("export"), session, QStringLiteral("--out"), out, QStringLiteral("--format"),
            QStringLiteral("png")};
}

} // namespace

TEST(CrashSafety, AKilledExportLeavesEachImageAbsentOrComplete)
{
    const int rounds = crashtest::rounds(150, 10);
    const std::uint32_t seed = crashtest::seed(20261208);
    std::cout << "crash-safety (export): " << rounds << " rounds, seed " << seed
              << " (ATTN_CRASH_ROUNDS, ATTN_CRASH_SEED)" << std::endl;

    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(variable), home.filePath(QString::fromLatin1(variable)));

    // Two sessions of the same shape (the same file names), different values: two heads, 16 images.
    attn::Session session = attn::ui::builtInExample(QStringLiteral("two-head"));
    const QString sessions[2] = {home.filePath(QStringLiteral("a.json")), home.filePath(QStringLiteral("b.json"))};
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(sessions[0], session)));
    ASSERT_TRUE(session.self_attention.has_value());
    session.self_attention->X(0, 0) += 0.5; // the stages of the first token change
    session.self_attention->X(1, 1) += 0.25;
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(sessions[1], session)));

    // What a finished export writes, for each session; the time it takes.
    Images complete[2];
    qint64 exportMs = 0;
    for (int s = 0; s < 2; ++s) {
        const QString out = home.filePath(QStringLiteral("complete%1").arg(s));
        crashtest::KilledChild child(QStringLiteral(ATTNLAB_EXE), exportArguments(sessions[s], out), environment);
        ASSERT_TRUE(child.started());
        ASSERT_FALSE(child.killAfter(600000)); // ends by itself (CTest's timeout stops a hang)
        ASSERT_EQ(child.process().exitCode(), 0) << child.standardError().toStdString();
        exportMs = std::max(exportMs, child.elapsed());
        complete[s] = imagesIn(out);
        ASSERT_GE(complete[s].size(), 10u); // scores, weights, outputs of each head and together …
        for (const auto& [name, bytes] : complete[s]) {
            EXPECT_TRUE(name.endsWith(QStringLiteral(".png"))) << name.toStdString();
            EXPECT_FALSE(QImage::fromData(bytes, "PNG").isNull()) << name.toStdString();
        }
    }
    ASSERT_EQ(complete[0].size(), complete[1].size());
    EXPECT_NE(complete[0], complete[1]);
    const std::size_t imageCount = complete[0].size();

    std::mt19937 random(seed);
    const QString shared = home.filePath(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(shared));
    for (const auto& [name, bytes] : complete[1]) { // the shared folder starts with b's export
        QFile file(QDir(shared).filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    int beforeFirstImage = 0, midExport = 0, finished = 0, overwriting = 0, leftovers = 0, imagesChecked = 0;
    for (int round = 0; round < rounds; ++round) {
        SCOPED_TRACE("round " + std::to_string(round) + " of seed " + std::to_string(seed));
        const int s = round % 2; // a into a fresh folder, b over a's export in the shared folder (and back)
        const bool fresh = round % 4 < 2;
        const QString out = fresh ? home.filePath(QStringLiteral("round%1").arg(round)) : shared;
        const int delay = std::uniform_int_distribution<int>(0, static_cast<int>(exportMs * 11 / 10))(random);
        crashtest::KilledChild child(QStringLiteral(ATTNLAB_EXE), exportArguments(sessions[s], out), environment);
        ASSERT_TRUE(child.started());
        const bool killed = child.killAfter(delay);
        if (!killed) {
            ASSERT_EQ(child.process().exitCode(), 0) << child.standardError().toStdString();
        }

        std::size_t fromThisRound = 0;
        for (const auto& [name, bytes] : imagesIn(out)) {
            const auto expected = complete[s].find(name);
            if (expected == complete[s].end()) {
                // Not an image's name: the temporary file of a write cut short (QSaveFile's "<name>.XXXXXX").
                ++leftovers;
                EXPECT_TRUE(killed) << name.toStdString();
                QFile::remove(QDir(out).filePath(name));
                continue;
            }
            const bool isNew = bytes == expected->second;
            const bool isOld = !fresh && bytes == complete[1 - s].at(name);
            ASSERT_TRUE(isNew || isOld)
                << name.toStdString() << " is neither the old nor the new image (" << bytes.size() << " bytes)";
            ASSERT_FALSE(QImage::fromData(bytes, "PNG").isNull()) << name.toStdString();
            ++imagesChecked;
            if (isNew && (fresh || bytes != complete[1 - s].at(name)))
                ++fromThisRound;
        }
        if (fresh) {
            EXPECT_LE(imagesIn(out).size(), imageCount);
            QDir(out).removeRecursively();
        } else {
            ++overwriting;
        }
        if (!killed) {
            ++finished;
            if (fresh) {
                EXPECT_EQ(fromThisRound, imageCount);
            }
        } else if (fromThisRound == 0) {
            ++beforeFirstImage;
        } else {
            ++midExport;
        }
        if (testing::Test::HasFailure())
            return;
    }
    std::cout << "crash-safety (export): " << rounds << " rounds of " << imageCount << " images (a complete "
              << "export takes " << exportMs << " ms): " << beforeFirstImage << " killed before its first image, "
              << midExport << " mid-export, " << finished << " finished; " << overwriting
              << " wrote over the other session's export; " << imagesChecked << " images checked; " << leftovers
              << " temporary files left by a write cut short" << std::endl;
}
