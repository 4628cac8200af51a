#include "files/autosaver.h"

#include "base/settings.h"
#include "document/sessiondocument.h"
#include "files/recoveryfile.h"
#include "io/atomicwrite.h"
#include "io/sessionjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace attn::ui {

using attn::io::WriteResult;

Autosaver::Autosaver(SessionDocument* document, const QString& directory, QObject* parent)
    : QObject(parent), m_document(document), m_directory(directory.isEmpty() ? recoveryDirectory() : directory),
      m_timer(new QTimer(this)), m_soon(new QTimer(this))
{
    m_path =
        QDir(m_directory).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".json"));
    if (const int seconds = intervalSeconds(); seconds > 0) {
        m_timer->setInterval(seconds * 1000);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (m_pending)
                autosave();
        });
        m_timer->start();
    }
    m_soon->setSingleShot(true);
    m_soon->setInterval(kSignificantDelayMs);
    connect(m_soon, &QTimer::timeout, this, &Autosaver::autosave);

    connect(m_document, &SessionDocument::changed, this, [this] { m_pending = true; });
    connect(m_document, &SessionDocument::shapeChanged, m_soon, qOverload<>(&QTimer::start));
    connect(m_document, &SessionDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) { // saved, or undone back to the saved state: the file on disk holds the session
            removeRecoveryFile();
        } else if (!m_pending) { // marked modified without an edit (its file changed or went away): keep it soon
            m_pending = true;
            m_soon->start();
        }
    });
    connect(m_document, &SessionDocument::filePathChanged, this, &Autosaver::probe);
    probe(); // at start: an unwritable folder is said before the work it cannot protect is done
}

Autosaver::~Autosaver()
{
    if (m_keep)
        m_lock.reset(); // the file stays for the next start; without its lock it is an orphan to offer
    else
        removeRecoveryFile();
}

QString Autosaver::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

int Autosaver::intervalSeconds() const
{
    return Settings::instance().autosaveIntervalSeconds();
}

bool Autosaver::autosave()
{
    m_soon->stop();
    if (!m_document->isModified()) {
        removeRecoveryFile();
        m_pending = false;
        return false;
    }
    // Computable or not, the session is written as the window holds it (Restore shows it with its reason).
    const attn::Session& session = m_document->session();
    if (const QString reason = attn::io::unwritableReason(session); !reason.isEmpty())
        return fail(reason);
    if (!lock())
        return false;
    const WriteResult result = attn::io::writeAtomically(
        m_path, recoveryToJson(session, m_document->filePath(), QDateTime::currentDateTimeUtc(),
                                m_document->keptMembers()));
    if (!result)
        return fail(result.errorString());
    m_pending = false;
    m_failure.clear();
    emit autosaved(m_path);
    return true;
}

bool Autosaver::autosaveForExit()
{
    m_keep = true;
    return autosave();
}

bool Autosaver::fail(const QString& reason)
{
    m_failure = reason;
    emit autosaveFailed(m_directory, reason);
    return false;
}

bool Autosaver::lock()
{
    if (m_lock)
        return true;
    // std::filesystem, not QDir::mkpath: its error code says why (a file in the way, no permission, read-only).
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(QFile::encodeName(m_directory).toStdString()),
                                        error);
    if (error)
        return fail(QString::fromLocal8Bit(error.message()));
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead process makes it stale, never its age
    if (!lock->tryLock(0)) {
        const QString file = QDir::toNativeSeparators(m_path + QStringLiteral(".lock"));
        return fail(lock->error() == QLockFile::PermissionError
                        ? tr("the lock file %1 cannot be created: permission denied").arg(file)
                        : tr("the lock file %1 cannot be created").arg(file));
    }
    m_lock = std::move(lock);
    return true;
}

bool Autosaver::probe()
{
    if (m_lock)
        return true; // holding the lock there: the folder was written to
    if (!lock())
        return false;
    m_lock.reset(); // nothing autosaved yet: no lock file is left behind
    return true;
}

void Autosaver::removeRecoveryFile()
{
    m_soon->stop();
    m_pending = false;
    if (QFile::exists(m_path))
        QFile::remove(m_path);
    m_lock.reset(); // unlocks: removes the lock file after the recovery file
}

} // namespace attn::ui
