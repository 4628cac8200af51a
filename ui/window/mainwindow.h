#pragma once

#include "attn/session.h"
#include "edits/matrixrole.h"
#include "teach/handoutpages.h"

#include <QMainWindow>
#include <QMap>
#include <QString>

class QAction;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace attn::ui {

class SessionDocument;
class HeatmapBoard;
class HeatmapWidget;
class MatrixEditor;
class ScoringPanel;
class MaskPanel;
class ModePanel;
class ResultsArea;
class LiveComputation;
class ViewState;
class ExportActions;
class SessionFileActions;
class ViewActions;
class Autosaver;
class AutosaveWarning;
class SettingsSection;

/// The Attention Lab window: settings (scoring, weights, mask, mode) and the editable matrices on the left;
/// on the right the stage bar, every stage of the computation as heatmaps (recomputed on every edit) and the
/// explanation of the selected number.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens the session file at `path`. On failure shows a message naming the file and the fault, keeps the
    /// current session, and returns false.
    bool openSession(const QString& path);

    /// Shows `session` as the first session (clears the undo history); `filePath` (may be empty) is where Save
    /// writes.
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
    ResultsArea* results() const { return m_results; }
    /// The selected cell, the heads shown and the current teaching step.
    ViewState* viewState() const { return m_viewState; }
    /// The document's computation, kept current.
    LiveComputation* computation() const { return m_computation; }
    HeatmapBoard* board() const;
    ViewActions* viewActions() const { return m_view; }
    /// File → New, Open, Open Recent, Save, Save As and the unsaved-changes question.
    SessionFileActions* fileActions() const { return m_files; }
    /// Edit → Undo and Redo (their text names the step, e.g. "Undo Edit Keys row 2, column 1").
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    /// Edit → Preferences… (Ctrl+, and the platform's key; PreferencesRole).
    QAction* preferencesAction() const { return m_preferencesAction; }
    /// Shows the Preferences dialog (modal) for this window.
    void showPreferences();
    /// Drops the layout restored from the last session: back to the default 1440 × 900 and the default splitter
    /// sizes, which showEvent() then keeps. For `attnlab --screenshot`, whose picture must not depend on how the
    /// window was last left (nor shrink to the offscreen platform's 800 × 600 screen). Call before show().
    void useDefaultLayout();
    /// Autosaves the session to this window's recovery file (see Autosaver).
    Autosaver* autosaver() const { return m_autosaver; }
    /// The bar above the window's content that says when autosave cannot write (see AutosaveWarning).
    AutosaveWarning* autosaveWarning() const { return m_autosaveWarning; }
    /// The heatmap on screen with this spec id ("scores", "weights", "head2_weights", …), or nullptr.
    HeatmapWidget* heatmap(const QString& id) const;
    /// The text above the heatmaps: why nothing can be computed, or which queries have no weights.
    QString notice() const;
    /// The settings and tables column (hidden in presentation mode).
    QWidget* inputsColumn() const;
    /// The scrolling settings panel above the tables (mode, scoring and weights, mask).
    QScrollArea* settingsPanel() const { return m_settingsScroll; }
    /// The panel's folding sections: "inputs", "scoring", "mask", top to bottom.
    const QList<SettingsSection*>& settingsSections() const { return m_sections; }
    /// What File → Export Handout asks for: the selected cell exactly (its stage, row and column; its query and
    /// key for the other pages, in its head), the session file's name for the footer, the cell digits, the
    /// softmax Jacobian's row when one is shown, and the heads shown, whose steps (the stage bar's) number the
    /// pages (handoutOptionsFor()).
    HandoutOptions handoutOptions() const;
    /// Gives the settings panel its full height above the tables when that leaves the tables 40 % of the column
    /// (else as much); at the first show unless a saved layout was restored, and when a section folds or opens.
    void fitSettings();
    /// fitSettings() when the panel's height hint grew (a field appeared) beyond the height it has; otherwise
    /// nothing (a panel the user made smaller stays so until its content grows).
    void growSettingsToFit();

protected:
    /// Asks about unsaved changes; stays open if the user cancels. Closing removes the recovery file and saves
    /// the window's layout (geometry, state, splitters: saveWindowLayout), which the next window restores.
    void closeEvent(QCloseEvent* event) override;
    /// Ctrl+Z (Ctrl+Shift+Z) in a text field of the window (a table cell's editor, a spin box) undoes (redoes)
    /// the typing while there is some; with nothing typed to undo it is Edit → Undo (Redo), not swallowed.
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// The first time: restores the splitters as they were left (restoreSplitters), the window laid out; without
    /// a saved height of the settings panel, fits it (fitSettings).
    void showEvent(QShowEvent* event) override;

private:
    /// The settings panel's whole height: its content's size hint and the scroll area's frame.
    int settingsHeightHint() const;
    QWidget* buildSettings();
    QWidget* buildTables();
    void buildMenus();
    void updateTabs();
    void updateTitle();
    /// File → Export Handout with handoutOptions(); the status bar says where it was written.
    void exportHandout();

    SessionDocument* m_document{nullptr};
    SessionFileActions* m_files{nullptr};
    ScoringPanel* m_scoring{nullptr};
    MaskPanel* m_mask{nullptr};
    ModePanel* m_mode{nullptr};
    QSplitter* m_inputs{nullptr};
    QScrollArea* m_settingsScroll{nullptr};
    QList<SettingsSection*> m_sections;
    QTabWidget* m_tabs{nullptr};
    QMap<MatrixRole, MatrixEditor*> m_editors;
    ViewState* m_viewState{nullptr};
    LiveComputation* m_computation{nullptr};
    ResultsArea* m_results{nullptr};
    ExportActions* m_exports{nullptr};
    ViewActions* m_view{nullptr};
    Autosaver* m_autosaver{nullptr};
    AutosaveWarning* m_autosaveWarning{nullptr};
    QAction* m_undoAction{nullptr};
    QAction* m_redoAction{nullptr};
    QAction* m_preferencesAction{nullptr};
    bool m_splittersRestored{false};
    int m_settingsWanted{0}; ///< The settings panel's height hint when last measured (growSettingsToFit()).
    bool m_shown{false};
};

/// A built-in example session, read from the application's resources (":/examples/<name>.json").
/// @throws attn::io::SessionFileError if there is no such example.
attn::Session builtInExample(const QString& name = QStringLiteral("waistline"));

} // namespace attn::ui
