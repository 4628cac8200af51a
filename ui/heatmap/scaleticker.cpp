#include "heatmap/scaleticker.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace attn::ui {

ScaleTicker::ScaleTicker(QCPAxis* axis) : m_axis(axis)
{
    setTickCount(kMaxTicks);
}

double ScaleTicker::axisLength() const
{
    if (!m_axis || !m_axis->axisRect())
        return 0;
    const QRect rect = m_axis->axisRect()->rect();
    return m_axis->orientation() == Qt::Vertical ? rect.height() : rect.width();
}

double ScaleTicker::neededSpacing() const
{
    const QFontMetricsF metrics(m_axis ? m_axis->tickLabelFont() : QFont());
    return 1.5 * metrics.height();
}

bool ScaleTicker::fitToLength()
{
    if (!m_axis || axisLength() == m_generatedLength)
        return false;
    // QCPAxisRect runs the axes' setupTickVectors() in its preparation phase, which calls generate() here.
    m_axis->axisRect()->update(QCPLayoutElement::upPreparation);
    return true;
}

void ScaleTicker::generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                           QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels)
{
    const double length = axisLength();
    m_generatedLength = length;
    const double needed = neededSpacing();
    // Before the first layout the length is unknown: the full count, fitted after the layout.
    for (int count = kMaxTicks; count >= 1; --count) {
        setTickCount(count);
        QCPAxisTicker::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
        if (length <= 0 || ticks.size() < 2 || range.size() <= 0)
            return;
        double closest = length;
        for (qsizetype i = 1; i < ticks.size(); ++i)
            closest = std::min(closest, std::abs(ticks[i] - ticks[i - 1]) * length / range.size());
        if (closest >= needed)
            return;
    }
    // Not even two labels fit one above the other: the largest alone.
    ticks = {ticks.last()};
    if (tickLabels && !tickLabels->isEmpty())
        *tickLabels = {tickLabels->last()};
    if (subTicks)
        subTicks->clear();
}

} // namespace attn::ui
