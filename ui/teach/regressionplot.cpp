#include "teach/regressionplot.h"

#include <qcustomplot.h>

#include "base/themecolours.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>

#include <algorithm>

namespace attn::ui::regressionplot {

namespace {

constexpr const char* kTextScaleProperty = "attnTextScale"; ///< setTextScale()'s scale, on the plot.

/// QCustomPlot's ticks, none above a cap: the weight axis reads 0 … 1 although its range goes higher.
class CappedTicker : public QCPAxisTicker {
public:
    double cap{1.0};

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, range);
        ticks.removeIf([this](double tick) { return tick > cap * (1 + 1e-9); });
        return ticks;
    }
};

/// `current` as first given to `holder` (remembered in its property `key`), made readable on `background`.
QColor themed(QObject* holder, const char* key, const QColor& current, const QColor& background, double contrast)
{
    const QVariant kept = holder->property(key);
    if (!kept.isValid())
        holder->setProperty(key, current);
    const QColor original = kept.isValid() ? kept.value<QColor>() : current;
    const bool darkBackground = relativeLuminance(background) < 0.18;
    if (darkBackground && original.hsvSaturation() < 40 && original.lightness() < 128) {
        // Black or dark grey on a dark theme: mirrored to white or light grey (black text becomes as bright as
        // the tick labels, not a dim grey that only just passes the contrast).
        QColor mirrored = QColor::fromHsl(0, 0, 255 - original.lightness());
        mirrored.setAlpha(original.alpha());
        return mirrored;
    }
    QColor colour = original;
    for (int step = 0; step < 24 && contrastRatio(colour, background) < contrast; ++step) {
        const QColor next = darkBackground ? colour.lighter(118) : colour.darker(118);
        if (next == colour) // lighter() cannot lift black: start from a dark grey
            colour = darkBackground ? QColor(80, 80, 80) : QColor(40, 40, 40);
        else
            colour = next;
    }
    colour.setAlpha(original.alpha());
    return colour;
}

QColor mixed(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                            static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                            static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

QPen themedPen(QObject* holder, const char* key, QPen pen, const QColor& background, double contrast)
{
    pen.setColor(themed(holder, key, pen.color(), background, contrast));
    return pen;
}

/// Replots its plot when the palette changes.
class PaletteFollower : public QObject {
public:
    explicit PaletteFollower(QCustomPlot* plot) : QObject(plot), m_plot(plot) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_plot &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        return false;
    }

private:
    QCustomPlot* m_plot;
};

} // namespace

QFont fontOf(const QWidget* widget, double points, bool bold)
{
    const QVariant scale = widget->property(kTextScaleProperty);
    QFont font = widget->font();
    font.setPointSizeF(points * (scale.isValid() ? scale.toDouble() : 1.0));
    font.setBold(bold);
    return font;
}

void setTextScale(QCustomPlot* plot, double scale)
{
    plot->setProperty(kTextScaleProperty, scale);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        axis->setTickLabelFont(fontOf(plot, kTickPoints));
        axis->setLabelFont(fontOf(plot, kTickPoints, true));
    }
    plot->legend->setFont(fontOf(plot, kLegendPoints));
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = plot->legend->item(i)) // a wrapped legend has empty cells
            item->setFont(fontOf(plot, kLegendPoints));
    }
    for (QCPTextElement* note : plot->findChildren<QCPTextElement*>())
        note->setFont(fontOf(plot, kLegendPoints, note->font().bold()));
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
            text->setFont(fontOf(plot, kTextPoints, text->font().bold()));
    }
    reserveWeightAxis(plot); // room for the weight axis's larger ticks and title
}

void styleAxis(QCPAxis* axis, const QString& label)
{
    const QCustomPlot* plot = axis->parentPlot();
    axis->setLabel(label);
    axis->setTickLabelFont(fontOf(plot, kTickPoints));
    axis->setLabelFont(fontOf(plot, kTickPoints, true));
    axis->setBasePen(QPen(QColor(0x60, 0x60, 0x60)));
    axis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4)));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

QCPItemText* makeText(QCustomPlot* plot, const QColor& color, double points, bool bold)
{
    auto* text = new QCPItemText(plot);
    text->setFont(fontOf(plot, points, bold));
    text->setColor(color);
    text->setClipToAxisRect(true);
    return text;
}

QCPTextElement* placeLegendBelow(QCustomPlot* plot)
{
    auto* row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(1, 0, row);
    plot->plotLayout()->setRowStretchFactor(1, 0.001);
    row->setMargins(QMargins(8, 0, 8, 4));
    row->setRowSpacing(0);

    QCPLegend* legend = plot->legend;
    legend->setVisible(true);
    legend->setFont(fontOf(plot, kLegendPoints));
    legend->setBorderPen(Qt::NoPen);
    legend->setWrap(2); // two entries a row, so that a narrow plot does not cut the legend
    legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    legend->setRowSpacing(0);
    plot->axisRect()->insetLayout()->take(legend);
    plot->axisRect()->insetLayout()->simplify();

    // [spacer | legend | spacer] over [spacer | note | spacer]: equal stretch either side keeps both centred.
    auto* note = new QCPTextElement(plot, QString(), fontOf(plot, kLegendPoints));
    note->setTextColor(QColor(0x50, 0x50, 0x50));
    note->setTextFlags(Qt::AlignHCenter | Qt::AlignVCenter);
    note->setMargins(QMargins(2, 0, 2, 0));
    row->addElement(0, 0, new QCPLayoutElement(plot));
    row->addElement(0, 1, legend);
    row->addElement(0, 2, new QCPLayoutElement(plot));
    row->addElement(1, 1, note);
    row->setColumnStretchFactors({1.0, 0.001, 1.0});
    return note;
}

bool fitTickCount(QCPAxis* axis, const QString& widest, double length)
{
    const double label = QFontMetricsF(axis->tickLabelFont()).horizontalAdvance(widest);
    const int count = std::clamp(static_cast<int>(length / (2.0 * std::max(label, 1.0))), 2, 5);
    if (axis->ticker()->tickCount() == count)
        return false;
    axis->ticker()->setTickCount(count);
    return true;
}

void reserveWeightAxis(QCustomPlot* plot)
{
    QCPAxis* axis = plot->yAxis2;
    const QFontMetrics ticks(axis->tickLabelFont());
    const QFontMetrics title(axis->labelFont());
    const int width = axis->tickLengthOut() + axis->tickLabelPadding() +
                      ticks.horizontalAdvance(QStringLiteral("0.88")) + axis->labelPadding() + title.height() + 12;
    plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(0, 0, width, 0));
}

void setWeightAxisTop(QCustomPlot* plot, double top)
{
    QCPAxis* axis = plot->yAxis2;
    auto* ticker = dynamic_cast<CappedTicker*>(axis->ticker().data());
    if (!ticker) {
        auto capped = QSharedPointer<CappedTicker>::create();
        ticker = capped.data();
        axis->setTicker(capped);
    }
    ticker->cap = top;
    axis->setRange(0, 1.35 * top);
}

void applyPalette(QCustomPlot* plot)
{
    // The application's palette (the theme) unless the plot was given its own: a widget's inherited palette is
    // only resolved once it is polished, later than the first replot of a window being built.
    const QPalette palette = plot->palette().resolveMask() != 0 ? plot->palette() : QApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    plot->setBackground(base);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->xAxis2, plot->yAxis2}) {
        const QPen line(mixed(base, text, 0.6));
        axis->setBasePen(line);
        axis->setTickPen(line);
        axis->setSubTickPen(line);
        axis->setTickLabelColor(text);
        axis->setLabelColor(themed(axis, "attnLabelColour", axis->labelColor(), base, 4.5));
        axis->grid()->setPen(QPen(mixed(base, text, 0.14)));
    }
    plot->legend->setBrush(base);
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (QCPAbstractLegendItem* item = plot->legend->item(i)) // a wrapped legend's grid has empty cells
            item->setTextColor(text);
    }
    for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
        if (auto* note = qobject_cast<QCPTextElement*>(element))
            note->setTextColor(mixed(base, text, 0.75));
    }
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph* graph = plot->graph(i);
        graph->setPen(themedPen(graph, "attnPen", graph->pen(), base, 3.0));
        QCPScatterStyle scatter = graph->scatterStyle();
        if (!scatter.isNone()) {
            scatter.setPen(themedPen(graph, "attnScatterPen", scatter.pen(), base, 3.0));
            QBrush brush = scatter.brush();
            brush.setColor(themed(graph, "attnScatterBrush", brush.color(), base, 3.0));
            scatter.setBrush(brush);
            graph->setScatterStyle(scatter);
        }
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem* item = plot->item(i);
        if (auto* label = qobject_cast<QCPItemText*>(item)) {
            label->setColor(themed(label, "attnColour", label->color(), base, 4.5));
            if (label->brush().style() != Qt::NoBrush) {
                QColor fill = base;
                fill.setAlpha(label->brush().color().alpha());
                label->setBrush(fill);
            }
        } else if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            line->setPen(themedPen(line, "attnPen", line->pen(), base, 3.0));
        } else if (auto* tracer = qobject_cast<QCPItemTracer*>(item)) {
            tracer->setPen(themedPen(tracer, "attnPen", tracer->pen(), base, 3.0));
        }
    }
}

void followPalette(QCustomPlot* plot)
{
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { applyPalette(plot); });
    plot->installEventFilter(new PaletteFollower(plot));
}

void showWeightAxis(QCustomPlot* plot, bool show, const QString& label)
{
    QCPAxis* axis = plot->yAxis2;
    axis->setVisible(true);
    axis->setTicks(show);
    axis->setTickLabels(show);
    axis->setLabel(show ? label : QString());
}

} // namespace attn::ui::regressionplot
