#include "compute/livecomputation.h"

#include "compute/computerunner.h"
#include "document/sessiondocument.h"
#include "heatmap/heatmaplinks.h"

namespace attn::ui {

LiveComputation::LiveComputation(SessionDocument* document, ViewState* view, QObject* parent)
    : QObject(parent), m_document(document), m_view(view), m_runner(new ComputeRunner(this))
{
    connect(m_runner, &ComputeRunner::resultReady, this, &LiveComputation::apply);
    connect(m_runner, &ComputeRunner::busyChanged, this, &LiveComputation::busyChanged);
    connect(m_document, &SessionDocument::changed, this, &LiveComputation::refresh);
    connect(m_view, &ViewState::headsChanged, this, &LiveComputation::refresh);
    connect(m_view, &ViewState::selectionChanged, this, &LiveComputation::followSelection);
}

const HeatmapSpec* LiveComputation::spec(const QString& name) const
{
    for (const HeatmapSpec& s : m_result.specs)
        if (s.id == name)
            return &s;
    return nullptr;
}

const HeatmapSpec* LiveComputation::selectedSpec() const
{
    const std::optional<CellSelection>& cell = m_view->selection();
    if (!cell || !m_result.computation)
        return nullptr;
    const HeatmapSpec* s = spec(cell->name);
    if (!s || cell->row < 0 || cell->column < 0 || cell->row >= s->values.rows() ||
        cell->column >= s->values.cols())
        return nullptr;
    return s;
}

QList<HeatmapSpec> LiveComputation::allSpecs() const
{
    if (!m_result.computation)
        return {};
    if (!m_result.computation->multi_head)
        return m_result.specs; // single head: every stage is shown already
    HeatmapSelection everything = selection();
    everything.mode = HeatmapSelection::Mode::Everything;
    return heatmapsFor(*m_result.session, m_result.computation, everything);
}

bool LiveComputation::isComputing() const
{
    return m_runner->isBusy();
}

bool LiveComputation::waitForResults(int timeoutMs)
{
    return m_runner->waitForIdle(timeoutMs);
}

HeatmapSelection LiveComputation::selection() const
{
    HeatmapSelection s = m_view->heads();
    s.jacobian_row = m_jacobianRow;
    if (s.mode == HeatmapSelection::Mode::Overview)
        s.head = m_jacobianHead; // the one head whose Jacobian the overview shows
    return s;
}

void LiveComputation::refresh()
{
    m_runner->request(m_document->session(), selection());
}

void LiveComputation::apply(const ComputeResult& result)
{
    m_result = result;
    if (m_view->selection() && !selectedSpec() && result.computation) {
        // The selected cell is gone (its row removed, another head shown): the selection and its row's Jacobian
        // end here, so that a new row in its place is not selected later.
        m_jacobianRow = -1;
        m_jacobianHead = -1;
        if (result.selection.jacobian_row >= 0) {
            m_result.selection = selection();
            m_result.specs = heatmapsFor(*result.session, result.computation, m_result.selection);
        }
        m_view->clearSelection();
    }
    m_steps = m_result.computation ? teachingSteps(*m_result.session, m_result.specs) : QList<TeachingStep>();
    emit resultChanged();
}

void LiveComputation::followSelection()
{
    // The Jacobian belongs to the selected cell's query: with nothing selected (cleared, or another session
    // loaded) it leaves the board.
    long row = -1;
    int head = -1;
    if (const HeatmapSpec* s = selectedSpec()) {
        const std::optional<CellSelection>& cell = m_view->selection();
        row = dependenciesOf(*s, cell->row, cell->column).query.value_or(m_jacobianRow);
        // The head of the clicked cell (the overview shows that head's Jacobian); a cell of no head (Concat)
        // keeps the head of the Jacobian shown, as it keeps its row.
        head = s->stage && s->stage->head >= 0 ? s->stage->head : m_jacobianHead;
    }
    if (row == m_jacobianRow && head == m_jacobianHead)
        return;
    const long before = m_jacobianRow;
    m_jacobianRow = row;
    m_jacobianHead = head;
    if (!m_result.computation)
        return; // nothing shown: the next result follows m_jacobianRow
    const attn::Session& session = *m_result.session;
    const attn::Computation& computation = *m_result.computation;
    if (!attn::hasSoftmaxJacobian(session, computation, row) &&
        !attn::hasSoftmaxJacobian(session, computation, before))
        return; // no Jacobian before or after: the heatmaps stay as they are
    ComputeResult rebuilt = m_result;
    rebuilt.selection = selection();
    rebuilt.specs = heatmapsFor(session, m_result.computation, rebuilt.selection);
    apply(rebuilt);
}

} // namespace attn::ui
