#include "heatmap/heatmaplegibility.h"

#include "heatmap/celllabelsitem.h"
#include "heatmap/cellgeometry.h"
#include "heatmap/fittedtextelement.h"
#include "heatmap/heatmapaxes.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "heatmap/matrixcolormap.h"

#include <qcustomplot.h>

#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace attn::ui {

namespace {

/// The width and height of `text` in `font` as drawn, fallback fonts included.
QSizeF textSize(const QString& text, const QFont& font)
{
    if (text.isEmpty())
        return {};
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return {line.naturalTextWidth(), line.height()};
}

/// How far the tick labels of `axis` reach out from it, rotation included.
double tickLabelExtent(const QCPAxis* axis)
{
    if (!axis->tickLabels())
        return 0;
    const double angle = axis->tickLabelRotation() * std::numbers::pi / 180.0;
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    double extent = 0;
    for (const QString& label : axis->tickVectorLabels()) {
        const QSizeF size = textSize(label, axis->tickLabelFont());
        const double across = horizontal ? std::abs(size.width() * std::sin(angle)) +
                                               std::abs(size.height() * std::cos(angle))
                                         : std::abs(size.width() * std::cos(angle)) +
                                               std::abs(size.height() * std::sin(angle));
        extent = std::max(extent, across);
    }
    return extent;
}

/// The margin `axis` needs beside its axis rect: ticks, tick labels and title (as QCPAxisPainterPrivate adds
/// them), with real text sizes.
double neededMargin(const QCPAxis* axis)
{
    double needed = 0;
    if (!axis->tickVector().isEmpty())
        needed += std::max(0, std::max(axis->tickLengthOut(), axis->subTickLengthOut()));
    if (axis->tickLabels() && !axis->tickVectorLabels().isEmpty())
        needed += tickLabelExtent(axis) + axis->tickLabelPadding();
    if (!axis->label().isEmpty())
        needed += textSize(axis->label(), axis->labelFont()).height() + axis->labelPadding();
    return needed;
}

int marginOf(const QCPAxis* axis)
{
    const QMargins margins = axis->axisRect()->margins();
    switch (axis->axisType()) {
    case QCPAxis::atLeft:
        return margins.left();
    case QCPAxis::atRight:
        return margins.right();
    case QCPAxis::atTop:
        return margins.top();
    case QCPAxis::atBottom:
        break;
    }
    return margins.bottom();
}

QString nameOf(const QCPAxis* axis)
{
    return axis->label().isEmpty() ? QStringLiteral("axis %1").arg(static_cast<int>(axis->axisType()))
                                   : QStringLiteral("axis \u201c%1\u201d").arg(axis->label());
}

void checkAxis(const QCPAxis* axis, const QCustomPlot* plot, int count, QStringList* faults)
{
    constexpr double kSlack = 1.0; // rounding of QCustomPlot's integer margins
    const double needed = neededMargin(axis);
    const int margin = marginOf(axis);
    if (needed > margin + kSlack)
        faults->append(QStringLiteral("%1: its labels and title need %2 px beside the cells, the margin is %3 px")
                           .arg(nameOf(axis))
                           .arg(needed, 0, 'f', 1)
                           .arg(margin));
    if (!axis->label().isEmpty()) {
        const double length = textSize(axis->label(), axis->labelFont()).width();
        const double side = axis->orientation() == Qt::Horizontal ? plot->width() : plot->height();
        if (length > side + kSlack)
            faults->append(QStringLiteral("%1: the title is %2 px long on a side of %3 px")
                               .arg(nameOf(axis))
                               .arg(length, 0, 'f', 1)
                               .arg(side));
    }
    if (count > 0 && count <= CellLabelsItem::kAlwaysPrintedCells && !heatmapaxes::labelsFit(axis))
        faults->append(QStringLiteral("%1: not every token label fits").arg(nameOf(axis)));
}

} // namespace

QStringList legibilityFaults(const HeatmapWidget& widget)
{
    QStringList faults;
    const HeatmapController* controller = widget.controller();
    const QCustomPlot* plot = widget.plot();
    const HeatmapSpec& spec = controller->spec();
    const int rows = static_cast<int>(spec.values.rows());
    const int columns = static_cast<int>(spec.values.cols());

    if (const auto* title = qobject_cast<const FittedTextElement*>(controller->title())) {
        const QRect rect = title->rect();
        const auto [font, text] = title->fitted(rect.width());
        if (text != title->text())
            faults << QStringLiteral("the title \u201c%1\u201d is elided to \u201c%2\u201d").arg(title->text(), text);
        const double height = textSize(title->text(), font).height();
        if (height > rect.height() + 1.0)
            faults << QStringLiteral("the title is %1 px high in a place %2 px high").arg(height).arg(rect.height());
    }
    checkAxis(plot->xAxis, plot, columns, &faults);
    checkAxis(plot->yAxis, plot, rows, &faults);
    checkAxis(controller->colorScale()->axis(), plot, 0, &faults);

    const CellLabelsItem* labels = controller->cellLabels();
    const bool printable = spec.kind != HeatmapKind::Mask && !controller->isDimmed() && rows > 0 && columns > 0 &&
                           rows <= CellLabelsItem::kAlwaysPrintedCells &&
                           columns <= CellLabelsItem::kAlwaysPrintedCells;
    if (printable) {
        const QRect all(0, 0, columns, rows);
        const QStringList& printed = labels->printedTexts();
        const QRectF cell = cellPixelRect(controller->colorMap(), 0, 0);
        if (labels->visibleCells() == all && (labels->printedArea() != all || printed.size() != rows * columns)) {
            faults << QStringLiteral("no number is printed in its %1 \u00d7 %2 cells of %3 \u00d7 %4 px")
                          .arg(rows)
                          .arg(columns)
                          .arg(cell.width(), 0, 'f', 1)
                          .arg(cell.height(), 0, 'f', 1);
        } else if (labels->visibleCells() == all) {
            for (int row = 0; row < rows; ++row) {
                const bool note = !spec.rowNotes.value(row).isEmpty();
                for (int column = 0; column < columns; ++column) {
                    const bool masked =
                        row < spec.masked.rows() && column < spec.masked.cols() && spec.masked(row, column);
                    if (!note && !masked && printed.at(row * columns + column).isEmpty())
                        faults << QStringLiteral("cell (%1, %2) prints no number").arg(row).arg(column);
                }
            }
        }
    }
    for (QString& fault : faults)
        fault.prepend(spec.id + QStringLiteral(": "));
    return faults;
}

} // namespace attn::ui
