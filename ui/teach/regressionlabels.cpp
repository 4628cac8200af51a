#include "teach/regressionlabels.h"

#include <qcustomplot.h>

#include <QFontMetrics>

#include <algorithm>

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
        if (free && room->bounds.contains(box)) {
            label->setVisible(true);
            room->taken.append(box);
            return true;
        }
    }
    label->setVisible(false);
    return false;
}

QVector<QPointF> cornersAround(QPointF anchor, QSizeF size, double gap, const QRectF& bounds, bool aboveFirst)
{
    const double w = size.width();
    const double h = size.height();
    const double above = anchor.y() - gap - h;
    const double below = anchor.y() + gap;
    QVector<QPointF> corners;
    const double rows[] = {aboveFirst ? above : below, aboveFirst ? below : above};
    for (const double y : rows) {
        corners.append({slidX(anchor.x() - 0.5 * w, w, bounds), y}); // centred
        corners.append({slidX(anchor.x() - gap, w, bounds), y});     // starting at the anchor
        corners.append({slidX(anchor.x() + gap - w, w, bounds), y}); // ending at it
    }
    const double middle = slidY(anchor.y() - 0.5 * h, h, bounds);
    corners.append({anchor.x() + gap, middle});
    corners.append({anchor.x() - gap - w, middle});
    return corners;
}

QVector<QPointF> cornersOnBar(const QRectF& bar, QSizeF size, double gap, const QRectF& bounds)
{
    const double w = size.width();
    const double h = size.height();
    const double above = bar.top() - gap - h;
    const double besideTop = slidY(bar.top() - 0.5 * h, h, bounds);
    return {{slidX(bar.center().x() - 0.5 * w, w, bounds), above},
            {slidX(bar.left(), w, bounds), above},
            {slidX(bar.right() - w, w, bounds), above},
            {bar.right() + gap, besideTop},
            {bar.left() - gap - w, besideTop}};
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
