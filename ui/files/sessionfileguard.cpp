#include "files/sessionfileguard.h"

#include "document/sessiondocument.h"
#include "io/sessionjson.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <initializer_list>
#include <utility>

namespace attn::ui {

namespace {

constexpr int kRetryMs = 500; // while another dialog is open

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

/// A button of ask(): its text, role and object name.
struct NamedButton {
    QString text;
    QMessageBox::ButtonRole role;
    const char* name;
};

/// A box with named buttons: shows a modal message box named `boxName` (`title`, `text`, `details` as its
/// informative text) with `buttons` in order, `defaultName` as the default button and `escapeName` as the Escape
/// answer, and returns the object name of the button clicked (empty if none was, e.g. a test closed the box).
QString ask(QWidget* parent, QMessageBox::Icon icon, const char* boxName, const QString& title,
            const QString& text, const QString& details, std::initializer_list<NamedButton> buttons,
            const char* defaultName, const char* escapeName)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QLatin1String(boxName));
    box.setInformativeText(details);
    for (const NamedButton& spec : buttons) {
        QPushButton* button = box.addButton(spec.text, spec.role);
        button->setObjectName(QLatin1String(spec.name));
        if (qstrcmp(spec.name, defaultName) == 0)
            box.setDefaultButton(button);
        if (qstrcmp(spec.name, escapeName) == 0)
            box.setEscapeButton(button);
    }
    box.exec();
    return box.clickedButton() ? box.clickedButton()->objectName() : QString();
}

} // namespace

SessionFileGuard::SessionFileGuard(SessionDocument* document, QWidget* parent, std::function<bool()> saveAs)
    : QObject(parent), m_document(document), m_parent(parent), m_saveAs(std::move(saveAs)),
      m_watch(new SessionFileWatch(this)), m_retry(new QTimer(this)), m_lockFolder(new QFileSystemWatcher(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &SessionFileGuard::checkWhenActive);
    connect(m_document, &SessionDocument::filePathChanged, this, &SessionFileGuard::follow);
    connect(m_watch, &SessionFileWatch::fileMayHaveChanged, this, &SessionFileGuard::checkWhenActive);
    // While another window holds the file's lock, its removal (that window saved elsewhere, opened another file
    // or closed) shows as a change of the lock folder: the lock is taken then.
    connect(m_lockFolder, &QFileSystemWatcher::directoryChanged, this, &SessionFileGuard::retakeLock);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive)
            return;
        retakeLock(); // also a lock left by a window that crashed (stale: no change of the folder shows it)
        checkWhenActive(); // a window in the background asks when the user comes back to it
    });
    follow(m_document->filePath());
}

bool SessionFileGuard::mayOpen(const QString& path)
{
    const std::optional<LockOwner> owner = m_lock.otherOwner(path);
    if (!owner)
        return true;
    const QString answer =
        ask(m_parent, QMessageBox::Warning, "file-in-use", tr("File Already Open"),
            tr("%1 is open in another Attention Lab window (process %2 on %3).")
                .arg(shown(path))
                .arg(owner->pid)
                .arg(owner->host.isEmpty() ? tr("this computer") : owner->host),
            tr("If both windows save it, the later save replaces the other one's changes. Open it here anyway? "
               "This window then takes the file over when the other one closes it."),
            {{tr("Open Anyway"), QMessageBox::AcceptRole, "open-anyway"},
             {tr("Cancel"), QMessageBox::RejectRole, "cancel"}},
            "cancel", "cancel");
    return answer == u"open-anyway";
}

void SessionFileGuard::opened(const QString& path, const DiskStamp& stamp)
{
    m_watch->watch(path, stamp);
    holdLock(path);
}

SessionFileGuard::SaveChoice SessionFileGuard::confirmOverwrite()
{
    if (!m_watch->hasChangedOnDisk())
        return SaveChoice::Overwrite;
    m_asking = true;
    const QString answer = ask(
        m_parent, QMessageBox::Warning, "overwrite-changed-file", tr("File Changed on Disk"),
        tr("The file %1 has changed on disk since you opened or saved it.").arg(shown(m_watch->path())),
        tr("Another window or program saved it. Overwrite replaces its changes with this session; Save As keeps "
           "both."),
        {{tr("Overwrite"), QMessageBox::DestructiveRole, "overwrite"},
         {tr("Save As\u2026"), QMessageBox::AcceptRole, "save-as"},
         {tr("Cancel"), QMessageBox::RejectRole, "cancel"}},
        "save-as", "cancel");
    m_asking = false;
    if (answer == u"overwrite")
        return SaveChoice::Overwrite;
    return answer == u"save-as" ? SaveChoice::SaveAs : SaveChoice::Cancel;
}

void SessionFileGuard::saved(const QString& path)
{
    m_watch->watch(path);
    holdLock(path);
}

bool SessionFileGuard::retakeLock()
{
    if (!m_lock.isWaiting())
        return !m_lock.heldPath().isEmpty();
    const QString failure = m_lock.failure();
    const bool held = m_lock.retake();
    updateLockWatch();
    if (held || m_lock.failure() != failure)
        emit lockChanged();
    return held;
}

void SessionFileGuard::holdLock(const QString& path)
{
    const QString held = m_lock.heldPath();
    const QString failure = m_lock.failure();
    const bool waiting = m_lock.isWaiting();
    m_lock.hold(path); // releases the previous file's lock
    updateLockWatch();
    if (m_lock.heldPath() != held || m_lock.failure() != failure || m_lock.isWaiting() != waiting)
        emit lockChanged();
}

void SessionFileGuard::updateLockWatch()
{
    // Watched only while another window holds the lock: a folder that cannot be made cannot be watched (a save
    // and the application's activation try again then).
    const bool watch = m_lock.isWaiting() && m_lock.failure().isEmpty();
    const QString folder = SessionFileLock::lockDirectory();
    if (!m_lockFolder->directories().isEmpty() && (!watch || m_lockFolder->directories().constFirst() != folder))
        m_lockFolder->removePaths(m_lockFolder->directories());
    if (watch && m_lockFolder->directories().isEmpty())
        m_lockFolder->addPath(folder);
}

bool SessionFileGuard::askAboutDiskChange()
{
    if (m_asking)
        return false;
    if (m_watch->isGone()) {
        // Deleted, moved or renamed: the session is now the only copy. Marked modified, so that quitting asks
        // and the autosave keeps it.
        m_asking = true;
        keepMine();
        (void)ask(m_parent, QMessageBox::Warning, "file-gone", tr("File Deleted or Moved"),
                  tr("The file %1 is no longer on disk: it was deleted, moved or renamed.")
                      .arg(shown(m_watch->path())),
                  tr("This session is kept and marked as modified. Save it to write the file again, or choose "
                     "another file with Save As\u2026"),
                  {{tr("OK"), QMessageBox::AcceptRole, "ok"}}, "ok", "ok");
        m_asking = false;
        return true;
    }
    if (!m_watch->hasChangedOnDisk())
        return false;
    const QString path = m_watch->path();
    m_asking = true;
    const QString answer = ask(
        m_parent, QMessageBox::Question, "changed-on-disk", tr("File Changed on Disk"),
        tr("The file %1 has been changed on disk by another window or program.").arg(shown(path)),
        m_document->isModified()
            ? tr("Reload it? Your unsaved changes stay in Edit \u2192 Undo. Keep Mine keeps this session; "
                 "saving it then replaces the file.")
            : tr("Reload it? Keep Mine keeps this session, marked as modified since it differs from the file."),
        {{tr("Reload"), QMessageBox::AcceptRole, "reload"},
         {tr("Keep Mine"), QMessageBox::RejectRole, "keep-mine"},
         {tr("Save As\u2026"), QMessageBox::ActionRole, "save-as"}},
        "reload", "keep-mine"); // closing the question loses nothing
    if (answer == u"reload")
        reload();
    else if (answer == u"save-as" && m_saveAs && m_saveAs())
        m_watch->acknowledge(); // the session has its own file now (or replaced this one)
    else
        keepMine(); // also when Save As was cancelled
    m_asking = false;
    return true;
}

void SessionFileGuard::checkWhenActive()
{
    if (m_asking)
        return; // the open question is about this change or one just before it
    if (QApplication::activeModalWidget()) {
        m_retry->start();
        return;
    }
    if (QGuiApplication::applicationState() == Qt::ApplicationActive)
        askAboutDiskChange();
}

void SessionFileGuard::follow(const QString& path)
{
    m_watch->watch(path);
    holdLock(path); // when another window has it, taken when that window lets it go
}

void SessionFileGuard::keepMine()
{
    m_watch->acknowledge();
    m_document->markModified();
}

void SessionFileGuard::reload()
{
    const QString path = m_watch->path();
    const DiskStamp stamp = DiskStamp::of(path);
    try {
        m_document->load(attn::io::readSessionFile(path), path, tr("Reload %1").arg(QFileInfo(path).fileName()));
        m_document->setKeptMembers(attn::io::unreadMembersOfFile(path));
    } catch (const attn::io::SessionFileError& e) {
        QMessageBox::warning(
            m_parent, tr("Cannot Reload Session"),
            tr("%1\n\nThis session is kept and marked as modified.").arg(QString::fromStdString(e.what())));
        keepMine();
        return;
    }
    m_watch->watch(path, stamp);
}

} // namespace attn::ui
