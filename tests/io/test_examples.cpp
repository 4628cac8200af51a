// The bundled examples (resources/examples/): each reads, computes and has a title and a description; the
// numbers of the seed examples are checked against hand calculations.

#include "attn/evaluation.h"
#include "io/computationjson.h"
#include "io/examples.h"
#include "io/sessionjson.h"

#include "iotesthelpers.h"

#include "../support/writeresultcheck.h"
#include "attn/examplelist.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace iotest;

namespace {

const QStringList kExampleIds = {u"waistline"_s,  u"waistline-boxcar"_s,  u"waistline-epanechnikov"_s,
                                 u"seed004-2d"_s, u"thinking-machines"_s, u"seed004-self-attention"_s,
                                 u"d2l-masked"_s, u"causal-sentence"_s,   u"two-head"_s};

/// The base names of the session files in resources/examples/, sorted (QStringList::sort).
QStringList exampleFilesInFolder()
{
    QStringList ids;
    for (const QString& name : QDir(QStringLiteral(EXAMPLES_DIR)).entryList({u"*.json"_s}, QDir::Files))
        ids.append(name.chopped(5));
    ids.sort();
    return ids;
}

attn::Computation evaluateExample(const char* id)
{
    return attn::evaluate(attn::io::readSessionFile(example(id)));
}

} // namespace

TEST(Examples, ListedInTeachingOrderWithTitleAndDescription)
{
    const QList<attn::io::ExampleInfo> examples = attn::io::builtInExamples(QStringLiteral(EXAMPLES_DIR));
    QStringList ids;
    for (const attn::io::ExampleInfo& info : examples) {
        ids.append(info.id);
        EXPECT_FALSE(info.title.isEmpty()) << info.id.toStdString();
        EXPECT_GT(info.description.size(), 100) << info.id.toStdString() << ": one paragraph expected";
        EXPECT_FALSE(info.description.contains(u'\n')) << info.id.toStdString();
        EXPECT_EQ(info.path, QDir(QStringLiteral(EXAMPLES_DIR)).filePath(info.id + u".json"_s));
    }
    EXPECT_EQ(ids, kExampleIds);
    EXPECT_EQ(examples.first().title, u"Waistline \u2192 weight (Nadaraya\u2013Watson, Gaussian kernel)"_s);
}

TEST(Examples, TheListHasEveryFileInTheFolderAndNoneIsLeftOut)
{
    const QStringList inFolder = exampleFilesInFolder();
    ASSERT_FALSE(inFolder.isEmpty());
    QStringList listed;
    for (const char* id : attn::kBuiltInExampleIds)
        listed.append(QString::fromUtf8(id));
    listed.sort();
    EXPECT_EQ(listed, inFolder);
    // Every file reads (builtInExamples leaves out, with a warning, a file that does not).
    QStringList read;
    for (const attn::io::ExampleInfo& info : attn::io::builtInExamples(QStringLiteral(EXAMPLES_DIR)))
        read.append(info.id);
    read.sort();
    EXPECT_EQ(read, inFolder);
}

TEST(Examples, EveryExampleReadsComputesAndRoundTrips)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList ids = exampleFilesInFolder();
    ASSERT_FALSE(ids.isEmpty());
    for (const QString& id : ids) {
        SCOPED_TRACE(id.toStdString());
        const attn::Session s = attn::io::readSessionFile(QStringLiteral(EXAMPLES_DIR "/") + id + u".json"_s);
        EXPECT_FALSE(s.title.empty());
        const attn::Computation c = attn::evaluate(s);
        EXPECT_TRUE(c.outputs.allFinite());
        EXPECT_FALSE(attn::io::computationToJson(s, c).isEmpty());
        // Saved and read again, the example computes the same outputs.
        const QString path = dir.filePath(id + u".json"_s);
        ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, s)));
        expectBitwiseEqual(attn::evaluate(attn::io::readSessionFile(path)).outputs, c.outputs, "outputs");
    }
}

TEST(Examples, ASaveKeepsTheDescriptionAndTranslationsAndWritesNothingTheReaderSkips)
{
    const QStringList ids = exampleFilesInFolder();
    ASSERT_FALSE(ids.isEmpty());
    for (const QString& id : ids) {
        SCOPED_TRACE(id.toStdString());
        const QString path = QStringLiteral(EXAMPLES_DIR "/") + id + u".json"_s;
        // Every example carries exactly these two members for the window's description and Chinese texts.
        const QJsonObject kept = attn::io::unreadMembersOfFile(path);
        EXPECT_EQ(kept.keys(), (QStringList{u"description"_s, u"translations"_s}));
        // What the writer produces on its own is all read back: nothing of it would be kept twice.
        const QByteArray written = attn::io::sessionToJson(attn::io::readSessionFile(path));
        EXPECT_TRUE(attn::io::unreadMembers(written).isEmpty()) << written.toStdString();
        // With the kept members, the save has them verbatim.
        const QJsonObject saved =
            QJsonDocument::fromJson(attn::io::sessionToJson(attn::io::readSessionFile(path), kept)).object();
        EXPECT_EQ(saved.value(u"description"_s), kept.value(u"description"_s));
        EXPECT_EQ(saved.value(u"translations"_s), kept.value(u"translations"_s));
    }
}

TEST(Examples, BrokenFileIsLeftOutOfTheList)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(writeAll(dir.filePath(u"broken.json"_s), "{\"title\": 3}"));
    ASSERT_TRUE(writeAll(dir.filePath(u"zeta.json"_s), "{\"title\": \"Zeta\"}"));
    ASSERT_TRUE(writeAll(dir.filePath(u"waistline.json"_s), "{\"title\": \"W\", \"description\": \"D\"}"));
    const QList<attn::io::ExampleInfo> examples = attn::io::builtInExamples(dir.path());
    ASSERT_EQ(examples.size(), 2);
    EXPECT_EQ(examples.at(0).id, u"waistline"_s); // known ids first, in teaching order
    EXPECT_EQ(examples.at(0).description, u"D"_s);
    EXPECT_EQ(examples.at(1).id, u"zeta"_s);
    EXPECT_TRUE(examples.at(1).description.isEmpty());

    try {
        (void)attn::io::readExampleInfo(dir.filePath(u"broken.json"_s));
        ADD_FAILURE() << "accepted";
    } catch (const attn::io::SessionFileError& error) {
        EXPECT_NE(std::string(error.what()).find("broken.json: \"title\" must be a string, got 3"),
                  std::string::npos)
            << error.what();
    }
}

namespace {

/// True if `text` holds a CJK ideograph (U+4E00 … U+9FFF), i.e. it is written in Chinese.
bool hasChineseCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

TEST(Examples, EveryExampleHasAChineseTitleAndDescription)
{
    const QList<attn::io::ExampleInfo> english = attn::io::builtInExamples(QStringLiteral(EXAMPLES_DIR));
    const QList<attn::io::ExampleInfo> chinese =
        attn::io::builtInExamples(QStringLiteral(EXAMPLES_DIR), u"zh_CN"_s);
    ASSERT_EQ(chinese.size(), kExampleIds.size());
    ASSERT_EQ(english.size(), chinese.size());
    for (qsizetype i = 0; i < chinese.size(); ++i) {
        const std::string id = chinese.at(i).id.toStdString();
        EXPECT_EQ(chinese.at(i).id, english.at(i).id) << id; // the same order in both languages
        EXPECT_TRUE(hasChineseCharacters(chinese.at(i).title)) << id;
        EXPECT_TRUE(hasChineseCharacters(chinese.at(i).description)) << id;
        EXPECT_FALSE(hasChineseCharacters(english.at(i).title)) << id;
        EXPECT_FALSE(hasChineseCharacters(english.at(i).description)) << id;
        EXPECT_GT(chinese.at(i).description.size(), 60) << id << ": one paragraph expected";
    }
    // The numbers of the waistline example read the same in both: 60, 64, 68 cm, σ = 1, 112.5.
    const attn::io::ExampleInfo waistline = chinese.at(0);
    ASSERT_EQ(waistline.id, u"waistline"_s);
    for (const QString& number : {u"60"_s, u"64"_s, u"68"_s, u"62 cm"_s, u"112.5"_s, u"\u03c3 = 1"_s})
        EXPECT_TRUE(waistline.description.contains(number)) << number.toStdString();
}

TEST(Examples, TranslatedTextsFallBackToEnglishMemberByMember)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"partly.json"_s);
    ASSERT_TRUE(writeAll(path, "{\"title\": \"T\", \"description\": \"D\", "
                               "\"translations\": {\"zh\": {\"title\": \"\u6807\u9898\"}}}"));
    EXPECT_EQ(attn::io::readExampleInfo(path).title, u"T"_s);
    const attn::io::ExampleInfo zh = attn::io::readExampleInfo(path, u"zh_CN"_s); // zh_CN → zh
    EXPECT_EQ(zh.title, u"\u6807\u9898"_s);
    EXPECT_EQ(zh.description, u"D"_s); // not translated: the English one
    EXPECT_EQ(attn::io::readExampleInfo(path, u"de_DE"_s).title, u"T"_s);
}

TEST(Examples, MalformedTranslationsAreNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto expectFault = [&dir](const char* json, const char* language, const std::string& fault) {
        const QString path = dir.filePath(u"bad.json"_s);
        ASSERT_TRUE(writeAll(path, json));
        try {
            (void)attn::io::readExampleInfo(path, QString::fromLatin1(language));
            ADD_FAILURE() << "accepted " << json;
        } catch (const attn::io::SessionFileError& error) {
            EXPECT_NE(std::string(error.what()).find(fault), std::string::npos) << error.what();
        }
    };
    expectFault("{\"translations\": 3}", "", "\"translations\" must be an object");
    expectFault("{\"translations\": {\"zh_CN\": []}}", "", "\"translations\".\"zh_CN\" must be an object");
    expectFault("{\"translations\": {\"zh_CN\": {\"title\": 7}}}", "zh_CN",
                "\"translations\".\"zh_CN\".\"title\" must be a string, got 7");
}

// Seed 004's matrix example by hand: q₁ = (64, 85) gives 64·68 + 85·91 = 12087, 64·60 + 85·87 = 11235,
// 64·64 + 85·88 = 11576; q₂ = (61, 80) gives 11428, 10620, 10944. The first key wins by hundreds: its weight is
// 1 in double precision, the third key's e^(11576 − 12087) = e^−511, the second's e^−852 underflows to 0.
TEST(Examples, Seed004DotProductsReachTenThousand)
{
    const attn::Computation c = evaluateExample("seed004-2d");
    EXPECT_EQ(c.trace.raw_scores, (attn::Matrix{{12087, 11235, 11576}, {11428, 10620, 10944}}));
    EXPECT_EQ(c.trace.weights(0, 0), 1.0);
    EXPECT_EQ(c.trace.weights(0, 1), 0.0);
    EXPECT_NEAR(c.trace.weights(0, 2) / std::exp(-511.0), 1.0, 1e-12);
    EXPECT_NEAR(c.trace.weights(1, 2) / std::exp(-484.0), 1.0, 1e-12);
    EXPECT_TRUE(c.outputs.isApprox(attn::Matrix{{126, 180}, {126, 180}}, 1e-15));
}

// X Xᵀ for X = (67, 91), (60, 87), (64, 84): 12770, 11937, 11932 / 11937, 11169, 11148 / 11932, 11148, 11152;
// each row's largest entry is in column 1 by at least 768, i.e. 543 after ÷ √2: every token attends to (67, 91).
TEST(Examples, Seed004SelfAttentionFavoursTheLongestRow)
{
    const attn::Computation c = evaluateExample("seed004-self-attention");
    const attn::Matrix expected{{12770, 11937, 11932}, {11937, 11169, 11148}, {11932, 11148, 11152}};
    EXPECT_EQ(c.trace.raw_scores, expected);
    EXPECT_TRUE(c.trace.scores.isApprox(expected / std::sqrt(2.0), 1e-15));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(c.trace.weights(i, 0), 1.0) << i;
    EXPECT_TRUE(c.outputs.isApprox(attn::Matrix{{67, 91}, {67, 91}, {67, 91}}, 1e-15));
}

TEST(Examples, CausalSentenceSeesOnlyThePast)
{
    const attn::Session s = attn::io::readSessionFile(example("causal-sentence"));
    ASSERT_TRUE(s.self_attention.has_value());
    EXPECT_TRUE(s.self_attention->positional_encoding);
    const attn::Computation c = attn::evaluate(s);
    ASSERT_EQ(c.trace.weights.rows(), 6);
    for (long i = 0; i < 6; ++i) {
        EXPECT_NEAR(c.trace.weights.row(i).sum(), 1.0, 1e-15) << i;
        for (long j = i + 1; j < 6; ++j)
            EXPECT_EQ(c.trace.weights(i, j), 0.0) << i << ", " << j;
    }
    EXPECT_EQ(c.trace.weights(0, 0), 1.0);
}

// Head 2 of "the dog chased cats" by hand: "chased" asks (0, 2); the keys are the (0, 0), dog (1, 1),
// chased (0, 0), cats (1, −1). Scores ÷ √2: 0, √2, 0, −√2; the dog's weight is e^√2 / (2 + e^√2 + e^−√2).
TEST(Examples, TwoHeadsFindTheSubject)
{
    const attn::Computation c = evaluateExample("two-head");
    ASSERT_TRUE(c.multi_head.has_value());
    ASSERT_EQ(c.multi_head->heads.size(), 2u);
    const double r = std::sqrt(2.0);
    EXPECT_NEAR(c.multi_head->heads[1].weights(2, 1), std::exp(r) / (2.0 + std::exp(r) + std::exp(-r)), 1e-15);
    EXPECT_EQ(c.outputs.rows(), 4);
    EXPECT_EQ(c.outputs.cols(), 4);
}
