#include "window/resultsarea.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "compute/computerunner.h"
#include "document/sessiondocument.h"
#include "heatmap/heatmapboard.h"
#include "heatmap/heatmaplinks.h"
#include "teach/explanationpanel.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"
#include "teach/teachingsteps.h"
#include "window/modepanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

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

ResultsArea::ResultsArea(SessionDocument* document, ModePanel* mode, QWidget* parent)
    : QWidget(parent), m_document(document), m_mode(mode)
{
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
    connect(m_progressDelay, &QTimer::timeout, m_progress, &QWidget::show);
    m_runner = new ComputeRunner(this);
    connect(m_runner, &ComputeRunner::resultReady, this, &ResultsArea::apply);
    connect(m_runner, &ComputeRunner::busyChanged, this, [this](bool busy) {
        if (busy) {
            m_progressDelay->start();
        } else {
            m_progressDelay->stop();
            m_progress->hide();
        }
    });
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(m_board);
    views->addWidget(m_regression);
    views->setStretchFactor(0, 3);
    views->setStretchFactor(1, 2);
    views->setSizes({600, 400}); // the heatmaps keep the larger share
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_progress);
    layout->addWidget(m_stages);
    layout->addWidget(views, 1);
    layout->addWidget(m_explanation);

    // Dragging a query line in the regression view moves that query: every heatmap follows.
    connect(m_regression, &RegressionView::queryMoved, this, [this](int row, double value) {
        m_document->setCell(MatrixRole::Queries, row, 0, value, true); // a drag: one undo step
    });
    connect(m_board, &HeatmapBoard::cellClicked, this, &ResultsArea::onCellClicked);
    connect(m_stages, &StageBar::currentChanged, this, [this](int index) {
        applyStep(index);
        if (index >= 0) // the explanation follows the stage: its first cell
            select(m_stages->steps()[index].ids.first(), 0, 0);
    });
}

QString ResultsArea::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

bool ResultsArea::isComputing() const
{
    return m_runner->isBusy();
}

bool ResultsArea::waitForResults(int timeoutMs)
{
    return m_runner->waitForIdle(timeoutMs);
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
    if (!m_computation)
        return {};
    if (!m_allSpecs) {
        // Single-head: the board shows every stage already.
        HeatmapSelection everything = selection();
        everything.mode = HeatmapSelection::Mode::Everything;
        m_allSpecs =
            m_computation->multi_head ? heatmapsFor(*m_session, m_computation, everything) : m_board->specs();
    }
    return *m_allSpecs;
}

HeatmapSelection ResultsArea::selection() const
{
    HeatmapSelection s = m_mode->selection();
    s.jacobian_row = m_jacobianRow;
    return s;
}

void ResultsArea::refresh()
{
    m_runner->request(m_document->session(), selection());
}

void ResultsArea::showSpecs(const QList<HeatmapSpec>& specs)
{
    m_board->setSpecs(specs);
    m_stages->setSteps(teachingSteps(*m_session, m_board->specs()));
}

void ResultsArea::apply(const ComputeResult& result)
{
    m_session = result.session;
    const attn::Session& session = *m_session;
    m_allSpecs.reset();
    if (result.computation) {
        m_computation = result.computation;
        const attn::Computation& c = *m_computation;
        m_shownJacobianRow = result.selection.jacobian_row;
        showSpecs(result.specs);
        QStringList notes = emptyRowNotes(session, c.trace, {});
        if (c.multi_head)
            for (std::size_t t = 0; t < c.multi_head->heads.size(); ++t)
                notes += emptyRowNotes(session, c.multi_head->heads[t], tr("Head %1: ").arg(t + 1));
        setNoticeStyle(m_notice, QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
        m_notice->setText(notes.join(QLatin1Char('\n')));
        m_notice->setVisible(!notes.isEmpty());
        m_summary = outputsSummary(session, c);
        m_regression->setSession(session);
        m_regression->setVisible(m_regression->message().isEmpty());
    } else {
        m_computation.reset();
        m_board->setSpecs({});
        m_stages->setSteps({});
        setNoticeStyle(m_notice, QStringLiteral("QLabel { background: #fde7e9; color: #8a0014; padding: 6px; }"));
        m_notice->setText(tr("Cannot compute attention: %1").arg(result.error));
        m_notice->show();
        m_summary.clear();
        m_regression->hide();
    }
    explainSelection();
    applyStep(m_stages->current());
}

const HeatmapSpec* ResultsArea::shownSpec(const QString& id) const
{
    for (const HeatmapSpec& s : m_board->specs())
        if (s.id == id)
            return &s;
    return nullptr;
}

void ResultsArea::onCellClicked(const QString& id, int row, int column)
{
    const HeatmapSpec* spec = shownSpec(id);
    if (spec && m_document->session().mask.kind == attn::MaskKind::Cells && togglesMask(*spec))
        m_document->toggleMaskCell(row, column); // recomputes; the selection below survives it
    select(id, row, column);
}

void ResultsArea::followJacobian()
{
    const HeatmapSpec* spec = shownSpec(m_selectedId);
    if (!spec || !m_computation || m_selectedRow >= spec->values.rows() || m_selectedColumn >= spec->values.cols())
        return;
    const attn::CellDependencies d = dependenciesOf(*spec, m_selectedRow, m_selectedColumn);
    const long row = d.query.value_or(m_jacobianRow);
    if (row == m_jacobianRow)
        return;
    m_jacobianRow = row;
    if (m_shownJacobianRow == row || (!attn::hasSoftmaxJacobian(*m_session, *m_computation, row) &&
                                      !attn::hasSoftmaxJacobian(*m_session, *m_computation, m_shownJacobianRow)))
        return; // neither the old row nor the new one has a Jacobian: the heatmaps stay as they are
    m_shownJacobianRow = row;
    m_allSpecs.reset();
    showSpecs(heatmapsFor(*m_session, m_computation, selection()));
    applyStep(m_stages->current());
}

void ResultsArea::select(const QString& id, int row, int column)
{
    m_selectedId = id;
    m_selectedRow = row;
    m_selectedColumn = column;
    followJacobian();
    explainSelection();
}

void ResultsArea::explainSelection()
{
    const HeatmapSpec* spec = shownSpec(m_selectedId);
    if (!spec || !m_computation || m_selectedRow >= spec->values.rows() ||
        m_selectedColumn >= spec->values.cols()) {
        m_board->clearSelection();
        m_explanation->clear();
        emit selectionChanged(std::nullopt, std::nullopt);
        return;
    }
    m_board->setSelection(m_selectedId, m_selectedRow, m_selectedColumn);
    if (spec->stage) {
        try {
            m_explanation->setExplanation(attn::explain(
                *m_session, *m_computation, attn::CellRef::of(*spec->stage, m_selectedRow, m_selectedColumn)));
        } catch (const attn::AttentionError& e) {
            m_explanation->setExplanation({spec->title.toStdString(), e.what(), e.what(), {}});
        }
    } else {
        m_explanation->clear();
    }
    const attn::CellDependencies d = dependenciesOf(*spec, m_selectedRow, m_selectedColumn);
    emit selectionChanged(d.query ? std::optional<int>(static_cast<int>(*d.query)) : std::nullopt,
                          d.keys.empty() ? std::nullopt : std::optional<int>(static_cast<int>(d.keys.back())));
}

void ResultsArea::applyStep(int index)
{
    const QList<TeachingStep>& steps = m_stages->steps();
    // While stepping, the outputs summary would give the answer away before the weighted-sum stage.
    const bool answerShown = index < 0 || index + 1 >= steps.size();
    emit summaryChanged(answerShown ? m_summary : QString());
    if (index < 0 || index >= steps.size()) {
        m_board->clearStepView();
        return;
    }
    QStringList shown;
    for (int i = 0; i <= index; ++i)
        shown += steps[i].ids;
    m_board->setStepView(shown, steps[index].ids);
}

} // namespace attn::ui
