#include "files/recoveryfile.h"

#include "io/atomicwrite.h"
#include "io/sessionjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::RecoveryFile)
};

[[noreturn]] void fail(const QString& path, const QString& fault)
{
    throw attn::io::SessionFileError(
        QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), fault).toStdString());
}

} // namespace

QByteArray recoveryToJson(const attn::Session& session, const QString& filePath, const QDateTime& savedAt,
                          const QJsonObject& kept)
{
    QJsonObject root;
    root.insert(QStringLiteral("attnlab_recovery"), kRecoveryFormatVersion);
    root.insert(QStringLiteral("file_path"), filePath);
    root.insert(QStringLiteral("saved_at"), savedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("session"), QJsonDocument::fromJson(attn::io::sessionToJson(session, kept)).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WriteResult writeRecoveryFile(const QString& path, const attn::Session& session, const QString& filePath,
                              const QDateTime& savedAt, const QJsonObject& kept)
{
    if (const QString reason = attn::io::unwritableReason(session); !reason.isEmpty())
        return WriteResult::failure(Tr::tr("Cannot autosave to %1: %2").arg(QDir::toNativeSeparators(path), reason));
    const WriteResult result = attn::io::writeAtomically(path, recoveryToJson(session, filePath, savedAt, kept));
    if (!result)
        return WriteResult::failure(
            Tr::tr("Cannot autosave to %1: %2").arg(QDir::toNativeSeparators(path), result.errorString()));
    return result;
}

RecoveryFile readRecoveryFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(path, file.errorString());
    const QByteArray bytes = file.readAll();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        fail(path, Tr::tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (const QString duplicate = attn::io::duplicateKeyFault(bytes); !duplicate.isEmpty())
        fail(path, duplicate); // the line and column are the recovery file's own
    const QJsonObject root = document.object();
    const QJsonValue version = root.value(QStringLiteral("attnlab_recovery"));
    if (!document.isObject() || !version.isDouble())
        fail(path, Tr::tr("not an Attention Lab recovery file (no \"attnlab_recovery\" version)"));
    if (version.toInt() > kRecoveryFormatVersion)
        fail(path, Tr::tr("recovery format version %1 is newer than this Attention Lab reads (%2)")
                       .arg(version.toInt())
                       .arg(kRecoveryFormatVersion));
    const QJsonValue session = root.value(QStringLiteral("session"));
    if (!session.isObject())
        fail(path, Tr::tr("\"session\" is missing or not an object"));

    RecoveryFile recovery;
    recovery.path = path;
    recovery.filePath = root.value(QStringLiteral("file_path")).toString();
    recovery.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    const QByteArray sessionJson = QJsonDocument(session.toObject()).toJson(QJsonDocument::Compact);
    recovery.session = attn::io::sessionFromJson(sessionJson, QDir::toNativeSeparators(path));
    recovery.kept = attn::io::unreadMembers(sessionJson);
    return recovery;
}

} // namespace attn::ui
