#include "files/sessionfilewatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace attn::ui {

namespace {

constexpr int kSettleMs = 200;

} // namespace

DiskStamp DiskStamp::of(const QString& path)
{
    DiskStamp stamp;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return stamp;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&file))
        return stamp;
    stamp.exists = true;
    stamp.size = file.size();
    stamp.hash = hash.result();
    return stamp;
}

SessionFileWatch::SessionFileWatch(QObject* parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, [this] {
        watchAgain();
        emit fileMayHaveChanged();
    });
}

void SessionFileWatch::watch(const QString& path, const DiskStamp& stamp)
{
    const QString file =
        path.isEmpty() || path.startsWith(QLatin1Char(':')) ? QString() : QFileInfo(path).absoluteFilePath();
    if (file != m_path) {
        if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
            m_watcher->removePaths(watched);
        m_path = file;
    }
    m_known = stamp;
    watchAgain();
}

void SessionFileWatch::watch(const QString& path)
{
    watch(path, path.isEmpty() || path.startsWith(QLatin1Char(':')) ? DiskStamp{} : DiskStamp::of(path));
}

bool SessionFileWatch::hasChangedOnDisk()
{
    if (m_path.isEmpty() || !QFileInfo(m_path).isFile())
        return false;
    // The content decides, not the time: two saves within the clock's resolution keep the time, and a touch
    // changes it without changing anything.
    const DiskStamp now = DiskStamp::of(m_path);
    return now.exists && (!m_known.exists || now.size != m_known.size || now.hash != m_known.hash);
}

bool SessionFileWatch::isGone() const
{
    return !m_path.isEmpty() && m_known.exists && !QFileInfo::exists(m_path);
}

void SessionFileWatch::acknowledge()
{
    if (!m_path.isEmpty())
        m_known = DiskStamp::of(m_path);
}

void SessionFileWatch::watchAgain()
{
    if (m_path.isEmpty())
        return;
    const QFileInfo info(m_path);
    if (info.isFile() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path); // after a rename over the old file the watch is gone
    if (const QString folder = info.absolutePath(); !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

} // namespace attn::ui
