#include "compute/computerunner.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "base/availablememory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <new>

namespace attn::ui {

ComputeRunner::ComputeRunner(QObject* parent) : QObject(parent)
{
    m_watcher = new QFutureWatcher<ComputeResult>(this);
    connect(m_watcher, &QFutureWatcher<ComputeResult>::finished, this, &ComputeRunner::onFinished);
}

ComputeRunner::~ComputeRunner()
{
    if (m_running)
        m_watcher->waitForFinished();
}

std::uint64_t ComputeRunner::windowBytes(const attn::Session& session)
{
    // The colour image of each n_q × n_k heatmap (4 bytes a cell; raw scores, scores, weights and the mask of
    // each head) and the mask's hidden cells (1 byte).
    const auto cells = static_cast<std::uint64_t>(std::max(0L, attn::queryCount(session))) *
                       static_cast<std::uint64_t>(std::max(0L, attn::keyCount(session)));
    const auto heads =
        static_cast<std::uint64_t>(session.multi_head ? std::max(1L, session.multi_head->heads) : 1L);
    return attn::evaluationBytes(session) + heads * cells * (4u * 4u + 1u);
}

double ComputeRunner::estimatedWork(const attn::Session& session)
{
    const auto nq = static_cast<double>(attn::queryCount(session));
    const auto nk = static_cast<double>(attn::keyCount(session));
    double dk = static_cast<double>(session.queries.cols());
    double dv = static_cast<double>(session.values.cols());
    double projections = 0;
    if (session.self_attention) {
        const attn::SelfAttention& self = *session.self_attention;
        dk = static_cast<double>(self.W_Q.cols());
        dv = static_cast<double>(self.W_V.cols());
        projections = nq * static_cast<double>(self.X.cols()) * (2 * dk + dv);
    }
    if (session.multi_head) {
        const double model = static_cast<double>(session.self_attention ? session.self_attention->X.cols()
                                                                        : session.queries.cols());
        dk = dv = model; // every head together
        projections += nq * model * 4 * model;
    }
    double perCell = dk + dv + 16; // scores, weighted sum, the normalisation and the heatmap fill
    if (session.scoring.function == attn::ScoringFunction::Additive)
        perCell += 20 * static_cast<double>(session.scoring.w_v.size());
    if (session.scoring.function == attn::ScoringFunction::General)
        projections += nq * dk * dk;
    return nq * nk * perCell + projections;
}

ComputeResult ComputeRunner::compute(quint64 serial, std::shared_ptr<const attn::Session> session,
                                     const HeatmapSelection& selection)
{
    ComputeResult result;
    result.serial = serial;
    result.session = std::move(session);
    result.selection = selection;
    try {
        if (const auto available = availableMemoryBytes())
            attn::requireMemory(*result.session, windowBytes(*result.session), *available);
        auto computation = std::make_shared<const attn::Computation>(attn::evaluate(*result.session));
        result.specs = heatmapsFor(*result.session, computation, selection);
        result.computation = std::move(computation);
    } catch (const attn::AttentionError& e) {
        result.error = QString::fromUtf8(e.what());
    } catch (const std::bad_alloc&) {
        result.specs.clear();
        result.error =
            QCoreApplication::translate("attn::ui::ComputeRunner", "not enough memory for a session of this size");
    }
    return result;
}

void ComputeRunner::request(const attn::Session& session, const HeatmapSelection& selection)
{
    Request request{++m_serial, std::make_shared<const attn::Session>(session), selection};
    if (estimatedWork(session) < m_threshold) {
        m_pending.reset(); // superseded by this one, which is newer
        deliver(compute(request.serial, std::move(request.session), request.selection));
        setBusy();
        return;
    }
    if (m_running)
        m_pending = std::move(request); // replaces any older request waiting
    else
        start(std::move(request));
    setBusy();
}

void ComputeRunner::start(Request request)
{
    m_running = true;
    m_watcher->setFuture(
        QtConcurrent::run(&ComputeRunner::compute, request.serial, std::move(request.session), request.selection));
}

void ComputeRunner::onFinished()
{
    m_running = false;
    // Taken out of the future, so that the finished result does not stay alive in it.
    QFuture<ComputeResult> future = m_watcher->future();
    if (future.resultCount() > 0) {
        const ComputeResult result = future.takeResult();
        deliver(result);
    }
    if (m_pending) {
        Request next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
    setBusy();
}

void ComputeRunner::deliver(const ComputeResult& result)
{
    if (result.serial <= m_delivered)
        return; // a newer result is shown already
    m_delivered = result.serial;
    emit resultReady(result);
}

void ComputeRunner::setBusy()
{
    if (isBusy() == m_busy)
        return;
    m_busy = isBusy();
    emit busyChanged(m_busy);
}

bool ComputeRunner::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return !isBusy();
}

} // namespace attn::ui
