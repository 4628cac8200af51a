#include "files/sessionfilelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

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

std::unique_ptr<QLockFile> lockFor(const QString& path)
{
    const QString file = SessionFileLock::lockFileFor(path);
    QDir().mkpath(QFileInfo(file).absolutePath());
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks/") +
           QString::fromLatin1(hash) + QStringLiteral(".lock");
}

std::optional<LockOwner> SessionFileLock::otherOwner(const QString& path) const
{
    if (!isLockable(path) || (m_lock && canonicalPath(path) == m_path))
        return std::nullopt;
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
    std::unique_ptr<QLockFile> lock = lockFor(path);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_path = canonical;
    return true;
}

void SessionFileLock::release()
{
    m_lock.reset();
    m_path.clear();
}

} // namespace attn::ui
