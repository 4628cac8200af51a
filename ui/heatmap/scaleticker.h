#pragma once

#include <qcustomplot.h>

#include <QPointer>

namespace attn::ui {

/// The ticker of a colour scale's numbers: as many "nice" ticks (QCPAxisTicker's 1, 2, 2.5, 5 × 10ⁿ steps) as the
/// scale's length holds with a line of space between neighbouring labels, at most kMaxTicks. A short scale (a
/// heatmap of one row) gets the lowest and the highest of those nice ticks (never only the "0" in the middle of a
/// signed scale), or only the highest when not even two labels fit one above the other.
/// The length is the axis's as last laid out: call fitToLength() after each layout (it generates the ticks
/// again when the length asks for another count).
class ScaleTicker : public QCPAxisTicker {
public:
    static constexpr int kMaxTicks = 4; ///< The tick count asked of QCPAxisTicker on a long scale.

    /// Ticks for `axis` (a colour scale's axis, which must outlive the ticker's use).
    explicit ScaleTicker(QCPAxis* axis);

    /// The pixels from one tick to the next that two labels need: their line height and half a line between.
    double neededSpacing() const;

    /// Generates the ticks again when the axis's laid-out length asks for another count than the last
    /// generation's; true if it did (the margins beside the scale were measured with the old labels: replot).
    bool fitToLength();

    void generate(const QCPRange& range, const QLocale& locale, QChar formatChar, int precision,
                  QVector<double>& ticks, QVector<double>* subTicks, QVector<QString>* tickLabels) override;

private:
    /// The axis's length in pixels as last laid out (0 before the first layout).
    double axisLength() const;

    QPointer<QCPAxis> m_axis;
    double m_generatedLength{-1}; ///< The length the last generate() fitted its ticks to.
};

} // namespace attn::ui
