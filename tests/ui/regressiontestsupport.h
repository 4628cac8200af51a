#pragma once

// What the regression view draws, in pixels, for tests: its texts' boxes as QCustomPlot's items report them, and
// the bars and point markers computed from the plotted data, their widths and the axes (not from the view's own
// placing of its texts).
#include "teach/regressionview.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QStringList>

#include <algorithm>
#include <vector>

namespace attn::ui::test {

using namespace Qt::Literals::StringLiterals;

struct Box {
    QString what;
    QRectF rect;
};

/// The texts drawn on the plot: every visible, non-empty QCPItemText, its box from its own anchors.
inline std::vector<Box> textBoxes(const attn::ui::RegressionView& view)
{
    std::vector<Box> boxes;
    QCustomPlot* plot = view.plot();
    for (int i = 0; i < plot->itemCount(); ++i) {
        const auto* text = qobject_cast<QCPItemText*>(plot->item(i));
        if (text && text->visible() && !text->text().isEmpty())
            boxes.push_back({u"text \u201c"_s + text->text() + u"\u201d"_s,
                             QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized()});
    }
    return boxes;
}

/// The bars (absolute width in pixels, from 0 to the weight on yAxis2) and the point markers (the scatter discs of
/// both point graphs and the marked estimate), in pixels.
inline std::vector<Box> markBoxes(const attn::ui::RegressionView& view)
{
    std::vector<Box> boxes;
    const QCustomPlot* plot = view.plot();
    const QCPBars* bars = view.weightBars();
    if (bars->visible()) {
        EXPECT_EQ(bars->widthType(), QCPBars::wtAbsolute);
        for (auto bar = bars->data()->constBegin(); bar != bars->data()->constEnd(); ++bar) {
            const double x = plot->xAxis->coordToPixel(bar->key);
            const double top = plot->yAxis2->coordToPixel(bar->value);
            const double base = plot->yAxis2->coordToPixel(0);
            boxes.push_back({u"bar of key %1"_s.arg(bar->key),
                             QRectF(QPointF(x - 0.5 * bars->width(), std::min(top, base)),
                                    QPointF(x + 0.5 * bars->width(), std::max(top, base)))});
        }
    }
    for (const QCPGraph* graph : {view.pointsGraph(), view.maskedPointsGraph()}) {
        const double r = 0.5 * graph->scatterStyle().size();
        for (auto point = graph->data()->constBegin(); point != graph->data()->constEnd(); ++point) {
            const QPointF c(plot->xAxis->coordToPixel(point->key), plot->yAxis->coordToPixel(point->value));
            boxes.push_back({u"point (%1, %2)"_s.arg(point->key).arg(point->value),
                             QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)});
        }
    }
    if (view.estimateMarker()->visible()) {
        const QPointF c = view.estimateMarker()->position->pixelPosition();
        const double r = 0.5 * view.estimateMarker()->size();
        boxes.push_back({u"the marked f(q)"_s, QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)});
    }
    return boxes;
}

/// Every overlap of a text with another text, a bar or a point, and every text not wholly inside the plot.
inline QStringList labelFaults(const attn::ui::RegressionView& view)
{
    QStringList faults;
    const std::vector<Box> texts = textBoxes(view);
    const std::vector<Box> marks = markBoxes(view);
    const QRectF inside = QRectF(view.plot()->axisRect()->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (std::size_t a = 0; a < texts.size(); ++a) {
        if (!inside.contains(texts[a].rect))
            faults << texts[a].what + u" is cut at the plot's edge"_s;
        for (std::size_t b = a + 1; b < texts.size(); ++b)
            if (texts[a].rect.intersects(texts[b].rect))
                faults << texts[a].what + u" covers "_s + texts[b].what;
        for (const Box& mark : marks)
            if (texts[a].rect.intersects(mark.rect))
                faults << texts[a].what + u" covers the "_s + mark.what;
    }
    return faults;
}

} // namespace attn::ui::test
