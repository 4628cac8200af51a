#pragma once

#include "attn/session.h"
#include "files/importedfile.h"
#include "files/importtarget.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace attn::ui {

/// Asks where an imported matrix goes: shows the file name and what it holds, one spin box per leading
/// dimension of an array (named "Layer", "Head", … with its 0-based range), the target (each table the session
/// has now by its title and shape, or "View as an attention matrix (no computation)") and a preview of the
/// chosen slice's shape. A slice that cannot be used (a NaN in it) is named in the preview and disables Import.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `initial` chooses the target shown first (a role that is not a table of `session` falls back to the
    /// first table) and the first slice (indices out of range start at 0). `file` and `session` must outlive the
    /// dialog.
    ImportDialog(const ImportedFile& file, const attn::Session& session, const ImportTarget& initial,
                 QWidget* parent = nullptr);

    /// The chosen target and slice.
    ImportTarget target() const;
    /// Chooses the target and slice, as the user would.
    void setTarget(const ImportTarget& target);
    /// The chosen slice, rows × columns (empty if it cannot be read: see preview()).
    const attn::Matrix& slice() const { return m_slice; }
    /// The preview line: the slice's shape and what importing it does, or why it cannot be used.
    QString preview() const;

    QComboBox* targetBox() const { return m_targetBox; }
    /// The spin box of leading dimension `i` (0-based), or nullptr.
    QSpinBox* indexBox(int i) const { return m_indexBoxes.value(i); }

private:
    void update();

    const ImportedFile& m_file;
    const attn::Session& m_session;
    QList<QSpinBox*> m_indexBoxes;
    QComboBox* m_targetBox{nullptr};
    QLabel* m_preview{nullptr};
    QDialogButtonBox* m_buttons{nullptr};
    attn::Matrix m_slice;
};

} // namespace attn::ui
