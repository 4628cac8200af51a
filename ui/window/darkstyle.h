#pragma once

#include <QPalette>
#include <QProxyStyle>

namespace attn::ui {

/// The dark theme's palette: dark grey window and base, light text, light blue links (#8ab4f8, visited
/// #c58af9), and light bevel roles (Light … Shadow) so that frames and indicator outlines stand out.
QPalette darkPalette();

/// Fusion for the dark theme. Fusion outlines unchecked check boxes and radio buttons in a shade of the window
/// colour, which vanishes on a dark window; this style draws them again in the palette's Mid colour
/// (contrast ≥ 3 against the window, WCAG 2.1 non-text contrast).
class DarkFusionStyle : public QProxyStyle {
public:
    DarkFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace attn::ui
