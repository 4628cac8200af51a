// The attention family on the command line: multi-head compute and export, empty rows, every bundled example,
// and version-2 faults (exit code 2, the file named on stderr).

#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

namespace {

QJsonObject jsonOf(const Outcome& run)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
    return root;
}

/// No line of stderr starts with "attnlab:" (Qt's "QStandardPaths: XDG_RUNTIME_DIR not set" may appear).
void expectNoMessage(const Outcome& run)
{
    for (const QByteArray& line : run.err.split('\n'))
        EXPECT_FALSE(line.startsWith("attnlab:")) << run.err.constData();
}

} // namespace

TEST(CliFamily, ComputeOnTwoHeadsPrintsEachHead)
{
    const Outcome run = attnlab({u"compute"_s, exampleFile("two-head")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject root = jsonOf(run);
    const QJsonArray heads = root.value(u"heads"_s).toArray();
    ASSERT_EQ(heads.size(), 2);
    for (const QJsonValue& head : heads)
        for (const QString& key : {u"queries"_s, u"keys"_s, u"values"_s, u"raw_scores"_s, u"scores"_s,
                                   u"weights"_s, u"outputs"_s, u"empty_rows"_s})
            EXPECT_TRUE(head.toObject().contains(key)) << key.toStdString();
    EXPECT_EQ(root.value(u"concat"_s).toArray().size(), 4);
    EXPECT_EQ(root.value(u"outputs"_s).toArray().size(), 4);
    EXPECT_EQ(root.value(u"outputs"_s).toArray().at(0).toArray().size(), 4); // d_model
    // Head 2, "chased" → "dog": e^√2 / (2 + e^√2 + e^−√2) by hand (tests/io/test_examples.cpp).
    const double r = std::sqrt(2.0);
    EXPECT_NEAR(heads.at(1).toObject().value(u"weights"_s).toArray().at(2).toArray().at(1).toDouble(),
                std::exp(r) / (2.0 + std::exp(r) + std::exp(-r)), 1e-15);
}

TEST(CliFamily, ComputeReportsAnEmptyRowAsAResult)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Outcome run = attnlab({u"compute"_s, writeBoxcarSigmaOne(dir)});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    expectNoMessage(run);
    const QJsonObject root = jsonOf(run);
    EXPECT_TRUE(root.value(u"weights"_s).toArray().at(0).isNull());
    EXPECT_TRUE(root.value(u"outputs"_s).toArray().at(0).isNull());
    const QJsonObject empty = root.value(u"empty_rows"_s).toArray().at(0).toObject();
    EXPECT_EQ(empty.value(u"reason"_s).toString(), u"no_key_in_bandwidth"_s);
    EXPECT_EQ(empty.value(u"label"_s).toString(), u"62 cm"_s);
}

TEST(CliFamily, ComputeOnMaskedExampleWritesTheMask)
{
    const Outcome run = attnlab({u"compute"_s, exampleFile("d2l-masked")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject root = jsonOf(run);
    const QJsonArray mask = root.value(u"mask"_s).toArray();
    ASSERT_EQ(mask.size(), 2);
    EXPECT_EQ(mask.at(0).toArray().at(1).toInt(), 0); // valid length 2: key 2 visible, key 3 masked
    EXPECT_EQ(mask.at(0).toArray().at(2).toInt(), 1);
    const QJsonArray second = root.value(u"outputs"_s).toArray().at(1).toArray();
    ASSERT_EQ(second.size(), 4);
    EXPECT_NEAR(second.at(0).toDouble(), 10.0, 1e-12); // DOMAIN.md example 3
    EXPECT_NEAR(second.at(3).toDouble(), 13.0, 1e-12);
}

TEST(CliFamily, ExportOfTwoHeadsWritesEveryHeadsStages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const Outcome run = attnlab({u"export"_s, exampleFile("two-head"), u"--out"_s, dir.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    for (const QString& name :
         {u"head1_weights.png"_s, u"head2_weights.png"_s, u"head1_scores.png"_s, u"head2_scores.png"_s,
          u"head1_outputs.png"_s, u"head2_outputs.png"_s, u"concat.png"_s, u"outputs.png"_s}) {
        EXPECT_TRUE(files.contains(name))
            << name.toStdString() << " missing from " << files.join(u' ').toStdString();
        EXPECT_GT(pngSize(readAll(dir.filePath(name))).first, 0u) << name.toStdString();
    }
    EXPECT_FALSE(files.contains(u"weights.png"_s)) << "multi-head has per-head weights only";
    EXPECT_EQ(run.out.count('\n'), files.size()) << run.out.constData();
}

TEST(CliFamily, ExportOfAnEmptyRowSucceeds)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString out = dir.filePath(u"images"_s);
    const Outcome run =
        attnlab({u"export"_s, writeBoxcarSigmaOne(dir), u"--out"_s, out, u"--format"_s, u"png,svg"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    expectNoMessage(run);
    EXPECT_GT(pngSize(readAll(out + u"/weights.png"_s)).first, 0u);
    EXPECT_TRUE(readAll(out + u"/outputs.svg"_s).contains("<svg"));
}

TEST(CliFamily, EveryExampleComputesAndExports)
{
    const QStringList names = QDir(QStringLiteral(EXAMPLES_DIR)).entryList({u"*.json"_s}, QDir::Files);
    ASSERT_FALSE(names.isEmpty());
    for (const QString& name : names) {
        const QByteArray idBytes = name.chopped(5).toUtf8();
        const char* id = idBytes.constData();
        SCOPED_TRACE(id);
        const Outcome compute = attnlab({u"compute"_s, exampleFile(id)});
        EXPECT_EQ(compute.exitCode, 0) << compute.err.constData();
        EXPECT_FALSE(compute.out.contains("nan")) << compute.out.constData();
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const Outcome run = attnlab({u"export"_s, exampleFile(id), u"--out"_s, dir.path()});
        EXPECT_EQ(run.exitCode, 0) << run.err.constData();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        EXPECT_TRUE(files.contains(u"outputs.png"_s)) << files.join(u' ').toStdString();
        EXPECT_TRUE(files.contains(u"weights.png"_s) || files.contains(u"head1_weights.png"_s))
            << files.join(u' ').toStdString();
    }
}

TEST(CliFamily, BadFieldsExitTwoNamingTheFileAndTheField)
{
    struct Case {
        const char* file;
        const char* fault;
    };
    for (const Case& c :
         {Case{"valid_lengths_count.json", "\"mask\".\"valid_lengths\" has 1 entry for 2 query rows"},
          Case{"zero_temperature.json", "\"normalization\".\"temperature\" must be > 0, got 0"},
          Case{"heads_not_dividing.json", "\"multi_head\": 3 heads do not divide d_model = 4"},
          Case{"unknown_normalization.json",
               "\"normalization\".\"function\": unknown normalization \"softmx\" (expected softmax, "
               "sparsemax or relu)"}}) {
        SCOPED_TRACE(c.file);
        const QString path = dataFile(c.file);
        const QByteArray expected = ("attnlab: " + path + u": "_s + QString::fromUtf8(c.fault)).toUtf8();
        const Outcome compute = attnlab({u"compute"_s, path});
        expectFailure(compute, expected.constData());
        EXPECT_TRUE(compute.out.isEmpty());
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        expectFailure(attnlab({u"export"_s, path, u"--out"_s, dir.path()}), expected.constData());
        EXPECT_TRUE(QDir(dir.path()).isEmpty());
    }
}
