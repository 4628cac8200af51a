#include "heatmap/heatmapwidget.h"

#include "base/numberformat.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapaxes.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapnavigator.h"
#include "heatmap/matrixcolormap.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace attn::ui {

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent)
{
    m_plot = new QCustomPlot(this);
    m_controller = new HeatmapController(m_plot, this);
    m_navigator = new HeatmapNavigator(m_plot, m_controller->colorMap(), this);
    m_resetZoom = new QAction(tr("Reset Zoom"), this);
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QAction::triggered, m_navigator, &HeatmapNavigator::resetZoom);
    connect(m_navigator, &HeatmapNavigator::zoomChanged, m_resetZoom, &QAction::setEnabled);
    m_zoomBadge = new QCPItemText(m_plot);
    m_zoomBadge->setLayer(QStringLiteral("overlay"));
    m_zoomBadge->setClipToAxisRect(false);
    m_zoomBadge->setSelectable(false);
    m_zoomBadge->setAntialiased(false); // a crisp frame
    m_zoomBadge->position->setType(QCPItemPosition::ptViewportRatio);
    m_zoomBadge->position->setCoords(1, 0);
    m_zoomBadge->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
    m_zoomBadge->setText(tr("Zoomed: double-click shows all"));
    m_zoomBadge->setVisible(false);
    updateZoomBadge();
    // Every change of zoom is followed by a replot (the wheel's, resetZoom's, setSpec's), which shows the badge.
    connect(m_navigator, &HeatmapNavigator::zoomChanged, this, &HeatmapWidget::updateZoomBadge);
    connect(m_plot, &QCustomPlot::afterReplot, this, &HeatmapWidget::updateZoomable);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kFrameWidth, kFrameWidth, kFrameWidth, kFrameWidth);
    layout->addWidget(m_plot);
    // The plot's layout gets the cells' minimum as the axis rect's: given the widget's minimum size, it then
    // shares the height out as asked (a smaller plot than its layout's minimum squeezes every row, the title and
    // the cells too, in proportion).
    m_defaultCellsMinimum = m_plot->axisRect()->minimumSize();
    connect(m_plot, &QCustomPlot::beforeReplot, this,
            [this] { m_plot->axisRect()->setMinimumSize(cellsMinimum()); });
    // The margins around the cells (tick labels, titles, the colour scale) are known after each layout of the
    // plot: a change of them, of the spec or of the style changes the size this heatmap asks for.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        if (const QSize hint = minimumSizeHint(); hint != m_minimumHint) {
            m_minimumHint = hint;
            updateGeometry();
        }
    });

    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        if (m_navigator->isZoomed()) {
            menu.addAction(m_resetZoom);
            menu.addSeparator();
        }
        menu.addActions(actions());
        menu.exec(m_plot->mapToGlobal(pos));
    });
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const QString text = cellToolTip(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    // A click is a press and a release on the same cell, no further apart than a drag would start. The cell is
    // taken when the button goes down: a small drag pans the cells along with the cursor.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const bool left = event->button() == Qt::LeftButton;
        m_pressPosition = left ? event->position() : QPointF(-1, -1);
        m_pressCell = left ? cellAt(event->position()) : QPoint(-1, -1);
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        const QPointF press = std::exchange(m_pressPosition, QPointF(-1, -1));
        const QPoint pressCell = std::exchange(m_pressCell, QPoint(-1, -1));
        if (event->button() != Qt::LeftButton || press.x() < 0 ||
            (event->position() - press).manhattanLength() >= QApplication::startDragDistance())
            return;
        const QPoint cell = cellAt(event->position());
        if (cell.x() >= 0 && cell == pressCell)
            emit cellClicked(cell.y(), cell.x());
    });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, m_navigator, [this](QMouseEvent* event) {
        if (event->button() == Qt::LeftButton)
            m_navigator->resetZoom();
    });
}

void HeatmapWidget::updateZoomable()
{
    if (m_navigator->isZoomed())
        return; // a zoomed map always takes the wheel, to zoom out again
    const HeatmapSpec& spec = m_controller->spec();
    const auto rows = static_cast<int>(spec.values.rows());
    const auto columns = static_cast<int>(spec.values.cols());
    const bool large = rows > CellLabelsItem::kAlwaysPrintedCells || columns > CellLabelsItem::kAlwaysPrintedCells;
    const bool allPrinted = m_controller->cellLabels()->printedArea() == QRect(0, 0, columns, rows);
    m_navigator->setZoomable(large && !allPrinted);
}

void HeatmapWidget::updateZoomBadge()
{
    const HeatmapColors colors = heatmapColors(m_controller->style());
    const double scale = std::max(0.5, m_controller->style().fontScale);
    QFont font = m_plot->font();
    font.setPointSizeF(9.0 * scale);
    m_zoomBadge->setFont(font);
    m_zoomBadge->setColor(colors.text);
    m_zoomBadge->setBrush(QBrush(colors.background));
    m_zoomBadge->setPen(QPen(stepAccentColor(), 2));
    const int pad = qRound(3 * scale);
    m_zoomBadge->setPadding(QMargins(pad + 1, pad, pad + 1, pad));
    m_zoomBadge->setVisible(m_navigator->isZoomed());
}

QSize HeatmapWidget::cellsMinimum() const
{
    const HeatmapSpec& spec = m_controller->spec();
    const auto rows = static_cast<double>(spec.values.rows());
    const auto columns = static_cast<double>(spec.values.cols());
    QSize minimum = m_defaultCellsMinimum;
    if (const QSizeF cell = m_controller->cellLabels()->minimumCellSize(); !cell.isEmpty())
        minimum = {static_cast<int>(std::ceil(cell.width() * columns)),
                   static_cast<int>(std::ceil(cell.height() * rows))};
    // Room for every token label at a size a class reads (TokenTicker: a row as high as a line, a column 1.5 lines
    // wide turned at 90°), also where the cells print nothing (a mask).
    if (rows <= CellLabelsItem::kAlwaysPrintedCells && columns <= CellLabelsItem::kAlwaysPrintedCells) {
        QFont font = m_plot->yAxis->tickLabelFont();
        font.setPointSizeF(heatmapaxes::kLegibleTickPoints * std::max(0.5, m_controller->style().fontScale));
        const double line = QFontMetricsF(font).height() + 1.0;
        minimum = minimum.expandedTo(
            QSize(static_cast<int>(std::ceil(1.5 * line * columns)), static_cast<int>(std::ceil(line * rows))));
    }
    return minimum;
}

QSize HeatmapWidget::minimumSizeHint() const
{
    const double scale = std::max(1.0, m_controller->style().fontScale);
    const QSize floor(qRound(kMinimumSize.width() * scale), qRound(kMinimumSize.height() * scale));
    // Everything but the cells, as the plot's layout measures it now (its elements' margins as last laid out and
    // minimum sizes; the axis rect's own minimum size is the cells', but it is set only at the next replot).
    const QSize around =
        (m_plot->plotLayout()->minimumOuterSizeHint() - m_plot->axisRect()->minimumSize()).expandedTo(QSize(0, 0));
    const QSize frame(2 * kFrameWidth, 2 * kFrameWidth);
    return (cellsMinimum() + around + frame).expandedTo(floor);
}

QPoint HeatmapWidget::cellAt(const QPointF& pos) const
{
    if (m_stepState == StepState::NotYet || !m_plot->axisRect()->rect().contains(pos.toPoint()))
        return {-1, -1};
    double key = 0;
    double value = 0;
    m_controller->colorMap()->pixelsToCoords(pos, key, value);
    const int row = qRound(value);
    const int column = qRound(key);
    const HeatmapSpec& spec = m_controller->spec();
    if (row < 0 || column < 0 || row >= spec.values.rows() || column >= spec.values.cols())
        return {-1, -1};
    return {column, row};
}

QString HeatmapWidget::cellToolTip(const QPointF& pos) const
{
    const QPoint cell = cellAt(pos);
    if (cell.x() < 0)
        return labelToolTip(pos);
    const int row = cell.y();
    const int column = cell.x();
    const HeatmapSpec& spec = m_controller->spec();
    const QString note = spec.rowNotes.value(row);
    if (!note.isEmpty())
        return tr("%1: %2").arg(spec.rowLabels.value(row), note);
    const bool masked = row < spec.masked.rows() && column < spec.masked.cols() && spec.masked(row, column);
    QString text;
    if (spec.kind == HeatmapKind::Mask)
        text = masked || spec.values(row, column) >= 0.5 ? tr("masked") : tr("visible");
    else if (masked)
        text = tr("masked");
    else
        text = std::isnan(spec.values(row, column)) ? tr("no value") : formatExact(spec.values(row, column));
    return tr("%1 \u2192 %2: %3").arg(spec.rowLabels.value(row), spec.columnLabels.value(column), text);
}

QString HeatmapWidget::labelToolTip(const QPointF& pos) const
{
    const QRect cells = m_plot->axisRect()->rect();
    const HeatmapSpec& spec = m_controller->spec();
    const QCPColorMap* map = m_controller->colorMap();
    if (pos.x() < cells.left() && pos.y() >= cells.top() && pos.y() <= cells.bottom()) {
        const int row = qRound(map->valueAxis()->pixelToCoord(pos.y()));
        return row >= 0 && row < spec.values.rows() ? spec.rowLabels.value(row) : QString();
    }
    if (pos.y() > cells.bottom() && pos.x() >= cells.left() && pos.x() <= cells.right()) {
        const int column = qRound(map->keyAxis()->pixelToCoord(pos.x()));
        return column >= 0 && column < spec.values.cols() ? spec.columnLabels.value(column) : QString();
    }
    return {};
}

void HeatmapWidget::setSpec(const HeatmapSpec& spec)
{
    setObjectName(spec.id);
    setAccessibleName(spec.title); // what a screen reader says: the title above the heatmap
    const HeatmapSpec& old = m_controller->spec();
    const bool keepZoom = m_navigator->isZoomed() && old.values.rows() == spec.values.rows() &&
                          old.values.cols() == spec.values.cols();
    QCPAxis* keys = m_controller->colorMap()->keyAxis();
    QCPAxis* values = m_controller->colorMap()->valueAxis();
    const QCPRange keyRange = keys->range();
    const QCPRange valueRange = values->range();
    const int fills = m_controller->fillCount();
    m_controller->show(spec); // shows the whole matrix, unless the spec is unchanged (then nothing happens)
    if (keepZoom && m_controller->fillCount() != fills) {
        keys->setRange(keyRange);
        values->setRange(valueRange);
        m_plot->replot();
    }
}

void HeatmapWidget::setHeatmapStyle(const HeatmapStyle& style)
{
    m_controller->setStyle(style);
    updateZoomBadge();
    if (m_zoomBadge->visible())
        m_plot->replot();
    update(); // the frame takes the plot's background
}

void HeatmapWidget::setStepState(StepState state)
{
    if (state == m_stepState)
        return;
    m_stepState = state;
    m_controller->setDimmed(state == StepState::NotYet);
    update();
}

void HeatmapWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    const bool current = m_stepState == StepState::Current;
    painter.fillRect(rect(), current ? stepAccentColor() : heatmapColors(m_controller->style()).background);
}

} // namespace attn::ui
