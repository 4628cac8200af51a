#include "commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace attn::app {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::app::CommandLine)
};

const QString kOut = u"out"_s;
const QString kFormat = u"format"_s;
const QString kScale = u"scale"_s;
const QString kScreenshot = u"screenshot"_s;
const QString kHandout = u"handout"_s;
const QString kHandoutPng = u"handout-png"_s;
const QString kSoftmaxJacobian = u"softmax-jacobian"_s;

void configure(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        Tr::tr("Attention Lab: type query, key and value vectors and watch attention happen.\n"
               "\n"
               "Without a command, opens the window on SESSION.json (or on the built-in waistline example).\n"
               "Commands (they need no display):\n"
               "  compute SESSION.json   print every stage (scores, mask, weights, outputs, heads) as JSON\n"
               "  export SESSION.json --out DIR [--format png,pdf,svg,csv,npy] [--scale 1|2|4]\n"
               "                         write a heatmap of every stage as image files, and/or its\n"
               "                         matrix as CSV or NumPy .npy\n"
               "  export SESSION.json [--handout FILE.pdf] [--handout-png DIR]\n"
               "                         write a handout, alone or beside the --out images: one A4 page per\n"
               "                         step (heatmaps, inputs and one explained cell) as a PDF, and/or as\n"
               "                         PNG pages page-01.png, page-02.png, … in DIR\n"
               "Session files are described in docs/session-format.md. Errors exit with code 2."));
    // Not addHelpOption(): its --help-all lists Qt's own options, which attnlab does not take.
    parser.addOption({{u"h"_s, u"?"_s, u"help"_s}, Tr::tr("Show this help.")});
    parser.addOption({{u"v"_s, u"version"_s}, Tr::tr("Show the version.")});
    parser.addOption({{u"o"_s, kOut},
                      Tr::tr("export: write the images and data files into <dir> (created if needed)."),
                      u"dir"_s});
    parser.addOption({{u"f"_s, kFormat},
                      Tr::tr("export: comma-separated formats: png, pdf, svg (heatmap images); csv, npy (each "
                             "stage's matrix, see docs/data-files.md). Default png."),
                      u"formats"_s});
    parser.addOption(
        {{u"s"_s, kScale}, Tr::tr("export: pixel scale of PNG images: 1, 2 or 4 (default 1)."), u"n"_s});
    parser.addOption({kHandout,
                      Tr::tr("export: write a handout to the PDF <file>: one page per teaching step with its "
                             "heatmaps, inputs and the formula of one cell."),
                      u"file"_s});
    parser.addOption({kHandoutPng,
                      Tr::tr("export: write the handout pages as page-01.png, page-02.png, … into <dir> "
                             "(created if needed)."),
                      u"dir"_s});
    parser.addOption({kSoftmaxJacobian,
                      Tr::tr("compute: also print the softmax Jacobian J = diag(a) − a aᵀ of query row <row> "
                             "(0-based) as \"softmax_jacobian\" (softmax weights only)."),
                      u"row"_s});
    parser.addOption({kScreenshot,
                      Tr::tr("Render the window (on SESSION.json or the example) to the PNG <file> and quit; "
                             "needs no display."),
                      u"file"_s});
    parser.addPositionalArgument(u"command"_s, Tr::tr("compute or export; leave out to open the window."),
                                 u"[compute|export]"_s);
    parser.addPositionalArgument(u"session"_s, Tr::tr("A session file (JSON)."), u"[SESSION.json]"_s);
}

CommandLine failure(const QString& error)
{
    CommandLine result;
    result.action = Action::Fail;
    result.error = error;
    return result;
}

QString usageHint()
{
    return Tr::tr(" (see attnlab --help)");
}

/// "png,pdf,csv" (repeatable, case-insensitive) → the image and the data formats in order, without repeats.
CommandLine parseFormats(const QStringList& values, CommandLine result)
{
    QList<attn::ui::ImageFormat> images;
    QList<attn::ui::DataFormat> data;
    for (const QString& value : values) {
        for (const QString& item : value.split(u',')) {
            if (const auto image = attn::ui::imageFormatFromName(item.trimmed())) {
                if (!images.contains(*image))
                    images.append(*image);
            } else if (const auto format = attn::ui::dataFormatFromName(item.trimmed())) {
                if (!data.contains(*format))
                    data.append(*format);
            } else {
                return failure(Tr::tr("unknown export format \"%1\" (expected png, pdf, svg, csv or npy)")
                                   .arg(item.trimmed()));
            }
        }
    }
    result.exportOptions.formats = images;
    result.exportOptions.dataFormats = data;
    return result;
}

CommandLine parseExport(const QCommandLineParser& parser, CommandLine result)
{
    for (const QString& name : {kOut, kHandout, kHandoutPng})
        if (parser.isSet(name) && parser.value(name).isEmpty())
            return failure(Tr::tr("--%1 needs a file or folder name").arg(name) + usageHint());
    if (!parser.isSet(kOut) && !parser.isSet(kHandout) && !parser.isSet(kHandoutPng))
        return failure(Tr::tr("export needs --out DIR, --handout FILE.pdf or --handout-png DIR") + usageHint());
    if (!parser.isSet(kOut) && (parser.isSet(kFormat) || parser.isSet(kScale)))
        return failure(Tr::tr("--format and --scale apply to the images of --out DIR") + usageHint());
    result.exportOptions.outDir = parser.value(kOut);
    result.exportOptions.handoutPdf = parser.value(kHandout);
    result.exportOptions.handoutPngDir = parser.value(kHandoutPng);
    if (parser.isSet(kScale)) {
        const QString text = parser.value(kScale);
        bool ok = false;
        const int scale = text.toInt(&ok);
        if (!ok || (scale != 1 && scale != 2 && scale != 4))
            return failure(Tr::tr("--scale must be 1, 2 or 4, got \"%1\"").arg(text));
        result.exportOptions.scale = scale;
    }
    if (parser.isSet(kFormat))
        return parseFormats(parser.values(kFormat), result);
    return result;
}

bool looksLikeSessionFile(const QString& argument)
{
    return QFileInfo::exists(argument) || argument.endsWith(u".json"_s, Qt::CaseInsensitive) ||
           argument.contains(u'/');
}

} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments)) {
        QString error = parser.errorText();
        if (error.endsWith(u'.'))
            error.chop(1);
        return failure(error + usageHint());
    }

    CommandLine result;
    if (parser.isSet(u"help"_s)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        result.action = Action::ShowVersion;
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const bool isCommand = command == u"compute"_s || command == u"export"_s;
    if (command != u"export"_s && (parser.isSet(kOut) || parser.isSet(kFormat) || parser.isSet(kScale) ||
                                   parser.isSet(kHandout) || parser.isSet(kHandoutPng)))
        return failure(
            Tr::tr("--out, --format, --scale, --handout and --handout-png belong to the export command") +
            usageHint());
    if (!isCommand && parser.isSet(kSoftmaxJacobian))
        return failure(Tr::tr("--softmax-jacobian belongs to the compute command") + usageHint());
    if (parser.isSet(kScreenshot)) {
        if (isCommand)
            return failure(Tr::tr("--screenshot belongs to the window, not to %1").arg(command) + usageHint());
        result.action = Action::Screenshot;
        result.screenshotPath = parser.value(kScreenshot);
    }
    if (positional.isEmpty())
        return result; // the window on the built-in example

    if (isCommand) {
        if (positional.size() < 2)
            return failure(Tr::tr("%1 needs a session file: attnlab %1 SESSION.json").arg(command) + usageHint());
        if (positional.size() > 2)
            return failure(Tr::tr("too many arguments after %1: \"%2\"").arg(command, positional.value(2)) +
                           usageHint());
        result.sessionPath = positional.at(1);
        if (command == u"compute"_s) {
            result.action = Action::Compute;
            if (parser.isSet(kSoftmaxJacobian)) {
                const QString text = parser.value(kSoftmaxJacobian);
                bool ok = !text.isEmpty() &&
                          std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
                const long row = ok ? text.toLong(&ok) : -1;
                if (!ok || row < 0)
                    return failure(
                        Tr::tr("--softmax-jacobian needs a query row (0, 1, 2, …), got \"%1\"").arg(text) +
                        usageHint());
                result.jacobianRow = row;
            }
            return result;
        }
        if (parser.isSet(kSoftmaxJacobian))
            return failure(Tr::tr("--softmax-jacobian belongs to the compute command") + usageHint());
        result.action = Action::Export;
        return parseExport(parser, result);
    }

    if (positional.size() == 1 && looksLikeSessionFile(command)) {
        result.sessionPath = command;
        return result;
    }
    return failure(Tr::tr("unknown command \"%1\" (expected compute, export or a session file)").arg(command) +
                   usageHint());
}

QString helpText()
{
    QCommandLineParser parser;
    configure(parser);
    // The usage line names the program as it was called (often a long path): name it plainly instead.
    QString text = parser.helpText();
    const QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        text.replace(arguments.constFirst() + u' ', u"attnlab "_s);
    return text;
}

bool isHeadless(const CommandLine& commandLine)
{
    return commandLine.action != Action::OpenWindow;
}

QString missingDisplayError()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return Tr::tr("no display to open the window on (DISPLAY is not set); the compute and export commands "
                      "work without one");
#endif
    return {};
}

void useOffscreenPlatformUnlessSet()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

} // namespace attn::app
