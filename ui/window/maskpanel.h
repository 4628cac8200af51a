#pragma once

#include "document/sessiondocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace attn::ui {

/// The mask: none, causal, valid lengths (one per query, typed as "2, 6"), a local window w, or explicit cells
/// (a click on a score cell masks or unmasks it).
class MaskPanel : public QWidget {
    Q_OBJECT
public:
    explicit MaskPanel(SessionDocument* document, QWidget* parent = nullptr);

    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* validLengthsEdit() const { return m_lengths; }
    QSpinBox* windowBox() const { return m_window; }
    /// The message under the valid lengths when the typed text was refused; empty otherwise.
    QString message() const;

private:
    void syncFromDocument();
    void apply();

    SessionDocument* m_document{nullptr};
    QComboBox* m_kind{nullptr};
    QLabel* m_lengthsLabel{nullptr};
    QLineEdit* m_lengths{nullptr};
    QLabel* m_windowLabel{nullptr};
    QSpinBox* m_window{nullptr};
    QLabel* m_hint{nullptr};
    QLabel* m_message{nullptr};
};

} // namespace attn::ui
