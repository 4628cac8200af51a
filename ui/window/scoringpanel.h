#pragma once

#include "document/sessiondocument.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace attn::ui {

/// The scoring-function selector (dot, scaled dot, Gaussian kernel) and the bandwidth σ of the Gaussian kernel.
/// Edits go straight to the document; the panel follows the document when a session is loaded.
class ScoringPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScoringPanel(SessionDocument* document, QWidget* parent = nullptr);

    QComboBox* functionBox() const { return m_function; }
    QDoubleSpinBox* sigmaBox() const { return m_sigma; }

private:
    void syncFromDocument();
    void apply();

    SessionDocument* m_document{nullptr};
    QComboBox* m_function{nullptr};
    QLabel* m_sigmaLabel{nullptr};
    QDoubleSpinBox* m_sigma{nullptr};
    QLabel* m_formula{nullptr};
};

} // namespace attn::ui
