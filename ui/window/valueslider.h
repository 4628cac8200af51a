#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace attn::ui {

/// A positive parameter (bandwidth σ, temperature T) as a logarithmic slider beside an exact spin box. Dragging
/// the slider moves the value live; typing sets it exactly. valueChanged() fires for both.
class ValueSlider : public QWidget {
    Q_OBJECT
public:
    /// `minimum` and `maximum` must be > 0; the slider is logarithmic between them.
    ValueSlider(double minimum, double maximum, int decimals, QWidget* parent = nullptr);

    double value() const;
    /// Sets the value without emitting valueChanged().
    void setValueSilently(double value);

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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int toSlider(double value) const;
    double fromSlider(int position) const;

    double m_minimum{0.01};
    double m_maximum{100.0};
    QSlider* m_slider{nullptr};
    QDoubleSpinBox* m_spin{nullptr};
};

} // namespace attn::ui
