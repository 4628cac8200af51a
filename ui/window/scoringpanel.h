#pragma once

#include "document/sessiondocument.h"
#include "document/settingnames.h" // scoringTitle()

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace attn::ui {

class ValueSlider;

/// Scoring function (with its formula, bandwidth σ and additive hidden size h) and normalisation (with its
/// temperature T). σ and T are sliders that move the heatmaps live; a drag is one undo step. Edits go straight
/// to the document; the panel follows the document when a session is loaded or a change is undone.
class ScoringPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScoringPanel(SessionDocument* document, QWidget* parent = nullptr);

    QComboBox* functionBox() const { return m_function; }
    QComboBox* normalizationBox() const { return m_normalization; }
    ValueSlider* sigmaSlider() const { return m_sigma; }
    ValueSlider* temperatureSlider() const { return m_temperature; }
    QSpinBox* hiddenSizeBox() const { return m_hidden; }
    /// Why a typed σ or T was not taken, naming what was typed and the range; empty when none is shown (the next
    /// change of the settings hides it).
    QString message() const;

private:
    void syncFromDocument();
    void refuse(const QString& message);

    SessionDocument* m_document{nullptr};
    QComboBox* m_function{nullptr};
    QLabel* m_formula{nullptr};
    QLabel* m_sigmaLabel{nullptr};
    ValueSlider* m_sigma{nullptr};
    QLabel* m_hiddenLabel{nullptr};
    QSpinBox* m_hidden{nullptr};
    QComboBox* m_normalization{nullptr};
    QLabel* m_temperatureLabel{nullptr};
    ValueSlider* m_temperature{nullptr};
    QLabel* m_message{nullptr};
};

/// The formula of a scoring function as a teacher writes it, e.g. "a(q, k) = q · k / √d_k".
QString scoringFormula(attn::ScoringFunction function);

} // namespace attn::ui
