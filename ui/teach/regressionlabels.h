#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class QCPItemText;

namespace attn::ui::regressionlabels {

// Where the regression view's texts go so that none covers another (all in pixels of the plot): at a large
// bandwidth σ the keys lie a few pixels apart, and their labels, the weights' labels and f(q) would pile up.

/// Which of `rects` to show so that no two shown ones overlap: taken in `order` (indices into `rects`, the most
/// important first), a rect is shown when it overlaps neither a rect shown before it nor any of `obstacles`.
/// Rects not in `order` are not shown. @return one flag per rect.
QVector<bool> thinOut(const QVector<QRectF>& rects, const QVector<int>& order,
                      const QVector<QRectF>& obstacles = {});

/// A box of `size` beside the point `anchor`, `gap` pixels away from it: below it, above it, right of it or left
/// of it (centred on the anchor, slid sideways to stay inside `bounds`), the first that lies inside `bounds` and
/// overlaps none of `obstacles`; when none is free, the one overlapping them least.
QRectF placeBeside(QPointF anchor, QSizeF size, double gap, const QRectF& bounds,
                   const QVector<QRectF>& obstacles);

/// The box `label` draws, padding included, from QCustomPlot's own anchors (needs the plot laid out).
QRectF boxOf(const QCPItemText* label);

/// The size of the box `label` would draw for its text, padding included.
QSizeF sizeOf(const QCPItemText* label);

} // namespace attn::ui::regressionlabels
