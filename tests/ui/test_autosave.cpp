// Autosave protects every session the window holds and says when it cannot: a session that cannot be computed
// (1e200 in a query under Gaussian scoring) is autosaved, saved and opened again with its reason shown; a
// recovery folder that cannot be created shows one lasting warning, gone after the next autosave that works;
// SIGTERM on a running window (a real child process) leaves the edit in a recovery file offered at the next
// start. Every test points XDG_DATA_HOME at its own temporary folder (or file).
#include "datahome.h"
#include "dialoganswers.h"

#include "../support/writeresultcheck.h"
#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/autosavewarning.h"
#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "files/sessionfileguard.h"
#include "files/sessionfilelock.h"
#include "files/terminationautosave.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/sessionfileactions.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using attn::ui::Autosaver;
using attn::ui::MainWindow;
using attn::ui::MatrixRole;
using attn::ui::RecoveryChoice;
using attn::ui::RecoveryFile;
using attn::ui::RecoveryOffer;
using namespace Qt::Literals::StringLiterals;

using uitest::DataHome;

namespace {

constexpr char kChildVariable[] = "ATTNLAB_TERMINATION_CHILD";

/// Types `text` into cell (row, matrix column) of the table `role`, as the cell editor commits it.
bool type(MainWindow& w, MatrixRole role, int row, int column, const QString& text)
{
    auto* model = w.editor(role)->model();
    return model->setData(model->index(row, column + model->labelColumns()), text);
}

/// The waistline example with 1e200 typed into the query (Gaussian scoring: (q − k)² overflows), 999 typed
/// into the first value and a key row added ("+ key").
void makeUncomputable(MainWindow& w)
{
    ASSERT_TRUE(type(w, MatrixRole::Queries, 0, 0, u"1e200"_s));
    ASSERT_TRUE(type(w, MatrixRole::Values, 0, 0, u"999"_s));
    w.document()->insertRow(MatrixRole::Keys, 3);
}

void expectUncomputableSession(const attn::Session& s)
{
    ASSERT_EQ(s.keys.rows(), 4);
    EXPECT_EQ(s.queries(0, 0), 1e200);
    EXPECT_EQ(s.values(0, 0), 999.0);
    EXPECT_EQ(s.keys(3, 0), 72.0); // the added key: 68 + (68 − 64)
    EXPECT_EQ(s.scoring.function, attn::ScoringFunction::Gaussian);
}

bool aMessageBoxIsOpen()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (qobject_cast<QMessageBox*>(widget) && widget->isVisible())
            return true;
    return false;
}

} // namespace

TEST(Autosave, AnUncomputableSessionIsAutosavedSavedAndReopenedWithItsReason)
{
    QTemporaryDir data;
    QTemporaryDir files;
    ASSERT_TRUE(data.isValid() && files.isValid());
    const DataHome home(data.path());
    const QString path = files.filePath(u"overflow.json"_s);
    QString notice;
    {
        MainWindow w;
        w.loadSession(attn::ui::builtInExample());
        makeUncomputable(w);
        notice = w.notice();
        // exp(−(1e200 − 60)²/2σ²): the square overflows, and the window says so.
        EXPECT_TRUE(notice.startsWith(u"Cannot compute attention: "_s)) << notice.toStdString();
        EXPECT_TRUE(notice.contains(u"not a finite number"_s)) << notice.toStdString();

        ASSERT_TRUE(w.autosaver()->autosave());
        expectUncomputableSession(attn::ui::readRecoveryFile(w.autosaver()->recoveryFilePath()).session);

        QString refusal;
        const auto acknowledge = dialoganswers::answerNextMessageBox(QMessageBox::Ok, &refusal);
        ASSERT_TRUE(w.fileActions()->saveTo(path)) << refusal.toStdString();
        EXPECT_FALSE(w.isWindowModified());
        EXPECT_FALSE(QFile::exists(w.autosaver()->recoveryFilePath())); // saved: nothing to recover
    }

    MainWindow reopened;
    reopened.loadSession(attn::ui::builtInExample());
    ASSERT_TRUE(reopened.fileActions()->open(path)); // opened, not refused
    expectUncomputableSession(reopened.document()->session());
    EXPECT_EQ(reopened.notice(), notice);
}

TEST(Autosave, AKeptRecoveryFileOfAnUncomputableSessionIsRestoredWithItsReason)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    const DataHome home(data.path());
    QString notice;
    QString kept;
    {
        MainWindow w;
        w.loadSession(attn::ui::builtInExample());
        makeUncomputable(w);
        notice = w.notice();
        ASSERT_TRUE(w.autosaver()->autosaveForExit()); // as on SIGTERM: the file outlives the window
        kept = w.autosaver()->recoveryFilePath();
    }
    ASSERT_EQ(RecoveryOffer().orphanedFiles(), QStringList{kept});
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    ASSERT_TRUE(RecoveryOffer().offer(
        w.autosaver(), [](const RecoveryFile&) { return RecoveryChoice::Restore; },
        [](const QString& message) {
            ADD_FAILURE() << message.toStdString();
            return false;
        }));
    expectUncomputableSession(w.document()->session());
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_EQ(w.notice(), notice);
}

TEST(Autosave, HeadsThatDoNotDivideDModelAreAutosavedAsTyped)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    const DataHome home(data.path());
    MainWindow w;
    w.loadSession(attn::io::readSessionFile(u":/examples/two-head.json"_s));
    w.document()->setCell(MatrixRole::X, 0, 0, 0.5);
    ASSERT_TRUE(w.autosaver()->autosave());
    w.document()->setHeads(3); // 3 does not divide d_model = 4
    EXPECT_TRUE(w.notice().contains(u"3 heads do not divide d_model = 4"_s)) << w.notice().toStdString();
    ASSERT_TRUE(w.autosaver()->autosave());
    const RecoveryFile file = attn::ui::readRecoveryFile(w.autosaver()->recoveryFilePath());
    ASSERT_TRUE(file.session.multi_head.has_value());
    EXPECT_EQ(file.session.multi_head->heads, 3);
    EXPECT_EQ(file.session.self_attention->X(0, 0), 0.5);
}

TEST(Autosave, AFolderThatCannotBeCreatedShowsOneLastingWarningUntilAnAutosaveWorks)
{
    QTemporaryDir files;
    ASSERT_TRUE(files.isValid());
    // A regular file where the data folder should be: nothing can be created under it, not even by root.
    const QString blocker = files.filePath(u"data-home"_s);
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    const DataHome home(blocker);
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.show();
    attn::ui::AutosaveWarning* warning = w.autosaveWarning();
    ASSERT_NE(warning, nullptr);
    // Said at once, before anything was edited (the Autosaver probes its folder at start).
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->timesShown(), 1);

    QSignalSpy failed(w.autosaver(), &Autosaver::autosaveFailed);
    ASSERT_TRUE(type(w, MatrixRole::Values, 0, 0, u"100"_s));
    EXPECT_FALSE(w.autosaver()->autosave());
    EXPECT_FALSE(w.autosaver()->autosave()); // the next interval: still failing
    ASSERT_EQ(failed.size(), 2);
    const QString folder = QDir::toNativeSeparators(Autosaver::recoveryDirectory());
    EXPECT_TRUE(folder.startsWith(blocker));
    EXPECT_EQ(w.autosaver()->directory(), Autosaver::recoveryDirectory());
    EXPECT_EQ(failed.at(0).at(0).toString(), w.autosaver()->directory());
    EXPECT_EQ(w.autosaver()->failure(), u"Not a directory"_s);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->timesShown(), 1); // shown once, not once per attempt
    EXPECT_EQ(warning->text(), u"Autosave is off: cannot write to "_s + folder +
                                   u" (Not a directory). Save your work with Ctrl+S."_s);
    EXPECT_FALSE(aMessageBoxIsOpen());
    EXPECT_LT(warning->mapTo(&w, QPoint(0, 0)).y(), w.results()->mapTo(&w, QPoint(0, 0)).y()); // above the views

    ASSERT_TRUE(QFile::remove(blocker)); // the folder can be made now
    ASSERT_TRUE(w.autosaver()->autosave());
    EXPECT_FALSE(warning->isVisible());
    EXPECT_TRUE(w.autosaver()->failure().isEmpty());
    EXPECT_EQ(attn::ui::readRecoveryFile(w.autosaver()->recoveryFilePath()).session.values(0, 0), 100.0);
}

TEST(Autosave, AnUnwritableDataFolderIsSaidAtStartAndTheLockOfAnOpenedFileToo)
{
    QTemporaryDir files;
    ASSERT_TRUE(files.isValid());
    const QString session = files.filePath(u"waist.json"_s);
    ASSERT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(session, attn::ui::builtInExample())));
    const QString blocker = files.filePath(u"data-home"_s); // a regular file where the data folder should be
    {
        QFile file(blocker);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }
    const DataHome home(blocker);
    MainWindow w;
    w.show();
    attn::ui::AutosaveWarning* warning = w.autosaveWarning();
    const QString recovery = QDir::toNativeSeparators(Autosaver::recoveryDirectory());
    const QString locks = QDir::toNativeSeparators(attn::ui::SessionFileLock::lockDirectory());
    ASSERT_TRUE(recovery.startsWith(blocker) && locks.startsWith(blocker));
    // At start, with nothing edited and no autosave tried: the folder and the reason.
    EXPECT_TRUE(warning->isVisible());
    EXPECT_EQ(warning->text(), u"Autosave is off: cannot write to "_s + recovery +
                                   u" (Not a directory). Save your work with Ctrl+S."_s);

    // Opening a file: its lock cannot be written either, and that is said too, on the same bar, which does not
    // appear a second time.
    ASSERT_TRUE(w.openSession(session));
    EXPECT_TRUE(w.fileActions()->guard()->lock().heldPath().isEmpty());
    EXPECT_EQ(w.fileActions()->guard()->lock().failure(), u"Not a directory"_s);
    EXPECT_EQ(warning->text(), u"Autosave is off: cannot write to "_s + recovery +
                                   u" (Not a directory). Save your work with Ctrl+S.\n"_s +
                                   u"Other Attention Lab windows are not warned that this file is open here: its "
                                   u"lock cannot be written to "_s +
                                   locks + u" (Not a directory)."_s);
    EXPECT_EQ(warning->timesShown(), 1);
    EXPECT_FALSE(aMessageBoxIsOpen());
}

// The child process of Autosave.SigtermLeavesTheEditInARecoveryFile: the window as app/main.cpp runs it (the
// termination handlers installed before the event loop) with edits autosaved and one edit not yet, says READY,
// and runs until a signal ends it. Skipped in a normal run.
TEST(AutosaveChild, EditsAndRunsUntilTerminated)
{
    if (qEnvironmentVariableIsEmpty(kChildVariable))
        GTEST_SKIP() << "runs only as the child process of the termination test";
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.show();
    makeUncomputable(w);
    ASSERT_TRUE(w.autosaver()->autosave());                 // stops the autosave due after "+ key"
    ASSERT_TRUE(type(w, MatrixRole::Values, 1, 0, u"7"_s)); // only the signal's autosave can save this one
    const attn::ui::TerminationAutosave termination(w.autosaver());
    ASSERT_TRUE(termination.isActive());
    std::printf("READY\n");
    std::fflush(stdout);
    EXPECT_EQ(QApplication::exec(), 0);
    std::printf("EXITED\n");
    std::fflush(stdout);
}

TEST(Autosave, SigtermLeavesTheEditInARecoveryFile)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    const DataHome home(data.path());
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    environment.insert(u"XDG_DATA_HOME"_s, data.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=AutosaveChild.EditsAndRunsUntilTerminated"_s});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray output;
    const QDeadlineTimer deadline(60000);
    while (!output.contains("READY\n") && child.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
        output += child.readAllStandardOutput();
    ASSERT_TRUE(output.contains("READY\n")) << output.toStdString() << child.readAllStandardError().toStdString();
    EXPECT_TRUE(RecoveryOffer().orphanedFiles().isEmpty()); // nothing autosaved yet, and nothing orphaned

    child.terminate(); // SIGTERM
    ASSERT_TRUE(child.waitForFinished(60000));
    output += child.readAllStandardOutput();
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << child.readAllStandardError().toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString() << child.readAllStandardError().toStdString();
    EXPECT_TRUE(output.contains("EXITED\n")) << output.toStdString();

    const QStringList orphans = RecoveryOffer().orphanedFiles();
    ASSERT_EQ(orphans.size(), 1);
    EXPECT_FALSE(QFile::exists(orphans.at(0) + u".lock"_s)); // released: offered at the next start
    const attn::Session restored = attn::ui::readRecoveryFile(orphans.at(0)).session;
    expectUncomputableSession(restored);
    EXPECT_EQ(restored.values(1, 0), 7.0);
}
