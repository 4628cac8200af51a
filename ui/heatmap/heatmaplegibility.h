#pragma once

#include <QStringList>

namespace attn::ui {

class HeatmapWidget;

/// What a class could not read on `widget` as it was last laid out and drawn, one sentence per fault (empty when
/// everything is legible):
/// - a matrix of at most CellLabelsItem::kAlwaysPrintedCells rows and columns (not the mask, not drawn "not yet",
///   not zoomed) without a number in each of its cells that is neither masked nor in a row with a note
///   (CellLabelsItem::printedTexts);
/// - a title that had to be elided, or is higher than its place (FittedTextElement);
/// - token labels thinned or shrunk below their smallest size (heatmapaxes::labelsFit), for at most
///   kAlwaysPrintedCells of them;
/// - an axis title or tick labels (of the cell axes and of the colour scale) that need more room than the margin
///   beside the cells gives them, or an axis title longer than the side of the plot it stands on.
/// Text sizes are measured with QTextLayout, so that a glyph from a fallback font (Chinese in a Latin font) counts
/// with its real height.
QStringList legibilityFaults(const HeatmapWidget& widget);

} // namespace attn::ui
