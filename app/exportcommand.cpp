#include "exportcommand.h"

#include "console.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "export/heatmapexport.h"
#include "export/matrixexport.h"
#include "heatmap/heatmapspec.h"
#include "io/sessionjson.h"
#include "teach/handout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace attn::app {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::app::ExportCommand)
};

/// Creates `dir` if needed. @return an empty string, or why `dir` cannot hold the images.
QString prepareOutputDirectory(const QString& dir)
{
    const QString name = QDir::toNativeSeparators(dir);
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Tr::tr("--out %1 is not a directory").arg(name);
    if (!QDir().mkpath(dir))
        return Tr::tr("cannot create the output directory %1").arg(name);
    return {};
}

/// Prints each of `paths` on its own line on stdout.
void printPaths(const QStringList& paths)
{
    for (const QString& path : paths)
        writeTo(stdout, (QDir::toNativeSeparators(path) + u'\n').toUtf8());
}

} // namespace

int runExport(const QString& sessionPath, const ExportOptions& options)
{
    attn::Session session;
    attn::Computation computation;
    try {
        session = attn::io::readSessionFile(sessionPath, attn::io::SessionCheck::Computable);
        computation = attn::evaluate(session);
    } catch (const attn::io::SessionFileError& error) {
        return fail(QString::fromUtf8(error.what()));
    } catch (const attn::AttentionError& error) {
        return fail(QDir::toNativeSeparators(sessionPath) + u": "_s + QString::fromUtf8(error.what()));
    }

    if (!options.outDir.isEmpty()) {
        if (const QString error = prepareOutputDirectory(options.outDir); !error.isEmpty())
            return fail(error);
        // Every stage of every head, so that a handout can show any of them; file names are the specs' ids.
        const attn::ui::HeatmapSelection everyStage{attn::ui::HeatmapSelection::Mode::Everything};
        const QList<attn::ui::HeatmapSpec> specs = attn::ui::heatmapsFor(session, computation, everyStage);
        if (!options.formats.isEmpty()) {
            const attn::io::WriteResult result =
                attn::ui::exportHeatmaps(specs, options.outDir, options.formats, options.scale);
            printPaths(result.written());
            if (!result)
                return fail(result.errorString());
        }
        if (!options.dataFormats.isEmpty()) {
            const attn::io::WriteResult result =
                attn::ui::exportMatrices(specs, options.outDir, options.dataFormats);
            printPaths(result.written());
            if (!result)
                return fail(result.errorString());
        }
    }
    if (!options.handoutPdf.isEmpty()) {
        const attn::io::WriteResult result = attn::ui::writeHandoutPdf(session, options.handoutPdf);
        if (!result)
            return fail(result.errorString());
        printPaths(result.written());
    }
    if (!options.handoutPngDir.isEmpty()) {
        const attn::io::WriteResult result = attn::ui::writeHandoutPngs(session, options.handoutPngDir);
        printPaths(result.written());
        if (!result)
            return fail(result.errorString());
    }
    return 0;
}

} // namespace attn::app
