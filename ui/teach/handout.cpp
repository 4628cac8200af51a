#include "teach/handout.h"

#include "io/atomicwrite.h"
#include "teach/handoutpainter.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

#include <exception>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

/// Translation context of the handout messages.
struct Handout {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::Handout)
};

/// Device resolution of both page kinds: QCustomPlot's point-sized fonts then come out alike on PDF and PNG.
constexpr int kDotsPerInch = 96;

QString cannotWrite(const QString& path, const QString& reason)
{
    return Handout::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

/// The pages of `session`, or the reason there are none in `error`.
QList<HandoutPage> pagesOrError(const attn::Session& session, const HandoutOptions& options, QString& error)
{
    try {
        QList<HandoutPage> pages = handoutPages(session, options);
        if (pages.isEmpty())
            error = Handout::tr("The session has no steps to put in a handout.");
        return pages;
    } catch (const std::exception& failure) {
        error = Handout::tr("Cannot make the handout: %1").arg(QString::fromUtf8(failure.what()));
    }
    return {};
}

/// Why `path` cannot be a file to write, or an empty string.
QString unfitTarget(const QString& path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Handout::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(target.absolutePath()));
    if (target.isDir())
        return Handout::tr("it is a folder");
    return {};
}

/// Paints every page into `writer`, which writes into an open file.
QString paintPdf(QPdfWriter& writer, const QList<HandoutPage>& pages)
{
    QCPPainter painter;
    if (!painter.begin(&writer))
        return Handout::tr("the PDF could not be started");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setRenderHint(QPainter::LosslessImageRendering); // heatmap images as Flate, never JPEG
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return Handout::tr("page %1 could not be started").arg(i + 1);
        painter.setWindow(QRect(QPoint(0, 0), kHandoutPageSize)); // logical page → the whole A4 page
        paintHandoutPage(painter, pages.at(i));
    }
    if (!painter.end())
        return Handout::tr("the PDF could not be finished");
    return {};
}

WriteResult writePng(const QImage& image, const QString& path)
{
    if (const QString reason = unfitTarget(path); !reason.isEmpty())
        return WriteResult::failure(cannotWrite(path, reason));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return WriteResult::failure(cannotWrite(path, writer.errorString()));
    const WriteResult result = attn::io::writeAtomically(path, bytes);
    return result ? result : WriteResult::failure(cannotWrite(path, result.errorString()));
}

} // namespace

WriteResult writeHandoutPdf(const attn::Session& session, const QString& path, const HandoutOptions& options)
{
    if (path.isEmpty())
        return WriteResult::failure(Handout::tr("No file name was given for the handout."));
    if (const QString reason = unfitTarget(path); !reason.isEmpty())
        return WriteResult::failure(cannotWrite(path, reason));
    QString error;
    const QList<HandoutPage> pages = pagesOrError(session, options, error);
    if (!error.isEmpty())
        return WriteResult::failure(error);

    // Rendered into memory first, then written through writeAtomically (unbuffered, checked write by write): a
    // failed write leaves an existing file untouched.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString reason;
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(pages.constFirst().sessionTitle.isEmpty()
                            ? Handout::tr("Attention handout")
                            : Handout::tr("%1 \u2014 handout").arg(pages.constFirst().sessionTitle));
        writer.setResolution(kDotsPerInch);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        reason = paintPdf(writer, pages);
    }
    buffer.close();
    if (reason.isEmpty())
        reason = attn::io::writeAtomically(path, bytes).errorString();
    if (!reason.isEmpty())
        return WriteResult::failure(cannotWrite(path, reason));
    return WriteResult::success({path});
}

WriteResult writeHandoutPngs(const attn::Session& session, const QString& directory, const HandoutOptions& options)
{
    if (directory.isEmpty())
        return WriteResult::failure(Handout::tr("No folder was given for the handout pages."));
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return WriteResult::failure(Handout::tr("Cannot write the handout pages into %1: it is not a folder")
                                        .arg(QDir::toNativeSeparators(directory)));
    if (!QDir().mkpath(directory))
        return WriteResult::failure(
            Handout::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory)));
    QString error;
    const QList<HandoutPage> pages = pagesOrError(session, options, error);
    if (!error.isEmpty())
        return WriteResult::failure(error);
    QStringList written;

    const QDir target(directory);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QImage image(kHandoutPageSize, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(kDotsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QCPPainter painter;
        if (!painter.begin(&image))
            return WriteResult::failure(Handout::tr("Cannot draw handout page %1.").arg(i + 1), written);
        paintHandoutPage(painter, pages.at(i));
        painter.end();
        const QString path = target.filePath(QStringLiteral("page-%1.png").arg(i + 1, 2, 10, QLatin1Char('0')));
        if (const WriteResult page = writePng(image, path); !page)
            return WriteResult::failure(page.errorString(), written);
        written << path;
    }
    return WriteResult::success(written);
}

} // namespace attn::ui
