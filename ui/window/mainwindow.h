#pragma once

#include "attn/session.h"
#include "document/matrixrole.h"
#include "heatmap/heatmapspec.h"

#include <QMainWindow>
#include <QMap>
#include <QString>

class QLabel;
class QTabWidget;

namespace attn::ui {

class SessionDocument;
class HeatmapBoard;
class HeatmapWidget;
class MatrixEditor;
class ScoringPanel;
class MaskPanel;
class ModePanel;
class ExportActions;
class SessionFileActions;

/// The Attention Lab window: settings (scoring, weights, mask, mode) and the editable matrices on the left,
/// and on the right every stage of the computation as heatmaps, recomputed on every edit.
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
    MatrixEditor* editor(MatrixRole role) const { return m_editors.value(role); }
    MatrixEditor* queriesEditor() const { return editor(MatrixRole::Queries); }
    MatrixEditor* keysEditor() const { return editor(MatrixRole::Keys); }
    MatrixEditor* valuesEditor() const { return editor(MatrixRole::Values); }
    ScoringPanel* scoringPanel() const { return m_scoring; }
    MaskPanel* maskPanel() const { return m_mask; }
    ModePanel* modePanel() const { return m_mode; }
    HeatmapBoard* board() const { return m_board; }
    /// The heatmap on screen with this spec id ("scores", "weights", "head2_weights", …), or nullptr.
    HeatmapWidget* heatmap(const QString& id) const;
    /// The text above the heatmaps: why nothing can be computed, or which queries have no weights.
    QString notice() const;

private:
    QWidget* buildSettings();
    QWidget* buildTables();
    void buildMenus();
    void refresh();
    void updateTabs();
    void updateTitle();
    void onCellClicked(const QString& id, int row, int column);

    SessionDocument* m_document{nullptr};
    SessionFileActions* m_files{nullptr};
    ScoringPanel* m_scoring{nullptr};
    MaskPanel* m_mask{nullptr};
    ModePanel* m_mode{nullptr};
    QTabWidget* m_tabs{nullptr};
    QMap<MatrixRole, MatrixEditor*> m_editors;
    HeatmapBoard* m_board{nullptr};
    ExportActions* m_exports{nullptr};
    QLabel* m_notice{nullptr};
    QList<HeatmapSpec> m_allSpecs;
};

/// A built-in example session, read from the application's resources (":/examples/<name>.json").
/// @throws attn::io::SessionFileError if there is no such example.
attn::Session builtInExample(const QString& name = QStringLiteral("waistline"));

} // namespace attn::ui
