#include "base/scaledfont.h"

#include <gtest/gtest.h>

#include <QFont>

TEST(ScaledFont, ScalesPointSizes)
{
    QFont font;
    font.setPointSizeF(10.0);
    EXPECT_DOUBLE_EQ(attn::ui::scaledFont(font, 1.5).pointSizeF(), 15.0);
}

TEST(ScaledFont, ScalesPixelSizesInsteadOfRefusingThem)
{
    // A font set by pixels has no point size (−1): 1.5 × −1 would be refused; 12 px × 1.5 = 18 px.
    QFont font;
    font.setPixelSize(12);
    const QFont scaled = attn::ui::scaledFont(font, 1.5);
    EXPECT_EQ(scaled.pixelSize(), 18);
    EXPECT_EQ(attn::ui::scaledFont(font, 0.01).pixelSize(), 1); // never below one pixel
}
