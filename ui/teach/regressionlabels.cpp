#include "teach/regressionlabels.h"

#include <qcustomplot.h>

#include <QFontMetrics>

#include <algorithm>
#include <limits>

namespace attn::ui::regressionlabels {

namespace {

double overlapArea(const QRectF& box, const QVector<QRectF>& obstacles)
{
    double area = 0.0;
    for (const QRectF& obstacle : obstacles) {
        const QRectF common = box.intersected(obstacle);
        area += common.width() * common.height();
    }
    return area;
}

bool overlapsAny(const QRectF& box, const QVector<QRectF>& others)
{
    return std::any_of(others.cbegin(), others.cend(),
                       [&box](const QRectF& other) { return box.intersects(other); });
}

} // namespace

QVector<LabelSpot> withSidewaysSpots(const QVector<LabelSpot>& spots)
{
    QVector<LabelSpot> all = spots;
    for (const Qt::Alignment side : {Qt::AlignRight, Qt::AlignLeft}) {
        for (const LabelSpot& spot : spots) {
            if (spot.alignment & Qt::AlignHCenter)
                all.append({(spot.alignment & ~Qt::AlignHorizontal_Mask) | side, spot.padding});
        }
    }
    return all;
}

bool placeAtFirstFree(QCPItemText* label, const QVector<LabelSpot>& spots, const QRectF& bounds,
                      QVector<QRectF>* taken)
{
    int chosen = -1; // a text cut off at the plot's edge would misread ("60 c"): only spots inside the bounds
    for (int i = 0; i < spots.size() && chosen < 0; ++i) {
        label->setPositionAlignment(spots[i].alignment);
        label->setPadding(spots[i].padding);
        const QRectF box = boxOf(label);
        if (bounds.contains(box) && !overlapsAny(box, *taken))
            chosen = i;
    }
    const LabelSpot& spot = spots.value(std::max(chosen, 0));
    label->setPositionAlignment(spot.alignment);
    label->setPadding(spot.padding);
    label->setVisible(chosen >= 0);
    if (chosen >= 0)
        taken->append(boxOf(label));
    return chosen >= 0;
}

QRectF placeBeside(QPointF anchor, QSizeF size, double gap, const QRectF& bounds, const QVector<QRectF>& obstacles)
{
    const double w = size.width();
    const double h = size.height();
    // Centred on the anchor across the side it hangs from, slid back inside the bounds along that side.
    const double left =
        std::clamp(anchor.x() - 0.5 * w, bounds.left(), std::max(bounds.left(), bounds.right() - w));
    const double top = std::clamp(anchor.y() - 0.5 * h, bounds.top(), std::max(bounds.top(), bounds.bottom() - h));
    // Then, for a text wider than the room either side of the anchor, below or above starting at the anchor or
    // ending at it (slid inside the bounds too).
    const auto inside = [&](double x) {
        return std::clamp(x, bounds.left(), std::max(bounds.left(), bounds.right() - w));
    };
    const double fromAnchor = inside(anchor.x() - gap);
    const double toAnchor = inside(anchor.x() + gap - w);
    const QRectF candidates[] = {
        {left, anchor.y() + gap, w, h},           // below
        {left, anchor.y() - gap - h, w, h},       // above
        {anchor.x() + gap, top, w, h},            // right
        {anchor.x() - gap - w, top, w, h},        // left
        {fromAnchor, anchor.y() + gap, w, h},     // below, to the right
        {toAnchor, anchor.y() + gap, w, h},       // below, to the left
        {fromAnchor, anchor.y() - gap - h, w, h}, // above, to the right
        {toAnchor, anchor.y() - gap - h, w, h},   // above, to the left
    };
    QRectF best = candidates[0];
    double bestCost = std::numeric_limits<double>::infinity();
    for (const QRectF& candidate : candidates) {
        const bool within = bounds.contains(candidate);
        const double cost = overlapArea(candidate, obstacles) + (within ? 0.0 : 1e9);
        if (within && cost == 0.0)
            return candidate;
        if (cost < bestCost) {
            best = candidate;
            bestCost = cost;
        }
    }
    return best;
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
