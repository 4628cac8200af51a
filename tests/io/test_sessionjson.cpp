#include "fixtures.h"
#include "io/sessionjson.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <bit>
#include <csignal>
#include <cstdint>
#include <limits>
#include <ostream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using attn::io::SessionFileError;
using namespace iotest;

TEST(SessionJson, WaistlineExampleParses)
{
    const attn::Session s = attn::io::readSessionFile(QStringLiteral(EXAMPLES_DIR "/waistline.json"));
    EXPECT_EQ(s.queries, (attn::Matrix{{62.0}}));
    EXPECT_EQ(s.keys, (attn::Matrix{{60.0}, {64.0}, {68.0}}));
    EXPECT_EQ(s.values, (attn::Matrix{{110.0}, {115.0}, {126.0}}));
    EXPECT_EQ(s.query_labels, (std::vector<std::string>{"62 cm"}));
    EXPECT_EQ(s.key_labels, (std::vector<std::string>{"60 cm", "64 cm", "68 cm"}));
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(s.scoring.sigma, 1.0);
    EXPECT_EQ(s.title, "Waistline \u2192 weight (Nadaraya\u2013Watson, Gaussian kernel)");
}

TEST(SessionJson, OptionalFieldsTakeTheirDefaults)
{
    const attn::Session s = attn::io::readSessionFile(sessionData("minimal.json"));
    EXPECT_EQ(s.queries, (attn::Matrix{{1, 0}, {0, 1}}));
    EXPECT_EQ(s.keys, (attn::Matrix{{1, 0}, {0, 1}, {1, 1}}));
    EXPECT_EQ(s.values, (attn::Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}));
    EXPECT_TRUE(s.title.empty());
    EXPECT_TRUE(s.query_labels.empty());
    EXPECT_TRUE(s.key_labels.empty());
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::ScaledDot);
    EXPECT_EQ(s.scoring.sigma, 1.0);
    // Version 2's fields, absent: softmax at T = 1, no mask, no self-attention, no multi-head.
    EXPECT_EQ(s.normalization.function, attn::NormalizationFunction::Softmax);
    EXPECT_EQ(s.normalization.temperature, 1.0);
    EXPECT_EQ(s.mask.kind, attn::MaskKind::None);
    EXPECT_FALSE(s.self_attention.has_value());
    EXPECT_FALSE(s.multi_head.has_value());
}

TEST(SessionJson, UnknownFieldsAreIgnoredAndSigmaDefaultsToOne)
{
    const attn::Session s = attn::io::readSessionFile(sessionData("future_fields.json"));
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Dot);
    EXPECT_EQ(s.scoring.sigma, 2.5);
    EXPECT_EQ(s.values, (attn::Matrix{{10}, {20}}));
    EXPECT_EQ(s.normalization.function, attn::NormalizationFunction::Softmax);
    EXPECT_EQ(s.mask.kind, attn::MaskKind::None);

    const attn::Session noSigma = attn::io::sessionFromJson(
        R"({"queries": [[1]], "keys": [[2]], "values": [[3]], "scoring": {"function": "gaussian"}})", u"a.json"_s);
    EXPECT_EQ(noSigma.scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(noSigma.scoring.sigma, 1.0);
}

TEST(SessionJson, MissingFileIsNamed)
{
    const QString path = sessionData("no_such_session.json");
    EXPECT_EQ(readError(path), path.toStdString() + ": no such file");
}

TEST(SessionJson, DirectoryIsRefused)
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/sessions");
    EXPECT_EQ(readError(path), path.toStdString() + ": is a directory, not a session file");
}

TEST(SessionJson, DeviceIsRefused)
{
    EXPECT_EQ(readError(QStringLiteral("/dev/zero")),
              "/dev/zero: is not a regular file (a device, pipe or socket is not a session file)");
}

TEST(SessionJson, UnreadableFileIsNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"locked.json"_s);
    ASSERT_TRUE(writeAll(path, attn::io::sessionToJson(attn::waistlineExample())));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running with privileges that read any file (root)";
    const std::string message = readError(path);
    EXPECT_TRUE(startsWith(message, path.toStdString() + ": cannot be read: ")) << message;
    EXPECT_NE(message.find("ermission"), std::string::npos) << message;
}

TEST(SessionJson, RoundTripIsBitwiseExact)
{
    attn::Session s;
    s.title = "R\u00fcckweg \u2192 \"quoted\" \\ and\nnewline";
    s.queries = attn::Matrix{{0.1 + 0.2, 1.0 / 3.0, 5.626758419358835e-08},
                             {4.9406564584124654e-324, 2.2250738585072014e-308, -123456.789}};
    s.keys = attn::Matrix{{1e20, -1e-300, 3.141592653589793}, {9007199254740993.0, 0.1, -2.0 / 7.0}};
    s.values = attn::Matrix{{112.5000007596124, 1.0000000000000002}, {-0.30000000000000004, 6.02214076e23}};
    s.query_labels = {"\u00e9t\u00e9", "q \"two\""};
    s.key_labels = {"k1", ""};
    s.scoring.function = attn::ScoringFunction::Dot;
    s.scoring.sigma = 0.37;

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"round.json"_s);
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, s)));
    const attn::Session back = attn::io::readSessionFile(path);

    expectBitwiseEqual(back.queries, s.queries, "queries");
    expectBitwiseEqual(back.keys, s.keys, "keys");
    expectBitwiseEqual(back.values, s.values, "values");
    EXPECT_EQ(back.title, s.title);
    EXPECT_EQ(back.query_labels, s.query_labels);
    EXPECT_EQ(back.key_labels, s.key_labels);
    EXPECT_EQ(back.scoring.function, attn::ScoringFunction::Dot);
    EXPECT_EQ(back.scoring.sigma, 0.37);
}

TEST(SessionJson, WrittenFileHasVersionAndOmitsEmptyOptionalFields)
{
    attn::Session s = attn::waistlineExample();
    s.query_labels.clear();
    s.key_labels.clear();
    const QByteArray json = attn::io::sessionToJson(s);
    EXPECT_TRUE(json.contains("\"version\": 1")) << json.constData();
    EXPECT_TRUE(json.contains("\"sigma\": 1")) << json.constData();
    EXPECT_TRUE(json.contains("\"function\": \"gaussian\"")) << json.constData();
    EXPECT_FALSE(json.contains("title")) << json.constData();
    EXPECT_FALSE(json.contains("labels")) << json.constData();

    s.values(0, 0) = -0.0; // Qt writes -0.0 as 0 (docs/session-format.md)
    EXPECT_EQ(attn::io::sessionFromJson(attn::io::sessionToJson(s), u"z.json"_s).values(0, 0), 0.0);
}

TEST(SessionJson, SaveIntoMissingDirectoryOrProcFails)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString& path : {dir.filePath(u"no/such/dir/s.json"_s), u"/proc/attnlab-session-test.json"_s}) {
        const QString error = writecheck::errorOf(attn::io::writeSessionFile(path, attn::waistlineExample()));
        EXPECT_TRUE(error.startsWith(u"Cannot save "_s + path + u": "_s)) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

// A session that would not read back (NaN is written as null; shapes that do not fit) is refused rather than
// saved. Everything attn::Session holds has a place in version 2, so nothing else is refused (a session that
// cannot be computed is saved: test_uncomputable.cpp).
TEST(SessionJson, SaveRefusesWhatWouldNotReadBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"refused.json"_s);
    const auto expectRefused = [&path](const attn::Session& s, const char* fault) {
        const std::string error = writecheck::errorOf(attn::io::writeSessionFile(path, s)).toStdString();
        EXPECT_EQ(error.rfind("Cannot save " + path.toStdString() + ": ", 0), 0u) << error;
        EXPECT_NE(error.find(fault), std::string::npos) << error;
    };

    attn::Session nan = attn::waistlineExample();
    nan.values(1, 0) = std::numeric_limits<double>::quiet_NaN();
    expectRefused(nan, "not a finite number");
    attn::Session lengths = attn::waistlineExample();
    lengths.mask.kind = attn::MaskKind::ValidLengths;
    lengths.mask.valid_lengths = {1, 2}; // two lengths for one query row
    expectRefused(lengths, "\"mask\".\"valid_lengths\" has 2 entries for 1 query row");
    attn::Session badSigma = attn::waistlineExample();
    badSigma.scoring.function = attn::ScoringFunction::Dot; // σ unused, but the reader checks it
    badSigma.scoring.sigma = -1.0;
    expectRefused(badSigma, "\"scoring\".\"sigma\" must be > 0, got -1");
    // W_O never meets attn::validate's finiteness checks on its own (it only multiplies the concatenation).
    attn::Session heads;
    heads.queries = heads.keys = heads.values = attn::Matrix::Identity(2, 2);
    heads.multi_head = attn::MultiHead{2, attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2),
                                       attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2)};
    heads.multi_head->W_O(0, 1) = std::numeric_limits<double>::infinity();
    expectRefused(heads, "\"multi_head\".\"W_O\" has an entry that is not a finite number");
    EXPECT_FALSE(QFile::exists(path));

    attn::Session cosine = attn::waistlineExample(); // refused by version 1, stored by version 2
    cosine.scoring.function = attn::ScoringFunction::Cosine;
    cosine.mask.kind = attn::MaskKind::Causal;
    EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, cosine)));
    EXPECT_EQ(attn::io::readSessionFile(path).scoring.function, attn::ScoringFunction::Cosine);
}

// A write that fails half-way (file-size limit, which binds root too) must leave the old file as it was.
TEST(SessionJson, FailedSaveLeavesTheOldFileIntact)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"keep.json"_s);
    const QByteArray old = attn::io::sessionToJson(attn::waistlineExample());
    ASSERT_TRUE(writeAll(path, old));

    attn::Session big = attn::waistlineExample();
    big.values = attn::Matrix::Constant(3, 2000, 0.1 + 0.2); // ~130 kB of JSON
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = 16 * 1024;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString error = writecheck::errorOf(attn::io::writeSessionFile(path, big));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    EXPECT_TRUE(error.startsWith(u"Cannot save "_s + path + u": "_s)) << error.toStdString();
    EXPECT_EQ(readAll(path), old);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.json"_s})
        << "temporary file left behind";
}

TEST(SessionJson, SaveIntoReadOnlyDirectoryLeavesTheOldFileIntact)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only directories";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"keep.json"_s);
    const QByteArray old = attn::io::sessionToJson(attn::waistlineExample());
    ASSERT_TRUE(writeAll(path, old));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    attn::Session changed = attn::waistlineExample();
    changed.scoring.sigma = 3.0;
    const QString error = writecheck::errorOf(attn::io::writeSessionFile(path, changed));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_TRUE(error.startsWith(u"Cannot save "_s + path + u": "_s)) << error.toStdString();
    EXPECT_EQ(readAll(path), old);
}
