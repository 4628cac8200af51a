// Exporting heatmaps: the files must be real PNG, PDF and SVG documents of the expected size and content,
// and every failure must come back as a message naming the file. The widget's interactive export is driven
// through its real file dialog.
#include "attn/evaluation.h"
#include "writeresultcheck.h"
#include "export/heatmapexport.h"
#include "export/plotexport.h"
#include "fixtures.h"
#include "heatmap/cellmarks.h"
#include "heatmap/heatmapcontroller.h"
#include "export/heatmapwidgetexport.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamReader>

#include <functional>

#include <unistd.h>

using namespace attn::ui;

namespace {

QList<HeatmapSpec> waistlineSpecs()
{
    const attn::Session session = attn::waistlineExample();
    return heatmapsFor(session, attn::evaluate(session));
}

/// A plot showing the waistline attention weights, never shown on screen.
struct WeightsPlot {
    WeightsPlot() { controller.show(waistlineSpecs()[1]); }
    QCustomPlot plot;
    HeatmapController controller{&plot};
};

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Root element name and all character data of an SVG file; `error` is set if it is not well-formed XML.
struct SvgContent {
    QString root;
    QString text;
    QString error;
};

SvgContent parseSvg(const QString& path)
{
    SvgContent content;
    QXmlStreamReader xml(readAll(path));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && content.root.isEmpty())
            content.root = xml.name().toString();
        if (xml.isCharacters())
            content.text += xml.text().toString() + u'\n';
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

/// Calls `act` with the file dialog once it is open (polling, so that a dialog that opens late is still found).
void whenFileDialogOpens(QObject* context, std::function<void(QFileDialog*)> act, int attempts = 200)
{
    QTimer::singleShot(10, context, [context, act, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QFileDialog*>(widget); dialog && dialog->isVisible()) {
                act(dialog);
                return;
            }
        }
        if (attempts > 0)
            whenFileDialogOpens(context, act, attempts - 1);
    });
}

} // namespace

TEST(ImageFormats, NamesAndSuffixes)
{
    EXPECT_EQ(imageFormatFromName(QStringLiteral("png")), ImageFormat::Png);
    EXPECT_EQ(imageFormatFromName(QStringLiteral("PDF")), ImageFormat::Pdf);
    EXPECT_EQ(imageFormatFromName(QStringLiteral(" Svg ")), ImageFormat::Svg);
    EXPECT_FALSE(imageFormatFromName(QStringLiteral("jpeg")).has_value());
    EXPECT_FALSE(imageFormatFromName(QString()).has_value());
    EXPECT_EQ(imageFormatSuffix(ImageFormat::Png), QStringLiteral("png"));
    EXPECT_EQ(imageFormatSuffix(ImageFormat::Pdf), QStringLiteral("pdf"));
    EXPECT_EQ(imageFormatSuffix(ImageFormat::Svg), QStringLiteral("svg"));
}

TEST(PlotExport, PngAtEachScale)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    WeightsPlot w;
    for (const int scale : {1, 2, 4}) {
        const QString path = dir.filePath(QStringLiteral("weights-%1.png").arg(scale));
        EXPECT_TRUE(writecheck::succeeded(exportPlot(w.plot, path, ImageFormat::Png, scale, 480, 320)));
        const QImage image(path);
        ASSERT_FALSE(image.isNull()) << scale;
        EXPECT_EQ(image.width(), 480 * scale);
        EXPECT_EQ(image.height(), 320 * scale);
        EXPECT_GT(distinctColours(image), 10) << "a blank or single-colour image at scale " << scale;
    }
}

TEST(PlotExport, PngUsesThePlotSizeByDefault)
{
    QTemporaryDir dir;
    WeightsPlot w;
    w.plot.resize(300, 220);
    const QString path = dir.filePath(QStringLiteral("default.png"));
    EXPECT_TRUE(writecheck::succeeded(exportPlot(w.plot, path, ImageFormat::Png)));
    EXPECT_EQ(QImage(path).size(), QSize(300, 220));
}

TEST(PlotExport, PdfIsAPdfDocument)
{
    QTemporaryDir dir;
    WeightsPlot w;
    const QString path = dir.filePath(QStringLiteral("weights.pdf"));
    EXPECT_TRUE(writecheck::succeeded(exportPlot(w.plot, path, ImageFormat::Pdf, 1, 480, 320)));
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("%PDF-")) << bytes.left(16).toStdString();
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_GT(bytes.size(), 1000);
    // The page is 480 × 320 points: one point per logical pixel.
    const QRegularExpression mediaBox(QStringLiteral(R"(/MediaBox \[0 0 480(\.0+)? 320(\.0+)?\])"));
    EXPECT_TRUE(mediaBox.match(QString::fromLatin1(bytes)).hasMatch()) << "MediaBox not 480 x 320";
    // The colour map and colour scale are images: stored losslessly (Flate), never as JPEG (DCT), whose
    // artefacts blur cell edges and shift colours on a slide.
    EXPECT_TRUE(bytes.contains("/Subtype /Image")) << "the heatmap's image is missing";
    EXPECT_FALSE(bytes.contains("/DCTDecode")) << "an image was stored as JPEG";
}

TEST(PlotExport, SvgIsXmlWithTheLabels)
{
    QTemporaryDir dir;
    WeightsPlot w;
    const QString path = dir.filePath(QStringLiteral("weights.svg"));
    EXPECT_TRUE(writecheck::succeeded(exportPlot(w.plot, path, ImageFormat::Svg, 1, 480, 320)));
    const SvgContent svg = parseSvg(path);
    EXPECT_TRUE(svg.error.isEmpty()) << svg.error.toStdString();
    EXPECT_EQ(svg.root, QStringLiteral("svg"));
    for (const char* label :
         {"Attention weights", "60 cm", "64 cm", "68 cm", "62 cm", "Keys", "Queries", "0.5", "5.63e-08"})
        EXPECT_TRUE(svg.text.contains(QString::fromUtf8(label))) << label;
    EXPECT_TRUE(readAll(path).contains("viewBox=\"0 0 480 320\""));
}

TEST(PlotExport, ReplacesAnExistingFile)
{
    QTemporaryDir dir;
    WeightsPlot w;
    const QString path = dir.filePath(QStringLiteral("again.png"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("not a png");
    }
    EXPECT_TRUE(writecheck::succeeded(exportPlot(w.plot, path, ImageFormat::Png, 1, 200, 150)));
    EXPECT_EQ(QImage(path).size(), QSize(200, 150));
}

TEST(PlotExportErrors, MissingFolderNamesThePath)
{
    WeightsPlot w;
    for (const ImageFormat format : {ImageFormat::Png, ImageFormat::Pdf, ImageFormat::Svg}) {
        const QString path = QStringLiteral("/proc/nonexistent/x.") + imageFormatSuffix(format);
        const QString error = writecheck::errorOf(exportPlot(w.plot, path, format, 1, 480, 320));
        EXPECT_FALSE(error.isEmpty());
        EXPECT_TRUE(error.contains(path)) << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

TEST(PlotExportErrors, UnwritableTargetsAndBadArguments)
{
    QTemporaryDir dir;
    WeightsPlot w;
    // A file inside /proc cannot be created, even by root.
    const QString proc = QStringLiteral("/proc/attnlab-test.png");
    const QString procError = writecheck::errorOf(exportPlot(w.plot, proc, ImageFormat::Png, 1, 480, 320));
    EXPECT_TRUE(procError.startsWith(QStringLiteral("Cannot write ") + proc)) << procError.toStdString();

    const QString error =
        writecheck::errorOf(exportPlot(w.plot, dir.path(), ImageFormat::Png, 1, 480, 320)); // a folder
    EXPECT_TRUE(error.contains(dir.path())) << error.toStdString();

    const QString zero = writecheck::errorOf(
        exportPlot(w.plot, dir.filePath(QStringLiteral("x.png")), ImageFormat::Png, 0, 480, 320));
    EXPECT_TRUE(zero.contains(QStringLiteral("scale"))) << zero.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));

    EXPECT_FALSE(exportPlot(w.plot, QString(), ImageFormat::Png));
}

TEST(PlotExportErrors, ReadOnlyFolder)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root can write into read-only folders";
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    WeightsPlot w;
    const QString path = dir.filePath(QStringLiteral("x.svg"));
    const QString error = writecheck::errorOf(exportPlot(w.plot, path, ImageFormat::Svg, 1, 480, 320));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
}

TEST(HeatmapExport, WritesEveryHeatmapInEveryFormat)
{
    QTemporaryDir temp;
    const QString dir = temp.filePath(QStringLiteral("new/folder")); // created on demand
    const attn::io::WriteResult result =
        exportHeatmaps(waistlineSpecs(), dir, {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}, 2);
    EXPECT_TRUE(result.ok()) << result.errorString().toStdString();
    QStringList expected;
    for (const char* id : {"scores", "weights", "outputs"})
        for (const char* suffix : {"png", "svg", "pdf"})
            expected << QDir(dir).filePath(
                QStringLiteral("%1.%2").arg(QLatin1StringView(id), QLatin1StringView(suffix)));
    EXPECT_EQ(result.written(), expected);
    for (const QString& path : expected)
        EXPECT_GT(QFileInfo(path).size(), 0) << path.toStdString();

    // A 1 × 3 heatmap still makes a slide-sized image: at least 480 × 320 logical pixels, here at 2×.
    for (const char* id : {"scores", "weights", "outputs"}) {
        const QImage image(QDir(dir).filePath(QStringLiteral("%1.png").arg(QLatin1StringView(id))));
        ASSERT_FALSE(image.isNull()) << id;
        EXPECT_GE(image.width(), 960) << id;
        EXPECT_GE(image.height(), 640) << id;
        EXPECT_EQ(image.width() % 2, 0);
        EXPECT_EQ(image.height() % 2, 0);
        EXPECT_GT(distinctColours(image), 10) << id;
    }
    const SvgContent svg = parseSvg(QDir(dir).filePath(QStringLiteral("outputs.svg")));
    EXPECT_TRUE(svg.error.isEmpty());
    EXPECT_TRUE(svg.text.contains(QStringLiteral("112.5")));
    EXPECT_TRUE(svg.text.contains(QStringLiteral("Value dimensions")));
}

TEST(HeatmapExport, ImageSizeFollowsTheMatrixShape)
{
    QTemporaryDir temp;
    HeatmapSpec small = waistlineSpecs()[1]; // 1 × 3
    HeatmapSpec large = small;
    large.id = QStringLiteral("large");
    large.values = attn::Matrix::Constant(12, 12, 1.0 / 12.0);
    large.rowLabels.clear();
    large.columnLabels.clear();
    for (int i = 0; i < 12; ++i) {
        large.rowLabels << QStringLiteral("token %1").arg(i + 1);
        large.columnLabels << QStringLiteral("token %1").arg(i + 1);
    }
    const attn::io::WriteResult result = exportHeatmaps({small, large}, temp.path(), {ImageFormat::Png}, 1);
    ASSERT_TRUE(result.ok()) << result.errorString().toStdString();
    const QImage smallImage(temp.filePath(QStringLiteral("weights.png")));
    const QImage largeImage(temp.filePath(QStringLiteral("large.png")));
    EXPECT_EQ(smallImage.size(), QSize(480, 320)); // the minimum: 3 columns × 90 px plus margins is less
    EXPECT_GE(largeImage.width(), 12 * 60);
    EXPECT_GE(largeImage.height(), 12 * 40);
}

TEST(HeatmapExport, LargeMatricesStayWithinASlideSizedImage)
{
    // Up to 120 columns a cell keeps at least 20 px (2400 / 20); beyond, the matrix part stays 2400 px wide,
    // so a 512-token matrix is not a 10 000-pixel image of unreadable 20-px cells.
    QTemporaryDir temp;
    auto square = [](int n, const QString& id) {
        HeatmapSpec spec = waistlineSpecs()[1];
        spec.id = id;
        spec.values = attn::Matrix::Constant(n, n, 1.0 / n);
        spec.rowLabels.clear();
        spec.columnLabels.clear();
        for (int i = 0; i < n; ++i) {
            spec.rowLabels << QString::number(i + 1);
            spec.columnLabels << QString::number(i + 1);
        }
        return spec;
    };
    const attn::io::WriteResult result =
        exportHeatmaps({square(100, QStringLiteral("hundred")), square(512, QStringLiteral("large"))}, temp.path(),
                       {ImageFormat::Png}, 1);
    ASSERT_TRUE(result.ok()) << result.errorString().toStdString();
    const QImage hundred(temp.filePath(QStringLiteral("hundred.png")));
    const QImage large(temp.filePath(QStringLiteral("large.png")));
    EXPECT_GE(hundred.width(), 100 * 20);
    EXPECT_GE(hundred.height(), 100 * 20);
    EXPECT_GE(large.width(), 2400);
    EXPECT_LT(large.width(), 2400 + 600); // the margins: labels, title, colour scale
    EXPECT_GE(large.height(), 2400);
    EXPECT_LT(large.height(), 2400 + 600);
}

TEST(HeatmapExport, MasksEmptyRowsAndSignedMatrices)
{
    // DOMAIN.md example 3 with valid lengths 0 and 6: query 1 sees no key at all.
    attn::Session session = heatmaptest::maskedUniform({0, 6});
    QList<HeatmapSpec> specs = heatmapsFor(session, attn::evaluate(session));
    const attn::Session self = heatmaptest::causalSelfAttention(true);
    specs << heatmaptest::byId(heatmapsFor(self, attn::evaluate(self)), QStringLiteral("positional_encoding"));
    QTemporaryDir temp;
    const attn::io::WriteResult result =
        exportHeatmaps(specs, temp.path(), {ImageFormat::Png, ImageFormat::Svg, ImageFormat::Pdf}, 1);
    ASSERT_TRUE(result.ok()) << result.errorString().toStdString();
    EXPECT_EQ(result.written().size(), 5 * 3);
    for (const char* id : {"scores", "mask", "weights", "outputs", "positional_encoding"}) {
        const QString base = temp.filePath(QString::fromLatin1(id));
        EXPECT_TRUE(readAll(base + QStringLiteral(".pdf")).startsWith("%PDF-")) << id;
        EXPECT_GT(distinctColours(QImage(base + QStringLiteral(".png"))), 10) << id;
        const SvgContent svg = parseSvg(base + QStringLiteral(".svg"));
        EXPECT_TRUE(svg.error.isEmpty()) << id;
        EXPECT_FALSE(svg.text.contains(QStringLiteral("nan"), Qt::CaseInsensitive)) << id;
    }
    const QString note = QStringLiteral("every key is masked for this query");
    for (const char* id : {"scores", "weights", "outputs"}) {
        const SvgContent svg = parseSvg(temp.filePath(QStringLiteral("%1.svg").arg(QLatin1StringView(id))));
        EXPECT_TRUE(svg.text.simplified().contains(note)) << id << ": " << svg.text.toStdString();
    }
    const SvgContent weights = parseSvg(temp.filePath(QStringLiteral("weights.svg")));
    EXPECT_TRUE(weights.text.contains(QStringLiteral("masked")));
    EXPECT_TRUE(weights.text.contains(QStringLiteral("0.1667")));
    const SvgContent mask = parseSvg(temp.filePath(QStringLiteral("mask.svg")));
    EXPECT_TRUE(mask.text.contains(QStringLiteral("visible"))); // the colour scale's labels
    EXPECT_FALSE(mask.text.contains(QStringLiteral("0.1667"))); // the mask prints no numbers

    // In the PNG, the masked cells of query 2 are grey and hatched, not the colour of weight 0.
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.show(heatmaptest::byId(specs, QStringLiteral("weights")));
    const QImage image = plot.toPixmap(900, 400).toImage();
    const QRect cell = heatmaptest::cellPixels(plot, 1, 8);
    const auto grey = [](const QColor& c) { return heatmaptest::near(c, cellmarks::maskedFill(), 6); };
    EXPECT_GT(heatmaptest::countIn(image, cell, grey), 50);
}

TEST(HeatmapExport, UnwritableFolderStopsWithAMessage)
{
    const QString dir = QStringLiteral("/proc/nonexistent/heatmaps");
    const attn::io::WriteResult result = exportHeatmaps(waistlineSpecs(), dir, {ImageFormat::Png}, 1);
    EXPECT_TRUE(result.written().isEmpty());
    EXPECT_TRUE(result.errorString().contains(dir)) << result.errorString().toStdString();
}

TEST(HeatmapWidget, ExportInteractivelyWritesTheChosenFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    HeatmapWidget widget;
    widget.resize(420, 300);
    widget.setSpec(waistlineSpecs()[1]);
    const QString path = dir.filePath(QStringLiteral("chosen")); // no suffix: ".png" is added
    QString proposed;
    whenFileDialogOpens(&widget, [&](QFileDialog* dialog) {
        proposed = dialog->selectedFiles().value(0);
        if (QWidget* focus = dialog->focusWidget())
            focus->clearFocus(); // selectFile() leaves a focused file name field alone
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    });
    const attn::io::WriteResult result = attn::ui::exportHeatmapInteractively(&widget, QStringLiteral("png"), 2);
    ASSERT_TRUE(result);
    EXPECT_EQ(result.written(), QStringList{path + QStringLiteral(".png")});
    EXPECT_TRUE(proposed.endsWith(QStringLiteral("/weights@2x.png"))) << proposed.toStdString();
    const QImage image(path + QStringLiteral(".png"));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), widget.plot()->size() * 2);
}

TEST(HeatmapWidget, CancelledExportWritesNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    HeatmapWidget widget;
    widget.setSpec(waistlineSpecs()[0]);
    whenFileDialogOpens(&widget, [&](QFileDialog* dialog) {
        dialog->selectFile(dir.filePath(QStringLiteral("scores.svg")));
        dialog->reject();
    });
    const attn::io::WriteResult result = attn::ui::exportHeatmapInteractively(&widget, QStringLiteral("svg"), 1);
    EXPECT_TRUE(result);
    EXPECT_TRUE(result.written().isEmpty());
    EXPECT_EQ(attn::ui::exportReport(widget, result), QString()); // nothing to say in the status bar
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr); // no error message box left open
}
