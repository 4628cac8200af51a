#pragma once

#include "attn/matrix.h"
#include "files/importedfile.h"
#include "files/importtarget.h"
#include "heatmap/heatmapstyle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QMainWindow;
class QMenu;

namespace attn::ui {

class MatrixEditor;
class MatrixViewer;
class SessionDocument;

/// File → Import: "Import Matrix…" (a CSV/TSV or .npy file into a table of the session, or into a viewer) and
/// "View Attention Matrix…" (a file straight into a viewer), and each table's own Import…. Reading errors are
/// shown in a message box naming the file and the fault before any dialog opens, and nothing changes; an import
/// into a table is one undo step ("Import Keys K from w.csv").
class ImportActions : public QObject {
    Q_OBJECT
public:
    /// Imports into `document`; dialogs and viewers belong to `window`, whose status bar reports an import.
    /// Connects to every editor in `editors` (their Import… preselects that table); a viewer draws in the style
    /// that `style` gives when it is opened and whenever it asks again.
    ImportActions(QMainWindow* window, SessionDocument* document, const QList<MatrixEditor*>& editors,
                  std::function<HeatmapStyle()> style);

    /// Adds Import Matrix… and View Attention Matrix… to `menu`.
    void populate(QMenu* menu);

    /// Asks for a data file, then importFile() with `role` preselected.
    void importInteractively(std::optional<MatrixRole> role = {});
    /// Asks for a data file, then viewFile().
    void viewInteractively();

    /// Reads `path` and shows the import dialog: `role` preselected, or else the first table of the slice's
    /// shape, or else the first table. Returns true if something was imported or shown; false if the file
    /// could not be read (the message names it and the fault), the dialog was cancelled, or the import failed.
    bool importFile(const QString& path, std::optional<MatrixRole> role = {});
    /// Reads `path` and opens a viewer on it; an array of more than two dimensions asks for the slice first (in
    /// the import dialog, with the viewer chosen). Returns the viewer, or nullptr on failure or cancel.
    MatrixViewer* viewFile(const QString& path);
    /// Does what `target` says with `file`, without asking: sets the table (SessionDocument::setMatrix with
    /// the file's row labels for token tables) or opens a viewer. Failures are shown in a message box.
    /// Returns success.
    bool apply(const ImportedFile& file, const ImportTarget& target);

    /// Opens a new viewer on `weights` (n_q × n_k) in the window's heatmap style.
    MatrixViewer* openViewer(const attn::Matrix& weights, const QStringList& rowLabels,
                             const QStringList& columnLabels, const QString& title);
    /// The viewers open now, oldest first.
    QList<MatrixViewer*> viewers() const;

private:
    std::optional<ImportedFile> readOrComplain(const QString& path);
    QString askForFile(const QString& title);

    QMainWindow* m_window{nullptr};
    SessionDocument* m_document{nullptr};
    std::function<HeatmapStyle()> m_style;
    QList<QPointer<MatrixViewer>> m_viewers;
};

} // namespace attn::ui
