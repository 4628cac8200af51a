#include "window/valueslider.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QValidator>

#include <algorithm>
#include <cmath>
#include <functional>

namespace attn::ui {

namespace {

constexpr int kPositions = ValueSlider::kDecades * ValueSlider::kStepsPerDecade;

/// `v` rounded to three significant digits, so that a dragged value reads well: 0.734, 1.02, 15.3.
double threeDigits(double v)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)) - 2.0);
    return std::round(v / magnitude) * magnitude;
}

/// A spin box that shows its value without trailing zeros ("1", "0.25", "1.02") and is wide enough for the
/// longest value it can hold.
class TrimmedSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    /// Called with the text when Return or leaving the box finds it outside the range (or not yet a number):
    /// QAbstractSpinBox then puts the last value back, which the person must be told.
    std::function<void(const QString&)> onRefused;

    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        if (text.contains(locale().decimalPoint())) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(locale().decimalPoint()))
                text.chop(1);
        }
        // A value from a file far outside the usual range (σ = 1e-20, 1e300) in exponent notation, not 300 digits.
        if (text.size() > kLongestPlainText)
            text = locale().toString(value, 'g', QLocale::FloatingPointShortest);
        return text;
    }

    /// Enough decimals to hold `value` exactly as its shortest decimal form (123456.789: 3; 1e-20: 20), and at
    /// least `fewest`.
    static int decimalsFor(double value, int fewest)
    {
        const QString text = QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
        const qsizetype point = text.indexOf(u'.');
        return std::max(fewest, point < 0 ? 0 : static_cast<int>(text.size() - point - 1));
    }

    /// Also a number in exponent notation ("1e-3", "2.5E2"): QDoubleSpinBox's own validator drops the "e" and the
    /// sign after it, so that "1e-3" became 13.
    QValidator::State validate(QString& text, int& position) const override
    {
        if (QDoubleSpinBox::validate(text, position) == QValidator::Acceptable)
            return QValidator::Acceptable;
        for (const QChar c : text)
            if (!c.isDigit() && c != locale().decimalPoint() && !QStringLiteral("eE+-").contains(c))
                return QValidator::Invalid;
        bool ok = false;
        const double value = parse(text, &ok);
        return ok && value >= minimum() && value <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    }

    double valueFromText(const QString& text) const override
    {
        bool ok = false;
        const double value = parse(text, &ok);
        return ok ? value : QDoubleSpinBox::valueFromText(text);
    }

    QSize minimumSizeHint() const override { return sizeHint(); }
    QSize sizeHint() const override
    {
        // QDoubleSpinBox measures its minimum and maximum only; a value such as 0.00123 or 1234.5 is longer.
        QSize size = QDoubleSpinBox::sizeHint();
        const int widest = fontMetrics().horizontalAdvance(QStringLiteral("0.00000"));
        const int longest = std::max(fontMetrics().horizontalAdvance(textFromValue(minimum())),
                                     fontMetrics().horizontalAdvance(textFromValue(maximum())));
        size.rwidth() += std::max(0, widest - longest);
        return size;
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            takeTypedText();
        QDoubleSpinBox::keyPressEvent(event);
    }

    void focusOutEvent(QFocusEvent* event) override
    {
        takeTypedText();
        QDoubleSpinBox::focusOutEvent(event);
    }

private:
    static constexpr qsizetype kLongestPlainText = 18;

    /// Before QAbstractSpinBox interprets the typed text: reports a text it would put back (out of range), and
    /// widens the decimals for a number typed with more of them, which it would otherwise round (0.123456789).
    void takeTypedText()
    {
        QString text = lineEdit()->text();
        if (text == textFromValue(value()))
            return;
        int position = 0;
        if (validate(text, position) != QValidator::Acceptable) {
            if (onRefused)
                onRefused(text.trimmed());
            return;
        }
        bool ok = false;
        const double typed = parse(text, &ok);
        if (ok && decimalsFor(typed, 0) > decimals()) {
            setDecimals(decimalsFor(typed, 0));
            lineEdit()->setText(text); // setDecimals() wrote the old value back into the line
        }
    }

    double parse(const QString& text, bool* ok) const
    {
        const double value = locale().toDouble(text.trimmed(), ok);
        return *ok ? value : QLocale::c().toDouble(text.trimmed(), ok);
    }
};

} // namespace

ValueSlider::ValueSlider(double minimum, double maximum, QWidget* parent)
    : QWidget(parent), m_minimum(minimum), m_maximum(maximum), m_lowestAllowed(minimum), m_highestAllowed(maximum)
{
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, kPositions);
    m_slider->setSingleStep(1);
    m_slider->setPageStep(kStepsPerDecade / 10); // ×1.26
    auto* spin = new TrimmedSpinBox(this);
    spin->onRefused = [this](const QString& text) { emit inputRefused(text); };
    m_spin = spin;
    m_spin->setLocale(QLocale::c());
    // Three significant digits at the minimum: 0.001 → 5 decimals, 0.01 → 4.
    m_decimals = std::max(0, static_cast<int>(std::ceil(-std::log10(minimum) - 1e-9)) + 2);
    m_spin->setDecimals(m_decimals);
    m_spin->setRange(minimum, maximum);
    m_spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType); // steps of a tenth of the leading digit
    m_spin->setKeyboardTracking(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const double v = valueAt(position);
        {
            const QSignalBlocker block(m_spin);
            m_spin->setValue(v);
        }
        const double shown = m_spin->value();
        if (!m_slider->isSliderDown())
            followValue(shown); // a key step or the wheel: the handle where the rounded value lies
        emit valueChanged(shown);
    });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        followValue(v);
        emit valueChanged(v);
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        followValue(m_spin->value());
        emit dragFinished();
    });
    connect(m_slider, &QSlider::sliderPressed, this, &ValueSlider::stepFinished);
    connect(m_slider, &QSlider::sliderReleased, this, &ValueSlider::stepFinished);
    connect(m_spin, &QDoubleSpinBox::editingFinished, this, &ValueSlider::stepFinished);
    m_slider->installEventFilter(this);
    m_lowest = std::clamp(1.0, m_minimum, m_maximum); // replaced by the first value set: the window centres on it
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
    // A value from the document (a file, an undo) is shown as it is: the range widens to take it, the decimals
    // grow to hold it, rather than the spin box clamping or rounding it to something the computation does not use.
    m_minimum = std::min(m_lowestAllowed, value);
    m_maximum = std::max(m_highestAllowed, value);
    m_spin->setDecimals(TrimmedSpinBox::decimalsFor(value, m_decimals));
    m_spin->setRange(m_minimum, m_maximum);
    m_spin->setValue(value);
    followValue(m_spin->value());
}

double ValueSlider::valueAt(int position) const
{
    const double v = m_lowest * std::pow(10.0, static_cast<double>(position) / kStepsPerDecade);
    return std::clamp(threeDigits(v), m_minimum, m_maximum);
}

int ValueSlider::positionOf(double value) const
{
    const double steps = kStepsPerDecade * std::log10(std::max(value, m_minimum) / m_lowest);
    return static_cast<int>(std::lround(std::clamp(steps, 0.0, double(kPositions))));
}

void ValueSlider::followValue(double value)
{
    if (m_slider->isSliderDown())
        return;
    // The window stays while the value lies in it, so that the handle always sits where its value is on the
    // scale (0.1 at the left end, 10 at the right); a value set beyond it (typed, loaded, undone) moves it.
    const double steps = kStepsPerDecade * std::log10(std::max(value, m_minimum) / m_lowest);
    if (!m_placed || steps < -0.5 || steps > kPositions + 0.5) {
        m_placed = true;
        // One decade either side of the value, kept inside [minimum, maximum].
        const double highestLowest = m_maximum / std::pow(10.0, kDecades);
        m_lowest =
            std::clamp(value / std::pow(10.0, kDecades / 2.0), m_minimum, std::max(m_minimum, highestLowest));
    }
    const QSignalBlocker block(m_slider);
    m_slider->setValue(positionOf(value));
}

} // namespace attn::ui
