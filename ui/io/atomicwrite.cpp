#include "io/atomicwrite.h"

#include <QSaveFile>

namespace attn::io {

WriteResult writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return WriteResult::failure(file.errorString());
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const QString error = file.errorString();
            file.cancelWriting();
            return WriteResult::failure(error);
        }
        written += n;
    }
    if (!file.commit())
        return WriteResult::failure(file.errorString());
    return WriteResult::success({path});
}

} // namespace attn::io
