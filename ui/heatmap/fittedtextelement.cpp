#include "heatmap/fittedtextelement.h"

#include "base/scaledfont.h"

#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace attn::ui {

FittedTextElement::FittedTextElement(QCustomPlot* plot, const QString& text, const QFont& font)
    : QCPTextElement(plot, text, font)
{
}

std::pair<QFont, QString> FittedTextElement::fitted(int width) const
{
    const QFont preferred = mainFont();
    // A font set by pixels (the handout's) has no point size: its pixels count as points at 96 dpi.
    const double size = preferred.pointSizeF() > 0 ? preferred.pointSizeF() : preferred.pixelSize() * 0.75;
    const double available = width;
    for (double points = size; points > kMinPointSize; points -= 0.5) {
        const QFont font = scaledFont(preferred, points / size);
        if (QFontMetricsF(font).horizontalAdvance(mText) <= available)
            return {font, mText};
    }
    const QFont font = size > 0 ? scaledFont(preferred, std::min(kMinPointSize, size) / size) : preferred;
    return {font, QFontMetricsF(font).elidedText(mText, Qt::ElideRight, std::max(0.0, available))};
}

void FittedTextElement::draw(QCPPainter* painter)
{
    const auto [font, text] = fitted(mRect.width());
    painter->setFont(font);
    painter->setPen(QPen(mainTextColor()));
    painter->drawText(mRect, mTextFlags, text, &mTextBoundingRect);
}

int FittedTextElement::drawnHeight() const
{
    // The height of the text as drawn: a glyph from a fallback font (Chinese, σ, √ in a Latin font) may be
    // higher than the font's own line.
    QTextLayout layout(mText, mFont);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();
    return std::max(QFontMetrics(mFont).height(), line.isValid() ? static_cast<int>(std::ceil(line.height())) : 0);
}

QSize FittedTextElement::minimumOuterSizeHint() const
{
    return QSize(mMargins.left() + mMargins.right(), drawnHeight() + mMargins.top() + mMargins.bottom());
}

QSize FittedTextElement::maximumOuterSizeHint() const
{
    // QCPTextElement caps its row at the font's own bounding rectangle, lower than a fallback glyph: the grid
    // then gives the title less than its minimum. The same height as the minimum: the row never grows either.
    return QSize(QWIDGETSIZE_MAX, drawnHeight() + mMargins.top() + mMargins.bottom());
}

} // namespace attn::ui
