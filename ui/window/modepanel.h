#pragma once

#include "document/sessiondocument.h"
#include "heatmap/heatmapspec.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace attn::ui {

/// How queries, keys and values arise: typed directly, or derived from tokens X (self-attention, optionally
/// with positional encoding); single- or multi-head; which head the heatmaps show; and the seed of "Random".
class ModePanel : public QWidget {
    Q_OBJECT
public:
    explicit ModePanel(SessionDocument* document, QWidget* parent = nullptr);

    /// The seed that "Random" fills use.
    std::uint32_t seed() const;
    /// Which heads the heatmaps show (multi-head mode).
    HeatmapSelection selection() const;

    QRadioButton* selfAttentionButton() const { return m_selfAttention; }
    QCheckBox* multiHeadBox() const { return m_multiHead; }
    QSpinBox* headsBox() const { return m_heads; }
    QComboBox* headViewBox() const { return m_headView; }

signals:
    void selectionChanged();

private:
    void syncFromDocument();

    SessionDocument* m_document{nullptr};
    QRadioButton* m_plain{nullptr};
    QRadioButton* m_selfAttention{nullptr};
    QCheckBox* m_positional{nullptr};
    QPushButton* m_identity{nullptr};
    QCheckBox* m_multiHead{nullptr};
    QSpinBox* m_heads{nullptr};
    QComboBox* m_headView{nullptr};
    QSpinBox* m_seed{nullptr};
};

} // namespace attn::ui
