#pragma once

#include "window/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace attn::ui {

class ViewActions;

/// Edit → Preferences: the language (applies when Attention Lab is next started), theme, colour map, text size,
/// significant digits printed in heatmap cells, and the format and PNG scale the exports offer first.
/// OK applies the choices and closes, Apply applies them and stays open (enabled while something differs from
/// what is applied), Cancel closes without applying anything not yet applied, Restore Defaults shows the
/// defaults of Preferences in the controls (applied by OK or Apply). The view choices go through ViewActions, so
/// the View menu and the open window follow at once; every choice is kept in Settings (Preferences::save).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    /// Shows the preferences in effect: the view choices of `view`, the others from Settings.
    explicit PreferencesDialog(ViewActions* view, QWidget* parent = nullptr);

    /// The choices as the controls show them now (the text size unchanged keeps its exact factor).
    Preferences chosen() const;
    /// The choices in effect: as loaded when the dialog opened, or as last applied.
    Preferences applied() const { return m_applied; }

    /// Applies chosen(): the view choices through ViewActions, then everything to Settings.
    void apply();
    /// Shows `preferences` in the controls without applying them.
    void showPreferences(const Preferences& preferences);

private:
    QWidget* buildLanguage();
    QWidget* buildAppearance();
    QWidget* buildExport();
    void updateState();

    ViewActions* m_view{nullptr};
    Preferences m_applied;
    QComboBox* m_language{nullptr};
    QComboBox* m_theme{nullptr};
    QComboBox* m_colourMap{nullptr};
    QSpinBox* m_textSize{nullptr};
    QSpinBox* m_cellDigits{nullptr};
    QLabel* m_digitsExample{nullptr};
    QComboBox* m_exportFormat{nullptr};
    QComboBox* m_exportScale{nullptr};
    QDialogButtonBox* m_buttons{nullptr};
};

} // namespace attn::ui
