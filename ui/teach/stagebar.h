#pragma once

#include "compute/teachingsteps.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace attn::ui {

class LiveComputation;
class ViewState;

/// Walks through the computation one stage at a time: a button per stage (the current one highlighted),
/// Previous / Next, Play (reading "Pause" while it plays) with an adjustable pace, "All" to show every stage at
/// once, and one line saying what the current stage does. Stage −1 means "all stages shown".
class StageBar : public QWidget {
    Q_OBJECT
public:
    /// The description's font size relative to the bar's font (which follows the text size and presentation).
    static constexpr double kDescriptionScale = 1.15;

    explicit StageBar(QWidget* parent = nullptr);

    /// Follows `computation` (its steps) and `view` (the current step, both ways). Choosing a step selects a cell
    /// of its first heatmap in `view`, so that the explanation follows the stage: the query and key of the cell
    /// selected before, else the query that sees the most keys (the first of equals; under a causal mask the
    /// last) at its first visible key. Neither may be null.
    void listenTo(LiveComputation* computation, ViewState* view);

    /// Replaces the stages; keeps the current index when it still exists.
    void setSteps(const QList<TeachingStep>& steps);
    const QList<TeachingStep>& steps() const { return m_steps; }

    /// −1 (all shown) or 0 … steps − 1.
    int current() const { return m_current; }
    void setCurrent(int index);

    void next();
    void previous();
    /// Starts or stops stepping forward every `pace` seconds (stops at the last stage).
    void setPlaying(bool playing);
    bool isPlaying() const;
    /// Multiplies the description's size by `factor` (1 by default; larger in presentation mode).
    void setEmphasis(double factor);
    double emphasis() const { return m_emphasis; }

    /// The one-line description on display.
    QString description() const;

signals:
    void currentChanged(int index);

protected:
    /// A new font (text size, presentation mode) scales the description with it.
    void changeEvent(QEvent* event) override;

private:
    void applyFonts();
    /// "Play" with a play icon, or "Pause" with a pause icon while playing; as wide as the wider of the two.
    void updatePlayButton();
    void rebuildButtons();
    void updateView();

    QList<TeachingStep> m_steps;
    int m_current{-1};
    double m_emphasis{1.0};
    QHBoxLayout* m_stepsLayout{nullptr};
    QButtonGroup* m_group{nullptr};
    QList<QPushButton*> m_stepButtons;
    QPushButton* m_all{nullptr};
    QPushButton* m_previous{nullptr};
    QPushButton* m_next{nullptr};
    QPushButton* m_play{nullptr};
    QDoubleSpinBox* m_pace{nullptr};
    QLabel* m_description{nullptr};
    QTimer* m_timer{nullptr};
};

} // namespace attn::ui
