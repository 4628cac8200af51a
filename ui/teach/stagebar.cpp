#include "teach/stagebar.h"

#include "base/scaledfont.h"
#include "compute/livecomputation.h"
#include "compute/viewstate.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace attn::ui {

namespace {
/// The button id of "All stages": QButtonGroup treats −1 as "choose an id", so −1 cannot name it.
constexpr int kAllId = 1000000;

/// The query row of the attention weights of `head` (−1: single head; another head's when absent) with the most
/// keys it sees (neither masked nor in a row without weights), the first of equals, and that row's first
/// visible key; (0, 0) without weights.
std::pair<int, int> mostInformativeQuery(const QList<HeatmapSpec>& specs, int head)
{
    const HeatmapSpec* weights = nullptr;
    for (const HeatmapSpec& spec : specs)
        if (spec.stage && spec.stage->kind == attn::Stage::Weights && (!weights || spec.stage->head == head))
            weights = &spec;
    if (!weights)
        return {0, 0};
    const auto rows = static_cast<int>(weights->values.rows());
    const auto columns = static_cast<int>(weights->values.cols());
    const bool masks = weights->masked.rows() == rows && weights->masked.cols() == columns;
    int best = 0;
    int bestCount = -1;
    int bestFirst = 0;
    for (int row = 0; row < rows; ++row) {
        if (!weights->rowNotes.value(row).isEmpty())
            continue;
        int count = 0;
        int first = -1;
        for (int column = 0; column < columns; ++column) {
            if (masks && weights->masked(row, column))
                continue;
            ++count;
            if (first < 0)
                first = column;
        }
        if (count > bestCount) {
            best = row;
            bestCount = count;
            bestFirst = std::max(0, first);
        }
    }
    return {best, bestFirst};
}
} // namespace

StageBar::StageBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stage-bar"));
    m_all = new QPushButton(tr("All stages"), this);
    m_all->setCheckable(true);
    m_previous = new QPushButton(tr("\u25c0 Previous"), this);
    m_next = new QPushButton(tr("Next \u25b6"), this);
    m_play = new QPushButton(this);
    m_play->setObjectName(QStringLiteral("play"));
    m_play->setCheckable(true);
    m_pace = new QDoubleSpinBox(this);
    m_pace->setLocale(QLocale::c());
    m_pace->setRange(0.5, 60.0);
    m_pace->setValue(3.0);
    m_pace->setSuffix(tr(" s"));
    m_pace->setToolTip(tr("Seconds per stage while playing"));
    m_description = new QLabel(this);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("stage-description"));
    applyFonts();
    m_timer = new QTimer(this);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_group->addButton(m_all, kAllId);
    m_stepsLayout = new QHBoxLayout;
    // Two rows, so that the bar fits a 1280-pixel projector: the stages, then the controls and what the
    // current stage does.
    auto* stagesRow = new QHBoxLayout;
    stagesRow->addWidget(m_all);
    stagesRow->addLayout(m_stepsLayout, 1);
    auto* controlsRow = new QHBoxLayout;
    controlsRow->addWidget(m_previous);
    controlsRow->addWidget(m_next);
    controlsRow->addWidget(m_play);
    controlsRow->addWidget(m_pace);
    controlsRow->addWidget(m_description, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(stagesRow);
    layout->addLayout(controlsRow);

    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setCurrent(id == kAllId ? -1 : id); });
    connect(m_previous, &QPushButton::clicked, this, &StageBar::previous);
    connect(m_next, &QPushButton::clicked, this, &StageBar::next);
    connect(m_play, &QPushButton::toggled, this, &StageBar::setPlaying);
    connect(m_play, &QPushButton::toggled, this, &StageBar::updatePlayButton);
    updatePlayButton();
    connect(m_pace, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_timer->isActive())
            m_timer->start(static_cast<int>(seconds * 1000.0));
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_current + 1 >= m_steps.size())
            setPlaying(false);
        else
            next();
    });
    updateView();
}

void StageBar::applyFonts()
{
    m_description->setFont(scaledFont(font(), kDescriptionScale * m_emphasis));
    if (m_play)
        updatePlayButton(); // its width for the longer of its two texts, at the new size
}

void StageBar::updatePlayButton()
{
    const bool playing = m_play->isChecked();
    // The style's icon in the button's text colour: Fusion draws it dark grey, unseen on a dark button.
    const QStyle::StandardPixmap kind = playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay;
    const int side = m_play->style()->pixelMetric(QStyle::PM_ButtonIconSize, nullptr, m_play);
    QPixmap glyph = style()->standardIcon(kind).pixmap(QSize(side, side), devicePixelRatio());
    QPainter painter(&glyph);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(glyph.rect(), palette().color(QPalette::ButtonText)); // the bar's: it changes first
    painter.end();
    m_play->setIcon(QIcon(glyph));
    m_play->setToolTip(playing ? tr("Stop stepping through the stages")
                               : tr("Step through the stages one by one"));
    // As wide as the wider of "Play" and "Pause", so that the controls beside it do not move when it toggles.
    const QString shown = playing ? tr("Pause") : tr("Play");
    int widest = 0;
    for (const QString& text : {tr("Play"), tr("Pause")}) {
        m_play->setText(text);
        widest = std::max(widest, m_play->sizeHint().width());
    }
    m_play->setText(shown);
    m_play->setMinimumWidth(widest);
}

void StageBar::setEmphasis(double factor)
{
    if (factor == m_emphasis)
        return;
    m_emphasis = factor;
    applyFonts();
}

void StageBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
    else if (event->type() == QEvent::PaletteChange && m_play)
        updatePlayButton(); // the icon in the new text colour (light or dark theme)
}

void StageBar::setSteps(const QList<TeachingStep>& steps)
{
    QStringList before;
    QStringList after;
    for (const TeachingStep& s : m_steps)
        before << s.title;
    for (const TeachingStep& s : steps)
        after << s.title;
    // A step that comes or goes (Scaling when T leaves 1, Mask when a mask is set) keeps the class on the step it
    // was looking at: the same kind of step, or the next one in teaching order when that kind is gone.
    const bool stepShown = m_current >= 0 && m_current < m_steps.size();
    const attn::TeachingStepKind shown = stepShown ? m_steps[m_current].kind : attn::TeachingStepKind::Inputs;
    m_steps = steps;
    if (before != after)
        rebuildButtons();
    for (qsizetype i = 0; i < m_stepButtons.size(); ++i)
        m_stepButtons[i]->setToolTip(m_steps[i].description); // e.g. h in the projections' text
    if (stepShown) {
        const auto kept = std::find_if(m_steps.cbegin(), m_steps.cend(),
                                       [shown](const TeachingStep& step) { return step.kind >= shown; });
        m_current = static_cast<int>(kept == m_steps.cend() ? m_steps.size() - 1 : kept - m_steps.cbegin());
    }
    updateView();
}

void StageBar::rebuildButtons()
{
    for (QPushButton* b : m_stepButtons) {
        m_group->removeButton(b);
        delete b;
    }
    m_stepButtons.clear();
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        auto* b = new QPushButton(QStringLiteral("%1  %2").arg(i + 1).arg(m_steps[i].title), this);
        b->setCheckable(true);
        b->setToolTip(m_steps[i].description);
        m_group->addButton(b, static_cast<int>(i));
        m_stepsLayout->addWidget(b);
        m_stepButtons.append(b);
    }
}

void StageBar::setCurrent(int index)
{
    index = std::clamp(index, -1, static_cast<int>(m_steps.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    updateView();
    emit currentChanged(m_current);
}

void StageBar::next()
{
    setCurrent(m_current + 1 < m_steps.size() ? m_current + 1 : m_current);
}

void StageBar::previous()
{
    setCurrent(m_current > 0 ? m_current - 1 : m_current == 0 ? 0 : -1);
}

void StageBar::setPlaying(bool playing)
{
    if (playing) {
        if (m_current < 0 || m_current + 1 >= m_steps.size())
            setCurrent(0);
        m_timer->start(static_cast<int>(m_pace->value() * 1000.0));
    } else {
        m_timer->stop();
    }
    if (m_play->isChecked() != playing)
        m_play->setChecked(playing);
}

bool StageBar::isPlaying() const
{
    return m_timer->isActive();
}

QString StageBar::description() const
{
    return m_description->text();
}

void StageBar::updateView()
{
    if (QAbstractButton* b = m_group->button(m_current < 0 ? kAllId : m_current))
        b->setChecked(true);
    for (qsizetype i = 0; i < m_stepButtons.size(); ++i) {
        QFont f; // only the weight: the size follows the bar's font (text size, presentation mode)
        f.setBold(i == m_current);
        m_stepButtons[i]->setFont(f);
    }
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_steps.size());
    if (m_current < 0)
        m_description->setText(
            tr("Every stage is shown. Press Next (or Page Down) to walk through them one by one."));
    else
        m_description->setText(tr("Stage %1 of %2 \u2014 %3: %4")
                                   .arg(m_current + 1)
                                   .arg(m_steps.size())
                                   .arg(m_steps[m_current].title, m_steps[m_current].description));
}

void StageBar::listenTo(LiveComputation* computation, ViewState* view)
{
    connect(computation, &LiveComputation::resultChanged, this, [this, computation, view] {
        setSteps(computation->steps());
        view->setStep(m_current); // the step may no longer exist
    });
    connect(view, &ViewState::stepChanged, this, &StageBar::setCurrent);
    connect(this, &StageBar::currentChanged, view, [this, computation, view](int index) {
        view->setStep(index);
        if (index < 0)
            return;
        // The explanation follows the stage: in the head of the cell selected before (stepping on from head 2
        // stays in head 2), else in the step's first stage; at the same query and key where the new heatmap has
        // them (weight (62, 68) → score (62, 68) → output of 62), else at its first cell.
        const TeachingStep& step = m_steps[index];
        const std::optional<CellSelection>& selected = view->selection();
        qsizetype chosen = 0;
        if (selected && selected->stage.head >= 0) {
            for (qsizetype i = 0; i < step.stages.size(); ++i) {
                if (step.stages[i].head == selected->stage.head) {
                    chosen = i;
                    break;
                }
            }
        }
        int row = 0;
        int column = 0;
        const HeatmapSpec* from = selected ? computation->spec(selected->name) : nullptr;
        const HeatmapSpec* to = computation->spec(step.ids[chosen]);
        // Tokens and queries index the same rows in self-attention.
        const auto queryRows = [](attn::Axis axis) {
            return axis == attn::Axis::Queries || axis == attn::Axis::Tokens;
        };
        bool rowKept = false;
        if (from && to) {
            const bool sameRows = from->rows == to->rows || (queryRows(from->rows) && queryRows(to->rows));
            if (sameRows && selected->row < to->values.rows()) {
                row = selected->row;
                rowKept = true;
            }
            if (from->columns == to->columns && selected->column < to->values.cols())
                column = selected->column;
        }
        if (!rowKept && to && queryRows(to->rows)) {
            // No query chosen before: the query that sees the most keys (under a causal mask the last, not the
            // first, whose weights and Jacobian would be one key's), at its first visible key.
            const auto [informative, firstKey] =
                mostInformativeQuery(computation->result().specs, step.stages[chosen].head);
            if (informative < to->values.rows()) {
                row = informative;
                if (to->columns == attn::Axis::Keys && firstKey < to->values.cols())
                    column = firstKey;
            }
        }
        view->select({step.stages[chosen], step.ids[chosen], row, column});
    });
}

} // namespace attn::ui
