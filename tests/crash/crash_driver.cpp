// crash_driver SESSION.json: the child process of CrashSafety.AKilledSessionLeavesTheOldOrTheNewFile
// (test_crashsafety.cpp). It is the real window, built as the app builds it (MainWindow with its Autosaver,
// SessionFileActions and RecoveryOffer, application and organisation names as in app/main.cpp), edited for ever
// until the test kills it with SIGKILL at a random moment:
//
// - start-up: the newest orphaned recovery file is restored through RecoveryOffer when it is newer than
//   SESSION.json (older ones are discarded), otherwise SESSION.json is read;
// - step k = k0 + 1, k0 + 2, …: value (0, 0) of the session becomes k through SessionDocument::setCell (the
//   "marker" the test reads back); every 4th step saves through SessionFileActions::saveTo (what File → Save
//   does once the file is known), every 4th step + 2 autosaves through Autosaver::autosave(), and between steps
//   the event loop runs, so that the autosave timer (its interval is Settings::autosaveIntervalSeconds, which
//   the test sets to 1 s in the configuration file) and the window's painting run as in the app.
//
// It reports on standard output, one line each, written unbuffered before and after every step so that the
// last line tells where the kill landed: "START <k0> <restored|file>", "EDIT <k>", "SAVING <k>", "SAVED <k>",
// "SAVEFAILED <k>", "AUTOSAVING <k>", "AUTOSAVED <marker>" (every autosave, also the timer's: the marker it
// wrote). Anything unexpected: "ERROR <message>" and exit code 2.
#include "document/sessiondocument.h"
#include "edits/matrixrole.h"
#include "files/autosaver.h"
#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "io/sessionjson.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <QApplication>
#include <QByteArray>
#include <QFile>

#include <unistd.h>

#include <cmath>
#include <exception>

using attn::ui::MatrixRole;

namespace {

/// Writes `line` and a newline to standard output at once (no buffer to lose at the kill).
void report(const QByteArray& line)
{
    const QByteArray bytes = line + '\n';
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n =
            ::write(STDOUT_FILENO, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

void report(const char* what, long long k)
{
    report(QByteArray(what) + ' ' + QByteArray::number(k));
}

[[noreturn]] void fail(const QString& message)
{
    report("ERROR " + message.toUtf8());
    ::_exit(2);
}

/// The marker of a session: its value (0, 0), a whole number.
long long markerOf(const attn::Session& session)
{
    return std::llround(session.values(0, 0));
}

/// The start-up of the app (main.cpp: the example, then the recovery offer) for a session whose newest copy may
/// be a recovery file: restores the newest orphan if it is newer than the file, discards the others.
/// Returns the marker the window now holds.
long long start(attn::ui::MainWindow& window, const QString& sessionPath, bool* restored)
{
    window.loadSession(attn::ui::builtInExample());
    const attn::Session onDisk = attn::io::readSessionFile(sessionPath);
    long long newest = markerOf(onDisk);
    for (const QString& path : attn::ui::RecoveryOffer().orphanedFiles())
        newest = std::max(newest, markerOf(attn::ui::readRecoveryFile(path).session));
    *restored = attn::ui::RecoveryOffer().offer(
        window.autosaver(),
        [newest](const attn::ui::RecoveryFile& file) {
            return markerOf(file.session) == newest ? attn::ui::RecoveryChoice::Restore
                                                    : attn::ui::RecoveryChoice::Discard;
        },
        [](const QString& message) -> bool { fail(message); });
    if (!*restored)
        window.loadSession(onDisk, sessionPath);
    return markerOf(window.document()->session());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("attnlab"));
    QCoreApplication::setOrganizationName(QStringLiteral("Attention Lab"));
    QApplication app(argc, argv);
    if (argc != 2)
        fail(QStringLiteral("usage: crash_driver SESSION.json"));
    const QString sessionPath = QFile::decodeName(argv[1]);
    try {
        attn::ui::MainWindow window;
        bool restored = false;
        const long long k0 = start(window, sessionPath, &restored);
        attn::ui::SessionDocument* document = window.document();
        QObject::connect(window.autosaver(), &attn::ui::Autosaver::autosaved,
                         [document] { report("AUTOSAVED", markerOf(document->session())); });
        QObject::connect(
            window.autosaver(), &attn::ui::Autosaver::autosaveFailed,
            [](const QString& folder, const QString& reason) { fail(folder + QStringLiteral(": ") + reason); });
        window.show();
        QApplication::processEvents();
        report(QByteArray("START ") + QByteArray::number(k0) + (restored ? " restored" : " file"));
        for (long long k = k0 + 1;; ++k) {
            report("EDIT", k);
            document->setCell(MatrixRole::Values, 0, 0, static_cast<double>(k));
            if (markerOf(document->session()) != k)
                fail(QStringLiteral("the edit to %1 did not reach the document").arg(k));
            if (k % 4 == 0) {
                report("SAVING", k);
                report(window.fileActions()->saveTo(sessionPath) ? "SAVED" : "SAVEFAILED", k);
            } else if (k % 4 == 2) {
                report("AUTOSAVING", k);
                window.autosaver()->autosave();
            }
            QApplication::processEvents();
        }
    } catch (const std::exception& error) {
        fail(QString::fromUtf8(error.what()));
    }
}
