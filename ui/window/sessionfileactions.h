#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace attn::ui {

class SessionDocument;

/// File → Open, Save and Save As for session files: dialogs, atomic saves (attn::io::writeSessionFile) and
/// messages that name the file and the fault. The document keeps the path and the unsaved-changes flag.
class SessionFileActions : public QObject {
    Q_OBJECT
public:
    SessionFileActions(SessionDocument* document, QWidget* parent);

    /// Adds Open, Save and Save As to `menu`.
    void populate(QMenu* menu);

    /// Opens `path`; on failure shows the message and keeps the current session. Returns success.
    bool open(const QString& path);
    /// Saves to the document's file, or asks for one. Returns success.
    bool save();
    /// Asks for a file name and saves there. Returns false if cancelled or failed.
    bool saveAs();
    /// Saves to `path`; on failure shows the message. Returns success.
    bool saveTo(const QString& path);
    /// Before the session is replaced or the window closes: with unsaved changes, asks Save / Discard /
    /// Cancel. Returns true if it is fine to go on (saved, discarded, or nothing to save).
    bool maybeSave();

private:
    QString lastDirectory() const;

    SessionDocument* m_document{nullptr};
    QWidget* m_parent{nullptr};
};

} // namespace attn::ui
