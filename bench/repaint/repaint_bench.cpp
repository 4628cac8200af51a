// Edit-to-repaint benchmark (issue 6): the real MainWindow on Qt's offscreen platform, a session of n queries and
// n keys with d_k = d_v = d (scaled dot product, softmax), one cell edit through the keys table's model (as a
// typed edit does), timed until the computation has finished and every heatmap has been replotted and painted,
// including the work that lands on later turns of the event loop. Prints the median, minimum and maximum of
// each size, and the median of the longest stretch per edit in which the UI thread could not react to input
// ("UI busy": the edit itself or one pass of the event loop). Run: bench/repaint/attn_repaint_bench [n:d …]
// [--reps N]
//      or:   bench/repaint/attn_repaint_bench --write-session n d FILE   (a session file for memory checks)
#include "attn/fill.h"
#include "attn/session.h"
#include "heatmap/heatmapwidget.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/heatmapboard.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// n × d queries and keys, n × d values, seeded uniform entries in [−1, 1]; scaled dot product and softmax.
attn::Session benchSession(long n, long d)
{
    attn::Session session;
    session.title = "repaint bench";
    session.queries = attn::seededRandomMatrix(n, d, 1);
    session.keys = attn::seededRandomMatrix(n, d, 2);
    session.values = attn::seededRandomMatrix(n, d, 3);
    return session;
}

/// Counts paint events of the plots it filters.
class PaintCounter : public QObject {
public:
    int paints{0};
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Figures {
    double median{0};
    double min{0};
    double max{0};
    int replots{0};  ///< replots per edit (last edit)
    double stall{0}; ///< median over the edits of the longest time the UI thread was busy without a break
};

/// Runs `work` and returns how long it took in milliseconds.
template <typename Work> double timed(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Runs the event loop until the results area is idle (no computation running or pending) and a whole pass
/// of the loop painted nothing more. Returns the longest single pass of the event loop in milliseconds: how long
/// the window could not react to input.
double settle(attn::ui::MainWindow& window, PaintCounter& counter)
{
    double longest = 0;
    for (;;) {
        longest = std::max(longest, timed([] { QCoreApplication::processEvents(QEventLoop::AllEvents); }));
        if (window.results()->isComputing()) {
            QThread::usleep(200);
            continue;
        }
        const int before = counter.paints;
        longest = std::max(longest, timed([] {
                               QCoreApplication::sendPostedEvents();
                               QCoreApplication::processEvents(QEventLoop::AllEvents);
                           }));
        if (counter.paints == before && !window.results()->isComputing())
            return longest;
    }
}

Figures measure(long n, long d, int reps)
{
    attn::ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.loadSession(benchSession(n, d));
    PaintCounter counter;
    settle(window, counter); // large sessions: the heatmaps exist once the first computation has finished
    int replots = 0;
    for (attn::ui::HeatmapWidget* heatmap : window.board()->heatmaps()) {
        heatmap->plot()->installEventFilter(&counter);
        QObject::connect(heatmap->plot(), &QCustomPlot::afterReplot, &counter, [&replots] { ++replots; });
    }
    settle(window, counter);

    attn::ui::MatrixModel* model = window.keysEditor()->model();
    const QModelIndex cell = model->index(0, 1); // column 0 holds the token label
    std::vector<double> times;
    std::vector<double> stalls;
    for (int r = 0; r < reps; ++r) {
        replots = 0;
        const QString text = QString::number(0.25 + 0.01 * (r % 50), 'g', 17);
        QElapsedTimer timer;
        timer.start();
        // The edit itself runs on the UI thread too (small sessions are computed and drawn within it).
        const double edit = timed([&] { model->setData(cell, text, Qt::EditRole); });
        const double stall = settle(window, counter);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        stalls.push_back(std::max(edit, stall));
    }
    std::sort(stalls.begin(), stalls.end());
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    Figures f;
    f.median = sorted[sorted.size() / 2];
    f.min = sorted.front();
    f.max = sorted.back();
    f.replots = replots;
    f.stall = stalls[stalls.size() / 2];
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 4 && args[0] == QStringLiteral("--write-session")) {
        const attn::io::WriteResult result =
            attn::io::writeSessionFile(args[3], benchSession(args[1].toLong(), args[2].toLong()));
        if (!result) {
            std::fprintf(stderr, "%s\n", qPrintable(result.errorString()));
            return 2;
        }
        return 0;
    }
    int reps = 0;
    const qsizetype repsAt = args.indexOf(QStringLiteral("--reps"));
    if (repsAt >= 0 && repsAt + 1 < args.size()) {
        reps = args[repsAt + 1].toInt();
        args.remove(repsAt, 2);
    }
    if (args.isEmpty())
        args = {QStringLiteral("8:4"), QStringLiteral("128:64"), QStringLiteral("1024:64")};
    std::printf("%-12s %6s %12s %10s %10s %8s %16s\n", "n_q=n_k:d", "edits", "median ms", "min ms", "max ms",
                "replots", "UI busy ms");
    for (const QString& arg : std::as_const(args)) {
        const QStringList parts = arg.split(QLatin1Char(':'));
        const long n = parts.value(0).toLong();
        const long d = parts.value(1, QStringLiteral("64")).toLong();
        if (n <= 0 || d <= 0) {
            std::fprintf(stderr, "bad size %s (expected n:d)\n", qPrintable(arg));
            return 2;
        }
        const int count = reps > 0 ? reps : (n <= 128 ? 41 : 11);
        const Figures f = measure(n, d, count);
        std::printf("%-12s %6d %12.2f %10.2f %10.2f %8d %16.2f\n", qPrintable(arg), count, f.median, f.min, f.max,
                    f.replots, f.stall);
        std::fflush(stdout);
    }
    return 0;
}
