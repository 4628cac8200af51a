#include "teach/heatmapboard.h"

#include "compute/livecomputation.h"
#include "compute/teachingsteps.h"
#include "compute/viewstate.h"

#include "export/heatmapwidgetexport.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmaplinks.h"
#include "heatmap/heatmapwidget.h"

#include <QEvent>
#include <QGridLayout>
#include <QHash>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace attn::ui {

namespace {

constexpr int kGridColumns = 6; ///< Divisible by 1, 2 and 3 heatmaps per row.
constexpr int kMaxPerRow = 3;
constexpr int kMargin = 4;
constexpr int kSpacing = 8;

/// Where one heatmap goes in the board's grid.
struct Placement {
    int row{0};
    int column{0};
    int span{kGridColumns};
};

/// Few rows against many columns: the heatmap needs the full width.
bool isFlat(const HeatmapSpec& spec)
{
    const auto rows = spec.values.rows();
    return rows <= 1 || rows * 3 <= spec.values.cols();
}

/// What the arrangement of `specs` depends on: each heatmap's flatness and group, in order.
QList<std::pair<bool, QString>> arrangementKey(const QList<HeatmapSpec>& specs)
{
    QList<std::pair<bool, QString>> key;
    key.reserve(specs.size());
    for (const HeatmapSpec& spec : specs)
        key.append({isFlat(spec), spec.group});
    return key;
}

/// The runs of `specs` that share rows: (first index, end index) of each run of heatmaps of one group that are
/// not flat; a flat heatmap takes a whole row by itself.
QList<std::pair<qsizetype, qsizetype>> runsOf(const QList<HeatmapSpec>& specs)
{
    QList<std::pair<qsizetype, qsizetype>> runs;
    qsizetype i = 0;
    while (i < specs.size()) {
        qsizetype end = i + 1;
        if (!isFlat(specs[i]))
            while (end < specs.size() && !isFlat(specs[end]) && specs[end].group == specs[i].group)
                ++end;
        runs.append({i, end});
        i = end;
    }
    return runs;
}

/// Reading order, row by row: a flat heatmap takes a whole row; a run of other heatmaps of one group shares
/// rows, at most `maxPerRow[run]` (≤ 3) to a row and as evenly as possible (3 → 3; 4 → 2 + 2; 5 → 3 + 2; 7 → 3 +
/// 2 + 2).
QList<Placement> placementsFor(const QList<HeatmapSpec>& specs, const QList<int>& maxPerRow)
{
    QList<Placement> placements;
    int gridRow = 0;
    const QList<std::pair<qsizetype, qsizetype>> runs = runsOf(specs);
    for (qsizetype run = 0; run < runs.size(); ++run) {
        const auto [i, end] = runs[run];
        if (isFlat(specs[i])) {
            placements << Placement{gridRow++, 0, kGridColumns};
            continue;
        }
        const int perRow = std::clamp(maxPerRow.value(run, 1), 1, kMaxPerRow);
        const int count = static_cast<int>(end - i);
        const int rows = (count + perRow - 1) / perRow;
        for (int r = 0; r < rows; ++r, ++gridRow) {
            const int inRow = count / rows + (r < count % rows ? 1 : 0);
            const int span = kGridColumns / inRow;
            for (int k = 0; k < inRow; ++k)
                placements << Placement{gridRow, k * span, span};
        }
    }
    return placements;
}

/// How many heatmaps of each run of `specs` (runsOf) fit side by side in `scroll` at the widest minimum width
/// in the run (HeatmapWidget::minimumSizeHint: larger text and more cells need more room), 1 to kMaxPerRow. The
/// vertical scroll bar is always counted, so that its coming and going cannot flip the arrangement back and
/// forth.
QList<int> capacityOf(const QScrollArea* scroll, const QList<HeatmapWidget*>& widgets,
                      const QList<HeatmapSpec>& specs)
{
    const int bar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    const int width = scroll->width() - bar - 2 * kMargin + kSpacing;
    QList<int> capacities;
    for (const auto& [first, end] : runsOf(specs)) {
        int widest = 1;
        for (qsizetype i = first; i < end && i < widgets.size(); ++i)
            widest = std::max(widest, widgets[i]->minimumSizeHint().width());
        capacities << std::clamp(width / (widest + kSpacing), 1, kMaxPerRow);
    }
    return capacities;
}

/// Lays `widgets` (one per spec) out on a new grid layout of `grid`.
void arrange(QWidget* grid, const QList<HeatmapWidget*>& widgets, const QList<HeatmapSpec>& specs,
             const QList<int>& perRow)
{
    grid->setUpdatesEnabled(false);
    delete grid->layout(); // a new grid: a QGridLayout never forgets rows and their stretch
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    layout->setSpacing(kSpacing);
    const QList<Placement> placements = placementsFor(specs, perRow);
    const QList<HeatmapWidget*> placed = widgets; // showing one may change the board's list (a copy stays valid)
    for (qsizetype i = 0; i < placed.size() && i < placements.size(); ++i) {
        const Placement& p = placements[i];
        layout->addWidget(placed[i], p.row, p.column, 1, p.span);
        layout->setRowStretch(p.row, 1);
    }
    for (int column = 0; column < kGridColumns; ++column)
        layout->setColumnStretch(column, 1);
    for (HeatmapWidget* widget : placed) // after the layout is complete: showing one sends it its pending events
        widget->show();
    grid->setUpdatesEnabled(true);
}

/// Calls `happened` after each event of one type to the object it filters.
class EventWatcher : public QObject {
public:
    EventWatcher(QObject* parent, QEvent::Type type, std::function<void()> happened)
        : QObject(parent), m_type(type), m_happened(std::move(happened))
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool result = QObject::eventFilter(watched, event);
        if (event->type() == m_type)
            m_happened();
        return result;
    }

private:
    QEvent::Type m_type;
    std::function<void()> m_happened;
};

} // namespace

HeatmapBoard::HeatmapBoard(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("heatmapScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget;
    m_grid->setObjectName(QStringLiteral("heatmapGrid"));
    new QGridLayout(m_grid);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll);
    // Narrower than two heatmaps side by side: one per row, and so on; re-arranged only when that changes.
    // A new size (presentation mode, the window) keeps the current step in view.
    scroll->installEventFilter(new EventWatcher(this, QEvent::Resize, [this] {
        unpinRows();
        rearrange(false);
        revealCurrentStep();
    }));
    // A heatmap asked for another minimum size (larger text, a new matrix): the board may need more width.
    m_grid->installEventFilter(new EventWatcher(this, QEvent::LayoutRequest, [this] { checkWidth(); }));
}

void HeatmapBoard::checkWidth()
{
    const auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
    int widest = 0;
    for (const HeatmapWidget* widget : std::as_const(m_widgets))
        widest = std::max(widest, widget->minimumSizeHint().width());
    const int bar = scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll);
    const int needed = widest + 2 * kMargin + bar + 2 * scroll->frameWidth(); // the vertical bar always counted
    if (widest > 0 && needed > width())
        emit widthWanted(needed);
}

HeatmapWidget* HeatmapBoard::heatmap(const QString& id) const
{
    for (HeatmapWidget* widget : m_widgets)
        if (widget->objectName() == id)
            return widget;
    return nullptr;
}

QList<HeatmapWidget*> HeatmapBoard::heatmaps() const
{
    return m_widgets;
}

void HeatmapBoard::setSpecs(const QList<HeatmapSpec>& specs)
{
    m_grid->setUpdatesEnabled(false);
    // A heatmap that comes after a click (the Jacobian of the clicked cell's query) must not move or shrink the
    // ones on screen: their heights before, and where the clicked heatmap stood (else the first one in view).
    const QString clicked = std::exchange(m_clicked, QString());
    QHash<QString, int> heightsBefore;
    for (const HeatmapWidget* widget : std::as_const(m_widgets))
        if (widget->isVisible())
            heightsBefore.insert(widget->objectName(), widget->height());
    QString anchor;
    int anchorTop = 0; // in the viewport
    if (const auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly)) {
        const int top = scroll->verticalScrollBar()->value();
        const HeatmapWidget* selected = heatmap(clicked);
        for (const HeatmapWidget* widget : std::as_const(m_widgets)) {
            const bool inView = widget->isVisible() && widget->geometry().bottom() >= top &&
                                widget->geometry().top() < top + scroll->viewport()->height();
            if (inView && (!selected || widget == selected)) {
                anchor = widget->objectName();
                anchorTop = widget->y() - top;
                break;
            }
        }
    }
    QList<HeatmapWidget*> unused = m_widgets;
    QList<HeatmapWidget*> widgets;
    for (const HeatmapSpec& spec : specs) {
        HeatmapWidget* widget = nullptr;
        for (HeatmapWidget* candidate : std::as_const(unused)) {
            if (candidate->objectName() == spec.id) {
                widget = candidate;
                break;
            }
        }
        if (widget) {
            unused.removeOne(widget);
        } else {
            widget = new HeatmapWidget(m_grid);
            widget->setHeatmapStyle(m_style);
            addExportActions(widget, [this](const QString& message) { emit exportReported(message); });
            connect(widget, &HeatmapWidget::cellClicked, this, [this, widget](int row, int column) {
                m_clicked = widget->objectName();
                emit cellClicked(widget->objectName(), row, column);
            });
        }
        widget->setSpec(spec);
        widgets << widget;
    }
    for (HeatmapWidget* widget : std::as_const(unused)) {
        // Not deleted at once: this may run in reaction to one of its own clicks.
        widget->hide();
        widget->setParent(nullptr);
        widget->deleteLater();
    }
    // The same widgets in the same places: no new layout (which would cost a relayout of the whole board).
    const bool sameArrangement = widgets == m_widgets && arrangementKey(specs) == arrangementKey(m_specs);
    m_widgets = widgets;
    m_specs = specs;
    m_unmasked.clear(); // every widget has its spec as given, mask and all
    applyStepView();
    applySelection();

    rearrange(!sameArrangement);
    const bool added = std::any_of(m_widgets.cbegin(), m_widgets.cend(), [&heightsBefore](const HeatmapWidget* w) {
        return !heightsBefore.contains(w->objectName());
    });
    if (!unused.isEmpty() || heightsBefore.isEmpty())
        unpinRows(); // a heatmap went (or none were shown): the board fits its viewport again
    else if (added && !clicked.isEmpty())
        keepInPlace(heightsBefore, anchor, anchorTop);
    m_keptInPlace = added && !clicked.isEmpty();
    m_grid->setUpdatesEnabled(true);
}

void HeatmapBoard::keepInPlace(const QHash<QString, int>& heights, const QString& anchor, int anchorTop)
{
    // The rows of the heatmaps shown before keep at least their height (the board grows and scrolls instead),
    // also through a new arrangement.
    for (auto it = heights.cbegin(); it != heights.cend(); ++it)
        m_pins.insert(it.key(), std::max(m_pins.value(it.key()), it.value()));
    applyPins();
    if (anchor.isEmpty())
        return;
    // After the layout: the anchor back where it stood in the viewport (a heatmap added above it pushed it down).
    QTimer::singleShot(0, this, [this, anchor, anchorTop] {
        auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
        const HeatmapWidget* widget = heatmap(anchor);
        if (!scroll || !widget)
            return;
        if (m_grid->layout())
            m_grid->layout()->activate();
        scroll->verticalScrollBar()->setValue(widget->y() - anchorTop);
    });
}

void HeatmapBoard::applyPins()
{
    auto* layout = qobject_cast<QGridLayout*>(m_grid->layout());
    if (!layout || m_pins.isEmpty())
        return;
    for (const HeatmapWidget* widget : std::as_const(m_widgets)) {
        const int index = layout->indexOf(widget);
        if (index < 0 || !m_pins.contains(widget->objectName()))
            continue;
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        layout->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        layout->setRowMinimumHeight(row,
                                    std::max(layout->rowMinimumHeight(row), m_pins.value(widget->objectName())));
    }
}

void HeatmapBoard::unpinRows()
{
    if (m_pins.isEmpty())
        return;
    m_pins.clear();
    if (auto* layout = qobject_cast<QGridLayout*>(m_grid->layout()))
        for (int row = 0; row < layout->rowCount(); ++row)
            layout->setRowMinimumHeight(row, 0);
}

void HeatmapBoard::rearrange(bool always)
{
    const auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
    // Showing a heatmap while arranging sends its pending resize (and a new minimum size) back here: arranging
    // again then would delete the layout being filled. Once the arrangement is done, it is checked again.
    if (m_grid->property("arranging").toBool()) {
        QTimer::singleShot(0, this, [this] { rearrange(false); });
        return;
    }
    const QList<int> capacities = capacityOf(scroll, m_widgets, m_specs);
    if (always || capacities != m_perRow) {
        m_perRow = capacities;
        m_grid->setProperty("arranging", true);
        arrange(m_grid, m_widgets, m_specs, capacities);
        m_grid->setProperty("arranging", false);
        applyPins(); // a new grid: the rows kept in place keep their heights
    }
}

void HeatmapBoard::setHeatmapStyle(const HeatmapStyle& style)
{
    if (style == m_style)
        return;
    m_style = style;
    // In the dark, the gaps between the heatmaps are darker still; in the light, the window's colour as before.
    m_grid->setAutoFillBackground(style.dark);
    QPalette palette = m_grid->palette();
    palette.setColor(QPalette::Window,
                     style.dark ? QColor(0x10, 0x10, 0x10) : this->palette().color(QPalette::Window));
    m_grid->setPalette(palette);
    for (HeatmapWidget* widget : std::as_const(m_widgets))
        widget->setHeatmapStyle(style);
    unpinRows(); // new sizes: the heights kept for a heatmap that came are no longer the ones on screen
    rearrange(false);
    revealCurrentStep();
}

void HeatmapBoard::setSelection(const QString& id, int row, int column)
{
    m_selection = Selection{id, row, column};
    applySelection();
}

void HeatmapBoard::clearSelection()
{
    m_selection.reset();
    applySelection();
}

void HeatmapBoard::applySelection()
{
    const HeatmapWidget* selected = m_selection ? heatmap(m_selection->id) : nullptr;
    for (HeatmapWidget* widget : std::as_const(m_widgets)) {
        HeatmapController* controller = widget->controller();
        if (!selected)
            controller->clearHighlight();
        else
            controller->setHighlight(linkedHighlight(selected->controller()->spec(), m_selection->row,
                                                     m_selection->column, controller->spec()));
    }
}

void HeatmapBoard::setStepView(const QStringList& shownIds, const QStringList& currentIds)
{
    m_stepView = StepView{shownIds, currentIds, {}};
    applyStepView();
    revealCurrentStep();
}

void HeatmapBoard::revealCurrentStep()
{
    if (!m_stepView || m_stepView->current.isEmpty() || m_revealPending)
        return;
    // After the pending layout (a new arrangement, presentation mode, a larger font), so that the positions are
    // final.
    m_revealPending = true;
    QTimer::singleShot(0, this, [this] {
        m_revealPending = false;
        if (!m_stepView)
            return;
        auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly);
        if (m_grid->layout())
            m_grid->layout()->activate();
        QRect stage;
        for (const QString& id : std::as_const(m_stepView->current))
            if (const HeatmapWidget* widget = heatmap(id); widget && widget->isVisible())
                stage |= widget->geometry();
        if (!scroll || stage.isEmpty())
            return;
        // The current stage fills the viewport from its top; one already in full view stays where it is.
        QScrollBar* bar = scroll->verticalScrollBar();
        const int viewport = scroll->viewport()->height();
        const bool inView = stage.top() >= bar->value() && stage.bottom() < bar->value() + viewport;
        if (!inView)
            bar->setValue(stage.top() - kMargin);
        QScrollBar* across = scroll->horizontalScrollBar(); // heatmaps wider than the board
        if (stage.left() < across->value() || stage.right() >= across->value() + scroll->viewport()->width())
            across->setValue(stage.left() - kMargin);
    });
}

void HeatmapBoard::scrollToStart()
{
    if (auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly)) {
        scroll->verticalScrollBar()->setValue(0);
        scroll->horizontalScrollBar()->setValue(0);
    }
}

void HeatmapBoard::clearStepView()
{
    m_stepView.reset();
    applyStepView();
}

void HeatmapBoard::applyStepView()
{
    for (qsizetype i = 0; i < m_widgets.size() && i < m_specs.size(); ++i) {
        HeatmapWidget* widget = m_widgets[i];
        const QString id = widget->objectName();
        if (const bool unmasked = m_stepView && m_stepView->unmasked.contains(id);
            unmasked != m_unmasked.contains(id)) {
            if (unmasked)
                m_unmasked.insert(id);
            else
                m_unmasked.remove(id);
            widget->setSpec(unmasked ? withoutMask(m_specs[i]) : m_specs[i]);
        }
        HeatmapWidget::StepState state = HeatmapWidget::StepState::Normal;
        if (m_stepView) {
            if (m_stepView->current.contains(id))
                state = HeatmapWidget::StepState::Current;
            else if (!m_stepView->shown.contains(id))
                state = HeatmapWidget::StepState::NotYet;
        }
        widget->setStepState(state);
    }
}

void HeatmapBoard::listenTo(LiveComputation* computation, ViewState* view)
{
    m_computation = computation;
    m_view = view;
    connect(computation, &LiveComputation::resultChanged, this, [this] {
        setSpecs(m_computation->result().specs);
        followSelection();
        followStep(m_view->step());
    });
    connect(view, &ViewState::selectionChanged, this, &HeatmapBoard::followSelection);
    connect(view, &ViewState::stepChanged, this, &HeatmapBoard::followStep);
    connect(this, &HeatmapBoard::cellClicked, this, [this](const QString& id, int row, int column) {
        if (const HeatmapSpec* spec = m_computation->spec(id); spec && spec->stage)
            m_view->select({*spec->stage, id, row, column});
    });
}

void HeatmapBoard::followSelection()
{
    const HeatmapSpec* spec = m_computation->selectedSpec();
    if (!spec) {
        clearSelection();
        return;
    }
    setSelection(spec->id, m_view->selection()->row, m_view->selection()->column);
}

void HeatmapBoard::followStep(int step)
{
    const QList<TeachingStep>& steps = m_computation->steps();
    if (step < 0 || step >= steps.size()) {
        clearStepView();
        return;
    }
    QStringList shown;
    for (int i = 0; i <= step; ++i)
        shown += steps[i].ids;
    m_stepView = StepView{shown, steps[step].ids, isBeforeMask(steps[step].kind) ? shown : QStringList()};
    applyStepView();
    if (!std::exchange(m_keptInPlace, false)) // a heatmap a click added does not scroll the board away
        revealCurrentStep();
}

} // namespace attn::ui
