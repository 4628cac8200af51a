#pragma once

#include <QLabel>
#include <QStringList>

namespace attn::ui {

/// A one-line label that never wraps: it shows the first of its texts (longest first) that fits its width, and
/// the last one elided (…) if none does. A table's title uses it with "Values V  3 × 1" and "V  3 × 1", so a
/// narrow column shows the shorter title on one line instead of wrapping the long one onto two. The full text
/// is the tooltip's first line when a shorter one is shown. While hidden (not laid out) it holds the first text.
class FittedLabel : public QLabel {
    Q_OBJECT
public:
    explicit FittedLabel(QWidget* parent = nullptr);

    /// Sets the texts to choose from, the preferred (longest) first; at least one.
    void setTexts(const QStringList& texts);
    const QStringList& texts() const { return m_texts; }

    /// Wide enough for the first text.
    QSize sizeHint() const override;
    /// Wide enough for the last (shortest) text, which the layout then never cuts.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Shows the text that fits the current width.
    void fit();

    QStringList m_texts; ///< Never empty.
};

} // namespace attn::ui
