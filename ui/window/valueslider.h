#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace attn::ui {

/// A positive parameter (bandwidth σ, temperature T) as a logarithmic slider beside an exact spin box.
///
/// The spin box takes any value from `minimum` to `maximum`. The slider covers two decades of it at a time, on a
/// logarithmic scale: kStepsPerDecade positions a decade, so one position multiplies the value by
/// 10^(1/kStepsPerDecade) ≈ 1.023, and a drag across a slider 250 px wide changes the value 100-fold at most
/// (50 px: about 2.5-fold), whatever the full range. The window is centred on the first value (one decade either
/// side, kept inside the range) and stays while the value lies in it, so that the handle always shows where the
/// value is (T = 0.1 at the left end, 1 in the middle, 10 at the right); a value set beyond it (typed, loaded,
/// undone) centres it on that value again. Positions map to values
/// as lowest() · 10^(position / kStepsPerDecade), rounded to three significant digits (1.02, 15.3, 471).
///
/// Dragging the slider moves the value live; typing sets it exactly. valueChanged() fires for both.
class ValueSlider : public QWidget {
    Q_OBJECT
public:
    /// Slider positions a decade.
    static constexpr int kStepsPerDecade = 100;
    /// Decades the slider covers at a time.
    static constexpr int kDecades = 2;

    /// `minimum` and `maximum` must be > 0 with maximum ≥ 100 · minimum. The spin box takes three significant
    /// digits at `minimum` (so 5 decimals for 0.001) and shows a value without trailing zeros ("1", "0.25").
    ValueSlider(double minimum, double maximum, QWidget* parent = nullptr);

    double value() const;
    /// Sets the value without emitting valueChanged(). A value outside [minimum, maximum] (from a file) widens the
    /// range to take it, and the spin box gets the decimals to show it exactly: what is shown is what is computed.
    void setValueSilently(double value);

    /// The range a typed value must lie in now: the constructor's, widened to the last value set silently.
    double minimum() const { return m_minimum; }
    double maximum() const { return m_maximum; }

    /// The value at the slider's left end (position 0) now.
    double lowest() const { return m_lowest; }
    /// The value at slider position `position` (0 … kDecades · kStepsPerDecade) in the current window.
    double valueAt(int position) const;
    /// The slider position of `value` in the current window (clamped to its ends).
    int positionOf(double value) const;

    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* spinBox() const { return m_spin; }

signals:
    void valueChanged(double value);
    /// The slider was released after a drag (one undoable step).
    void dragFinished();
    /// A continuous change ended or a new one begins, so that the next valueChanged() starts a new undo step:
    /// the slider was pressed or released, lost the focus (ending a run of arrow-key steps), or the spin box
    /// finished editing (Return or focus out).
    void stepFinished();
    /// Typed text was not taken (out of [minimum(), maximum()], or not a number): the spin box shows the last
    /// value again. `text` is what was typed, for a message that names it and the range.
    void inputRefused(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Centres the window on `value` when it lies outside it; keeps the slider's position in step. Never during a
    /// drag (the handle stays under the mouse).
    void followValue(double value);

    double m_minimum{0.01};
    double m_maximum{100.0};
    double m_lowestAllowed{0.01};   ///< The constructor's minimum, before a value from a file widened the range.
    double m_highestAllowed{100.0}; ///< The constructor's maximum.
    int m_decimals{4};              ///< The spin box's decimals for values inside the constructor's range.
    double m_lowest{0.1};           ///< The value at position 0.
    bool m_placed{false}; ///< Whether the window was centred on a value yet (the first value set centres it).
    QSlider* m_slider{nullptr};
    QDoubleSpinBox* m_spin{nullptr};
};

} // namespace attn::ui
