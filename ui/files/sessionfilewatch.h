#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace attn::ui {

/// A file's content as it is on disk: whether it exists (and is readable), its size in bytes and the SHA-1 of its
/// bytes. Two stamps with the same size and hash describe the same content.
struct DiskStamp {
    bool exists{false};
    qint64 size{-1};
    QByteArray hash;

    /// The stamp of the file at `path` now (exists false for a missing or unreadable file).
    static DiskStamp of(const QString& path);
    /// A file that exists with content not known (no size, no hash): any content on disk differs from it, so a
    /// watch given it counts the file as changed since it was read (e.g. a session restored from an autosave
    /// older than its file).
    static DiskStamp unknownContent() { return {true, -1, {}}; }
};

/// Watches the session's file for changes made by another program or another Attention Lab window. The file's
/// state when the session read or saved it is recorded (watch()); hasChangedOnDisk() compares the content on
/// disk with it (so a touch or an identical save is no change; a file is read only when asked, for a check). A
/// QFileSystemWatcher reports writes; they are gathered for a moment (a writer may write in parts) and reported as
/// one fileMayHaveChanged(). An atomic save by another program (a new file renamed over the old one) drops the
/// watch of the path: it is watched again, and the folder is watched too, so the new file is noticed. A path that
/// is empty or a resource (":/examples/…") is not watched.
class SessionFileWatch : public QObject {
    Q_OBJECT
public:
    explicit SessionFileWatch(QObject* parent = nullptr);

    /// Watches `path` and takes `stamp` (taken before the file was read, or after it was saved) as the state the
    /// session knows. An empty or resource `path` stops watching.
    void watch(const QString& path, const DiskStamp& stamp);
    /// watch(path, DiskStamp::of(path)).
    void watch(const QString& path);
    /// The watched file (empty if none).
    QString path() const { return m_path; }
    /// True if the watched file exists and its content differs from the recorded state. A file that is gone is
    /// no change (there is nothing to reload; Save writes it again).
    bool hasChangedOnDisk();
    /// True if the watched file existed when it was read, saved or last acknowledged and is gone now (deleted,
    /// moved or renamed away).
    bool isGone() const;
    /// Takes the file as it is on disk now as the known state (the user kept this session or reloaded).
    void acknowledge();

signals:
    /// The watched file or its folder was written (reported once the writes have paused, about 0.2 s).
    /// Whether its content changed: hasChangedOnDisk().
    void fileMayHaveChanged();

private:
    void watchAgain();

    QFileSystemWatcher* m_watcher{nullptr};
    QTimer* m_settle{nullptr};
    QString m_path;
    DiskStamp m_known;
};

} // namespace attn::ui
