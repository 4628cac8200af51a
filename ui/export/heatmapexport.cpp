#include "export/heatmapexport.h"

#include "heatmap/heatmapcontroller.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

/// Translation context of the export messages.
struct HeatmapExport {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HeatmapExport)
};

constexpr QSize kMinimumSize{480, 320};
constexpr double kCellWidth = 90;  ///< Logical pixels per column while the image stays small.
constexpr double kCellHeight = 60; ///< Logical pixels per row while the image stays small.
constexpr double kMaxMatrixWidth = 1600;
constexpr double kMaxMatrixHeight = 1200;
constexpr double kMinCell = 20;          ///< Smallest cell while the matrix stays within kMaxLargeMatrix.
constexpr double kMaxLargeMatrix = 2400; ///< Beyond this, cells shrink below kMinCell (labels thin out).

/// Logical pixels per cell along a side of `count` cells: kPreferred while the side stays within kMaxMatrix, then
/// shrinking to kMinCell, then shrinking further so that the side stays within kMaxLargeMatrix (a 512-token
/// matrix is an image of about 2400 pixels, not 10 000: its values cannot be printed at any readable size
/// anyway, and its axis labels thin out).
double cellSizeFor(double count, double preferred, double maxMatrix, double fontScale)
{
    const double fitting =
        std::max(maxMatrix * fontScale / count, std::min(kMinCell, kMaxLargeMatrix * fontScale / count));
    return std::min(fitting, preferred * fontScale);
}

/// The logical image size for `spec` already shown on `plot`: the plot's own margins (labels, titles, colour
/// scale, measured by laying the plot out once) plus a cell size that shrinks only for large matrices and grows
/// with the font scale.
QSize imageSizeFor(QCustomPlot& plot, const HeatmapSpec& spec, double fontScale)
{
    const QSize probe(qRound(1200 * fontScale), qRound(900 * fontScale));
    layOutOffscreen(plot, probe);
    const QRect inner = plot.axisRect()->rect();
    const int marginsWidth = probe.width() - inner.width();
    const int marginsHeight = probe.height() - inner.height();

    const auto columns = static_cast<double>(std::max<Eigen::Index>(1, spec.values.cols()));
    const auto rows = static_cast<double>(std::max<Eigen::Index>(1, spec.values.rows()));
    const double cellWidth = cellSizeFor(columns, kCellWidth, kMaxMatrixWidth, fontScale);
    const double cellHeight = cellSizeFor(rows, kCellHeight, kMaxMatrixHeight, fontScale);
    return QSize(std::max(qRound(kMinimumSize.width() * fontScale), marginsWidth + qRound(cellWidth * columns)),
                 std::max(qRound(kMinimumSize.height() * fontScale), marginsHeight + qRound(cellHeight * rows)));
}

} // namespace

HeatmapStyle exportStyle(HeatmapStyle shown)
{
    shown.dark = false;
    return shown;
}

void layOutOffscreen(QCustomPlot& plot, const QSize& size)
{
    plot.resize(size);
    plot.setViewport(QRect(QPoint(0, 0), size));
    for (int pass = 0; pass < 2; ++pass) { // the token tickers adapt to the first layout's cell size
        plot.plotLayout()->update(QCPLayoutElement::upPreparation);
        plot.plotLayout()->update(QCPLayoutElement::upMargins);
        plot.plotLayout()->update(QCPLayoutElement::upLayout);
    }
}

WriteResult exportHeatmaps(const QList<HeatmapSpec>& specs, const QString& dir, const QList<ImageFormat>& formats,
                           int scale, const HeatmapStyle& style)
{
    if (!QDir().mkpath(dir))
        return WriteResult::failure(HeatmapExport::tr("Cannot create the folder %1.").arg(dir));
    QStringList written;
    const QDir target(dir);
    for (const HeatmapSpec& spec : specs) {
        QCustomPlot plot; // never shown
        HeatmapController controller(&plot);
        controller.setStyle(exportStyle(style));
        controller.show(spec);
        const QSize size = imageSizeFor(plot, spec, controller.style().fontScale);
        plot.resize(size);
        for (const ImageFormat format : formats) {
            const QString path = target.filePath(spec.id + u'.' + imageFormatSuffix(format));
            const WriteResult result = exportPlot(plot, path, format, scale, size.width(), size.height());
            if (!result)
                return WriteResult::failure(result.errorString(), written);
            written << path;
        }
    }
    return WriteResult::success(written);
}

} // namespace attn::ui
