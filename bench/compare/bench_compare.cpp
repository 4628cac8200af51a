// bench_compare: the C++ half of bench/compare.py. Reads Q, K, V (.npy) and times attn::attend (scaled_dot,
// softmax, no mask: the full trace), and reads a matrix (.npy) and times exporting it as one heatmap to PNG
// through attn::ui::exportHeatmaps, the path of File → Export and `attnlab export`. Prints one "name value" line
// per figure (medians in milliseconds) and writes the weights and outputs as .npy so that the script can compare
// them with NumPy's.
//
//   bench_compare Q.npy K.npy V.npy M.npy OUT_DIR [REPEATS]
//
// Exit code 2 and a message on stderr for a missing or unreadable file or bad arguments.

#include "stopwatch.h"

#include "attn/attention.h"
#include "export/heatmapexport.h"
#include "io/matrixfile.h"

#include <QApplication>
#include <QDir>
#include <QImageReader>
#include <QStringList>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {

attn::Matrix readMatrix(const QString& path)
{
    return attn::io::parseNpy(attn::io::readDataFile(path), path).slice();
}

void print(const char* name, double value)
{
    std::printf("%s %.6g\n", name, value);
}

void writeNpy(const QString& path, const attn::Matrix& m)
{
    const attn::io::WriteResult result = attn::io::writeDataFile(path, attn::io::toNpy(m));
    if (!result)
        throw std::runtime_error(result.errorString().toStdString());
}

/// The heatmap of `weights` as the matrix viewer shows an imported attention matrix: tokens numbered from 1.
attn::ui::HeatmapSpec weightsSpec(const attn::Matrix& weights)
{
    attn::ui::HeatmapSpec spec;
    spec.id = u"weights"_s;
    spec.title = u"Attention weights"_s;
    spec.kind = attn::ui::HeatmapKind::Weights;
    spec.values = weights;
    for (long i = 0; i < weights.rows(); ++i)
        spec.rowLabels << QString::number(i + 1);
    for (long j = 0; j < weights.cols(); ++j)
        spec.columnLabels << QString::number(j + 1);
    spec.rowAxisTitle = u"Queries"_s;
    spec.columnAxisTitle = u"Keys"_s;
    return spec;
}

int run(const QStringList& args)
{
    if (args.size() < 6 || args.size() > 7) {
        std::fputs("usage: bench_compare Q.npy K.npy V.npy M.npy OUT_DIR [REPEATS]\n", stderr);
        return 2;
    }
    const int repeats = args.size() == 7 ? args[6].toInt() : 15;
    if (repeats < 1) {
        std::fputs("bench_compare: REPEATS must be a whole number >= 1\n", stderr);
        return 2;
    }
    const attn::Matrix q = readMatrix(args[1]);
    const attn::Matrix k = readMatrix(args[2]);
    const attn::Matrix v = readMatrix(args[3]);
    const attn::Matrix m = readMatrix(args[4]);
    const QString outDir = args[5];
    if (!QDir().mkpath(outDir))
        throw std::runtime_error("cannot create " + outDir.toStdString());

    const attn::Scoring scoring(attn::ScoringFunction::ScaledDot);
    attn::Trace trace;
    const auto attendRuns = attn::bench::timeRuns(repeats, [&] { trace = attn::attend(q, k, v, scoring); });
    print("attend_wall_ms", attn::bench::medianMs(attendRuns, false));
    print("attend_cpu_ms", attn::bench::medianMs(attendRuns, true));
    writeNpy(QDir(outDir).filePath(u"weights.npy"_s), trace.weights);
    writeNpy(QDir(outDir).filePath(u"outputs.npy"_s), trace.outputs);

    const QList<attn::ui::HeatmapSpec> specs{weightsSpec(m)};
    const QString pngDir = QDir(outDir).filePath(u"png"_s);
    QString exportError;
    const auto exportRuns = attn::bench::timeRuns(repeats, [&] {
        const attn::io::WriteResult result =
            attn::ui::exportHeatmaps(specs, pngDir, {attn::ui::ImageFormat::Png}, 1);
        if (!result)
            exportError = result.errorString();
    });
    if (!exportError.isEmpty())
        throw std::runtime_error(exportError.toStdString());
    print("export_wall_ms", attn::bench::medianMs(exportRuns, false));
    print("export_cpu_ms", attn::bench::medianMs(exportRuns, true));
    const QSize size = QImageReader(QDir(pngDir).filePath(u"weights.png"_s)).size();
    print("export_width_px", size.width());
    print("export_height_px", size.height());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    try {
        return run(QApplication::arguments());
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_compare: %s\n", error.what());
        return 2;
    }
}
