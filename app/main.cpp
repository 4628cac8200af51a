// attnlab: the Attention Lab window, and the headless commands compute and export (see commandline.h).

#include "commandline.h"
#include "computecommand.h"
#include "console.h"
#include "exportcommand.h"
#include "firstpaintreport.h"
#include "runtimedirnotice.h"

#include "base/language.h"
#include "files/recoveryoffer.h"
#include "files/terminationautosave.h"
#include "icons/applicationicon.h"
#include "io/sessionjson.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"

#include "attn/version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Before the window shows: offers the sessions that instances which crashed or were killed autosaved (see
/// attn::ui::RecoveryOffer). Returns true if one was restored into `window`.
bool offerRecovery(attn::ui::MainWindow& window)
{
    const attn::ui::RecoveryOffer offer;
    return offer.offer(
        window.autosaver(),
        [](const attn::ui::RecoveryFile& file) { return attn::ui::RecoveryOffer::askWithDialog(nullptr, file); },
        [](const QString& message) {
            // Discard, or keep the file for another try (it is offered again at the next start).
            QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("attnlab", "Autosaved Session"),
                            message, QMessageBox::NoButton);
            box.setObjectName(QStringLiteral("unreadable-recovery-file"));
            box.setInformativeText(QCoreApplication::translate(
                "attnlab", "Discard deletes this autosaved file for good. Keep for Later leaves it where it is; it "
                           "is offered again at the next start."));
            QPushButton* discard =
                box.addButton(QCoreApplication::translate("attnlab", "&Discard"), QMessageBox::DestructiveRole);
            QPushButton* keep =
                box.addButton(QCoreApplication::translate("attnlab", "&Keep for Later"), QMessageBox::RejectRole);
            box.setDefaultButton(keep);
            box.exec();
            return box.clickedButton() == discard;
        });
}

/// The window on the built-in waistline example (or on a restored autosave), then on `sessionPath` if given (on
/// failure the window shows the message and stays on the example).
int runWindow(const QString& sessionPath)
{
    attn::ui::MainWindow window;
    window.loadSession(attn::ui::builtInExample());
    const bool restored = offerRecovery(window);
    attn::app::FirstPaintReport::installIfRequested(&window); // ATTN_EXIT_AFTER_FIRST_PAINT (bench/startup.sh)
    window.show();
    if (const QString missing = attn::ui::i18n::missingTranslation(); !missing.isEmpty()) {
        // For as long as the window is open (the outputs summary takes the status bar's message).
        auto* note = new QLabel(missing.left(missing.indexOf(u" in ")), &window); // the folder in its tooltip
        note->setObjectName(QStringLiteral("missing-translation"));
        note->setToolTip(missing);
        window.statusBar()->addPermanentWidget(note);
    }
    if (!sessionPath.isEmpty()) {
        if (restored) // opening it now would ask about the restored session before the user has seen it
            window.statusBar()->showMessage(
                QCoreApplication::translate("attnlab", "The autosaved session was restored; %1 was not opened.")
                    .arg(sessionPath));
        else
            window.openSession(sessionPath);
    }
    // From here on SIGTERM, SIGHUP and SIGINT autosave the session and end the event loop (not earlier: an exit
    // asked for inside the dialogs above would leave exec() below waiting).
    const attn::ui::TerminationAutosave termination(window.autosaver());
    return QApplication::exec();
}

/// The window as runWindow() would show it, rendered offscreen into the PNG file `imagePath`.
int writeScreenshot(const QString& sessionPath, const QString& imagePath)
{
    attn::ui::MainWindow window;
    // Read the file here, not through the window: its message box would wait for a click that never comes.
    window.loadSession(sessionPath.isEmpty() ? attn::ui::builtInExample() : attn::io::readSessionFile(sessionPath),
                       sessionPath);
    window.useDefaultLayout(); // the same picture whatever size the window was last closed at
    window.show();
    window.results()->waitForResults(); // a large session is computed in the background
    QApplication::processEvents();
    if (!window.grab().save(imagePath, "PNG"))
        return attn::app::fail(
            QCoreApplication::translate("attnlab", "cannot write the screenshot %1").arg(imagePath));
    return 0;
}

/// The language of the texts: the one chosen in Preferences, else the system's (LANG, LC_ALL, LC_MESSAGES).
/// A translation we ship but cannot find (a broken installation) is reported on stderr, never silently English.
void installTranslations()
{
    attn::ui::i18n::installTranslations(attn::ui::i18n::chosenLanguage());
    if (const QString missing = attn::ui::i18n::missingTranslation(); !missing.isEmpty())
        attn::app::writeTo(stderr, (QStringLiteral("attnlab: ") + missing + QLatin1Char('\n')).toUtf8());
}

int run(int& argc, char** argv, const attn::app::CommandLine& commandLine)
{
    using attn::app::Action;
    switch (commandLine.action) {
    case Action::OpenWindow: {
        QApplication app(argc, argv);
        installTranslations();
        QApplication::setWindowIcon(attn::ui::applicationIcon());
        return runWindow(commandLine.sessionPath);
    }
    case Action::Screenshot: {
        QApplication app(argc, argv);
        installTranslations();
        QApplication::setWindowIcon(attn::ui::applicationIcon());
        return writeScreenshot(commandLine.sessionPath, commandLine.screenshotPath);
    }
    case Action::Export: {
        QApplication app(argc, argv);
        installTranslations();
        return attn::app::runExport(commandLine.sessionPath, commandLine.exportOptions);
    }
    case Action::Compute: {
        QCoreApplication app(argc, argv);
        installTranslations();
        return attn::app::runCompute(commandLine.sessionPath, commandLine.jacobianRow);
    }
    case Action::ShowHelp: {
        QCoreApplication app(argc, argv);
        installTranslations();
        attn::app::writeTo(stdout, attn::app::helpText().toUtf8());
        return 0;
    }
    case Action::ShowVersion:
        attn::app::writeTo(stdout, "attnlab " ATTNLAB_VERSION "\n");
        return 0;
    case Action::Fail: {
        // The message again, now in the user's language (parsing ran before the application and its translation).
        QCoreApplication app(argc, argv);
        installTranslations();
        return attn::app::fail(attn::app::parseCommandLine(QCoreApplication::arguments()).error);
    }
    }
    return attn::app::fail(commandLine.error);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(u"attnlab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTNLAB_VERSION));
    QCoreApplication::setOrganizationName(u"Attention Lab"_s);
    QGuiApplication::setDesktopFileName(attn::ui::applicationId()); // the launcher, for Wayland and the taskbar
    try {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        const attn::app::CommandLine commandLine = attn::app::parseCommandLine(arguments);
        if (attn::app::isHeadless(commandLine)) {
            attn::app::useOffscreenPlatformUnlessSet();
            attn::app::dropRuntimeDirNotice(); // one line on stderr for bad input, also without XDG_RUNTIME_DIR
        } else if (!attn::app::missingDisplayError().isEmpty()) {
            QCoreApplication app(argc, argv); // for the translation of the message
            installTranslations();
            return attn::app::fail(attn::app::missingDisplayError());
        }
        return run(argc, argv, commandLine);
    } catch (const std::exception& error) {
        return attn::app::fail(QString::fromUtf8(error.what()));
    }
}
