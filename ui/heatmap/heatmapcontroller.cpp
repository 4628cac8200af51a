#include "heatmap/heatmapcontroller.h"

#include "heatmap/celllabelsitem.h"
#include "heatmap/cellmarks.h"
#include "heatmap/fittedtextelement.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace attn::ui {

namespace {

constexpr double kTickFontPoints = 12.0;
constexpr double kAxisTitlePoints = 12.0;
constexpr double kTitlePoints = 14.0;
constexpr double kScaleFontPoints = 11.0;
constexpr double kMinTickPoints = 7.0;

QFont fontOf(const QCustomPlot* plot, double points, bool bold = false)
{
    QFont font = plot->font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Data coordinates of `count` cells so that cell i is centred at i (one cell spans [-0.5, 0.5]: with a single
/// cell QCPColorMap would otherwise draw nothing).
QCPRange cellRange(int count)
{
    return count > 1 ? QCPRange(0, count - 1) : QCPRange(-0.5, 0.5);
}

void styleAxis(QCPAxis* axis, const QCustomPlot* plot)
{
    axis->grid()->setVisible(false);
    axis->setSubTicks(false);
    axis->setTickLength(0, 5);
    axis->setTickLabelFont(fontOf(plot, kTickFontPoints));
    axis->setLabelFont(fontOf(plot, kAxisTitlePoints, true));
    axis->setTickLabelPadding(8);
    axis->setLabelPadding(8);
    axis->setBasePen(QPen(QColor(0x60, 0x60, 0x60)));
}

/// Token labels that stay legible when cells get small: rather than let neighbours overlap, the labels of a
/// horizontal axis turn (45°, then 90°), the font shrinks down to kMinTickPoints, and as a last resort only every
/// n-th label is shown. The axis length is estimated when the ticks are generated, before the new layout: the
/// last axis length plus the change of the plot size since then.
class TokenTicker : public QCPAxisTickerText {
public:
    explicit TokenTicker(QCPAxis* axis) : m_axis(axis) {}

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
        for (double points = kTickFontPoints;; points -= 0.5) {
            font.setPointSizeF(points);
            const QFontMetricsF metrics(font);
            height = metrics.height();
            widest = 0;
            for (const QString& label : std::as_const(mTicks))
                widest = std::max(widest, metrics.horizontalAdvance(label));
            const bool fits = horizontal ? std::min(widest + 6, 1.5 * height) <= cell : height <= cell;
            if (fits || points <= kMinTickPoints)
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
};

void setLabels(QCPAxis* axis, const QStringList& labels, int count, const QString& title)
{
    auto ticker = axis->ticker().dynamicCast<TokenTicker>(); // kept across show(): it remembers the layout
    if (!ticker) {
        ticker = QSharedPointer<TokenTicker>::create(axis);
        axis->setTicker(ticker);
    }
    ticker->clear();
    for (int i = 0; i < count; ++i)
        ticker->addTick(i, i < labels.size() ? labels.at(i) : QString());
    axis->setLabel(title);
    axis->setRange(-0.5, count - 0.5);
}

/// The finite minimum and maximum of the cells of `values` for which `shown` is true, or nothing if none.
template <typename Shown>
std::optional<std::pair<double, double>> finiteBounds(const attn::Matrix& values, Shown shown)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (Eigen::Index i = 0; i < values.rows(); ++i) {
        for (Eigen::Index j = 0; j < values.cols(); ++j) {
            const double v = values(i, j);
            if (std::isfinite(v) && shown(i, j)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (low > high)
        return std::nullopt;
    return std::make_pair(low, high);
}

/// True where `spec` shows a number: not masked and not in a row with a note.
bool showsValue(const HeatmapSpec& spec, Eigen::Index row, Eigen::Index column)
{
    if (!spec.rowNotes.value(static_cast<qsizetype>(row)).isEmpty())
        return false;
    return !(row < spec.masked.rows() && column < spec.masked.cols() && spec.masked(row, column));
}

QCPRange dataRangeFor(const HeatmapSpec& spec)
{
    const auto bounds =
        finiteBounds(spec.values, [&spec](Eigen::Index i, Eigen::Index j) { return showsValue(spec, i, j); });
    switch (spec.kind) {
    case HeatmapKind::Weights: // relu weights are not normalised and may exceed 1
        return QCPRange(0, bounds ? std::max(1.0, bounds->second) : 1.0);
    case HeatmapKind::Mask: // two levels, 0 and 1 in the middle of each
        return QCPRange(-0.5, 1.5);
    case HeatmapKind::Scores:
    case HeatmapKind::Signed: {
        const double m = bounds ? std::max(std::abs(bounds->first), std::abs(bounds->second)) : 0.0;
        return m > 0 ? QCPRange(-m, m) : QCPRange(-1, 1);
    }
    case HeatmapKind::Outputs:
        break;
    }
    if (!bounds)
        return QCPRange(0, 1);
    if (bounds->first < bounds->second)
        return QCPRange(bounds->first, bounds->second);
    // Constant data: a narrow range around the value, whose colour is then mid-scale.
    const double pad = std::max(0.5, std::abs(bounds->first) * 0.01);
    return QCPRange(bounds->first - pad, bounds->first + pad);
}

/// The cells drawn as masked: the spec's, or for the mask heatmap without them, its cells equal to 1.
attn::MaskMatrix maskedCells(const HeatmapSpec& spec)
{
    if (spec.kind == HeatmapKind::Mask && spec.masked.size() == 0)
        return spec.values.array() >= 0.5;
    return spec.masked;
}

} // namespace

HeatmapController::HeatmapController(QCustomPlot* plot, QObject* parent) : QObject(parent), m_plot(plot)
{
    QCPAxisRect* rect = plot->axisRect();
    plot->plotLayout()->insertRow(0);
    m_title = new FittedTextElement(plot, QString(), fontOf(plot, kTitlePoints, true));
    plot->plotLayout()->addElement(0, 0, m_title);

    m_scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(16);
    m_scale->axis()->setTickLabelFont(fontOf(plot, kScaleFontPoints));
    m_scale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_scale->axis()->setSubTicks(false);
    m_numberTicker = m_scale->axis()->ticker();
    m_numberTicker->setTickCount(4); // a short scale (a heatmap of one or two rows) stays uncrowded
    m_maskTicker = QSharedPointer<QCPAxisTickerText>::create();
    m_maskTicker->addTick(0, tr("visible"));
    m_maskTicker->addTick(1, tr("masked"));

    auto* group = new QCPMarginGroup(plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    styleAxis(rect->axis(QCPAxis::atBottom), plot);
    styleAxis(rect->axis(QCPAxis::atLeft), plot);
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true); // first query at the top

    m_map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_map->setColorScale(m_scale); // resets gradient and data range: show() sets them afterwards
    m_labels = new CellLabelsItem(plot, m_map);
}

QCPColorGradient HeatmapController::gradientFor(HeatmapKind kind)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    if (kind == HeatmapKind::Mask) {
        // Two blocks: visible in the lower half of the range, masked in the upper half.
        gradient.setColorStopAt(0, cellmarks::visibleFill());
        gradient.setColorStopAt(0.499, cellmarks::visibleFill());
        gradient.setColorStopAt(0.501, cellmarks::maskedFill());
        gradient.setColorStopAt(1, cellmarks::maskedFill());
    } else if (kind == HeatmapKind::Scores || kind == HeatmapKind::Signed) {
        // ColorBrewer RdBu (reversed): blue for negative, near-white at zero, red for positive.
        const char* stops[] = {"#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"};
        for (int i = 0; i < 7; ++i)
            gradient.setColorStopAt(i / 6.0, QColor::fromString(QLatin1StringView(stops[i])));
    } else {
        // viridis (van der Walt and Smith, matplotlib), nine evenly spaced samples.
        const char* stops[] = {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21908c",
                               "#27ad81", "#5dc863", "#aadc32", "#fde725"};
        for (int i = 0; i < 9; ++i)
            gradient.setColorStopAt(i / 8.0, QColor::fromString(QLatin1StringView(stops[i])));
    }
    return gradient;
}

void HeatmapController::show(const HeatmapSpec& spec)
{
    m_spec = spec;
    const int rows = static_cast<int>(spec.values.rows());
    const int columns = static_cast<int>(spec.values.cols());
    const attn::MaskMatrix masked = maskedCells(spec);
    const bool isMask = spec.kind == HeatmapKind::Mask;

    m_title->setText(spec.title);
    QCPColorMapData* data = m_map->data();
    if (rows > 0 && columns > 0) {
        data->setSize(columns, rows);
        data->setRange(cellRange(columns), cellRange(rows));
        const double none = std::numeric_limits<double>::quiet_NaN(); // drawn transparent, then marked
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < columns; ++j)
                data->setCell(j, i, isMask || showsValue(spec, i, j) ? spec.values(i, j) : none);
    } else {
        data->clear();
    }
    m_map->setGradient(gradientFor(spec.kind));
    m_map->setDataRange(dataRangeFor(spec));
    m_scale->axis()->setTicker(isMask ? m_maskTicker : m_numberTicker);
    m_labels->setMarks(masked, spec.rowNotes, !isMask);

    setLabels(m_map->keyAxis(), spec.columnLabels, columns, spec.columnAxisTitle);
    setLabels(m_map->valueAxis(), spec.rowLabels, rows, spec.rowAxisTitle);
    m_plot->replot();
}

double HeatmapController::cellValue(int row, int column) const
{
    QCPColorMapData* data = m_map->data(); // cell() is not const in QCustomPlot 2.1
    if (row < 0 || column < 0 || row >= data->valueSize() || column >= data->keySize())
        return std::numeric_limits<double>::quiet_NaN();
    if (!showsValue(m_spec, row, column) && row < m_spec.values.rows() && column < m_spec.values.cols())
        return m_spec.values(row, column); // the map leaves it empty (NaN) so that the marks show through
    return data->cell(column, row);
}

} // namespace attn::ui
