#include "export/heatmapwidgetexport.h"

#include "base/settings.h"
#include "export/heatmapexport.h"
#include "export/matrixexport.h"
#include "export/plotexport.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

// The texts keep the context they had as HeatmapWidget's own, and with it their translations.

void addExportActions(HeatmapWidget* heatmap, ExportReporter report)
{
    // Runs an export and reports its outcome (not a cancelled dialog) to `report`.
    auto exporting = [heatmap, report](const std::function<io::WriteResult()>& run) {
        const io::WriteResult result = run();
        if (const QString message = exportReport(*heatmap, result); report && !message.isEmpty())
            report(message);
    };
    struct Entry {
        QString text;
        QString format;
        int scale;
    };
    const Entry entries[] = {
        {QCoreApplication::translate("attn::ui::HeatmapWidget", "Export as PNG (1\u00d7)\u2026"),
         QStringLiteral("png"), 1},
        {QCoreApplication::translate("attn::ui::HeatmapWidget", "Export as PNG (2\u00d7)\u2026"),
         QStringLiteral("png"), 2},
        {QCoreApplication::translate("attn::ui::HeatmapWidget", "Export as PNG (4\u00d7)\u2026"),
         QStringLiteral("png"), 4},
        {QCoreApplication::translate("attn::ui::HeatmapWidget", "Export as PDF\u2026"), QStringLiteral("pdf"), 1},
        {QCoreApplication::translate("attn::ui::HeatmapWidget", "Export as SVG\u2026"), QStringLiteral("svg"), 1},
    };
    for (const Entry& entry : entries) {
        auto* action = new QAction(entry.text, heatmap);
        QObject::connect(action, &QAction::triggered, heatmap,
                         [heatmap, exporting, format = entry.format, scale = entry.scale] {
                             exporting([&] { return exportHeatmapInteractively(heatmap, format, scale); });
                         });
        heatmap->addAction(action);
    }
    auto* separator = new QAction(heatmap);
    separator->setSeparator(true);
    heatmap->addAction(separator);
    auto* csv =
        new QAction(QCoreApplication::translate("attn::ui::HeatmapWidget", "Export Data as CSV\u2026"), heatmap);
    QObject::connect(csv, &QAction::triggered, heatmap, [heatmap, exporting] {
        exporting([heatmap] { return exportHeatmapDataInteractively(heatmap, DataFormat::Csv); });
    });
    heatmap->addAction(csv);
    auto* npy = new QAction(
        QCoreApplication::translate("attn::ui::HeatmapWidget", "Export Data as NumPy (.npy)\u2026"), heatmap);
    QObject::connect(npy, &QAction::triggered, heatmap, [heatmap, exporting] {
        exporting([heatmap] { return exportHeatmapDataInteractively(heatmap, DataFormat::Npy); });
    });
    heatmap->addAction(npy);
}

io::WriteResult exportHeatmapInteractively(HeatmapWidget* heatmap, const QString& format, int scale)
{
    const std::optional<ImageFormat> imageFormat = imageFormatFromName(format);
    if (!imageFormat) {
        const QString reason =
            QCoreApplication::translate("attn::ui::HeatmapWidget", "Unknown image format \u201c%1\u201d.")
                .arg(format);
        QMessageBox::warning(heatmap, QCoreApplication::translate("attn::ui::HeatmapWidget", "Export failed"),
                             reason);
        return io::WriteResult::failure(reason);
    }
    const HeatmapSpec& spec = heatmap->controller()->spec();
    const QString suffix = imageFormatSuffix(*imageFormat);
    QString baseName = spec.id.isEmpty() ? QStringLiteral("heatmap") : spec.id;
    if (*imageFormat == ImageFormat::Png && scale > 1)
        baseName += QStringLiteral("@%1x").arg(scale);
    const QString folder =
        Settings::instance().startFolder(FileKind::HeatmapImage, QStandardPaths::PicturesLocation);
    const QString proposal = QDir(folder).filePath(baseName + u'.' + suffix);
    const QString filter =
        QCoreApplication::translate("attn::ui::HeatmapWidget", "%1 files (*.%2)").arg(suffix.toUpper(), suffix);

    QString path = QFileDialog::getSaveFileName(
        heatmap, QCoreApplication::translate("attn::ui::HeatmapWidget", "Export Heatmap"), proposal, filter);
    if (path.isEmpty())
        return io::WriteResult::success(); // cancelled: nothing written
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;

    // A fresh plot of the same size: the export shows the matrix, not the selection or the step-through state,
    // in the light colours of an export even when the window is dark.
    const QCustomPlot* shown = heatmap->plot();
    QCustomPlot plot;
    HeatmapController controller(&plot);
    controller.setStyle(exportStyle(heatmap->controller()->style()));
    controller.show(spec);
    plot.resize(shown->size());
    const io::WriteResult result = exportPlot(plot, path, *imageFormat, scale, shown->width(), shown->height());
    if (!result) {
        QMessageBox::warning(heatmap, QCoreApplication::translate("attn::ui::HeatmapWidget", "Export failed"),
                             result.errorString());
        return result;
    }
    Settings::instance().setLastFolder(FileKind::HeatmapImage, QFileInfo(path).absolutePath());
    return result;
}

QString exportReport(const HeatmapWidget& heatmap, const io::WriteResult& result)
{
    const HeatmapSpec& spec = heatmap.controller()->spec();
    const QString name = !spec.title.isEmpty() ? spec.title
                         : !spec.id.isEmpty()  ? spec.id
                                               : QCoreApplication::translate("attn::ui::HeatmapWidget", "heatmap");
    if (!result)
        //: %1: a heatmap's title, e.g. “Attention weights”; %2: why (naming the file).
        return QCoreApplication::translate("attn::ui::HeatmapWidget", "\u201c%1\u201d was not exported: %2")
            .arg(name, result.errorString());
    if (result.written().isEmpty())
        return {}; // cancelled
    QStringList files;
    for (const QString& path : result.written())
        files << QDir::toNativeSeparators(path);
    //: %1: a heatmap's title, e.g. “Attention weights”; %2: the file written.
    return QCoreApplication::translate("attn::ui::HeatmapWidget", "Exported \u201c%1\u201d to %2")
        .arg(name, files.join(QStringLiteral(", ")));
}

MatrixData heatmapData(const HeatmapWidget& heatmap)
{
    MatrixData data = matrixDataFor(heatmap.controller()->spec()); // as `attnlab export --format csv,npy` does
    if (data.baseName.isEmpty())
        data.baseName = QStringLiteral("heatmap");
    return data;
}

io::WriteResult exportHeatmapDataInteractively(HeatmapWidget* heatmap, DataFormat format)
{
    return exportMatrixInteractively(heatmap, format, heatmapData(*heatmap)); // a failure is shown there
}

} // namespace attn::ui
