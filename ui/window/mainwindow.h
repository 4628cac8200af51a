#pragma once

#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QMainWindow>
#include <QString>

class QLabel;
class QSplitter;

namespace attn::ui {

class SessionDocument;
class HeatmapWidget;
class MatrixEditor;
class ScoringPanel;
class ExportActions;

/// The Attention Lab window: query, key and value tables on the left, the scoring selector above, and the
/// scores, attention-weights and outputs heatmaps, recomputed on every edit.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens the session file at `path`. On failure shows a message naming the file and the fault, keeps the
    /// current session, and returns false.
    bool openSession(const QString& path);

    /// Shows `session`; `filePath` (may be empty) is where Save writes.
    void loadSession(const attn::Session& session, const QString& filePath = {});

    /// Saves to the session's file (asks for one if it has none). Reports failures; returns success.
    bool save();
    /// Asks for a file name and saves there. Returns false if cancelled or the save failed.
    bool saveAs();

    SessionDocument* document() const { return m_document; }
    MatrixEditor* queriesEditor() const { return m_queries; }
    MatrixEditor* keysEditor() const { return m_keys; }
    MatrixEditor* valuesEditor() const { return m_values; }
    /// The heatmap with id "scores", "weights" or "outputs"; nullptr for any other id.
    HeatmapWidget* heatmap(const QString& id) const;

private:
    void buildMenus();
    void refresh();
    void updateTitle();
    void arrangeHeatmaps(long queries, long keys);
    void openDialog();
    bool saveTo(const QString& path);
    QString lastDirectory() const;

    SessionDocument* m_document{nullptr};
    MatrixEditor* m_queries{nullptr};
    MatrixEditor* m_keys{nullptr};
    MatrixEditor* m_values{nullptr};
    ScoringPanel* m_scoring{nullptr};
    ExportActions* m_exports{nullptr};
    QList<HeatmapWidget*> m_heatmaps;
    QList<HeatmapSpec> m_specs;
    QLabel* m_error{nullptr};
    QSplitter* m_heatmapSplitter{nullptr};
};

/// The built-in waistline example, read from the application's resources (":/examples/waistline.json").
/// @throws attn::io::SessionFileError if the resource is damaged (a build error).
attn::Session builtInExample(const QString& name = QStringLiteral("waistline"));

} // namespace attn::ui
