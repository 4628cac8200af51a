#include "files/sessionfilelock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <filesystem>
#include <system_error>

namespace attn::ui {

namespace {

/// The path that names the file whatever the spelling (symbolic links resolved), or its absolute path when it
/// does not exist (yet).
QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool isLockable(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(QLatin1Char(':'));
}

/// The lock folder made if missing; why not (the system's words) if it cannot be made.
QString makeLockDirectory()
{
    // std::filesystem, not QDir::mkpath: its error code says why (a file in the way, no permission).
    std::error_code error;
    std::filesystem::create_directories(
        std::filesystem::path(QFile::encodeName(SessionFileLock::lockDirectory()).toStdString()), error);
    return error ? QString::fromLocal8Bit(error.message()) : QString();
}

std::unique_ptr<QLockFile> lockFor(const QString& path)
{
    const QString file = SessionFileLock::lockFileFor(path);
    auto lock = std::make_unique<QLockFile>(file);
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    return lock;
}

} // namespace

SessionFileLock::SessionFileLock() = default;

SessionFileLock::~SessionFileLock() = default; // QLockFile's destructor unlocks

QString SessionFileLock::lockFileFor(const QString& path)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath(path).toUtf8(), QCryptographicHash::Sha1).toHex();
    return lockDirectory() + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

QString SessionFileLock::lockDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks");
}

std::optional<LockOwner> SessionFileLock::otherOwner(const QString& path) const
{
    if (!isLockable(path) || (m_lock && canonicalPath(path) == m_path))
        return std::nullopt;
    (void)makeLockDirectory();
    const std::unique_ptr<QLockFile> probe = lockFor(path);
    if (probe->tryLock(0)) {
        probe->unlock();
        return std::nullopt;
    }
    if (probe->error() != QLockFile::LockFailedError)
        return std::nullopt;
    LockOwner owner;
    if (!probe->getLockInfo(&owner.pid, &owner.host, &owner.application))
        return std::nullopt; // released between the two calls
    return owner;
}

bool SessionFileLock::hold(const QString& path)
{
    if (!isLockable(path)) {
        release();
        return false;
    }
    const QString canonical = canonicalPath(path);
    if (m_lock && canonical == m_path)
        return true;
    release();
    m_path = canonical; // wanted from now on, held or not
    return take();
}

bool SessionFileLock::retake()
{
    if (m_lock)
        return true;
    return !m_path.isEmpty() && take();
}

bool SessionFileLock::take()
{
    m_failure = makeLockDirectory();
    if (!m_failure.isEmpty())
        return false;
    std::unique_ptr<QLockFile> lock = lockFor(m_path);
    if (!lock->tryLock(0)) {
        switch (lock->error()) {
        case QLockFile::LockFailedError: // another live process holds it: wait for it
            break;
        case QLockFile::PermissionError:
            m_failure = QString::fromLocal8Bit(std::make_error_code(std::errc::permission_denied).message());
            break;
        default:
            m_failure = QString::fromLocal8Bit(std::make_error_code(std::errc::io_error).message());
            break;
        }
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

void SessionFileLock::release()
{
    m_lock.reset();
    m_path.clear();
    m_failure.clear();
}

} // namespace attn::ui
