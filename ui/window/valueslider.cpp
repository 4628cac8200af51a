#include "window/valueslider.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace attn::ui {

namespace {
constexpr int kSteps = 1000;
}

ValueSlider::ValueSlider(double minimum, double maximum, int decimals, QWidget* parent)
    : QWidget(parent), m_minimum(minimum), m_maximum(maximum)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kSteps);
    m_spin = new QDoubleSpinBox(this);
    m_spin->setLocale(QLocale::c());
    m_spin->setDecimals(decimals);
    m_spin->setRange(minimum, maximum);
    m_spin->setSingleStep(0.1);
    m_spin->setKeyboardTracking(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double v = fromSlider(position);
        const QSignalBlocker block(m_spin);
        m_spin->setValue(v);
        emit valueChanged(m_spin->value());
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(toSlider(v));
        emit valueChanged(v);
    });
    connect(m_slider, &QSlider::sliderReleased, this, &ValueSlider::dragFinished);
    connect(m_slider, &QSlider::sliderPressed, this, &ValueSlider::stepFinished);
    connect(m_slider, &QSlider::sliderReleased, this, &ValueSlider::stepFinished);
    connect(m_spin, &QDoubleSpinBox::editingFinished, this, &ValueSlider::stepFinished);
    m_slider->installEventFilter(this);
}

bool ValueSlider::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_slider && event->type() == QEvent::FocusOut)
        emit stepFinished();
    return QWidget::eventFilter(watched, event);
}

double ValueSlider::value() const
{
    return m_spin->value();
}

void ValueSlider::setValueSilently(double value)
{
    const QSignalBlocker blockSpin(m_spin);
    const QSignalBlocker blockSlider(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(toSlider(value));
}

int ValueSlider::toSlider(double value) const
{
    const double t = std::log(std::clamp(value, m_minimum, m_maximum) / m_minimum) / std::log(m_maximum / m_minimum);
    return static_cast<int>(std::lround(t * kSteps));
}

double ValueSlider::fromSlider(int position) const
{
    const double v = m_minimum * std::pow(m_maximum / m_minimum, static_cast<double>(position) / kSteps);
    // Round to two significant digits so that a dragged value reads well: 0.73, 1.2, 15.
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
    return std::round(v / magnitude) * magnitude;
}

} // namespace attn::ui
