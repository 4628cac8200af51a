#include "heatmap/heatmapaxes.h"

#include <qcustomplot.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace attn::ui::heatmapaxes {

namespace {

/// The smallest "nice" step (1, 2, 5, 10, 20, 25, 50, 100, … cells) of at least `step` cells.
int niceStep(double step)
{
    if (step <= 1)
        return 1;
    for (double decade = 1;; decade *= 10) {
        for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
            if (factor == 2.5 && decade < 10)
                continue; // 2.5 cells is no step
            if (factor * decade >= step)
                return static_cast<int>(factor * decade);
        }
    }
}

/// Token labels that stay legible when cells get small (see setLabels). The axis length is estimated when the
/// ticks are generated, before the new layout: the last axis length plus the change of the plot size since then.
/// The cell size comes from the axis range, so that a zoom brings the labels back.
class TokenTicker : public QCPAxisTickerText {
public:
    explicit TokenTicker(QCPAxis* axis) : m_axis(axis) {}

    void setFontScale(double scale)
    {
        if (scale == m_scale)
            return;
        m_scale = scale;
        if (m_count > 0)
            rebuild(); // the labels are elided at the new size
    }

    /// Replaces the ticks: one per cell, `labels` (missing ones empty), each elided to kMaxLabelEms.
    void setTokenLabels(const QStringList& labels, int count)
    {
        if (count == m_count && labels == m_labels)
            return; // an edit of a number: the same labels, nothing to measure again
        m_labels = labels;
        m_count = count;
        rebuild();
    }

    /// True when the last tick generation showed every label without overlap at kMinTickPoints or more.
    bool allFit() const { return m_fits && m_step == 1; }

    /// Every step-th label is shown (1: all).
    int step() const { return m_step; }

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                  QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels) override
    {
        adaptToCellSize(range);
        QCPAxisTickerText::generate(range, locale, formatChar, precision, ticks, subTicks, tickLabels);
    }

private:
    void rebuild()
    {
        const QStringList& labels = m_labels;
        const int count = m_count;
        clear();
        m_widest.clear();
        m_longest.clear();
        // A long label is elided rather than let it push the cells aside (the tooltip shows it whole).
        const QFontMetricsF full(fontAt(kTickFontPoints * m_scale));
        const double longest = kMaxLabelEms * full.horizontalAdvance(u'M');
        QStringList shown;
        shown.reserve(count);
        for (int i = 0; i < count; ++i) {
            const QString label = i < labels.size() ? labels.at(i) : QString();
            shown << (full.horizontalAdvance(label) > longest ? full.elidedText(label, Qt::ElideRight, longest)
                                                               : label);
            addTick(i, shown.back());
        }
        // Labels "1", "2", … (the viewer's default) or "t1", "t2", … are thinned to 10, 20, … (t10, t20, …):
        // index i + 1 a multiple of the step.
        const QString first = labels.value(0);
        m_offset = count >= 2 && first.endsWith(u'1') && labels.value(1) == first.chopped(1) + u'2';
        // The widest labels at the largest size, to measure at the smaller ones (widths scale with the size).
        QList<std::pair<double, int>> widths;
        widths.reserve(count);
        for (int i = 0; i < count; ++i)
            widths.append({full.horizontalAdvance(shown.at(i)), i});
        const qsizetype keep = std::min<qsizetype>(widths.size(), 12);
        std::partial_sort(widths.begin(), widths.begin() + keep, widths.end(), std::greater<>());
        for (qsizetype i = 0; i < keep; ++i)
            m_longest << shown.at(widths.at(i).second);
    }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override
    {
        QVector<double> ticks = QCPAxisTickerText::createTickVector(tickStep, range);
        if (m_step > 1)
            ticks.removeIf([this](double tick) { return (qRound(tick) + m_offset) % m_step != 0; });
        return ticks;
    }

private:
    QFont fontAt(double points) const
    {
        QFont font = m_axis ? m_axis->tickLabelFont() : QFont();
        font.setPointSizeF(points);
        return font;
    }

    /// The width of the widest label at `points` (measured once per size and set of labels).
    double widestAt(double points)
    {
        const int key = qRound(points * 100);
        if (const auto found = m_widest.constFind(key); found != m_widest.cend())
            return found.value();
        const QFontMetricsF metrics(fontAt(points));
        double widest = 0;
        for (const QString& label : std::as_const(m_longest))
            widest = std::max(widest, metrics.horizontalAdvance(label));
        m_widest.insert(key, widest);
        return widest;
    }

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

    void adaptToCellSize(const QCPRange& range)
    {
        if (mTicks.isEmpty() || !m_axis)
            return;
        // Cells are one unit apart: the range spans range.size() cells.
        const double cell = std::max(1e-3, estimatedAxisLength() / std::max(1e-6, range.size()));
        const bool horizontal = m_axis->orientation() == Qt::Horizontal;
        double points = kTickFontPoints * m_scale;
        double widest = 0;
        double height = 0;
        bool fits = false;
        for (;; points -= 0.5) {
            height = QFontMetricsF(fontAt(points)).height();
            widest = widestAt(points);
            fits = horizontal ? std::min(widest + 6, 1.5 * height) <= cell : height <= cell;
            if (fits || points <= kMinTickPoints * m_scale)
                break;
        }
        double rotation = 0;
        if (fits) {
            m_step = 1;
            if (horizontal && widest + 6 > cell)
                rotation = 1.5 * height <= cell ? -45 : -90;
        } else {
            // Too many labels to show them all: every step-th at a readable size, with room between them (and
            // a tenth to spare for the layout that follows).
            points = std::max(kThinnedTickPoints, kMinTickPoints) * m_scale;
            height = QFontMetricsF(fontAt(points)).height();
            widest = widestAt(points);
            const double spare = 1.1 / cell;
            if (horizontal) {
                const double level = niceStep((widest + 0.8 * height) * spare);
                const double turned = niceStep(1.3 * height * spare);
                rotation = level <= 2 * turned ? 0 : -90;
                m_step = static_cast<int>(rotation == 0 ? level : turned);
            } else {
                m_step = niceStep(1.3 * height * spare);
            }
        }
        m_fits = fits;
        m_axis->setTickLabelFont(fontAt(points));
        m_axis->setTickLabelRotation(rotation);
    }

    QPointer<QCPAxis> m_axis;
    QRect m_lastOuter;
    int m_step{1};
    int m_offset{0};
    int m_count{-1};
    bool m_fits{true};
    double m_scale{1.0};
    QStringList m_labels;        ///< As last given to setTokenLabels.
    QStringList m_longest;       ///< The widest labels at the largest size, widest first.
    QHash<int, double> m_widest; ///< Widest label by point size × 100.
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
    ticker->setTokenLabels(labels, count);
    axis->setLabel(title);
    axis->setRange(-0.5, count - 0.5);
}

bool labelsFit(const QCPAxis* axis)
{
    const auto ticker = axis->ticker().dynamicCast<TokenTicker>();
    return !ticker || ticker->allFit();
}

int labelStep(const QCPAxis* axis)
{
    const auto ticker = axis->ticker().dynamicCast<TokenTicker>();
    return ticker ? ticker->step() : 1;
}

} // namespace attn::ui::heatmapaxes
