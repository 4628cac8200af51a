// The live edit-to-repaint pipeline (issue 6): large sessions are computed off the UI thread and an older result
// never replaces a newer one; the "Computing…" bar comes only for slow work; a heatmap whose numbers did not
// change is not redrawn; the board, the controllers and the export list share the computation's matrices.
// Reference values are computed here with plain loops (softmax of Q Kᵀ / √d, then A V), not with attn::core.
#include "attn/evaluation.h"
#include "compute/computerunner.h"
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/heatmapboard.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGraphicsOpacityEffect>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThreadPool>

#include <cmath>
#include <map>
#include <vector>

using attn::ui::ComputeRunner;
using attn::ui::MainWindow;

namespace {

/// Entries (i · 7 + j · 13 + seed) mod 17, scaled to [−1, 1): deterministic and different per matrix.
attn::Matrix patterned(long rows, long columns, int seed)
{
    attn::Matrix m(rows, columns);
    for (long i = 0; i < rows; ++i)
        for (long j = 0; j < columns; ++j)
            m(i, j) = static_cast<double>((i * 7 + j * 13 + seed) % 17) / 8.5 - 1.0;
    return m;
}

/// n queries and keys, d_k = d_v = d, scaled dot product, softmax.
attn::Session largeSession(long n, long d)
{
    attn::Session session;
    session.queries = patterned(n, d, 1);
    session.keys = patterned(n, d, 5);
    session.values = patterned(n, d, 11);
    return session;
}

/// softmax(Q Kᵀ / √d) row by row, with plain loops.
std::vector<std::vector<double>> referenceWeights(const attn::Matrix& q, const attn::Matrix& k)
{
    const long nq = q.rows();
    const long nk = k.rows();
    const double scale = 1.0 / std::sqrt(static_cast<double>(q.cols()));
    std::vector<std::vector<double>> weights(static_cast<std::size_t>(nq), std::vector<double>(nk));
    for (long i = 0; i < nq; ++i) {
        std::vector<double>& row = weights[static_cast<std::size_t>(i)];
        double largest = -INFINITY;
        for (long j = 0; j < nk; ++j) {
            double dot = 0;
            for (long c = 0; c < q.cols(); ++c)
                dot += q(i, c) * k(j, c);
            row[static_cast<std::size_t>(j)] = dot * scale;
            largest = std::max(largest, dot * scale);
        }
        double sum = 0;
        for (double& v : row) {
            v = std::exp(v - largest);
            sum += v;
        }
        for (double& v : row)
            v /= sum;
    }
    return weights;
}

/// Types `text` into cell (row, matrix column `column`) of the keys table, as the table's editor does.
void typeKey(MainWindow& w, int row, int column, const QString& text)
{
    attn::ui::MatrixModel* model = w.keysEditor()->model();
    ASSERT_TRUE(model->setData(model->index(row, column + 1), text, Qt::EditRole)); // column 0: the label
}

void typeValue(MainWindow& w, int row, int column, const QString& text)
{
    attn::ui::MatrixModel* model = w.valuesEditor()->model();
    ASSERT_TRUE(model->setData(model->index(row, column + 1), text, Qt::EditRole));
}

} // namespace

TEST(LiveCompute, TeachingSizesAreComputedWithinTheEdit)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    EXPECT_LT(ComputeRunner::estimatedWork(w.document()->session()), ComputeRunner::kBackgroundWork);
    typeKey(w, 2, 0, QStringLiteral("62")); // keys 60, 64, 62 around the query 62
    EXPECT_FALSE(w.results()->isComputing());
    EXPECT_TRUE(w.results()->progressIndicator()->isHidden());
    // Scores −2, −2, 0: weights e⁻²/(2e⁻² + 1) for the first two keys, computed by hand.
    const double a = std::exp(-2.0) / (2 * std::exp(-2.0) + 1);
    EXPECT_NEAR(w.heatmap(QStringLiteral("weights"))->controller()->cellValue(0, 0), a, 1e-15);
    EXPECT_NEAR(w.heatmap(QStringLiteral("weights"))->controller()->cellValue(0, 2), 1 - 2 * a, 1e-15);
}

TEST(LiveCompute, LargeSessionsRunInTheBackgroundAndTheLastEditWins)
{
    MainWindow w;
    const long n = 400;
    const long d = 32;
    w.loadSession(largeSession(n, d));
    ASSERT_GE(ComputeRunner::estimatedWork(w.document()->session()), ComputeRunner::kBackgroundWork);
    ASSERT_TRUE(w.results()->waitForResults());
    std::vector<quint64> delivered;
    QObject::connect(w.results()->runner(), &ComputeRunner::resultReady, w.results(),
                     [&delivered](const attn::ui::ComputeResult& r) { delivered.push_back(r.serial); });

    // Two quick edits: the first starts a computation, the second waits and supersedes nothing but itself.
    typeKey(w, 3, 0, QStringLiteral("0.75"));
    EXPECT_TRUE(w.results()->isComputing()); // not computed within the edit: the window stays responsive
    typeKey(w, 3, 0, QStringLiteral("-0.5"));
    typeKey(w, 7, 1, QStringLiteral("2.25"));
    ASSERT_TRUE(w.results()->waitForResults());
    ASSERT_FALSE(delivered.empty());
    for (std::size_t i = 1; i < delivered.size(); ++i)
        EXPECT_LT(delivered[i - 1], delivered[i]) << "a result older than the one shown was delivered";
    EXPECT_LE(delivered.size(), 2u) << "the second edit's request should have been superseded by the third";

    attn::Matrix keys = largeSession(n, d).keys;
    keys(3, 0) = -0.5;
    keys(7, 1) = 2.25;
    const auto reference = referenceWeights(largeSession(n, d).queries, keys);
    const attn::ui::HeatmapController* weights = w.heatmap(QStringLiteral("weights"))->controller();
    double worst = 0;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            worst =
                std::max(worst, std::abs(weights->cellValue(i, j) - reference[std::size_t(i)][std::size_t(j)]));
    EXPECT_LT(worst, 1e-13);
}

TEST(LiveCompute, AnOlderResultNeverReplacesANewerOne)
{
    ComputeRunner runner;
    std::vector<attn::ui::ComputeResult> delivered;
    QObject::connect(&runner, &ComputeRunner::resultReady, &runner,
                     [&delivered](const attn::ui::ComputeResult& r) { delivered.push_back(r); });
    // A large session goes to the background; a small one requested after it is computed at once. When the
    // large one finishes, it is older than what is shown and must be dropped.
    runner.request(largeSession(600, 64), {});
    ASSERT_TRUE(runner.isBusy());
    runner.request(attn::waistlineExample(), {});
    ASSERT_EQ(delivered.size(), 1u);
    ASSERT_TRUE(runner.waitForIdle());
    ASSERT_EQ(delivered.size(), 1u);
    EXPECT_EQ(delivered[0].serial, 2u);
    ASSERT_TRUE(delivered[0].computation);
    EXPECT_EQ(delivered[0].computation->trace.weights.cols(), 3); // the waistline's three keys
}

TEST(LiveCompute, ProgressIndicatorShowsForSlowWorkAndHidesAfter)
{
    MainWindow w;
    EXPECT_EQ(w.results()->indicatorDelay(), 500);
    w.loadSession(largeSession(1500, 64));
    // The bar waits this long before it shows.
    w.results()->setIndicatorDelay(5);
    ASSERT_TRUE(w.results()->waitForResults());
    // Every thread of the pool the computation runs on is held until the bar has shown, so the computation
    // cannot finish first however loaded the machine is.
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    QSemaphore started;
    QSemaphore release;
    for (int i = 0; i < threads; ++i)
        pool->start([&started, &release] {
            started.release();
            release.acquire();
        });
    started.acquire(threads);
    bool released = false;
    const auto unblock = qScopeGuard([&] { // also when an assertion below returns early
        if (!released)
            release.release(threads);
    });
    typeKey(w, 0, 0, QStringLiteral("0.125"));
    ASSERT_TRUE(w.results()->isComputing());
    EXPECT_TRUE(w.results()->progressIndicator()->isHidden()); // not at once
    QElapsedTimer timer;
    timer.start();
    while (w.results()->progressIndicator()->isHidden() && timer.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    EXPECT_FALSE(w.results()->progressIndicator()->isHidden()) << "shown while the computation waits";
    // The heatmaps of the previous numbers are faded meanwhile, and come back whole with the new ones.
    const auto* faded = qobject_cast<const QGraphicsOpacityEffect*>(w.board()->graphicsEffect());
    ASSERT_NE(faded, nullptr);
    EXPECT_LT(faded->opacity(), 0.5);
    release.release(threads);
    released = true;
    ASSERT_TRUE(w.results()->waitForResults());
    EXPECT_FALSE(w.results()->isComputing());
    EXPECT_TRUE(w.results()->progressIndicator()->isHidden());
    EXPECT_EQ(w.board()->graphicsEffect(), nullptr);
}

TEST(LiveCompute, AHeatmapWhoseNumbersDidNotChangeIsNotReplotted)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    std::map<QString, int> replots;
    for (attn::ui::HeatmapWidget* heatmap : w.board()->heatmaps()) {
        const QString id = heatmap->objectName();
        QObject::connect(heatmap->plot(), &QCustomPlot::afterReplot, heatmap, [&replots, id] { ++replots[id]; });
    }
    // A value changes only the outputs: the scores and the weights stay what they were.
    typeValue(w, 0, 0, QStringLiteral("100"));
    EXPECT_EQ(replots[QStringLiteral("scores")], 0);
    EXPECT_EQ(replots[QStringLiteral("weights")], 0);
    EXPECT_GE(replots[QStringLiteral("outputs")], 1);
    // 0.5 · 100 + 0.5 · 115 + 5.6e-8 · 126 (weights from the worked example).
    EXPECT_NEAR(w.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0),
                0.499999971866208 * 100 + 0.499999971866208 * 115 + 5.626758419358835e-08 * 126, 1e-9);
    // A key changes every stage from the scores on.
    typeKey(w, 0, 0, QStringLiteral("61"));
    EXPECT_GE(replots[QStringLiteral("scores")], 1);
    EXPECT_GE(replots[QStringLiteral("weights")], 1);
}

TEST(LiveCompute, HeatmapsShareTheComputationsMatrices)
{
    MainWindow w;
    w.loadSession(largeSession(64, 8));
    std::weak_ptr<const attn::Computation> old;
    {
        const auto computation = w.results()->computation();
        ASSERT_TRUE(computation);
        const attn::ui::HeatmapSpec& shown = w.heatmap(QStringLiteral("weights"))->controller()->spec();
        // The very memory of the computation's weights, not a copy of them.
        EXPECT_EQ(shown.values.data(), computation->trace.weights.data());
        bool scoresSeen = false;
        for (const attn::ui::HeatmapSpec& spec : w.results()->allSpecs()) {
            if (spec.id == QStringLiteral("scores")) {
                EXPECT_EQ(spec.values.data(), computation->trace.scores.data());
                scoresSeen = true;
            }
        }
        EXPECT_TRUE(scoresSeen);
        old = computation;
    }
    // After an edit nothing holds the old computation any more: its memory is freed, not kept in a spec.
    typeKey(w, 0, 0, QStringLiteral("0.5"));
    ASSERT_TRUE(w.results()->computation());
    EXPECT_TRUE(old.expired());
}

// A session that needs more memory than the machine has available is not computed: the notice names the size and
// both amounts, and the document keeps the session and the edits (issue 15). The limit is injected.
TEST(LiveCompute, ASessionBeyondTheAvailableMemoryIsRefusedAndKept)
{
    qputenv("ATTN_AVAILABLE_MEMORY", "20000");
    const auto restore = qScopeGuard([] { qunsetenv("ATTN_AVAILABLE_MEMORY"); });
    MainWindow w;
    w.loadSession(attn::ui::builtInExample()); // 1 × 3: a few hundred bytes
    ASSERT_TRUE(w.results()->waitForResults());
    EXPECT_TRUE(w.results()->notice().isEmpty()) << w.results()->notice().toStdString();

    // 40 × 40: the scores, weights and the mask alone are 40 · 40 · 25 = 40 000 bytes.
    w.loadSession(largeSession(40, 2));
    ASSERT_TRUE(w.results()->waitForResults());
    const QString notice = w.results()->notice();
    EXPECT_TRUE(notice.contains(QStringLiteral("40 \u00d7 40 needs about"))) << notice.toStdString();
    EXPECT_TRUE(notice.contains(QStringLiteral("this machine has 20.0 kB available"))) << notice.toStdString();
    typeKey(w, 3, 0, QStringLiteral("0.75"));
    EXPECT_EQ(w.document()->session().keys.rows(), 40);
    EXPECT_EQ(w.document()->session().keys(3, 0), 0.75);
}
