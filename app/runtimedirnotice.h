#pragma once

// The headless commands promise one line on stderr for bad input. Qt's QStandardPaths prints
// "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-<user>'" when the environment has no
// XDG_RUNTIME_DIR (CI, sudo, cron) and a QGuiApplication starts; that notice is dropped, every other message
// goes to the handler that was installed before.

namespace attn::app {

/// Installs a message handler that drops Qt's XDG_RUNTIME_DIR notice and passes every other message on to the
/// previous handler. Call once, before the QGuiApplication of a headless command (export, compute, screenshot)
/// exists; the window keeps Qt's default so that its users see everything.
void dropRuntimeDirNotice();

} // namespace attn::app
