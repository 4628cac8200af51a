#include "export/plotexport.h"

#include "io/atomicwrite.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

/// Translation context of the export messages.
struct PlotExport {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::PlotExport)
};

constexpr int kMaxScale = 8;

/// Raster: `scale` device pixels per logical pixel, with the matching resolution in the file so that programs
/// honouring it (slides, word processors) show every scale at the same physical size.
QString writePng(QCustomPlot& plot, QIODevice& file, int width, int height, int scale)
{
    QImage image = plot.toPixmap(width, height, scale).toImage();
    if (image.isNull())
        return PlotExport::tr("the image could not be rendered");
    const int dotsPerMeter = qRound(plot.logicalDpiX() * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QImageWriter writer(&file, "png");
    if (!writer.write(image))
        return writer.errorString();
    return {};
}

/// Vector: a page of width × height points, painted as QCustomPlot::savePdf does (screen resolution, the
/// viewport mapped onto the whole page) but into `file`, so that errors are reported.
QString writePdf(QCustomPlot& plot, QIODevice& file, int width, int height)
{
    QPdfWriter writer(&file);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(plot.logicalDpiX());
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return PlotExport::tr("the PDF could not be started");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    // The colour map and the colour scale are images: without this hint Qt stores them as JPEG (blurred cell edges,
    // colour fringes on a slide), with it as lossless Flate.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.setWindow(0, 0, width, height);
    plot.toPainter(&painter, width, height);
    if (!painter.end())
        return PlotExport::tr("the PDF could not be finished");
    return {};
}

/// Vector: QCustomPlot 2.1 has no saveSvg, so render through QSvgGenerator + QCPPainter + toPainter.
QString writeSvg(QCustomPlot& plot, QIODevice& file, int width, int height)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setResolution(plot.logicalDpiX()); // point sizes come out as on screen
    generator.setTitle(QCoreApplication::applicationName());
    QCPPainter painter;
    if (!painter.begin(&generator))
        return PlotExport::tr("the SVG could not be started");
    painter.setMode(QCPPainter::pmVectorized);
    plot.toPainter(&painter, width, height);
    if (!painter.end())
        return PlotExport::tr("the SVG could not be finished");
    return {};
}

} // namespace

std::optional<ImageFormat> imageFormatFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"png")
        return ImageFormat::Png;
    if (lower == u"pdf")
        return ImageFormat::Pdf;
    if (lower == u"svg")
        return ImageFormat::Svg;
    return std::nullopt;
}

QString imageFormatSuffix(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

WriteResult exportPlot(QCustomPlot& plot, const QString& path, ImageFormat format, int scale, int width,
                       int height)
{
    if (path.isEmpty())
        return WriteResult::failure(PlotExport::tr("No file name was given for the export."));
    auto fail = [&path](const QString& reason) {
        return WriteResult::failure(PlotExport::tr("Cannot write %1: %2").arg(path, reason));
    };

    if (scale < 1 || scale > kMaxScale)
        return fail(PlotExport::tr("the scale must be between 1 and %1, not %2").arg(kMaxScale).arg(scale));
    if (width <= 0 || height <= 0) {
        width = plot.width();
        height = plot.height();
    }
    if (width <= 0 || height <= 0)
        return fail(PlotExport::tr("the plot has no size"));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(PlotExport::tr("the folder %1 does not exist").arg(target.absolutePath()));
    if (target.isDir())
        return fail(PlotExport::tr("it is a folder"));

    // Rendered into memory first, then written through writeAtomically (unbuffered, checked write by write): a
    // failed write leaves an existing file untouched.
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    QString reason;
    switch (format) {
    case ImageFormat::Png:
        reason = writePng(plot, file, width, height, scale);
        break;
    case ImageFormat::Pdf:
        reason = writePdf(plot, file, width, height);
        break;
    case ImageFormat::Svg:
        reason = writeSvg(plot, file, width, height);
        break;
    }
    file.close();
    if (reason.isEmpty() && bytes.isEmpty())
        reason = PlotExport::tr("nothing was rendered");
    if (reason.isEmpty())
        reason = attn::io::writeAtomically(path, bytes).errorString();
    if (!reason.isEmpty())
        return fail(reason);
    if (QFileInfo(path).size() <= 0)
        return fail(PlotExport::tr("the file is empty after writing"));
    return WriteResult::success({path});
}

} // namespace attn::ui
