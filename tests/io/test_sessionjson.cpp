#include "io/sessionjson.h"

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

namespace {

QString sessionData(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/sessions/") + QString::fromUtf8(name);
}

/// The message of the SessionFileError that reading `path` throws ("" if it does not throw).
std::string readError(const QString& path)
{
    try {
        (void)attn::io::readSessionFile(path);
    } catch (const SessionFileError& error) {
        return error.what();
    }
    return {};
}

std::string parseError(const char* json, const char* sourceName = "inline.json")
{
    try {
        (void)attn::io::sessionFromJson(QByteArray(json), QString::fromUtf8(sourceName));
    } catch (const SessionFileError& error) {
        return error.what();
    }
    return {};
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

void expectBitwiseEqual(const attn::Matrix& actual, const attn::Matrix& expected, const char* what)
{
    ASSERT_EQ(actual.rows(), expected.rows()) << what;
    ASSERT_EQ(actual.cols(), expected.cols()) << what;
    for (Eigen::Index i = 0; i < expected.rows(); ++i)
        for (Eigen::Index j = 0; j < expected.cols(); ++j)
            EXPECT_EQ(std::bit_cast<std::uint64_t>(actual(i, j)), std::bit_cast<std::uint64_t>(expected(i, j)))
                << what << "(" << i << ", " << j << "): " << actual(i, j) << " vs " << expected(i, j);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

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
}

TEST(SessionJson, UnknownFieldsAreIgnoredAndSigmaDefaultsToOne)
{
    const attn::Session s = attn::io::readSessionFile(sessionData("future_fields.json"));
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Dot);
    EXPECT_EQ(s.scoring.sigma, 2.5);
    EXPECT_EQ(s.values, (attn::Matrix{{10}, {20}}));

    const attn::Session noSigma = attn::io::sessionFromJson(
        R"({"queries": [[1]], "keys": [[2]], "values": [[3]], "scoring": {"function": "gaussian"}})", u"a.json"_s);
    EXPECT_EQ(noSigma.scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(noSigma.scoring.sigma, 1.0);
}

// Each fixture, and the fault its message must name after "<path>: ".
struct FileErrorCase {
    const char* file;
    const char* fault;
};

void PrintTo(const FileErrorCase& c, std::ostream* os)
{
    *os << c.file;
}

class SessionFileErrors : public testing::TestWithParam<FileErrorCase> {};

TEST_P(SessionFileErrors, MessageNamesTheFileAndTheFault)
{
    const QString path = sessionData(GetParam().file);
    const std::string message = readError(path);
    ASSERT_FALSE(message.empty()) << GetParam().file << " was accepted";
    EXPECT_TRUE(startsWith(message, path.toStdString() + ": ")) << message;
    EXPECT_NE(message.find(GetParam().fault), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, SessionFileErrors,
    testing::Values(
        // 87 bytes; the closing brace is missing, so the parser stops at the end of the text.
        FileErrorCase{"malformed.json",
                      "malformed JSON at byte offset 87 (line 5, column 1): unterminated object"},
        FileErrorCase{"missing_comma.json", "missing value separator"},
        FileErrorCase{"ragged_keys.json", "\"keys\" row 2 has 2 numbers, row 1 has 1"},
        FileErrorCase{"values_not_number.json", "\"values\" row 1, column 1 is not a number (\"abc\")"},
        FileErrorCase{"missing_queries.json", "\"queries\" is missing"},
        FileErrorCase{"dk_mismatch.json", "\"queries\" have d_k = 2 but \"keys\" have d_k = 1"},
        FileErrorCase{"nk_mismatch.json", "3 \"keys\" but 2 \"values\" rows"},
        FileErrorCase{"unknown_function.json",
                      "unknown scoring function \"cosinus\" (expected dot, scaled_dot or gaussian)"},
        FileErrorCase{"negative_sigma.json", "\"sigma\" must be > 0, got -1"},
        FileErrorCase{"newer_version.json", "format version 2 is newer than this Attention Lab reads"},
        FileErrorCase{"out_of_range.json", "illegal number"},
        FileErrorCase{"label_count.json", "\"key_labels\" has 3 labels but \"keys\" has 2 rows"},
        FileErrorCase{"empty.json", "the file is empty"},
        // 1e200 · 1e200 overflows: attn::validate's ParameterError, with the file name put in front.
        FileErrorCase{"score_overflow.json", "is not a finite number"}));

// Faults in inline JSON; the source name is "inline.json".
struct JsonErrorCase {
    const char* json;
    const char* fault;
};

void PrintTo(const JsonErrorCase& c, std::ostream* os)
{
    *os << c.json;
}

class SessionJsonErrors : public testing::TestWithParam<JsonErrorCase> {};

TEST_P(SessionJsonErrors, MessageNamesTheSourceAndTheFault)
{
    const std::string message = parseError(GetParam().json);
    ASSERT_FALSE(message.empty()) << GetParam().json << " was accepted";
    EXPECT_TRUE(startsWith(message, "inline.json: ")) << message;
    EXPECT_NE(message.find(GetParam().fault), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Inline, SessionJsonErrors,
    testing::Values(
        JsonErrorCase{R"([[1]])", "the top level is not a JSON object"},
        JsonErrorCase{R"({"version": "1", "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be a whole number, got \"1\""},
        JsonErrorCase{R"({"version": 1.5, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be a whole number, got 1.5"},
        JsonErrorCase{R"({"version": 0, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be 1 or more, got 0"},
        JsonErrorCase{R"({"title": 3, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"title\" must be a string, got 3"},
        JsonErrorCase{R"({"queries": "62", "keys": [[1]], "values": [[1]]})",
                      "\"queries\" must be an array of rows such as [[1, 2], [3, 4]], got \"62\""},
        JsonErrorCase{R"({"queries": [], "keys": [[1]], "values": [[1]]})", "\"queries\" has no rows"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [60, 64], "values": [[1], [2]]})",
                      "\"keys\" row 1 is not an array of numbers but 60"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1], []], "values": [[1], [2]]})", "\"keys\" row 2 is empty"},
        JsonErrorCase{R"({"queries": [[1, 2]], "keys": [[1, 2]], "values": [[1], [2, 3]]})",
                      "\"values\" row 2 has 2 numbers, row 1 has 1"},
        JsonErrorCase{R"({"queries": [[1, 2]], "keys": [[1, 2], [3]], "values": [[1], [2]]})",
                      "\"keys\" row 2 has 1 number, row 1 has 2"},
        JsonErrorCase{R"({"queries": [[1, null]], "keys": [[1, 2]], "values": [[1]]})",
                      "\"queries\" row 1, column 2 is not a number (null)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[true]], "values": [[1]]})",
                      "\"keys\" row 1, column 1 is not a number (true)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "query_labels": "q"})",
                      "\"query_labels\" must be an array of strings, got \"q\""},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "query_labels": ["a", "b"]})",
                      "\"query_labels\" has 2 labels but \"queries\" has 1 row"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1], [2]], "values": [[1], [2]], "key_labels": ["a", 2]})",
                      "\"key_labels\" item 2 is not a string (2)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": "gaussian"})",
                      "\"scoring\" must be an object"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"function": 1}})",
                      "\"function\" in \"scoring\" must be a string"},
        // Version 1 stores dot, scaled_dot and gaussian only (attn::core may know more functions).
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"function": "cosine"}})",
                      "unknown scoring function \"cosine\" (expected dot, scaled_dot or gaussian)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"sigma": "wide"}})",
                      "\"sigma\" must be a number, got \"wide\""},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"sigma": 0}})",
                      "\"sigma\" must be > 0, got 0"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]])",
                      "malformed JSON at byte offset 49 (line 1, column 50): unterminated object"},
        JsonErrorCase{R"({"queries": [[NaN]], "keys": [[1]], "values": [[1]]})", "illegal number"},
        JsonErrorCase{R"({"queries": [[-1e400]], "keys": [[1]], "values": [[1]]})", "illegal number"}));

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
    ASSERT_EQ(attn::io::writeSessionFile(path, s), QString());
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
        const QString error = attn::io::writeSessionFile(path, attn::waistlineExample());
        EXPECT_TRUE(error.startsWith(u"Cannot save "_s + path + u": "_s)) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

// A session that would not read back (NaN is written as null), or that uses what version 1 cannot store (masks,
// other normalisations or scoring functions), is refused rather than saved with the data dropped.
TEST(SessionJson, SaveRefusesWhatWouldNotReadBack)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"refused.json"_s);
    const auto expectRefused = [&path](const attn::Session& s, const char* fault) {
        const std::string error = attn::io::writeSessionFile(path, s).toStdString();
        EXPECT_EQ(error.rfind("Cannot save " + path.toStdString() + ": ", 0), 0u) << error;
        EXPECT_NE(error.find(fault), std::string::npos) << error;
    };

    attn::Session nan = attn::waistlineExample();
    nan.values(1, 0) = std::numeric_limits<double>::quiet_NaN();
    expectRefused(nan, "not a finite number");
    attn::Session masked = attn::waistlineExample();
    masked.mask.kind = attn::MaskKind::Causal;
    expectRefused(masked, "version 1 cannot store a mask (\"causal\")");
    attn::Session hot = attn::waistlineExample();
    hot.normalization.temperature = 2.0;
    expectRefused(hot, "cannot store a softmax temperature of 2");
    attn::Session cosine = attn::waistlineExample();
    cosine.scoring.function = attn::ScoringFunction::Cosine;
    expectRefused(cosine, "cannot store the scoring function \"cosine\"");
    EXPECT_FALSE(QFile::exists(path));
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
    const QString error = attn::io::writeSessionFile(path, big);
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
    const QString error = attn::io::writeSessionFile(path, changed);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_TRUE(error.startsWith(u"Cannot save "_s + path + u": "_s)) << error.toStdString();
    EXPECT_EQ(readAll(path), old);
}
