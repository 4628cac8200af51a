#pragma once

#include "edits/matrixrole.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QDropEvent;
class QMimeData;
class QWidget;

namespace attn::ui {

class ImportActions;

/// Files dragged onto the window: a session (.json) opens after the unsaved-changes prompt; a CSV/TSV/.txt or
/// .npy file opens the import dialog (dropped onto a table editor: that table chosen); any other file gets a
/// message naming it and what can be dropped. Works as an application event filter for the drag and drop events
/// of `window` and its children (a line edit would otherwise take a file's URL as text). The file is opened
/// after the drop has returned, so that the drag source is not kept waiting by a dialog.
class FileDrop : public QObject {
    Q_OBJECT
public:
    /// What a dropped file is taken for, by its suffix.
    enum class Kind { Session, Data, Unknown };

    /// Opens a dropped session: asks about unsaved changes, then opens `path`; true if it was opened.
    using OpenSession = std::function<bool(const QString& path)>;

    /// Makes `window` accept drops and starts filtering its drag and drop events; a dropped session goes to
    /// `openSession`, a dropped data file to `imports`.
    FileDrop(QWidget* window, OpenSession openSession, ImportActions* imports);

    /// Session for ".json"; Data for ".csv", ".tsv", ".txt" and ".npy" (any case); otherwise Unknown.
    static Kind kindOf(const QString& path);

    /// Opens the dropped file at `path` now: asks about unsaved changes and opens a session, shows the import
    /// dialog for data (with `table` chosen), or says that the file cannot be opened. Returns true if a session
    /// was opened or data imported or shown.
    bool openDropped(const QString& path, std::optional<MatrixRole> table = {});

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The local file among `mime`'s URLs, or an empty string if there is none.
    static QString droppedFile(const QMimeData* mime);
    /// The table editor under the drop, if any.
    std::optional<MatrixRole> tableAt(QWidget* receiver, const QDropEvent* event) const;

    QWidget* m_window{nullptr};
    OpenSession m_openSession;
    ImportActions* m_imports{nullptr};
};

} // namespace attn::ui
