#include "base/themecolours.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace attn::ui {

namespace {

double linearChannel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

void applyErrorColour(QWidget* label)
{
    const QColor wanted = errorTextColour(QApplication::palette());
    QPalette palette = label->palette();
    if (palette.color(QPalette::WindowText) == wanted && palette.color(QPalette::Text) == wanted)
        return;
    palette.setColor(QPalette::WindowText, wanted);
    palette.setColor(QPalette::Text, wanted);
    label->setPalette(palette);
}

/// Re-colours its label when the application palette changes (a theme switch): QGuiApplication sends
/// ApplicationPaletteChange to the application object once the new palette is set, whichever widgets it reaches.
class ErrorColourFollower : public QObject {
public:
    explicit ErrorColourFollower(QWidget* label) : QObject(label), m_label(label) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            applyErrorColour(m_label);
        return false;
    }

private:
    QWidget* m_label;
};

} // namespace

double relativeLuminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linearChannel(rgb.redF()) + 0.7152 * linearChannel(rgb.greenF()) +
           0.0722 * linearChannel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

QColor errorTextColour(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void showAsErrorText(QWidget* label)
{
    applyErrorColour(label);
    qApp->installEventFilter(new ErrorColourFollower(label)); // removed with the label
}

} // namespace attn::ui
