#pragma once

#include <QString>

#include <functional>

namespace attn::ui {

class MainWindow;

/// Starts `window` as `attnlab [SESSION]` does (app/main.cpp), in the order the user sees it:
/// 1. the built-in waistline example;
/// 2. the sessions that instances which crashed or were killed autosaved, offered one by one through
///    RecoveryOffer::offerWithDialogs() (Restore / Discard / Later; an unreadable file: Discard / Keep for Later),
///    before the window shows; Restore goes as File → Open does, through the window's SessionFileGuard (the
///    "file-in-use" question when another window holds the session's file; its watch and lock);
/// 3. `beforeShow` (if given; the app installs its first-paint report there), then the window is shown, with a
///    note in the status bar when a translation we ship is missing (i18n::missingTranslation());
/// 4. `sessionPath`, if not empty, is opened (MainWindow::openSession: a file that does not read leaves the
///    example with the message) — unless a session was restored: then the status bar says that it was not
///    opened, because opening it would ask about the restored session before the user has seen it.
/// @return true if an autosaved session was restored.
bool startWindow(MainWindow& window, const QString& sessionPath, const std::function<void()>& beforeShow = {});

} // namespace attn::ui
