#include "window/resultsarea.h"

#include "attn/evaluation.h"
#include "compute/computerunner.h"
#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "teach/explanationpanel.h"
#include "teach/heatmapboard.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"

#include <qcustomplot.h>

#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace attn::ui {

namespace {

/// "output for 62 cm = 112.50000076", or a count when there are too many to read.
QString outputsSummary(const attn::Session& session, const attn::Computation& c)
{
    const attn::Matrix& outputs = c.outputs;
    if (outputs.rows() > 3 || outputs.cols() > 4)
        return ResultsArea::tr("%1 \u00d7 %2 outputs computed").arg(outputs.rows()).arg(outputs.cols());
    QStringList parts;
    for (Eigen::Index i = 0; i < outputs.rows(); ++i) {
        if (!c.multi_head && !c.trace.hasOutput(i))
            continue;
        QStringList values;
        for (Eigen::Index j = 0; j < outputs.cols(); ++j)
            values << QString::number(outputs(i, j), 'g', 11);
        const QString vector =
            values.size() == 1 ? values.first() : QStringLiteral("[%1]").arg(values.join(u", "));
        parts << ResultsArea::tr("output for %1 = %2")
                     .arg(QString::fromStdString(attn::queryLabel(session, static_cast<long>(i))), vector);
    }
    return parts.join(QStringLiteral(";   "));
}

/// One sentence per query row without weights, e.g. "62 cm has no weights and no output: no key lies …".
QStringList emptyRowNotes(const attn::Session& session, const attn::Trace& trace, const QString& head)
{
    QStringList notes;
    for (std::size_t i = 0; i < trace.row_status.size(); ++i)
        if (trace.row_status[i] != attn::RowStatus::Ok)
            notes << ResultsArea::tr("%1%2 has no weights and no output: %3.")
                         .arg(head, QString::fromStdString(attn::queryLabel(session, static_cast<long>(i))),
                              rowStatusNote(trace.row_status[i], session));
    return notes;
}

/// Sets `label`'s style sheet unless it has it already (setting one re-polishes the widget on every edit).
void setNoticeStyle(QLabel* label, const QString& styleSheet)
{
    if (label->styleSheet() != styleSheet)
        label->setStyleSheet(styleSheet);
}

/// True for the heatmaps where a click masks or unmasks a cell (with the "chosen cells" mask): the scores before
/// and after scaling, and the mask itself.
bool togglesMask(const HeatmapSpec& spec)
{
    if (!spec.stage)
        return false;
    const attn::Stage kind = spec.stage->kind;
    return kind == attn::Stage::RawScores || kind == attn::Stage::Scores || kind == attn::Stage::Mask;
}

} // namespace

ResultsArea::ResultsArea(SessionDocument* document, LiveComputation* computation, ViewState* view, QWidget* parent)
    : QWidget(parent), m_document(document), m_computation(computation), m_view(view)
{
    // A click on a heatmap, the stage bar or the explanation takes the keyboard focus from a parameter control:
    // Home, End and the arrows then never change σ, T or the scoring function of a control clicked long before.
    setFocusPolicy(Qt::ClickFocus);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_stages = new StageBar(this);
    m_board = new HeatmapBoard(this);
    m_explanation = new ExplanationPanel(this);
    m_regression = new RegressionView(this);
    m_progress = new QWidget(this);
    m_progress->setObjectName(QStringLiteral("computing"));
    auto* progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(6, 2, 6, 2);
    auto* progressLabel = new QLabel(tr("Computing\u2026"), m_progress);
    auto* progressBar = new QProgressBar(m_progress);
    progressBar->setRange(0, 0); // busy: how long evaluate() takes is not known
    progressBar->setTextVisible(false);
    progressLayout->addWidget(progressLabel);
    progressLayout->addWidget(progressBar, 1);
    m_progress->hide();
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(500);
    // While a long computation runs, the heatmaps still show the previous numbers: faded, so that nobody reads
    // them as the answer to the edit just made.
    connect(m_progressDelay, &QTimer::timeout, this, [this] {
        m_progress->show();
        auto* faded = new QGraphicsOpacityEffect(m_board);
        faded->setOpacity(0.35);
        m_board->setGraphicsEffect(faded);
    });
    connect(m_computation, &LiveComputation::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_progressDelay->start();
        } else {
            m_progressDelay->stop();
            m_progress->hide();
            m_board->setGraphicsEffect(nullptr); // deletes the fading
        }
    });
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->setObjectName(QStringLiteral("results-splitter")); // named splitters are restored at start
    views->addWidget(m_board);
    views->addWidget(m_regression);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);
    views->setSizes({600, 400}); // the heatmaps keep the larger share
    // A heatmap wider than the board (larger text in presentation mode): the regression view gives up what it can
    // spare, so that the class sees the whole heatmap, its colour scale too, without scrolling sideways.
    connect(m_board, &HeatmapBoard::widthWanted, views, [this, views](int wanted) {
        const QList<int> sizes = views->sizes();
        if (sizes.size() != 2 || !m_regression->isVisible())
            return;
        // The regression view keeps the width of its legend (two entries a row) beside the plot's margins.
        const int keep = std::max(m_regression->minimumSizeHint().width(),
                                  m_regression->plot()->legend->minimumOuterSizeHint().width() + 24);
        const int spare = sizes[1] - keep;
        const int give = std::min(wanted - sizes[0], spare);
        if (give > 0)
            views->setSizes({sizes[0] + give, sizes[1] - give});
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    layout->addWidget(m_stages);
    layout->addWidget(views, 1);
    layout->addWidget(m_explanation);

    // Every view listens to the computation and the view state itself; this area only lays them out, shows the
    // notice and the outputs summary, and masks a clicked cell with the "chosen cells" mask.
    m_board->listenTo(m_computation, m_view);
    m_stages->listenTo(m_computation, m_view);
    m_explanation->listenTo(m_computation, m_view);
    m_regression->listenTo(m_document, m_computation, m_view);
    connect(m_computation, &LiveComputation::resultChanged, this, &ResultsArea::showResult);
    connect(m_view, &ViewState::stepChanged, this, &ResultsArea::showSummary);
    // Another session (an example, a file, New): its stages start from "All stages", nothing selected.
    connect(m_document, &SessionDocument::sessionReplaced, this, [this] {
        m_stages->setPlaying(false);
        m_view->clearSelection();
        m_view->setStep(-1);
        m_board->scrollToStart();
    });
    connect(m_board, &HeatmapBoard::cellClicked, this, &ResultsArea::maskClickedCell);
}

QString ResultsArea::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool ResultsArea::isComputing() const
{
    return m_computation->isComputing();
}

bool ResultsArea::waitForResults(int timeoutMs)
{
    return m_computation->waitForResults(timeoutMs);
}

ComputeRunner* ResultsArea::runner() const
{
    return m_computation->runner();
}

void ResultsArea::setIndicatorDelay(int milliseconds)
{
    m_progressDelay->setInterval(milliseconds);
}

int ResultsArea::indicatorDelay() const
{
    return m_progressDelay->interval();
}

QList<HeatmapSpec> ResultsArea::allSpecs() const
{
    return m_computation->allSpecs();
}

std::shared_ptr<const attn::Computation> ResultsArea::computation() const
{
    return m_computation->result().computation;
}

void ResultsArea::refresh()
{
    m_computation->refresh();
}

void ResultsArea::showResult()
{
    const ComputeResult& result = m_computation->result();
    if (result.computation) {
        const attn::Session& session = *result.session;
        const attn::Computation& c = *result.computation;
        QStringList notes = emptyRowNotes(session, c.trace, {});
        if (c.multi_head)
            for (std::size_t t = 0; t < c.multi_head->heads.size(); ++t)
                notes += emptyRowNotes(session, c.multi_head->heads[t], tr("Head %1: ").arg(t + 1));
        setNoticeStyle(m_notice, QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
        m_notice->setText(notes.join(QLatin1Char('\n')));
        m_notice->setVisible(!notes.isEmpty());
        m_summary = outputsSummary(session, c);
    } else {
        setNoticeStyle(m_notice, QStringLiteral("QLabel { background: #fde7e9; color: #8a0014; padding: 6px; }"));
        m_notice->setText(tr("Cannot compute attention: %1").arg(result.error));
        m_notice->show();
        m_summary.clear();
    }
    showSummary();
}

void ResultsArea::showSummary()
{
    // While stepping, the outputs summary would give the answer away before the weighted-sum stage.
    const int step = m_view->step();
    const bool answerShown = step < 0 || step + 1 >= m_computation->steps().size();
    emit summaryChanged(answerShown ? m_summary : QString());
}

void ResultsArea::maskClickedCell(const QString& id, int row, int column)
{
    const HeatmapSpec* spec = m_computation->spec(id);
    if (spec && m_document->session().mask.kind == attn::MaskKind::Cells && togglesMask(*spec))
        m_document->toggleMaskCell(row, column); // recomputes; the selection survives it
}

void ResultsArea::select(const QString& id, int row, int column)
{
    if (const HeatmapSpec* spec = m_computation->spec(id); spec && spec->stage)
        m_view->select({*spec->stage, id, row, column});
    else
        m_view->clearSelection();
}

} // namespace attn::ui
