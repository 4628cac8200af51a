#include "heatmap/fittedtextelement.h"

#include <QFontMetricsF>

namespace attn::ui {

FittedTextElement::FittedTextElement(QCustomPlot* plot, const QString& text, const QFont& font)
    : QCPTextElement(plot, text, font)
{
}

std::pair<QFont, QString> FittedTextElement::fitted(int width) const
{
    QFont font = mainFont();
    const double available = width;
    for (double points = font.pointSizeF(); points > kMinPointSize; points -= 0.5) {
        font.setPointSizeF(points);
        if (QFontMetricsF(font).horizontalAdvance(mText) <= available)
            return {font, mText};
    }
    font.setPointSizeF(std::min(kMinPointSize, mainFont().pointSizeF()));
    return {font, QFontMetricsF(font).elidedText(mText, Qt::ElideRight, std::max(0.0, available))};
}

void FittedTextElement::draw(QCPPainter* painter)
{
    const auto [font, text] = fitted(mRect.width());
    painter->setFont(font);
    painter->setPen(QPen(mainTextColor()));
    painter->drawText(mRect, mTextFlags, text, &mTextBoundingRect);
}

QSize FittedTextElement::minimumOuterSizeHint() const
{
    const QFontMetrics metrics(mFont);
    return QSize(mMargins.left() + mMargins.right(), metrics.height() + mMargins.top() + mMargins.bottom());
}

} // namespace attn::ui
