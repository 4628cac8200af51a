#pragma once

#include "compute/computeresult.h"
#include "compute/teachingsteps.h"
#include "compute/viewstate.h"

#include <QList>
#include <QObject>

namespace attn::ui {

class ComputeRunner;
class SessionDocument;

/// The computation of the document, kept current: every change of the document and every change of the heads
/// shown (ViewState::heads()) computes it again through a ComputeRunner (at once for teaching sizes, in the
/// background for large sessions); a new selected cell whose query row has a softmax Jacobian rebuilds the
/// heatmaps without computing again (with every head shown, the Jacobian of the selected cell's head), and so
/// does a cleared selection (its Jacobian leaves the board). Views read result(), steps() and spec() and listen
/// to resultChanged(): the path of an edit runs document → LiveComputation → views.
class LiveComputation : public QObject {
    Q_OBJECT
public:
    LiveComputation(SessionDocument* document, ViewState* view, QObject* parent = nullptr);

    /// The newest result: the session computed, the computation (null with an error), the heatmaps shown.
    const ComputeResult& result() const { return m_result; }
    /// The teaching steps of the heatmaps shown.
    const QList<TeachingStep>& steps() const { return m_steps; }
    /// The heatmap shown with this name (HeatmapSpec::id), or nullptr.
    const HeatmapSpec* spec(const QString& name) const;
    /// The heatmap of the selected cell (ViewState::selection()), when it is shown and holds that cell.
    const HeatmapSpec* selectedSpec() const;
    /// Every heatmap of the computation (every stage of every head), for exports; empty without a computation.
    QList<HeatmapSpec> allSpecs() const;

    ComputeRunner* runner() const { return m_runner; }
    /// True while a computation runs off the UI thread or waits to run.
    bool isComputing() const;
    /// Runs the event loop until no computation runs or waits (or `timeoutMs` passed); returns !isComputing().
    bool waitForResults(int timeoutMs = 60000);
    /// Computes the document's session again (also done on every document change).
    void refresh();

signals:
    /// result() and steps() changed.
    void resultChanged();
    /// A computation started or ended in the background.
    void busyChanged(bool busy);

private:
    HeatmapSelection selection() const;
    void apply(const ComputeResult& result);
    void followSelection();

    SessionDocument* m_document{nullptr};
    ViewState* m_view{nullptr};
    ComputeRunner* m_runner{nullptr};
    ComputeResult m_result;
    QList<TeachingStep> m_steps;
    long m_jacobianRow{-1}; ///< The query row of the selected cell, whose softmax Jacobian is shown.
    int m_jacobianHead{-1}; ///< The head of the selected cell (multi-head), whose Jacobian the overview shows.
};

} // namespace attn::ui
