#pragma once

#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QMenuBar;

namespace attn::ui {

/// A menu's or an action's text as the user reads it: without the mnemonic marker ("&Save" → "Save", "A && B" →
/// "A & B", and a translation's "(&F)" after the text: "文件(&F)" → "文件", "导出(&E)…" → "导出…") and without
/// an accelerator hint after a tab.
QString plainMenuText(const QString& text);

/// The titles of the menus from the menu bar down to `menu` (plain texts), e.g. {"File", "Export"}; empty if
/// `menu` is null. Follows the menu's own action up through the menus it was added to.
QStringList menuTitlePath(const QMenu* menu);

/// The action reached from `bar` through `path` (plain texts, e.g. {"File", "Export", "Export All Heatmaps…"}):
/// the last element may also be the start of a longer text followed by a space (Edit → "Undo" finds "Undo Edit
/// Keys row 2, column 1"). A path of one element finds a menu of the bar. Returns nullptr if there is none.
QAction* findMenuAction(const QMenuBar* bar, const QStringList& path);

/// "File → Export → Export All Heatmaps…" (the parts joined with a right arrow).
QString joinMenuPath(const QStringList& path);

} // namespace attn::ui
