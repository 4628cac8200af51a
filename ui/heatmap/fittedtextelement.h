#pragma once

#include <qcustomplot.h>

#include <utility>

namespace attn::ui {

/// A plot title that never widens the plot: it asks the layout only for its height, and when the text is wider
/// than the space it gets, it is drawn in a smaller font (down to kMinPointSize) and then elided. font() stays
/// the preferred font.
class FittedTextElement : public QCPTextElement {
    Q_OBJECT
public:
    static constexpr double kMinPointSize = 9.0; ///< Smallest title font before the text is elided.

    /// A title with `text` in `font` on `plot`.
    FittedTextElement(QCustomPlot* plot, const QString& text, const QFont& font);

    /// The font the title is drawn in when `width` pixels are available, and the text drawn (elided if needed).
    std::pair<QFont, QString> fitted(int width) const;

protected:
    void draw(QCPPainter* painter) override;
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    /// The height of the text as drawn in font(), fallback glyphs included (at least the font's line height).
    int drawnHeight() const;
};

} // namespace attn::ui
