#pragma once

#include "heatmap/heatmapstyle.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QCPPainter;

namespace attn::ui {

/// How a heatmap shows what is not a number: masked cells (light grey with diagonal hatching) and rows without
/// values (empty, outlined, with a note across them). Shared by the on-screen heatmaps and every export format.
namespace cellmarks {

// Each colour exists for the light and the dark style (HeatmapStyle::dark); the default is light.

/// Fill of a masked cell under its hatching.
QColor maskedFill(const HeatmapStyle& style = {});
/// Colour of the hatching lines of masked cells.
QColor hatchColor(const HeatmapStyle& style = {});
/// Fill of a row without values: the plot's background, so that it cannot be read as a coloured value.
QColor emptyRowFill(const HeatmapStyle& style = {});
/// Colour of a visible (not masked) cell in the mask heatmap.
QColor visibleFill(const HeatmapStyle& style = {});

/// Fills `cell` (device pixels) as masked: maskedFill() with 45° hatching that continues across neighbouring
/// masked cells.
void drawMaskedCell(QCPPainter* painter, const QRectF& cell, const HeatmapStyle& style = {});

/// Prints `text` (e.g. "masked") centred in `cell` on a small patch of maskedFill(), so that the hatching does
/// not cross it. `font` must already fit (see fittingPixelSize).
void drawMaskedText(QCPPainter* painter, const QRectF& cell, const QString& text, const QFont& font,
                    const HeatmapStyle& style = {});

/// Draws `row` (device pixels, the whole row of cells) empty, outlined with a dashed line, with `note` centred
/// across it: as large as the row allows (up to 24 px × the style's font scale), wrapped onto several lines when
/// the row is tall enough, shrunk to fit down to a minimum and elided beyond that.
void drawRowNote(QCPPainter* painter, const QRectF& row, const QString& note, const QFont& font,
                 const HeatmapStyle& style = {});

/// The largest pixel size from `maxPixels` down to `minPixels` at which `text` in `font` fits in `size` with a
/// little padding; 0 if it does not fit even at `minPixels`.
int fittingPixelSize(const QString& text, QFont font, const QSizeF& size, int maxPixels, int minPixels);

} // namespace cellmarks

} // namespace attn::ui
