#pragma once

#include "export/matrixexport.h"
#include "export/plotexport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace attn::app {

/// What the command line asks for.
enum class Action {
    OpenWindow,  ///< `attnlab [SESSION.json]`: the window, on the file or on the built-in waistline example.
    Compute,     ///< `attnlab compute SESSION.json`: every stage as JSON on stdout.
    Export,      ///< `attnlab export SESSION.json [--out DIR [--format png,pdf,svg,csv,npy] [--scale 1|2|4]]
                 ///< [--handout FILE.pdf] [--handout-png DIR]` (at least one of the three destinations).
    Screenshot,  ///< `attnlab [SESSION.json] --screenshot FILE.png`: the window rendered to an image, no display.
    ShowHelp,    ///< `--help`.
    ShowVersion, ///< `--version`.
    Fail,        ///< A usage error; `error` says what is wrong.
};

/// The options of `attnlab export`. At least one of outDir, handoutPdf and handoutPngDir is set.
struct ExportOptions {
    QString outDir; ///< The folder of the heatmap images and data files, or empty for none.
    /// The image formats of --format (default png alone); empty when --format names only data formats.
    QList<attn::ui::ImageFormat> formats{attn::ui::ImageFormat::Png};
    /// The data formats of --format: every stage's matrix as <id>.csv and/or <id>.npy (default none).
    QList<attn::ui::DataFormat> dataFormats;
    int scale{1};          ///< 1, 2 or 4.
    QString handoutPdf;    ///< `--handout FILE.pdf`: the handout as a PDF, or empty.
    QString handoutPngDir; ///< `--handout-png DIR`: the handout pages as page-01.png, … in DIR, or empty.
};

/// The parsed command line.
struct CommandLine {
    Action action{Action::OpenWindow};
    QString sessionPath;    ///< Empty for the window on the built-in example.
    QString screenshotPath; ///< Where Action::Screenshot writes the PNG.
    ExportOptions exportOptions;
    std::optional<long> jacobianRow; ///< compute `--softmax-jacobian I`: the query row (0-based).
    QString error;                   ///< Set when action is Fail, e.g. "--scale must be 1, 2 or 4, got \"3\"".
};

/// Parses `arguments` (the first is the program itself). Needs no application object, so that the caller can
/// decide between a QApplication and a QCoreApplication, and about the offscreen platform, beforehand.
/// Never throws: every usage error gives Action::Fail with a message.
CommandLine parseCommandLine(const QStringList& arguments);

/// The text that `attnlab --help` prints. Call with an application object, which names the program.
QString helpText();

/// True if `commandLine` needs no display: everything except the window. Such a run picks the offscreen
/// platform (see useOffscreenPlatformUnlessSet()).
bool isHeadless(const CommandLine& commandLine);

/// Why the window cannot open here, or an empty string: on X11/Wayland systems, a message when neither DISPLAY,
/// WAYLAND_DISPLAY nor QT_QPA_PLATFORM is set (Qt would abort on the xcb plugin instead).
QString missingDisplayError();

/// Sets QT_QPA_PLATFORM=offscreen unless the variable is set, so that a headless command works without a
/// display (Qt aborts on the xcb plugin otherwise). Call before creating the application object.
void useOffscreenPlatformUnlessSet();

} // namespace attn::app
