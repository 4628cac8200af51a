#include "teach/regressionplot.h"

#include <qcustomplot.h>

#include <QFontMetrics>

namespace attn::ui::regressionplot {

namespace {

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

} // namespace

QFont fontOf(const QWidget* widget, double points, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
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

void showWeightAxis(QCustomPlot* plot, bool show, const QString& label)
{
    QCPAxis* axis = plot->yAxis2;
    axis->setVisible(true);
    axis->setTicks(show);
    axis->setTickLabels(show);
    axis->setLabel(show ? label : QString());
}

} // namespace attn::ui::regressionplot
