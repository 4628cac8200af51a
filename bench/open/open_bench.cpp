// Opening a real model's attention matrix (issue 6): a 1024 × 1024 softmax matrix written by NumPy as .npy
// (float64) and CSV, read, shown in the import dialog and in the viewer, and a 4096 × 64 table scrolled and
// edited. Prints the median of several runs of each step in milliseconds; nothing is asserted.
//
//   bench_open [--runs N] [--screenshots OUTDIR] [DIR]
//
// DIR holds attn1024.npy and attn1024.csv; when they are missing they are written there (a temporary folder by
// default) by /usr/bin/python3 with NumPy. Runs offscreen unless QT_QPA_PLATFORM says otherwise. With
// --screenshots, the viewer on the .npy is also saved as OUTDIR/heatmap-1024.png (whole matrix) and
// OUTDIR/heatmap-1024-zoomed.png (zoomed in until the values print), as in docs/images/.

#include "document/sessiondocument.h"
#include "files/importdialog.h"
#include "files/importedfile.h"
#include "files/importtarget.h"
#include "files/matrixviewer.h"
#include "fixtures.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapnavigator.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace attn::ui;

namespace {

int g_runs = 7;

/// The median time of `runs` calls of `step`, in milliseconds; `prepare` runs before each, untimed.
double medianMs(const std::function<void()>& step, const std::function<void()>& prepare = {})
{
    std::vector<double> times;
    for (int i = 0; i < g_runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        step();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* what, double ms)
{
    std::printf("%-58s %9.1f ms\n", what, ms);
    std::fflush(stdout);
}

/// Writes attn1024.npy and attn1024.csv into `dir` with NumPy (rows of a softmax of N(0, 2²) scores).
bool writeInputs(const QString& dir)
{
    const QString script =
        QStringLiteral("import numpy as np, sys\n"
                       "rng = np.random.default_rng(6)\n"
                       "s = rng.standard_normal((1024, 1024)) * 2\n"
                       "e = np.exp(s - s.max(axis=1, keepdims=True))\n"
                       "a = e / e.sum(axis=1, keepdims=True)\n"
                       "np.save(sys.argv[1] + '/attn1024.npy', a)\n"
                       "np.savetxt(sys.argv[1] + '/attn1024.csv', a, delimiter=',', fmt='%.17g')\n");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, dir});
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        std::fprintf(stderr, "bench_open: /usr/bin/python3 with NumPy failed: %s\n",
                     python.readAllStandardError().constData());
        return false;
    }
    return true;
}

/// Shows the import dialog on `file` with a table target (as File → Import Matrix… does), painted once.
void showImportDialog(const ImportedFile& file, const attn::Session& session)
{
    ImportTarget target;
    target.role = MatrixRole::Keys;
    ImportDialog box(file, session, target);
    box.show();
    (void)box.grab();
}

/// Shows the attention-matrix viewer on `m`, the matrix of `file`, painted once.
void showViewer(const attn::Matrix& m, const ImportedFile& file)
{
    MatrixViewer viewer(m, labelsOrNumbers(file.rowLabels(), m.rows()),
                        labelsOrNumbers(file.columnLabels(), m.cols()), file.sliceTitle());
    viewer.show();
    (void)viewer.grab();
}

/// Reads `path`, shows the import dialog on it and then the viewer on its matrix, each painted once.
void openFile(const QString& path, const attn::Session& session)
{
    const ImportedFile file = ImportedFile::read(path);
    showImportDialog(file, session);
    showViewer(file.matrix(), file);
}

void benchOpen(const QString& dir)
{
    const QString npy = QDir(dir).filePath(QStringLiteral("attn1024.npy"));
    const QString csv = QDir(dir).filePath(QStringLiteral("attn1024.csv"));
    attn::Session session = attn::waistlineExample();
    std::printf("Opening a 1024 x 1024 float64 attention matrix (median of %d runs)\n", g_runs);
    report("read .npy (ImportedFile::read + matrix)", medianMs([&] { (void)ImportedFile::read(npy).matrix(); }));
    report("read CSV (ImportedFile::read + matrix)", medianMs([&] { (void)ImportedFile::read(csv).matrix(); }));
    const ImportedFile file = ImportedFile::read(npy);
    report("import dialog shown and painted", medianMs([&] { showImportDialog(file, session); }));
    const attn::Matrix m = file.matrix();
    report("viewer shown and painted", medianMs([&] { showViewer(m, file); }));
    report(".npy end to end: read, dialog, viewer painted", medianMs([&] { openFile(npy, session); }));
    report("CSV end to end: read, dialog, viewer painted", medianMs([&] { openFile(csv, session); }));

    MatrixViewer viewer(m, labelsOrNumbers({}, m.rows()), labelsOrNumbers({}, m.cols()),
                        QStringLiteral("attn1024.npy"));
    viewer.show();
    (void)viewer.grab();
    QCustomPlot* plot = viewer.heatmap()->plot();
    report("viewer replot, whole matrix", medianMs([&] { plot->replot(); }));
    HeatmapNavigator* navigator = viewer.heatmap()->navigator();
    const QPointF centre = plot->axisRect()->rect().center();
    navigator->zoomAt(centre, 12.0 / 1024);
    report("viewer replot, zoomed to 12 x 12 cells (values printed)", medianMs([&] { plot->replot(); }));
    std::printf("  (%lld values printed)\n",
                static_cast<long long>(viewer.heatmap()->controller()->cellLabels()->printedTexts().size()));
    navigator->resetZoom();
}

void benchTable(int rows)
{
    attn::Session session = attn::waistlineExample();
    session.queries = attn::Matrix::Random(1, 64);
    session.keys = attn::Matrix::Random(rows, 64);
    session.values = attn::Matrix::Random(rows, 1);
    session.key_labels.clear();
    SessionDocument document;
    document.reset(session);
    std::optional<MatrixEditor> editor;
    char what[96];
    std::snprintf(what, sizeof what, "table %d x 64: created, shown and painted", rows);
    report(what, medianMs(
                     [&] {
                         editor.emplace(&document, MatrixRole::Keys);
                         editor->resize(900, 600);
                         editor->show();
                         (void)editor->grab();
                     },
                     [&] { editor.reset(); }));
    QScrollBar* bar = editor->view()->verticalScrollBar();
    int page = 0;
    std::snprintf(what, sizeof what, "table %d x 64: scroll one page and paint", rows);
    report(what, medianMs([&] {
               page = (page + 1) % 20;
               bar->setValue(bar->maximum() * page / 20);
               (void)editor->view()->viewport()->grab();
           }));
    double value = 0.5;
    std::snprintf(what, sizeof what, "table %d x 64: edit one cell and paint", rows);
    report(what, medianMs([&] {
               value += 0.25;
               editor->model()->setData(editor->model()->index(rows / 2, 10), QString::number(value));
               (void)editor->view()->viewport()->grab();
           }));
}

void screenshots(const QString& dir, const QString& outDir)
{
    const ImportedFile file = ImportedFile::read(QDir(dir).filePath(QStringLiteral("attn1024.npy")));
    const attn::Matrix m = file.matrix();
    MatrixViewer viewer(m, labelsOrNumbers({}, m.rows()), labelsOrNumbers({}, m.cols()), file.sliceTitle());
    viewer.resize(900, 800);
    viewer.show();
    QApplication::processEvents();
    viewer.heatmap()->plot()->replot();
    const QString whole = QDir(outDir).filePath(QStringLiteral("heatmap-1024.png"));
    const bool wholeSaved = viewer.grab().save(whole);
    // Zoomed to the 8 × 8 cells of rows and columns 500 … 507 (whole cells, as a few wheel steps and a pan give).
    QCustomPlot* plot = viewer.heatmap()->plot();
    viewer.heatmap()->controller()->colorMap()->keyAxis()->setRange(499.5, 507.5);
    viewer.heatmap()->controller()->colorMap()->valueAxis()->setRange(499.5, 507.5);
    plot->replot();
    const QString zoomed = QDir(outDir).filePath(QStringLiteral("heatmap-1024-zoomed.png"));
    const bool zoomedSaved = viewer.grab().save(zoomed);
    std::printf("%s %s\n%s %s\n", qPrintable(whole), wholeSaved ? "written" : "NOT written", qPrintable(zoomed),
                zoomedSaved ? "written" : "NOT written");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString screenshotDir;
    while (args.size() >= 2 && args.front().startsWith(QStringLiteral("--"))) {
        if (args.front() == QStringLiteral("--runs"))
            g_runs = std::max(1, args.at(1).toInt());
        else if (args.front() == QStringLiteral("--screenshots"))
            screenshotDir = args.at(1);
        args = args.mid(2);
    }
    QTemporaryDir temporary;
    const QString dir = args.isEmpty() ? temporary.path() : args.front();
    if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("attn1024.npy"))) ||
        !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("attn1024.csv")))) {
        if (!writeInputs(dir))
            return 2;
    }
    if (!screenshotDir.isEmpty()) {
        screenshots(dir, screenshotDir);
        return 0;
    }
    benchOpen(dir);
    benchTable(1024);
    benchTable(4096);
    return 0;
}
