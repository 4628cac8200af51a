// Handouts (issue 4): one page per teaching step, as a searchable PDF and as PNG pages. The PDF is read back
// with poppler-utils (pdfinfo, pdftotext); the expected numbers are DOMAIN.md's worked example 1.
#include "../support/pdftools.h"
#include "filetestsupport.h"

#include "../support/writeresultcheck.h"
#include "attn/session.h"
#include "fixtures.h"
#include "io/sessionjson.h"
#include "teach/handout.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace attn::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Scaled dot product with a causal mask: the five single-head steps.
attn::Session scaledDotMasked()
{
    attn::Session session;
    session.queries = attn::Matrix{{1, 0}, {0, 1}, {1, 1}};
    session.keys = attn::Matrix{{1, 0}, {0, 1}, {1, 1}};
    session.values = attn::Matrix{{1, 2}, {3, 4}, {5, 6}};
    session.scoring = attn::Scoring(attn::ScoringFunction::ScaledDot);
    session.mask.kind = attn::MaskKind::Causal;
    return session;
}

/// The options that choose the cell (row, column).
HandoutOptions cellOptions(int row, int column)
{
    HandoutOptions options;
    options.row = row;
    options.column = column;
    return options;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

void choose(QFileDialog* dialog, const QString& path, const QString& filterStart = {})
{
    if (!filterStart.isEmpty())
        for (const QString& filter : dialog->nameFilters())
            if (filter.startsWith(filterStart))
                dialog->selectNameFilter(filter);
    if (QWidget* focus = dialog->focusWidget())
        focus->clearFocus(); // selectFile() leaves a focused file name field alone
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
}

} // namespace

TEST(Handout, WaistlineHasOnePagePerStepWithTheExplainedNumbers)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"waistline.pdf"_s);
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(attn::waistlineExample(), path)));

    EXPECT_EQ(pdftools::pageCount(path), 3); // Scores, Normalisation, Weighted sum; no title page
    EXPECT_TRUE(pdftools::pageSize(path).contains(u"A4"_s)) << pdftools::pageSize(path).toStdString();
    const QString scores = pdftools::pageText(path, 1);
    const QString weights = pdftools::pageText(path, 2);
    const QString outputs = pdftools::pageText(path, 3);
    EXPECT_TRUE(scores.contains(u"Step 1 of 3 \u2014 Scores"_s)) << scores.toStdString();
    EXPECT_TRUE(scores.contains(u"60 cm"_s)) << scores.toStdString(); // heatmap labels are text too
    EXPECT_TRUE(weights.contains(u"Step 2 of 3 \u2014 Normalisation"_s)) << weights.toStdString();
    // DOMAIN.md example 1: the weight of key 60 for query 62 is 0.499999971866208.
    EXPECT_TRUE(weights.contains(u"a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/2)"_s)) << weights.toStdString();
    EXPECT_TRUE(weights.contains(u"= 0.49999997"_s)) << weights.toStdString();
    // The output is 112.5000007596124.
    EXPECT_TRUE(outputs.contains(u"Step 3 of 3 \u2014 Weighted sum"_s)) << outputs.toStdString();
    EXPECT_TRUE(outputs.contains(u"112.50000076"_s)) << outputs.toStdString();
    EXPECT_FALSE(weights.contains(u"112.50000076"_s));
    // The heatmaps' images are stored losslessly (Flate), never as JPEG (DCT) with its blurred cell edges.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("/Subtype /Image"));
    EXPECT_FALSE(bytes.contains("/DCTDecode"));
}

TEST(Handout, ChosenCellIsExplainedAndClampedToTheMatrix)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString second = dir.filePath(u"second.pdf"_s);
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(attn::waistlineExample(), second, cellOptions(0, 1))));
    EXPECT_TRUE(pdftools::pageText(second, 2).contains(u"a(62, 64)"_s));
    const QString beyond = dir.filePath(u"beyond.pdf"_s);
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(attn::waistlineExample(), beyond, cellOptions(7, 9))));
    EXPECT_TRUE(pdftools::pageText(beyond, 2).contains(u"a(62, 68)"_s)); // the last key
}

TEST(Handout, ScaledDotWithAMaskHasFivePages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"masked.pdf"_s);
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(scaledDotMasked(), path)));
    ASSERT_EQ(pdftools::pageCount(path), 5);
    const QStringList titles{u"Scores"_s, u"Scaling"_s, u"Mask"_s, u"Normalisation"_s, u"Weighted sum"_s};
    for (int page = 1; page <= 5; ++page) {
        const QString text = pdftools::pageText(path, page);
        EXPECT_TRUE(text.contains(u"Step %1 of 5 \u2014 %2"_s.arg(page).arg(titles.at(page - 1))))
            << page << ": " << text.toStdString();
    }
}

TEST(Handout, SelfAttentionInputsPageHasTablesButNoExplanation)
{
    const attn::Session session = attn::io::readSessionFile(QStringLiteral(EXAMPLES_DIR "/causal-sentence.json"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"causal.pdf"_s);
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(session, path)));
    // Inputs, Scores, Scaling, Mask, Normalisation, Weighted sum.
    ASSERT_EQ(pdftools::pageCount(path), 6);
    const QString inputs = pdftools::pageText(path, 1);
    EXPECT_TRUE(inputs.contains(u"Step 1 of 6 \u2014 Inputs"_s)) << inputs.toStdString();
    EXPECT_TRUE(inputs.contains(u"W_Q"_s)) << inputs.toStdString();
    EXPECT_FALSE(inputs.contains(u"Worked cell"_s)) << inputs.toStdString();
    EXPECT_TRUE(pdftools::pageText(path, 5).contains(u"Worked cell"_s));
}

TEST(Handout, PngPagesMatchThePdfPages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pages = dir.filePath(u"pages"_s); // created
    const attn::io::WriteResult result = writeHandoutPngs(attn::waistlineExample(), pages);
    ASSERT_TRUE(writecheck::succeeded(result));
    const QStringList written = result.written();
    EXPECT_EQ(written.size(), 3);
    for (int page = 1; page <= 3; ++page) {
        const QString path = pages + u"/page-0%1.png"_s.arg(page);
        EXPECT_TRUE(written.contains(path)) << path.toStdString();
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        EXPECT_EQ(image.size(), QSize(1600, 1131));                  // A4 landscape
        EXPECT_GT(distinctColours(image), 20) << path.toStdString(); // a heatmap, not a blank page
    }
    EXPECT_FALSE(QFileInfo::exists(pages + u"/page-04.png"_s));
}

TEST(Handout, UnwritablePathsAreNamed)
{
    const attn::Session session = attn::waistlineExample();
    const QString missing = u"/nonexistent-attnlab-folder/handout.pdf"_s;
    const QString error = writecheck::errorOf(writeHandoutPdf(session, missing));
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folderError = writecheck::errorOf(writeHandoutPdf(session, dir.path()));
    EXPECT_TRUE(folderError.contains(QDir::toNativeSeparators(dir.path()))) << folderError.toStdString();

    const QString file = dir.filePath(u"plain.txt"_s);
    QFile plain(file);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString pngError = writecheck::errorOf(writeHandoutPngs(session, file));
    EXPECT_TRUE(pngError.contains(file)) << pngError.toStdString();
    EXPECT_TRUE(writecheck::errorOf(writeHandoutPdf(session, QString())).contains(u"No file name"_s));
}

TEST(Handout, InvalidSessionGivesAMessage)
{
    attn::Session session = attn::waistlineExample();
    session.scoring = attn::Scoring(attn::ScoringFunction::Gaussian, -1.0); // σ must be > 0
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"bad.pdf"_s);
    EXPECT_FALSE(writeHandoutPdf(session, path));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(HandoutDialog, WritesThePdfChosen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"chosen"_s); // no suffix: ".pdf" is added
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) { choose(dialog, path); });
    exportHandoutInteractively(nullptr, attn::waistlineExample());
    EXPECT_EQ(pdftools::pageCount(path + u".pdf"_s), 3);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST(HandoutDialog, WritesPngPagesIntoTheFolderChosen)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder = dir.filePath(u"slides"_s);
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) { choose(dialog, folder, u"PNG"_s); });
    exportHandoutInteractively(nullptr, attn::waistlineExample());
    EXPECT_FALSE(QImage(folder + u"/page-03.png"_s).isNull());
}

TEST(HandoutDialog, ANameEndingInPngGivesPngPagesNeverAPdfCalledPng)
{
    // The teacher typed "handout.png" with the PDF filter selected: PNG pages in the folder "handout".
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) { choose(dialog, dir.filePath(u"handout.png"_s)); });
    const QString written = exportHandoutInteractively(nullptr, attn::waistlineExample());
    EXPECT_EQ(written, dir.filePath(u"handout"_s));
    EXPECT_FALSE(QImage(dir.filePath(u"handout/page-01.png"_s)).isNull());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"handout.png"_s)));
    // Another suffix: a PDF whose name ends in ".pdf".
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) { choose(dialog, dir.filePath(u"notes.jpg"_s)); });
    EXPECT_EQ(exportHandoutInteractively(nullptr, attn::waistlineExample()), dir.filePath(u"notes.jpg.pdf"_s));
    EXPECT_EQ(pdftools::pageCount(dir.filePath(u"notes.jpg.pdf"_s)), 3);
}

TEST(HandoutDialog, CancelWritesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) {
        dialog->selectFile(dir.filePath(u"never.pdf"_s));
        dialog->reject();
    });
    exportHandoutInteractively(nullptr, attn::waistlineExample());
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

// Issue 14: the worked cell, the footer, the mask's first page, the Jacobian's page.
TEST(Handout, WithoutAChoiceTheWorkedCellIsAnInformativeUnmaskedOne)
{
    // Causal mask: query 1 sees only key 1 (a₁₁ = 1, nothing to learn). Query 3 sees all three keys; its scores
    // q₃·k = 1, 1, 2 make key 3 the strongest.
    const QList<HandoutPage> pages = handoutPages(scaledDotMasked());
    ASSERT_EQ(pages.size(), 5);
    EXPECT_TRUE(pages.at(3).explanationTitle.contains(u"key \u201ck3\u201d for query \u201cq3\u201d"_s))
        << pages.at(3).explanationTitle.toStdString();
    EXPECT_TRUE(pages.at(4).explanationTitle.contains(u"\u201cq3\u201d"_s))
        << pages.at(4).explanationTitle.toStdString();
    // A chosen query without a key: its strongest visible key (query 2 sees keys 1, 2; q₂·k₂ = 1 > q₂·k₁ = 0).
    HandoutOptions options;
    options.row = 1;
    EXPECT_TRUE(handoutPages(scaledDotMasked(), options)
                    .at(3)
                    .explanationTitle.contains(u"key \u201ck2\u201d for query \u201cq2\u201d"_s));
}

TEST(Handout, NoMaskBeforeTheMaskStepAndTheFileNameInTheFooter)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"masked.pdf"_s);
    attn::Session session = scaledDotMasked();
    session.title = "Untitled";
    HandoutOptions options;
    options.fileName = u"lecture-3.json"_s;
    ASSERT_TRUE(writecheck::succeeded(writeHandoutPdf(session, path, options)));
    for (int page = 1; page <= 2; ++page) // Scores, Scaling
        EXPECT_FALSE(pdftools::pageText(path, page).contains(u"masked"_s)) << page;
    EXPECT_TRUE(pdftools::pageText(path, 3).contains(u"masked"_s)); // the Mask step brings it in
    EXPECT_TRUE(pdftools::pageText(path, 1).contains(u"lecture-3.json"_s));
    EXPECT_FALSE(pdftools::pageText(path, 1).contains(u"Untitled"_s));
}

TEST(Handout, TheSoftmaxJacobianShownGetsItsOwnPage)
{
    HandoutOptions options;
    options.jacobianRow = 0;
    const QList<HandoutPage> pages = handoutPages(attn::waistlineExample(), options);
    ASSERT_EQ(pages.size(), 4); // Scores, Normalisation, Softmax Jacobian, Weighted sum
    // The window shows the Jacobian with the weights, in its step 2 of 3: the page keeps that number.
    EXPECT_EQ(pages.at(2).heading, u"Step 2 of 3 \u2014 Softmax Jacobian"_s) << pages.at(2).heading.toStdString();
    EXPECT_EQ(pages.at(3).heading, u"Step 3 of 3 \u2014 Weighted sum"_s) << pages.at(3).heading.toStdString();
    EXPECT_EQ(pages.at(3).number, 4); // the footer's page number
    EXPECT_TRUE(pages.at(2).description.contains(u"\u201c62 cm\u201d"_s));
    // DOMAIN.md: J₁₁ = a₁(1 − a₁) = 0.2499999999999992 with a₁ = 0.499999971866208.
    EXPECT_TRUE(pages.at(2).explanation.endsWith(u"= 0.25"_s)) << pages.at(2).explanation.toStdString();
    EXPECT_EQ(pages.at(1).heatmaps.size(), 1); // the weights alone on their page
}

TEST(Handout, TablesUseTheCellDigits)
{
    EXPECT_EQ(handoutNumber(0.841470984807897, 4), u"0.8415"_s);
    EXPECT_EQ(handoutNumber(0.841470984807897, 3), u"0.841"_s);
    EXPECT_EQ(handoutNumber(-0.5, 3), u"-0.5"_s); // short typed numbers stay exact
    HandoutOptions options;
    options.cellDigits = 3;
    const QList<HandoutPage> pages = handoutPages(scaledDotMasked(), options);
    ASSERT_FALSE(pages.at(0).inputs.isEmpty());
    EXPECT_EQ(pages.at(0).inputs.at(0).digits, 3);
    EXPECT_EQ(pages.at(0).cellDigits, 3);
}
