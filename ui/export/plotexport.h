#pragma once

#include "io/writeresult.h"

#include <QList>
#include <QString>

#include <optional>

class QCustomPlot;

namespace attn::ui {

/// Image formats a heatmap exports to.
enum class ImageFormat { Png, Pdf, Svg };

/// "png", "pdf" or "svg" (case-insensitive) → the format; anything else → nothing.
std::optional<ImageFormat> imageFormatFromName(const QString& name);

/// The file suffix without dot: "png", "pdf", "svg".
QString imageFormatSuffix(ImageFormat format);

/// Writes `plot` to `path`. PNG is rendered at `scale` × the plot's logical size (scale 1, 2 or 4); PDF and SVG
/// are vector (QCustomPlot::savePdf; SVG through QSvgGenerator + QCPPainter + toPainter, since QCustomPlot 2.1
/// has no saveSvg) and ignore `scale`. `width`/`height` in logical pixels; 0 means the plot's current size.
/// @return success with `path` written, or failure whose errorString() names the file and the fault.
io::WriteResult exportPlot(QCustomPlot& plot, const QString& path, ImageFormat format, int scale = 1,
                           int width = 0, int height = 0);

} // namespace attn::ui
