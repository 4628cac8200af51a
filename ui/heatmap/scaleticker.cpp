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
    auto pixels = [&](double from, double to) { return std::abs(to - from) * length / range.size(); };
    // Before the first layout the length is unknown: the full count, fitted after the layout.
    setTickCount(kMaxTicks);
    QCPAxisTicker::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
    if (length <= 0 || range.size() <= 0 || ticks.isEmpty())
        return;
    const QVector<double> finest = ticks;
    const QVector<QString> finestLabels = tickLabels ? *tickLabels : QVector<QString>();
    for (int count = kMaxTicks; count >= 1; --count) {
        if (count != kMaxTicks) {
            setTickCount(count);
            QCPAxisTicker::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
        }
        if (ticks.size() < 2)
            break; // fewer ticks asked give no more: one tick alone ("0" of a signed scale) tells no range
        double closest = length;
        for (qsizetype i = 1; i < ticks.size(); ++i)
            closest = std::min(closest, pixels(ticks[i - 1], ticks[i]));
        if (closest >= needed)
            return;
    }
    if (subTicks)
        subTicks->clear();
    // No even spacing fits: the outermost two of the finest ticks, which span the range, if they fit one above
    // the other; else the largest alone.
    if (finest.size() >= 2 && pixels(finest.first(), finest.last()) >= needed) {
        ticks = {finest.first(), finest.last()};
        if (tickLabels && finestLabels.size() == finest.size())
            *tickLabels = {finestLabels.first(), finestLabels.last()};
        return;
    }
    ticks = {finest.last()};
    if (tickLabels && finestLabels.size() == finest.size())
        *tickLabels = {finestLabels.last()};
}

} // namespace attn::ui
