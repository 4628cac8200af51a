#pragma once

#include "teach/handoutpages.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace attn::ui {

/// Input tables placed side by side, wrapping into rows, at one font size.
struct HandoutTableLayout {
    QFont font;          ///< The numbers' font; names are the same size in bold.
    QList<QRectF> rects; ///< One per table, relative to the layout's top-left corner.
    QSizeF size;         ///< The bounding size of all rects.
};

/// Lays `tables` out within `available` (left to right, wrapping), with the largest font from `largestPixels`
/// down to `smallestPixels` whose layout fits; the smallest if none does.
HandoutTableLayout layoutHandoutTables(const QList<HandoutTable>& tables, const QSizeF& available,
                                       const QFont& baseFont, int largestPixels, int smallestPixels);

/// Draws `table` in `rect` (from layoutHandoutTables()): its name, a header row of column numbers, then one
/// row per token with its label and numbers (handoutNumber()). A matrix of more than 8 columns (12 rows) shows
/// its first 6 (10), "…" ("⋮") and its last, and its shape after the name: "Q (queries) (2 × 64)".
void paintHandoutTable(QPainter& painter, const HandoutTable& table, const QRectF& rect, const QFont& font);

} // namespace attn::ui
