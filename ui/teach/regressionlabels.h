#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QVector>

class QCPItemText;

namespace attn::ui::regressionlabels {

// Where the regression view's texts go so that none covers another, a bar or a point (all in pixels of the
// plot): at a large bandwidth σ the keys lie a few pixels apart, at a large text size the texts are large beside
// a small plot, and their labels, the weights' labels and f(q) would pile up. Each text tries its places in turn
// and takes the first free one inside the plot; with none free it is hidden, never drawn over something.

/// What is already on the plot: the area texts must lie in, and the boxes (bars, point markers, texts placed)
/// they must not touch.
struct Room {
    QRectF bounds;
    QVector<QRectF> taken;
};

/// Shows `label` with the top-left corner of its box (padding included) at the first of `corners` where the box
/// lies inside `room.bounds` and intersects none of `room.taken`, and appends that box to `room.taken`; hides it
/// when there is none. The label's position is set in pixels (QCPItemPosition::setPixelPosition), whatever its
/// coordinate types and parent anchor. @return whether it is shown.
bool placeAtFirstFree(QCPItemText* label, const QVector<QPointF>& corners, Room* room);

/// The top-left corners of a box of `size` beside the point `anchor`, nearest first: at a distance of `gap`
/// pixels, then farther in steps of half the box's smaller side up to `reach`, each time above and below it
/// (centred on it, starting at it, ending at it; slid sideways to stay inside `bounds`), then right and left of
/// it (vertically centred); `aboveFirst` puts the places above before those below.
QVector<QPointF> cornersAround(QPointF anchor, QSizeF size, double gap, double reach, const QRectF& bounds,
                               bool aboveFirst);

/// The top-left corners of a box of `size` above the bar `bar` (its pixel rectangle), `gap` pixels over its top
/// and then up to two box heights higher: centred on it, starting at its left edge, ending at its right edge (slid
/// inside `bounds`); last beside its top, right and left of it (where a point stands right above the bar).
QVector<QPointF> cornersOnBar(const QRectF& bar, QSizeF size, double gap, const QRectF& bounds);

/// `corners` without those where a box of `size` would have its centre nearer (horizontally) another key of
/// `keyPixels` (every key's x, in pixels) than key `own`: a text is read as the label of the bar or point it
/// stands nearest, so a key's or a weight's label never stands nearer another key's bar than its own (ties
/// allowed: keys drawn at one pixel share it).
QVector<QPointF> nearestOwn(const QVector<QPointF>& corners, QSizeF size, const QVector<double>& keyPixels,
                            int own);

/// The box `label` draws, padding included, from QCustomPlot's own anchors (needs the plot laid out).
QRectF boxOf(const QCPItemText* label);

/// The size of the box `label` would draw for its text, padding included.
QSizeF sizeOf(const QCPItemText* label);

} // namespace attn::ui::regressionlabels
