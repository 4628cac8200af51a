#include "heatmap/heatmapcontroller.h"

#include "heatmap/cellhighlightitem.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/cellmarks.h"
#include "heatmap/fittedtextelement.h"
#include "heatmap/heatmapaxes.h"
#include "heatmap/matrixcolormap.h"
#include "heatmap/scaleticker.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace attn::ui {

namespace {

constexpr double kTitlePoints = 14.0;
constexpr double kScaleFontPoints = 11.0;
constexpr double kNotYetPoints = 14.0;
constexpr int kScaleBarWidth = 16;

/// The finite minimum and maximum of some numbers, as they are seen one by one.
struct FiniteBounds {
    double low{std::numeric_limits<double>::infinity()};
    double high{-std::numeric_limits<double>::infinity()};

    void add(double v)
    {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    bool empty() const { return low > high; }
};

/// The colour range of a heatmap of `kind` whose shown cells (not masked, not in a row with a note) have
/// `bounds`.
QCPRange dataRangeFor(HeatmapKind kind, const FiniteBounds& bounds)
{
    const bool none = bounds.empty();
    switch (kind) {
    case HeatmapKind::Weights: // relu weights are not normalised and may exceed 1
        return QCPRange(0, none ? 1.0 : std::max(1.0, bounds.high));
    case HeatmapKind::Mask: // two levels, 0 and 1 in the middle of each
        return QCPRange(-0.5, 1.5);
    case HeatmapKind::Scores:
    case HeatmapKind::Signed: {
        const double m = none ? 0.0 : std::max(std::abs(bounds.low), std::abs(bounds.high));
        return m > 0 ? QCPRange(-m, m) : QCPRange(-1, 1);
    }
    case HeatmapKind::Outputs:
        break;
    }
    if (none)
        return QCPRange(0, 1);
    if (bounds.low < bounds.high)
        return QCPRange(bounds.low, bounds.high);
    // Constant data: a narrow range around the value, whose colour is then mid-scale.
    const double pad = std::max(0.5, std::abs(bounds.low) * 0.01);
    return QCPRange(bounds.low - pad, bounds.low + pad);
}

/// The cells drawn as masked: the spec's, or for the mask heatmap without them, its cells equal to 1.
attn::MaskMatrix maskedCells(const HeatmapSpec& spec)
{
    if (spec.kind == HeatmapKind::Mask && spec.masked.size() == 0)
        return spec.values.matrix().array() >= 0.5;
    return spec.masked;
}

/// `highlight` without the indices that lie outside a rows × columns matrix.
HeatmapHighlight clipped(HeatmapHighlight highlight, Eigen::Index rows, Eigen::Index columns)
{
    if (highlight.row && (*highlight.row < 0 || *highlight.row >= rows))
        highlight.row.reset();
    if (highlight.column && (*highlight.column < 0 || *highlight.column >= columns))
        highlight.column.reset();
    if (highlight.cell) {
        const auto [row, column] = *highlight.cell;
        if (row < 0 || column < 0 || row >= rows || column >= columns)
            highlight.cell.reset();
    }
    return highlight;
}

} // namespace

HeatmapController::HeatmapController(QCustomPlot* plot, QObject* parent) : QObject(parent), m_plot(plot)
{
    QCPAxisRect* rect = plot->axisRect();
    plot->plotLayout()->insertRow(0);
    m_title = new FittedTextElement(plot, QString(), heatmapaxes::fontOf(plot, kTitlePoints, true));
    plot->plotLayout()->addElement(0, 0, m_title);

    m_scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_scale->axis()->setSubTicks(false);
    // As many ticks as the scale's height holds (a heatmap of one row: two), fitted again after each layout.
    auto numbers = QSharedPointer<ScaleTicker>::create(m_scale->axis());
    m_numberTicker = numbers;
    connect(plot, &QCustomPlot::afterLayout, this, [this, numbers] {
        if (m_scale->axis()->ticker() == numbers && numbers->fitToLength())
            m_plot->replot(QCustomPlot::rpQueuedReplot); // the margins beside it, measured with the old labels
    });
    m_maskTicker = QSharedPointer<QCPAxisTickerText>::create();
    m_maskTicker->addTick(0, tr("visible"));
    m_maskTicker->addTick(1, tr("masked"));

    auto* group = new QCPMarginGroup(plot);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true); // first query at the top
    // The opposite axes only close the frame around the cells: a white cell (grey map) must not merge with a
    // white background.
    for (QCPAxis* frame : {rect->axis(QCPAxis::atTop), rect->axis(QCPAxis::atRight)}) {
        frame->setVisible(true);
        frame->setTicks(false);
        frame->setTickLabels(false);
        frame->grid()->setVisible(false);
        frame->setPadding(0);
    }

    m_map = new MatrixColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_map->setColorScale(m_scale); // resets gradient and data range: applyAppearance() sets them afterwards
    m_labels = new CellLabelsItem(plot, m_map);
    m_highlightItem = new CellHighlightItem(plot, m_map); // above the values and the marks of masked cells

    m_notYet = new QCPItemText(plot);
    m_notYet->setClipToAxisRect(true);
    m_notYet->setClipAxisRect(rect);
    m_notYet->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_notYet->position->setAxisRect(rect);
    m_notYet->position->setCoords(0.5, 0.5);
    m_notYet->setPositionAlignment(Qt::AlignCenter);
    m_notYet->setText(tr("not yet", "a heatmap of a later step in a step-through"));
    m_notYet->setSelectable(false);
    applyAppearance();
}

QCPColorGradient HeatmapController::gradientFor(HeatmapKind kind, const HeatmapStyle& style)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    if (kind == HeatmapKind::Mask) {
        // Two blocks: visible in the lower half of the range, masked in the upper half.
        gradient.setColorStopAt(0, cellmarks::visibleFill(style));
        gradient.setColorStopAt(0.499, cellmarks::visibleFill(style));
        gradient.setColorStopAt(0.501, cellmarks::maskedFill(style));
        gradient.setColorStopAt(1, cellmarks::maskedFill(style));
    } else if (kind == HeatmapKind::Scores || kind == HeatmapKind::Signed) {
        // ColorBrewer RdBu (reversed): blue for negative, near-white at zero, red for positive.
        const char* stops[] = {"#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b"};
        for (int i = 0; i < 7; ++i)
            gradient.setColorStopAt(i / 6.0, QColor::fromString(QLatin1StringView(stops[i])));
    } else {
        const QList<QColor> stops = sequentialMapStops(style.map);
        for (qsizetype i = 0; i < stops.size(); ++i)
            gradient.setColorStopAt(static_cast<double>(i) / static_cast<double>(stops.size() - 1), stops[i]);
    }
    return gradient;
}

void HeatmapController::applyAppearance()
{
    const HeatmapColors colors = heatmapColors(m_style);
    const double scale = m_style.fontScale;
    const QColor text = m_dimmed ? colors.dimmedText : colors.text;
    const QColor line = m_dimmed ? colors.dimmedText : colors.axis;

    m_plot->setBackground(QBrush(colors.background));
    m_plot->axisRect()->setBackground(m_dimmed ? QBrush(colors.dimmedArea) : QBrush(Qt::NoBrush));
    m_title->setFont(heatmapaxes::fontOf(m_plot, kTitlePoints * scale, true));
    m_title->setTextColor(text);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis})
        heatmapaxes::styleAxis(axis, scale, text, line);
    for (QCPAxis* frame : {m_plot->xAxis2, m_plot->yAxis2})
        frame->setBasePen(QPen(line));

    QCPAxis* scaleAxis = m_scale->axis();
    scaleAxis->setTickLabelFont(heatmapaxes::fontOf(m_plot, kScaleFontPoints * scale));
    // Dimmed, the numbers of the scale are there but transparent: the layout must not change between steps.
    scaleAxis->setTickLabelColor(m_dimmed ? QColor(Qt::transparent) : colors.text);
    scaleAxis->setBasePen(QPen(line));
    scaleAxis->setTickPen(QPen(line));
    scaleAxis->setTickLabelPadding(qRound(5 * scale));
    m_scale->setBarWidth(qRound(kScaleBarWidth * std::max(1.0, scale)));

    if (m_dimmed) {
        QCPColorGradient flat;
        flat.clearColorStops();
        flat.setColorStopAt(0, colors.dimmedArea);
        flat.setColorStopAt(1, colors.dimmedArea);
        m_map->setGradient(flat); // the colour scale follows its map
    } else {
        m_map->setGradient(gradientFor(m_spec.kind, m_style));
    }
    m_map->setVisible(!m_dimmed);
    m_labels->setVisible(!m_dimmed);
    m_labels->setStyle(m_style);
    m_highlightItem->setVisible(!m_dimmed);
    m_highlightItem->setHighlight(m_highlight, scale);
    QFont notYetFont = heatmapaxes::fontOf(m_plot, kNotYetPoints * scale);
    notYetFont.setItalic(true);
    m_notYet->setFont(notYetFont);
    m_notYet->setColor(colors.dimmedText);
    m_notYet->setVisible(m_dimmed);
}

void HeatmapController::setStyle(const HeatmapStyle& style)
{
    m_style = style;
    m_style.fontScale = std::clamp(style.fontScale, 0.5, 4.0);
    applyAppearance();
    m_plot->replot();
}

void HeatmapController::setHighlight(const HeatmapHighlight& highlight)
{
    const HeatmapHighlight h = clipped(highlight, m_spec.values.rows(), m_spec.values.cols());
    if (h == m_highlight)
        return;
    m_highlight = h;
    m_highlightItem->setHighlight(m_highlight, m_style.fontScale);
    m_plot->replot();
}

void HeatmapController::setHighlight(std::optional<int> row, std::optional<int> column,
                                     std::optional<std::pair<int, int>> cell)
{
    setHighlight(HeatmapHighlight{row, column, cell});
}

void HeatmapController::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    applyAppearance();
    m_plot->replot();
}

void HeatmapController::show(const HeatmapSpec& spec)
{
    if (m_shown && spec == m_spec) {
        m_spec = spec; // the same picture: keep the newer data (so that the older computation can be freed)
        return;
    }
    m_shown = true;
    m_spec = spec;
    ++m_fills;
    const int rows = static_cast<int>(spec.values.rows());
    const int columns = static_cast<int>(spec.values.cols());
    const attn::MaskMatrix masked = maskedCells(spec);
    const bool isMask = spec.kind == HeatmapKind::Mask;

    m_title->setText(spec.title);
    FiniteBounds bounds; // of the cells that show a number
    std::vector<char> emptyRow; // a row with a note is drawn empty
    if (!isMask && std::any_of(spec.rowNotes.cbegin(), spec.rowNotes.cend(),
                               [](const QString& note) { return !note.isEmpty(); })) {
        emptyRow.assign(static_cast<std::size_t>(rows), 0);
        for (int i = 0; i < rows && i < spec.rowNotes.size(); ++i)
            emptyRow[static_cast<std::size_t>(i)] = !spec.rowNotes[i].isEmpty();
    }
    const bool anyMasked = !isMask && spec.masked.rows() == rows && spec.masked.cols() == columns;
    const attn::Matrix& values = spec.values;
    for (int j = 0; j < columns; ++j) { // column by column, as the matrix is stored
        for (int i = 0; i < rows; ++i) {
            const bool empty = !emptyRow.empty() && emptyRow[static_cast<std::size_t>(i)];
            if (!empty && !(anyMasked && spec.masked(i, j)))
                bounds.add(values(i, j));
        }
    }
    // The map draws the spec's matrix itself (no copy); masked cells and rows with a note are left empty
    // (transparent) under their marks.
    m_map->setMatrix(spec.values, anyMasked ? spec.masked : attn::MaskMatrix(), std::move(emptyRow));
    m_highlight = clipped(m_highlight, rows, columns);
    applyAppearance(); // the gradient depends on the kind
    m_map->setDataRange(dataRangeFor(spec.kind, bounds));
    m_scale->axis()->setTicker(isMask ? m_maskTicker : m_numberTicker);
    m_labels->setMarks(masked, spec.rowNotes, !isMask);

    heatmapaxes::setLabels(m_map->keyAxis(), spec.columnLabels, columns, spec.columnAxisTitle, m_style.fontScale);
    heatmapaxes::setLabels(m_map->valueAxis(), spec.rowLabels, rows, spec.rowAxisTitle, m_style.fontScale);
    m_plot->replot();
}

double HeatmapController::cellValue(int row, int column) const
{
    return m_map->value(row, column); // also for masked cells and rows with a note (a masked weight is exactly 0)
}

} // namespace attn::ui
