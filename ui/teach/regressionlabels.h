#pragma once

#include <QMargins>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class QCPItemText;

namespace attn::ui::regressionlabels {

// Where the regression view's texts go so that none covers another (all in pixels of the plot): at a large
// bandwidth σ the keys lie a few pixels apart, and their labels, the weights' labels and f(q) would pile up.

/// One place for a label at its point: the alignment of its position and its padding (e.g. above a point:
/// AlignHCenter | AlignBottom with a bottom padding).
struct LabelSpot {
    Qt::Alignment alignment;
    QMargins padding;
};

/// `spots`, then each of them centred on its point again ending at the point (AlignRight) and starting at it
/// (AlignLeft): near the plot's edge a centred text would be cut off.
QVector<LabelSpot> withSidewaysSpots(const QVector<LabelSpot>& spots);

/// Shows `label` at the first of `spots` where its box lies inside `bounds` and overlaps none of `taken`, and
/// appends that box to `taken`; hides it (at the first spot) when there is none. @return whether shown.
bool placeAtFirstFree(QCPItemText* label, const QVector<LabelSpot>& spots, const QRectF& bounds,
                      QVector<QRectF>* taken);

/// A box of `size` beside the point `anchor`, `gap` pixels away from it: below it, above it, right of it or left
/// of it (centred on the anchor, slid sideways to stay inside `bounds`), then below or above it starting or ending
/// at the anchor; the first that lies inside `bounds` and overlaps none of `obstacles`; when none is free, the one
/// overlapping them least.
QRectF placeBeside(QPointF anchor, QSizeF size, double gap, const QRectF& bounds,
                   const QVector<QRectF>& obstacles);

/// The box `label` draws, padding included, from QCustomPlot's own anchors (needs the plot laid out).
QRectF boxOf(const QCPItemText* label);

/// The size of the box `label` would draw for its text, padding included.
QSizeF sizeOf(const QCPItemText* label);

} // namespace attn::ui::regressionlabels
