#include "teach/regressionlabels.h"

#include <qcustomplot.h>

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace attn::ui::regressionlabels {

namespace {

/// `x` moved so that a box of width `w` starting there lies inside `bounds` horizontally (as far as it can).
double slidX(double x, double w, const QRectF& bounds)
{
    return std::clamp(x, bounds.left(), std::max(bounds.left(), bounds.right() - w));
}

double slidY(double y, double h, const QRectF& bounds)
{
    return std::clamp(y, bounds.top(), std::max(bounds.top(), bounds.bottom() - h));
}

} // namespace

bool placeAtFirstFree(QCPItemText* label, const QVector<QPointF>& corners, Room* room)
{
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (const QPointF& corner : corners) {
        label->position->setPixelPosition(corner);
        const QRectF box = boxOf(label); // as QCustomPlot will draw it
        const bool free = std::none_of(room->taken.cbegin(), room->taken.cend(),
                                       [&box](const QRectF& other) { return box.intersects(other); });
        // A position in plot coordinates goes there and back through doubles: a box placed at the edge of the
        // bounds comes back a hair outside.
        if (free && room->bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(box)) {
            label->setVisible(true);
            room->taken.append(box);
            return true;
        }
    }
    label->setVisible(false);
    return false;
}

QVector<QPointF> cornersAround(QPointF anchor, QSizeF size, double gap, double reach, const QRectF& bounds,
                               bool aboveFirst)
{
    const double w = size.width();
    const double h = size.height();
    const double step = std::max(4.0, 0.5 * std::min(w, h));
    QVector<QPointF> corners;
    for (double d = gap; d <= std::max(gap, reach); d += step) {
        const double above = anchor.y() - d - h;
        const double below = anchor.y() + d;
        const double rows[] = {aboveFirst ? above : below, aboveFirst ? below : above};
        for (const double y : rows) {
            corners.append({slidX(anchor.x() - 0.5 * w, w, bounds), y}); // centred
            corners.append({slidX(anchor.x() - gap, w, bounds), y});     // starting at the anchor
            corners.append({slidX(anchor.x() + gap - w, w, bounds), y}); // ending at it
        }
        const double middle = slidY(anchor.y() - 0.5 * h, h, bounds);
        corners.append({anchor.x() + d, middle});     // right of it
        corners.append({anchor.x() - d - w, middle}); // left of it
    }
    return corners;
}

QVector<QPointF> cornersOnBar(const QRectF& bar, QSizeF size, double gap, const QRectF& bounds)
{
    const double w = size.width();
    QVector<QPointF> corners;
    for (int k = 0; k < 5; ++k) { // right over the top, then up to two heights higher
        const double above = bar.top() - gap - size.height() - k * 0.5 * size.height();
        corners += {{slidX(bar.center().x() - 0.5 * w, w, bounds), above},
                    {slidX(bar.left(), w, bounds), above},
                    {slidX(bar.right() - w, w, bounds), above}};
    }
    const double besideTop = slidY(bar.top() - 0.5 * size.height(), size.height(), bounds);
    corners += {{bar.right() + gap, besideTop}, {bar.left() - gap - w, besideTop}};
    return corners;
}

QVector<QPointF> nearestOwn(const QVector<QPointF>& corners, QSizeF size, const QVector<double>& keyPixels,
                            int own)
{
    if (own < 0 || own >= keyPixels.size())
        return corners;
    QVector<QPointF> kept;
    for (const QPointF& corner : corners) {
        const double centre = corner.x() + 0.5 * size.width();
        const double mine = std::abs(centre - keyPixels[own]);
        if (std::none_of(keyPixels.cbegin(), keyPixels.cend(),
                         [&](double other) { return std::abs(centre - other) < mine - 1e-9; }))
            kept.append(corner);
    }
    return kept;
}

QRectF boxOf(const QCPItemText* label)
{
    return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
}

QSizeF sizeOf(const QCPItemText* label)
{
    const QMargins padding = label->padding();
    const QRect text = QFontMetrics(label->font())
                           .boundingRect(QRect(), Qt::TextDontClip | label->textAlignment(), label->text());
    return QSizeF(text.width() + padding.left() + padding.right(),
                  text.height() + padding.top() + padding.bottom());
}

} // namespace attn::ui::regressionlabels
