#include "runtimedirnotice.h"

#include <QtGlobal>
#include <QString>

namespace attn::app {

namespace {

QtMessageHandler previousHandler = nullptr;

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // qstandardpaths_unix.cpp: qWarning("QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '%ls'", …).
    // Qt falls back to a private directory under /tmp, which is what the commands need; the line is no fault.
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set, ")))
        return;
    if (previousHandler != nullptr)
        previousHandler(type, context, message);
}

} // namespace

void dropRuntimeDirNotice()
{
    previousHandler = qInstallMessageHandler(handleMessage);
}

} // namespace attn::app
