// Runs the real attnlab binary (ATTNLAB_EXE) as a user would, headless.

#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

TEST(Cli, ComputePrintsTheWaistlineTrace)
{
    const Outcome run = attnlab({u"compute"_s, kWaistline});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();

    EXPECT_EQ(row0(root, u"scores"_s), (std::vector<double>{-2.0, -2.0, -18.0}));
    const std::vector<double> weights = row0(root, u"weights"_s);
    ASSERT_EQ(weights.size(), 3u);
    EXPECT_NEAR(weights[0], 0.499999971866208, 1e-15); // DOMAIN.md worked example 1
    EXPECT_NEAR(weights[1], 0.499999971866208, 1e-15);
    EXPECT_NEAR(weights[2], 5.626758419358835e-08, 1e-15);
    const std::vector<double> outputs = row0(root, u"outputs"_s);
    ASSERT_EQ(outputs.size(), 1u);
    EXPECT_NEAR(outputs[0], 112.5000007596124, 1e-12);
    EXPECT_EQ(root.value(u"key_labels"_s).toArray().at(2).toString(), u"68 cm"_s);
    EXPECT_EQ(root.value(u"scoring"_s).toObject().value(u"function"_s).toString(), u"gaussian"_s);
}

TEST(Cli, ComputeWorksWithoutDisplay)
{
    const Outcome run = attnlab({u"compute"_s, kWaistline}, headlessEnvironment());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains("\"weights\"")) << run.out.constData();
}

TEST(Cli, ComputeOnMalformedFileFails)
{
    const QString path = dataFile("malformed.json");
    const Outcome run = attnlab({u"compute"_s, path});
    expectFailure(run, "malformed.json: malformed JSON at byte offset 87");
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(Cli, ComputeOnMissingFileFails)
{
    expectFailure(attnlab({u"compute"_s, u"/nonexistent/x.json"_s}), "attnlab: /nonexistent/x.json: no such file");
}

TEST(Cli, ComputeOnInconsistentSessionNamesTheFault)
{
    expectFailure(attnlab({u"compute"_s, dataFile("nk_mismatch.json")}), "nk_mismatch.json: 3 \"keys\" but 2");
}

TEST(Cli, ExportWritesAllFormats)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(u"images"_s); // created by attnlab
    const Outcome run =
        attnlab({u"export"_s, kWaistline, u"--out"_s, out, u"--format"_s, u"png,pdf,svg"_s, u"--scale"_s, u"2"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();

    for (const char* id : {"scores", "weights", "outputs"}) {
        const QString base = out + u'/' + QString::fromUtf8(id);
        const QByteArray png = readAll(base + u".png"_s);
        const auto [width, height] = pngSize(png);
        EXPECT_GT(width, 0u) << id;
        EXPECT_GT(height, 0u) << id;
        EXPECT_TRUE(readAll(base + u".pdf"_s).startsWith("%PDF")) << id;
        EXPECT_TRUE(readAll(base + u".svg"_s).contains("<svg")) << id;
        for (const char* suffix : {".png", ".pdf", ".svg"})
            EXPECT_TRUE(run.out.contains((base + QString::fromUtf8(suffix)).toUtf8())) << run.out.constData();
    }
    EXPECT_EQ(run.out.count('\n'), 9) << run.out.constData();
}

TEST(Cli, ExportWithoutDisplayDefaultsToPngAtScaleOne)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Outcome run = attnlab({u"export"_s, kWaistline, u"--out"_s, dir.path()}, headlessEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_FALSE(run.err.contains("xcb")) << run.err.constData();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              (QStringList{u"outputs.png"_s, u"scores.png"_s, u"weights.png"_s}));
    EXPECT_GT(pngSize(readAll(dir.filePath(u"weights.png"_s))).first, 0u);
}

TEST(Cli, ScaleTwoDoublesThePngSize)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString one = dir.filePath(u"one"_s);
    const QString two = dir.filePath(u"two"_s);
    ASSERT_EQ(attnlab({u"export"_s, kWaistline, u"--out"_s, one}).exitCode, 0);
    ASSERT_EQ(attnlab({u"export"_s, kWaistline, u"--out"_s, two, u"--scale"_s, u"2"_s}).exitCode, 0);
    const auto [w1, h1] = pngSize(readAll(one + u"/weights.png"_s));
    const auto [w2, h2] = pngSize(readAll(two + u"/weights.png"_s));
    ASSERT_GT(w1, 0u);
    EXPECT_EQ(w2, 2 * w1);
    EXPECT_EQ(h2, 2 * h1);
}

TEST(Cli, ExportRefusesBadScale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, dir.path(), u"--scale"_s, u"3"_s}),
                  "--scale must be 1, 2 or 4, got \"3\"");
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(Cli, ExportRefusesUnknownFormat)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, dir.path(), u"--format"_s, u"png,gif"_s}),
                  "unknown export format \"gif\" (expected png, pdf, svg, csv or npy)");
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(Cli, ExportNeedsOut)
{
    expectFailure(attnlab({u"export"_s, kWaistline}), "export needs --out DIR");
}

TEST(Cli, ExportIntoUnwritablePlaceFails)
{
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, u"/proc/attnlab-export-test"_s}),
                  "/proc/attnlab-export-test");
}

TEST(Cli, ExportOntoAFileFails)
{
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, kWaistline}), "is not a directory");
}

TEST(Cli, ExportOfBadSessionFails)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    expectFailure(attnlab({u"export"_s, dataFile("ragged_keys.json"), u"--out"_s, dir.path()}),
                  "ragged_keys.json: \"keys\" row 2 has 2 numbers, row 1 has 1");
}

TEST(Cli, UsageErrors)
{
    expectFailure(attnlab({u"frobnicate"_s, kWaistline}), "unknown command \"frobnicate\"");
    expectFailure(attnlab({u"comput"_s}), "unknown command \"comput\"");
    expectFailure(attnlab({u"compute"_s}), "compute needs a session file");
    expectFailure(attnlab({u"compute"_s, kWaistline, u"extra.json"_s}), "too many arguments");
    expectFailure(attnlab({u"compute"_s, kWaistline, u"--scale"_s, u"2"_s}), "belong to the export command");
    expectFailure(attnlab({u"--bogus"_s}), "bogus");
}

TEST(Cli, HelpAndVersion)
{
    const Outcome help = attnlab({u"--help"_s}, headlessEnvironment());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("compute SESSION.json")) << help.out.constData();
    EXPECT_TRUE(help.out.contains("--scale")) << help.out.constData();

    const Outcome version = attnlab({u"--version"_s}, headlessEnvironment());
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("attnlab ")) << version.out.constData();
    EXPECT_TRUE(version.out.contains('.')) << version.out.constData();
}

TEST(Cli, WindowWithoutDisplayFailsCleanly)
{
    expectFailure(attnlab({}, headlessEnvironment()), "no display");
    expectFailure(attnlab({kWaistline}, headlessEnvironment()), "no display");
}

// Without XDG_RUNTIME_DIR (CI, sudo, cron) Qt notes "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to …" on
// stderr when the export's QGuiApplication starts; bad input must still give exit code 2 and one line.
TEST(Cli, BadInputWithoutRuntimeDirGivesOneLine)
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.remove(u"XDG_RUNTIME_DIR"_s);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"number.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("42\n");
    file.close();
    const QByteArray expected = "attnlab: " + QDir::toNativeSeparators(path).toUtf8() +
                                ": the top level must be a JSON object such as {\"queries\": …, \"keys\": …, "
                                "\"values\": …}, not a number\n";
    for (const QString& command : {u"export"_s, u"compute"_s}) {
        const QStringList arguments = command == u"export"_s
                                          ? QStringList{command, path, u"--out"_s, dir.filePath(u"out"_s)}
                                          : QStringList{command, path};
        const Outcome run = attnlab(arguments, environment);
        EXPECT_FALSE(run.crashed) << command.toStdString();
        EXPECT_EQ(run.exitCode, 2) << command.toStdString();
        EXPECT_EQ(run.err, expected) << command.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << command.toStdString();
    }
    const Outcome malformed =
        attnlab({u"export"_s, dataFile("malformed.json"), u"--out"_s, dir.filePath(u"out"_s)}, environment);
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_EQ(malformed.err.count('\n'), 1) << malformed.err.constData();
    EXPECT_TRUE(malformed.err.startsWith("attnlab: ")) << malformed.err.constData();
}

// X W_Q overflows in self-attention: the message names the product and the token, not "queries".
TEST(Cli, ComputeNamesAnOverflowingProjection)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"overflow.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"self_attention": {"X": [[1e200, 1], [1, 1]], "W_Q": [[1e200, 0], [0, 1]],
                   "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]]}, "query_labels": ["the", "cat"]})");
    file.close();
    const Outcome run = attnlab({u"compute"_s, path});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "attnlab: " + QDir::toNativeSeparators(path).toUtf8() +
                           ": Q = X W_Q at token \"the\" (row 1), column 1 is not a finite number\n");
}

// A computation that needs more memory than the machine has is refused before it runs (issue 15: 8192 × 8192 took
// more than 9 GB): exit 2 and one line naming the size, the need and what is available. The limit is injected.
TEST(Cli, ComputeRefusesASessionBeyondTheAvailableMemory)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ATTN_AVAILABLE_MEMORY"_s, u"100"_s);
    const Outcome refused = attnlab({u"compute"_s, kWaistline}, environment);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.out.isEmpty());
    EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.constData();
    const QByteArray expectedStart =
        "attnlab: " + QDir::toNativeSeparators(kWaistline).toUtf8() + ": 1 × 3 needs about ";
    EXPECT_TRUE(refused.err.startsWith(expectedStart)) << refused.err.constData();
    EXPECT_TRUE(refused.err.endsWith("; this machine has 100 bytes available\n")) << refused.err.constData();

    environment.insert(u"ATTN_AVAILABLE_MEMORY"_s, u"100000000"_s);
    const Outcome computed = attnlab({u"compute"_s, kWaistline}, environment);
    EXPECT_EQ(computed.exitCode, 0) << computed.err.constData();
    EXPECT_TRUE(computed.out.contains("\"weights\""));
}
