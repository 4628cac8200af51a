#include "files/sessionfileguard.h"

#include "document/sessiondocument.h"
#include "io/sessionjson.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <utility>

namespace attn::ui {

namespace {

constexpr int kRetryMs = 500; // while another dialog is open

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QPushButton* addButton(QMessageBox& box, const QString& text, QMessageBox::ButtonRole role, const char* name)
{
    QPushButton* button = box.addButton(text, role);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

SessionFileGuard::SessionFileGuard(SessionDocument* document, QWidget* parent, std::function<bool()> saveAs)
    : QObject(parent), m_document(document), m_parent(parent), m_saveAs(std::move(saveAs)),
      m_watch(new SessionFileWatch(this)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &SessionFileGuard::checkWhenActive);
    connect(m_document, &SessionDocument::filePathChanged, this, &SessionFileGuard::follow);
    connect(m_watch, &SessionFileWatch::fileMayHaveChanged, this, &SessionFileGuard::checkWhenActive);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            checkWhenActive(); // a window in the background asks when the user comes back to it
    });
    follow(m_document->filePath());
}

bool SessionFileGuard::mayOpen(const QString& path)
{
    const std::optional<LockOwner> owner = m_lock.otherOwner(path);
    if (!owner)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("File Already Open"),
                    tr("%1 is open in another Attention Lab window (process %2 on %3).")
                        .arg(shown(path))
                        .arg(owner->pid)
                        .arg(owner->host.isEmpty() ? tr("this computer") : owner->host),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("file-in-use"));
    box.setInformativeText(tr("If both windows save it, the later save replaces the other one's changes. Open "
                              "it here anyway?"));
    QPushButton* anyway = addButton(box, tr("Open Anyway"), QMessageBox::AcceptRole, "open-anyway");
    QPushButton* cancel = addButton(box, tr("Cancel"), QMessageBox::RejectRole, "cancel");
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void SessionFileGuard::opened(const QString& path, const DiskStamp& stamp)
{
    m_watch->watch(path, stamp);
    m_lock.hold(path);
}

SessionFileGuard::SaveChoice SessionFileGuard::confirmOverwrite()
{
    if (!m_watch->hasChangedOnDisk())
        return SaveChoice::Overwrite;
    QMessageBox box(
        QMessageBox::Warning, tr("File Changed on Disk"),
        tr("The file %1 has changed on disk since you opened or saved it.").arg(shown(m_watch->path())),
        QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("overwrite-changed-file"));
    box.setInformativeText(tr("Another window or program saved it. Overwrite replaces its changes with this "
                              "session; Save As keeps both."));
    QPushButton* overwrite = addButton(box, tr("Overwrite"), QMessageBox::DestructiveRole, "overwrite");
    QPushButton* saveAs = addButton(box, tr("Save As\u2026"), QMessageBox::AcceptRole, "save-as");
    QPushButton* cancel = addButton(box, tr("Cancel"), QMessageBox::RejectRole, "cancel");
    box.setDefaultButton(saveAs);
    box.setEscapeButton(cancel);
    m_asking = true;
    box.exec();
    m_asking = false;
    if (box.clickedButton() == overwrite)
        return SaveChoice::Overwrite;
    return box.clickedButton() == saveAs ? SaveChoice::SaveAs : SaveChoice::Cancel;
}

void SessionFileGuard::saved(const QString& path)
{
    m_watch->watch(path);
    m_lock.hold(path);
}

bool SessionFileGuard::askAboutDiskChange()
{
    if (m_asking)
        return false;
    if (m_watch->isGone()) {
        // Deleted, moved or renamed: the session is now the only copy. Marked modified, so that quitting asks
        // and the autosave keeps it.
        QMessageBox box(
            QMessageBox::Warning, tr("File Deleted or Moved"),
            tr("The file %1 is no longer on disk: it was deleted, moved or renamed.").arg(shown(m_watch->path())),
            QMessageBox::Ok, m_parent);
        box.setObjectName(QStringLiteral("file-gone"));
        box.setInformativeText(tr("This session is kept and marked as modified; save it to write the file again "
                                  "or choose another with Save As\u2026"));
        m_asking = true;
        keepMine();
        box.exec();
        m_asking = false;
        return true;
    }
    if (!m_watch->hasChangedOnDisk())
        return false;
    const QString path = m_watch->path();
    QMessageBox box(QMessageBox::Question, tr("File Changed on Disk"),
                    tr("The file %1 has been changed on disk by another window or program.").arg(shown(path)),
                    QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("changed-on-disk"));
    box.setInformativeText(
        m_document->isModified()
            ? tr("Reload it? Your unsaved changes stay in Edit \u2192 Undo. Keep Mine keeps this session; "
                 "saving it then replaces the file.")
            : tr("Reload it? Keep Mine keeps this session, marked as modified since it differs from the file."));
    QPushButton* reloadButton = addButton(box, tr("Reload"), QMessageBox::AcceptRole, "reload");
    QPushButton* keep = addButton(box, tr("Keep Mine"), QMessageBox::RejectRole, "keep-mine");
    QPushButton* saveAs = addButton(box, tr("Save As\u2026"), QMessageBox::ActionRole, "save-as");
    box.setDefaultButton(reloadButton);
    box.setEscapeButton(keep); // closing the question loses nothing
    m_asking = true;
    box.exec();
    if (box.clickedButton() == reloadButton)
        reload();
    else if (box.clickedButton() == saveAs && m_saveAs && m_saveAs())
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
    m_lock.hold(path); // releases the previous file's lock; silently not held when another window has it
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
