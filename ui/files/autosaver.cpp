#include "files/autosaver.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "document/sessiondocument.h"
#include "files/recoveryfile.h"
#include "base/settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <cmath>

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
        if (!modified) // saved, or undone back to the saved state: the file on disk holds the session
            removeRecoveryFile();
    });
}

Autosaver::~Autosaver()
{
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
    const attn::Session& session = m_document->session();
    try {
        attn::validate(session);
    } catch (const attn::AttentionError&) {
        return false; // not readable back: the last good autosave stays
    }
    if (!(std::isfinite(session.scoring.sigma) && session.scoring.sigma > 0.0))
        return false;
    if (!lock())
        return false;
    const WriteResult result =
        writeRecoveryFile(m_path, session, m_document->filePath(), QDateTime::currentDateTimeUtc());
    if (!result) {
        emit autosaveFailed(result.errorString());
        return false;
    }
    m_pending = false;
    emit autosaved(m_path);
    return true;
}

bool Autosaver::lock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        emit autosaveFailed(
            tr("Cannot autosave: the folder %1 cannot be created").arg(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    auto lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a dead process makes it stale, never its age
    if (!lock->tryLock(0)) {
        emit autosaveFailed(tr("Cannot autosave: the lock file %1 cannot be created")
                                .arg(QDir::toNativeSeparators(m_path + QStringLiteral(".lock"))));
        return false;
    }
    m_lock = std::move(lock);
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
