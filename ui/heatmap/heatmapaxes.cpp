#include "heatmap/heatmapaxes.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace attn::ui::heatmapaxes {

namespace {

/// Token labels that stay legible when cells get small (see setLabels). The axis length is estimated when the
/// ticks are generated, before the new layout: the last axis length plus the change of the plot size since then.
class TokenTicker : public QCPAxisTickerText {
public:
    explicit TokenTicker(QCPAxis* axis) : m_axis(axis) {}

    void setFontScale(double scale) { m_scale = scale; }

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                  QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels) override
    {
        adaptToCellSize();
        QCPAxisTickerText::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
    }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        QVector<double> ticks = QCPAxisTickerText::createTickVector(tickStep, range);
        if (m_step > 1)
            ticks.removeIf([this](double tick) { return qRound(tick) % m_step != 0; });
        return ticks;
    }

private:
    double estimatedAxisLength()
    {
        const QRect outer = m_axis->parentPlot()->plotLayout()->outerRect();
        const QRect inner = m_axis->axisRect()->rect();
        const bool horizontal = m_axis->orientation() == Qt::Horizontal;
        double length = horizontal ? inner.width() : inner.height();
        if (inner.isEmpty()) // never laid out
            length = 0.6 * (horizontal ? outer.width() : outer.height());
        else if (m_lastOuter.isValid())
            length += horizontal ? outer.width() - m_lastOuter.width() : outer.height() - m_lastOuter.height();
        m_lastOuter = outer;
        return length;
    }

    void adaptToCellSize()
    {
        if (mTicks.isEmpty() || !m_axis)
            return;
        const double cell = std::max(1.0, estimatedAxisLength() / mTicks.size());
        const bool horizontal = m_axis->orientation() == Qt::Horizontal;
        QFont font = m_axis->tickLabelFont();
        double widest = 0;
        double height = 0;
        for (double points = kTickFontPoints * m_scale;; points -= 0.5) {
            font.setPointSizeF(points);
            const QFontMetricsF metrics(font);
            height = metrics.height();
            widest = 0;
            for (const QString& label : std::as_const(mTicks))
                widest = std::max(widest, metrics.horizontalAdvance(label));
            const bool fits = horizontal ? std::min(widest + 6, 1.5 * height) <= cell : height <= cell;
            if (fits || points <= kMinTickPoints * m_scale)
                break;
        }
        double rotation = 0;
        double needed = horizontal ? widest + 6 : height;
        if (horizontal && widest + 6 > cell) {
            rotation = 1.5 * height <= cell ? -45 : -90;
            needed = rotation == -45 ? 1.5 * height : 1.1 * height;
        }
        m_step = needed <= cell ? 1 : static_cast<int>(std::ceil(needed / cell));
        m_axis->setTickLabelFont(font);
        m_axis->setTickLabelRotation(rotation);
    }

    QPointer<QCPAxis> m_axis;
    QRect m_lastOuter;
    int m_step{1};
    double m_scale{1.0};
};

} // namespace

QFont fontOf(const QCustomPlot* plot, double points, bool bold)
{
    QFont font = plot->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void styleAxis(QCPAxis* axis, double fontScale, const QColor& text, const QColor& line)
{
    const QCustomPlot* plot = axis->parentPlot();
    axis->grid()->setVisible(false);
    axis->setSubTicks(false);
    axis->setTickLength(0, qRound(5 * fontScale));
    axis->setTickLabelFont(fontOf(plot, kTickFontPoints * fontScale));
    axis->setLabelFont(fontOf(plot, kAxisTitlePoints * fontScale, true));
    axis->setTickLabelPadding(qRound(8 * fontScale));
    axis->setLabelPadding(qRound(8 * fontScale));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->setBasePen(QPen(line));
    axis->setTickPen(QPen(line));
    if (auto ticker = axis->ticker().dynamicCast<TokenTicker>())
        ticker->setFontScale(fontScale);
}

void setLabels(QCPAxis* axis, const QStringList& labels, int count, const QString& title, double fontScale)
{
    auto ticker = axis->ticker().dynamicCast<TokenTicker>(); // kept across updates: it remembers the layout
    if (!ticker) {
        ticker = QSharedPointer<TokenTicker>::create(axis);
        axis->setTicker(ticker);
    }
    ticker->setFontScale(fontScale);
    ticker->clear();
    for (int i = 0; i < count; ++i)
        ticker->addTick(i, i < labels.size() ? labels.at(i) : QString());
    axis->setLabel(title);
    axis->setRange(-0.5, count - 0.5);
}

} // namespace attn::ui::heatmapaxes
