#pragma once

#include "attn/explain.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace attn::ui {

class FittedLabel;
class LiveComputation;
class ViewState;

/// Where a selected number is explained: its title, its formula with the actual numbers and the result (long
/// sums shortened, the full formula one click away), and buttons that copy it as plain text or as LaTeX.
class ExplanationPanel : public QWidget {
    Q_OBJECT
public:
    /// The formula's and the title's font sizes relative to the panel's font (which follows the window's text
    /// size and presentation mode).
    static constexpr double kFormulaScale = 1.35;
    static constexpr double kTitleScale = 1.1;

    explicit ExplanationPanel(QWidget* parent = nullptr);

    /// Explains the cell selected in `view` (attn::explain of its stage in `computation`) whenever either
    /// changes; clears when nothing is selected or the cell is gone. Neither may be null.
    void listenTo(LiveComputation* computation, ViewState* view);

    /// Multiplies the title's and the formula's sizes by `factor` (1 by default; presentation mode makes them
    /// larger than the rest, to be read from the back of a lecture hall).
    void setEmphasis(double factor);
    double emphasis() const { return m_emphasis; }

    /// Shows `explanation`.
    void setExplanation(const attn::Explanation& explanation);
    /// Shows the hint "Click a cell of any heatmap to see where its number comes from."
    void clear();
    /// Explains the selected cell again (after listenTo()), e.g. when the number format changed
    /// (attn::setExplainedDigits()).
    void explainSelection();

    /// The formula on display (shortened or full), as plain text.
    QString text() const;
    /// Copies the full formula as plain text / LaTeX to the clipboard.
    void copyText() const;
    void copyLatex() const;

protected:
    /// A new font (text size, presentation mode) scales the title and the formula with it.
    void changeEvent(QEvent* event) override;

private:
    static constexpr qsizetype kLongestTooltip = 500; ///< Characters of the heading its tooltip shows at most.

    void setTitle(const QString& title);
    void applyFonts();
    void updateFormula();

    attn::Explanation m_explanation;
    bool m_full{false};
    double m_emphasis{1.0};
    FittedLabel* m_title{nullptr};
    QLabel* m_formula{nullptr};
    QPushButton* m_expand{nullptr};
    QPushButton* m_copyText{nullptr};
    QPushButton* m_copyLatex{nullptr};
    LiveComputation* m_computation{nullptr};
    ViewState* m_view{nullptr};
};

} // namespace attn::ui
