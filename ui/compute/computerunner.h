#pragma once

#include "attn/evaluation.h"
#include "attn/session.h"
#include "compute/computeresult.h"
#include "heatmap/heatmapspec.h"

#include <QFutureWatcher>
#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>

namespace attn::ui {

/// Computes sessions for the window: attn::evaluate and the heatmap specs of every stage. A session whose
/// estimated work (estimatedWork()) is below backgroundThreshold() is computed at once on the calling thread,
/// so that the teaching sizes repaint within the same event and tests can read the results right after an edit.
/// Larger sessions are computed on Qt's global thread pool (QtConcurrent::run) on a copy of the session, one at
/// a time: a request made while one runs waits, and a newer request replaces the one waiting (superseded; only
/// the newest is ever started). resultReady() delivers a result only if it answers a newer request than the
/// last result delivered, so an older result never replaces a newer one.
class ComputeRunner : public QObject {
    Q_OBJECT
public:
    /// The default backgroundThreshold(): about 2 ms of work on the development machine (a 128 × 128 session
    /// with d = 64 is below, 256 × 256 above).
    static constexpr double kBackgroundWork = 4.0e6;

    explicit ComputeRunner(QObject* parent = nullptr);
    /// Waits for a running computation (it only touches its own copy of the session).
    ~ComputeRunner() override;

    /// Computes `session` with the heatmaps of `selection`. Small sessions: resultReady() is emitted before this
    /// returns. Large ones: later, on this object's thread, unless superseded.
    void request(const attn::Session& session, const HeatmapSelection& selection);

    /// True while a computation runs in the background or waits to run.
    bool isBusy() const { return m_running || m_pending.has_value(); }
    /// Runs the event loop until isBusy() is false or `timeoutMs` passed; returns !isBusy().
    bool waitForIdle(int timeoutMs = 60000);

    /// Multiply-adds and function evaluations of evaluate(session), roughly: n_q · n_k · (d_k + d_v + 16), with
    /// 20 · h more per cell for additive scoring; the projections of self-attention and multi-head attention
    /// add n · d_model · (d_k + d_k + d_v). Never throws (a malformed session estimates as small).
    static double estimatedWork(const attn::Session& session);

    /// The memory the window needs for `session`: attn::evaluationBytes() and the colour images of its n_q × n_k
    /// heatmaps. compute() refuses a session that needs more than availableMemoryBytes() (attn::ResourceError's
    /// message in `error`; the document keeps the edits). Never throws.
    static std::uint64_t windowBytes(const attn::Session& session);

    /// Sessions with at least this estimatedWork() run in the background (tests lower it to force that path).
    void setBackgroundThreshold(double work) { m_threshold = work; }
    double backgroundThreshold() const { return m_threshold; }

    /// Computes `session` on the calling thread (what the background task runs). Never throws: a session that
    /// cannot be computed gives a result with `error` set and no computation.
    static ComputeResult compute(quint64 serial, std::shared_ptr<const attn::Session> session,
                                 const HeatmapSelection& selection);

signals:
    /// A result newer than every result delivered before.
    void resultReady(const attn::ui::ComputeResult& result);
    /// isBusy() changed.
    void busyChanged(bool busy);

private:
    struct Request {
        quint64 serial{0};
        std::shared_ptr<const attn::Session> session;
        HeatmapSelection selection;
    };

    void start(Request request);
    void onFinished();
    void deliver(const ComputeResult& result);
    void setBusy();

    QFutureWatcher<ComputeResult>* m_watcher{nullptr};
    bool m_running{false};
    std::optional<Request> m_pending;
    quint64 m_serial{0};    ///< The last request's number.
    quint64 m_delivered{0}; ///< The number of the last result delivered.
    double m_threshold{kBackgroundWork};
    bool m_busy{false}; ///< isBusy() as last signalled.
};

} // namespace attn::ui
