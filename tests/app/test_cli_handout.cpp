// attnlab export --handout / --handout-png (issue 4), run as a user would, headless. The PDF is read back with
// poppler-utils (pdfinfo, pdftotext).
#include "../support/pdftools.h"
#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

TEST(CliHandout, HandoutAloneWritesAPdfWithAPagePerStep)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(u"out.pdf"_s);
    const Outcome run = attnlab({u"export"_s, kWaistline, u"--handout"_s, pdf}, headlessEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains(pdf.toUtf8())) << run.out.constData();
    EXPECT_EQ(pdftools::pageCount(pdf), 3); // Scores, Normalisation, Weighted sum
    // DOMAIN.md example 1: weight 0.499999971866208, output 112.5000007596124.
    EXPECT_TRUE(pdftools::pageText(pdf, 2).contains(u"0.49999997"_s));
    EXPECT_TRUE(pdftools::pageText(pdf, 3).contains(u"112.50000076"_s));
}

TEST(CliHandout, HandoutWithImagesAndPngPages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString images = dir.filePath(u"images"_s);
    const QString pdf = dir.filePath(u"handout.pdf"_s);
    const QString pages = dir.filePath(u"pages"_s);
    const Outcome run =
        attnlab({u"export"_s, kWaistline, u"--out"_s, images, u"--handout"_s, pdf, u"--handout-png"_s, pages});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(QFileInfo::exists(images + u"/weights.png"_s));
    EXPECT_EQ(pdftools::pageCount(pdf), 3);
    for (int page = 1; page <= 3; ++page) {
        const QString path = pages + u"/page-0%1.png"_s.arg(page);
        const auto [width, height] = pngSize(readAll(path));
        EXPECT_EQ(width, 1600u) << path.toStdString();
        EXPECT_EQ(height, 1131u) << path.toStdString();
        EXPECT_TRUE(run.out.contains(path.toUtf8())) << run.out.constData();
    }
    EXPECT_FALSE(QFileInfo::exists(pages + u"/page-04.png"_s));
}

TEST(CliHandout, UnwritableHandoutFails)
{
    expectFailure(attnlab({u"export"_s, kWaistline, u"--handout"_s, u"/nonexistent-attnlab/out.pdf"_s}),
                  "/nonexistent-attnlab/out.pdf");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(u"file.txt"_s);
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    expectFailure(attnlab({u"export"_s, kWaistline, u"--handout-png"_s, file}), "file.txt");
}

TEST(CliHandout, UsageErrors)
{
    expectFailure(attnlab({u"export"_s, kWaistline}), "export needs --out DIR, --handout FILE.pdf");
    expectFailure(attnlab({u"compute"_s, kWaistline, u"--handout"_s, u"x.pdf"_s}), "belong to the export command");
    expectFailure(attnlab({u"export"_s, kWaistline, u"--handout"_s, u"x.pdf"_s, u"--scale"_s, u"2"_s}),
                  "--format and --scale apply to the images of --out");
    expectFailure(attnlab({u"export"_s, kWaistline, u"--handout"_s}), "Missing value after '--handout'");
}

TEST(CliHandout, HelpNamesTheOptions)
{
    const Outcome help = attnlab({u"--help"_s}, headlessEnvironment());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--handout <file>")) << help.out.constData();
    EXPECT_TRUE(help.out.contains("--handout-png <dir>")) << help.out.constData();
}
