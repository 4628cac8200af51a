#include "window/sessionfileactions.h"

#include "base/settings.h"
#include "document/sessiondocument.h"
#include "files/recentfiles.h"
#include "files/sessionfileguard.h"
#include "io/examples.h"
#include "io/sessionjson.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

QString sessionFilter()
{
    return SessionFileActions::tr("Attention Lab sessions (*.json);;All files (*)");
}

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':'));
}

/// Remembers the folder of the session file `path` (not of a built-in example, nor of its installed copy in a
/// read-only folder) for the next file dialog.
void rememberFolder(const QString& path)
{
    if (!isResource(path) && !attn::io::isBuiltInExampleFile(path))
        Settings::instance().setLastFolder(FileKind::Session, QFileInfo(path).absolutePath());
}

} // namespace

SessionFileActions::SessionFileActions(SessionDocument* document, QWidget* parent)
    : QObject(parent), m_document(document), m_parent(parent), m_recent(new RecentFiles(this)),
      m_guard(new SessionFileGuard(document, parent, [this] { return saveAs(); }))
{
    connect(m_recent, &RecentFiles::openRequested, this, &SessionFileActions::openRecent);
}

void SessionFileActions::populate(QMenu* menu)
{
    m_new = menu->addAction(tr("&New"), QKeySequence::New, this, &SessionFileActions::newSession);
    menu->addAction(tr("&Open\u2026"), QKeySequence::Open, this, [this] {
        if (!maybeSave())
            return;
        const QString path =
            QFileDialog::getOpenFileName(m_parent, tr("Open Session"), lastDirectory(), sessionFilter());
        if (!path.isEmpty())
            open(path);
    });
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recent-files"));
    m_recentMenu->setToolTipsVisible(true);
    m_recent->attach(m_recentMenu);
    menu->addSeparator();
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &SessionFileActions::save);
    menu->addAction(tr("Save &As\u2026"), QKeySequence::SaveAs, this, &SessionFileActions::saveAs);
}

bool SessionFileActions::newSession()
{
    if (!maybeSave())
        return false;
    m_document->load(SessionDocument::untitledSession(), {}, tr("New Session"));
    return true;
}

bool SessionFileActions::open(const QString& path)
{
    if (!m_guard->mayOpen(path))
        return false;
    const DiskStamp stamp = DiskStamp::of(path); // before reading: a write from now on counts as a change
    try {
        m_document->load(attn::io::readSessionFile(path), path, tr("Open %1").arg(QFileInfo(path).fileName()));
        m_document->setKeptMembers(attn::io::unreadMembersOfFile(path));
    } catch (const attn::io::SessionFileError& e) {
        QMessageBox::warning(m_parent, tr("Cannot Open Session"), QString::fromStdString(e.what()));
        return false;
    }
    m_guard->opened(path, stamp);
    m_recent->add(path);
    rememberFolder(path);
    return true;
}

bool SessionFileActions::openRecent(const QString& path)
{
    if (!QFileInfo(path).isFile()) {
        m_recent->remove(path);
        QMessageBox::warning(m_parent, tr("Cannot Open Session"),
                             tr("%1 no longer exists. It has been removed from the recent files.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return maybeSave() && open(path);
}

bool SessionFileActions::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || isResource(path))
        return saveAs();
    switch (m_guard->confirmOverwrite()) {
    case SessionFileGuard::SaveChoice::Cancel:
        return false;
    case SessionFileGuard::SaveChoice::SaveAs:
        return saveAs();
    case SessionFileGuard::SaveChoice::Overwrite:
        break;
    }
    return saveTo(path);
}

bool SessionFileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Session As"), lastDirectory(), sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool SessionFileActions::saveTo(const QString& path)
{
    const WriteResult result = attn::io::writeSessionFile(path, m_document->session(), m_document->keptMembers());
    if (!result) {
        QMessageBox::warning(m_parent, tr("Cannot Save Session"),
                             tr("%1\n\nThe session is still open with its changes; the file on disk was not "
                                "changed.")
                                 .arg(result.errorString()));
        return false;
    }
    m_document->setFilePath(path);
    m_document->setClean();
    m_guard->saved(path);
    m_recent->add(path);
    rememberFolder(path);
    return true;
}

bool SessionFileActions::maybeSave()
{
    m_guard->askAboutDiskChange(); // a change on disk not asked about yet (Keep Mine marks the session modified)
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The session has changes that are not saved. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("unsaved-changes"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString SessionFileActions::lastDirectory() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty() && !isResource(path) && !attn::io::isBuiltInExampleFile(path))
        return QFileInfo(path).absolutePath();
    return Settings::instance().startFolder(FileKind::Session, QStandardPaths::DocumentsLocation);
}

} // namespace attn::ui
