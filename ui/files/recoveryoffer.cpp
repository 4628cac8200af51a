#include "files/recoveryoffer.h"

#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/sessionfileguard.h"
#include "io/sessionjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>

namespace attn::ui {

namespace {

QStringList recoveryFiles(const QString& directory)
{
    QStringList paths;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

/// How old a lock file without its owner's process id must be before it counts as left by a killed process.
constexpr int kUnreadableLockSeconds = 10;

/// Locks `lockPath` (`lock`'s file) if its owner is gone (or there is none); false while a live instance holds it.
bool lockOrphan(QLockFile& lock, const QString& lockPath)
{
    lock.setStaleLockTime(0); // a live instance's lock never goes stale by age
    if (lock.tryLock(0))
        return true;
    // A lock file that does not name its owner: the owner was killed between creating it and writing its process
    // id into it (or the disk was full). QLockFile cannot tell whether that owner lives and, with no stale time,
    // would keep its recovery file from ever being offered: the work would be lost without a word. A live owner
    // writes its id at once and holds the file's flock(); such a file, older than a few seconds and held by
    // nobody (removeStaleLockFile() takes the flock first), is stale.
    qint64 pid = 0;
    QString host, application;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &application))
        return false;
    const QDateTime modified = QFileInfo(lockPath).lastModified();
    if (!modified.isValid() || qAbs(modified.secsTo(QDateTime::currentDateTime())) < kUnreadableLockSeconds)
        return false;
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

/// A session file on disk: not empty, not a resource (":/examples/…"), and there.
bool isFileOnDisk(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(u':') && QFileInfo(path).isFile();
}

} // namespace

RecoveryOffer::RecoveryOffer(const QString& directory)
    : m_directory(directory.isEmpty() ? Autosaver::recoveryDirectory() : directory)
{
}

QStringList RecoveryOffer::orphanedFiles() const
{
    QStringList orphans;
    for (const QString& path : recoveryFiles(m_directory)) {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (lockOrphan(lock, path + QStringLiteral(".lock")))
            orphans << path; // the lock is released (and its file removed) when `lock` goes
    }
    return orphans;
}

bool RecoveryOffer::offer(Autosaver* autosaver, const Ask& ask, const Report& report,
                          SessionFileGuard* guard) const
{
    for (const QString& path : recoveryFiles(m_directory)) {
        QLockFile lock(path + QStringLiteral(".lock"));
        if (!lockOrphan(lock, path + QStringLiteral(".lock")))
            continue; // a live instance's file
        RecoveryFile file;
        try {
            file = readRecoveryFile(path);
        } catch (const attn::io::SessionFileError& error) {
            if (report(
                    tr("An autosaved session cannot be restored: %1").arg(QString::fromStdString(error.what()))))
                QFile::remove(path);
            continue;
        }
        switch (ask(file)) {
        case RecoveryChoice::Restore: {
            // As File → Open: the question when another window holds the file, then its watch and lock.
            const bool onDisk = guard && isFileOnDisk(file.filePath);
            if (onDisk && !guard->mayOpen(file.filePath))
                break; // kept for the next start
            const DiskStamp known =
                fileSavedAfter(file) ? DiskStamp::unknownContent() : DiskStamp::of(file.filePath);
            autosaver->document()->load(file.session, file.filePath, tr("Restore Autosaved Session"), true);
            autosaver->document()->setKeptMembers(file.kept); // a save keeps what the file had beside the session
            if (onDisk)
                guard->opened(file.filePath, known);
            if (autosaver->autosave())
                QFile::remove(path);
            return true;
        }
        case RecoveryChoice::Discard:
            QFile::remove(path);
            break;
        case RecoveryChoice::Later:
            break;
        }
    }
    return false;
}

bool RecoveryOffer::offerWithDialogs(Autosaver* autosaver, QWidget* parent, SessionFileGuard* guard) const
{
    return offer(
        autosaver, [parent](const RecoveryFile& file) { return askWithDialog(parent, file); },
        [parent](const QString& message) { return reportWithDialog(parent, message); }, guard);
}

bool RecoveryOffer::fileSavedAfter(const RecoveryFile& file)
{
    const QFileInfo info(file.filePath);
    return isFileOnDisk(file.filePath) && info.lastModified() > file.savedAt.addSecs(2);
}

RecoveryChoice RecoveryOffer::askWithDialog(QWidget* parent, const RecoveryFile& file)
{
    QString title = QString::fromStdString(file.session.title);
    if (title.isEmpty())
        title = tr("Untitled");
    const QString where = file.filePath.isEmpty() || file.filePath.startsWith(u':')
                              ? tr("It was never saved to a file.")
                              : tr("Its file: %1").arg(QDir::toNativeSeparators(file.filePath));
    const QString when = QLocale().toString(file.savedAt.toLocalTime(), QLocale::LongFormat);

    QMessageBox box(QMessageBox::Question, tr("Restore Autosaved Session"),
                    tr("Attention Lab did not close normally. The session \u201c%1\u201d was autosaved on %2 with "
                       "changes that were not saved.")
                        .arg(title, when),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("recovery-offer"));
    // A file saved after the autosave (by another window, or this one after Later) holds newer work.
    QString newer;
    if (fileSavedAfter(file))
        newer = tr("Its file was saved after this autosave, on %1: restoring it and saving would replace that "
                   "newer version (Save As keeps both).")
                    .arg(QLocale().toString(QFileInfo(file.filePath).lastModified().toLocalTime(),
                                            QLocale::LongFormat)) +
                QStringLiteral("\n\n");
    box.setInformativeText(where + QStringLiteral("\n\n") + newer +
                           tr("Restore it, discard it for good, or decide at the next start (Later)?"));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

bool RecoveryOffer::reportWithDialog(QWidget* parent, const QString& message)
{
    // Discard, or keep the file for another try (it is offered again at the next start).
    QMessageBox box(QMessageBox::Warning, tr("Autosaved Session"), message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unreadable-recovery-file"));
    box.setInformativeText(
        tr("Discard deletes this autosaved file for good. Keep for Later leaves it where it is; it "
           "is offered again at the next start."));
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton* keep = box.addButton(tr("&Keep for Later"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace attn::ui
