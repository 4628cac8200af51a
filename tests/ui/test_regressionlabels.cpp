// The regression view's texts at every σ and T (their sliders are logarithmic: σ 0.001 … 10000, T 0.01 … 100),
// every text size (normal, Ctrl++ twice, presentation, presentation with Ctrl++ twice) and several plot sizes:
// no text covers another, a weight bar or a point marker, and none is cut at the plot's edge. The boxes are those
// QCustomPlot's own items report (their topLeft and bottomRight anchors); the bars and points are computed here
// from the plotted data, their widths and the axes, not taken from the view's own placing.
#include "fixtures.h"
#include "regressiontestsupport.h"
#include "teach/regressionview.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QTest>

#include <algorithm>

#include <cmath>
#include <vector>

using attn::ui::RegressionView;
using attn::ui::test::labelFaults;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The waistline (keys 60, 64, 68; values 110, 115, 126; query 62) with the Gaussian kernel at σ and T.
attn::Session waistline(double sigma, double temperature)
{
    attn::Session session = attn::waistlineExample();
    session.scoring = attn::Scoring(attn::ScoringFunction::Gaussian, sigma);
    session.normalization.temperature = temperature;
    return session;
}

} // namespace

TEST(RegressionLabels, NoTextCoversAnotherABarOrAPointAtAnySigmaTemperatureTextSizeOrPlotSize)
{
    // Text scales: normal, Ctrl++ twice (1.15²), presentation (1.7), presentation with Ctrl++ twice; each in the
    // plot sizes it has beside the heatmaps (1280 × 720 and 1440 × 900 windows, a wide view).
    struct Layout {
        double scale;
        QSize size;
        bool roomy; ///< Room for the query's label, f(q) and the largest weight whatever σ and T.
    };
    const Layout layouts[] = {{1.0, {800, 500}, true},           {1.0, {320, 520}, false},
                              {1.3225, {420, 420}, true},        {1.7, {560, 620}, true},
                              {1.7 * 1.3225, {560, 620}, false}, {1.7 * 1.3225, {380, 560}, false}};
    const double sigmas[] = {0.001, 0.05, 1.0, 3.98, 40.0, 10000.0}; // logarithmic, over the slider's decades
    const double temperatures[] = {0.01, 0.166, 1.0, 100.0};
    RegressionView view;
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    int estimatesShown = 0;
    int configurations = 0;
    for (const Layout& layout : layouts) {
        view.resize(layout.size);
        view.setTextScale(layout.scale);
        for (const double sigma : sigmas) {
            for (const double temperature : temperatures) {
                view.setSession(waistline(sigma, temperature));
                view.plot()->replot(); // lays out and places the texts (afterLayout)
                const QString where = u"σ = %1, T = %2, text × %3, %4 × %5: "_s.arg(sigma)
                                          .arg(temperature)
                                          .arg(layout.scale)
                                          .arg(layout.size.width())
                                          .arg(layout.size.height());
                const QStringList faults = labelFaults(view);
                EXPECT_TRUE(faults.isEmpty()) << (where + faults.join(u"; "_s)).toStdString();
                // Not by hiding everything: where there is room, the query's label, f(q) and the largest weight's
                // always find a place. (In the cramped layouts the rule may leave them out, never overlap.)
                const QVector<double> weights = view.weightsShown();
                ASSERT_EQ(weights.size(), 3) << where.toStdString();
                if (layout.roomy) {
                    EXPECT_TRUE(view.queryLabels().at(0)->visible()) << where.toStdString();
                    const auto largest = std::max_element(weights.cbegin(), weights.cend()) - weights.cbegin();
                    EXPECT_TRUE(view.weightLabels().at(largest)->visible()) << where.toStdString();
                    estimatesShown += view.estimateLabel()->visible() ? 1 : 0;
                    ++configurations;
                }
            }
        }
    }
    EXPECT_EQ(estimatesShown, configurations) << "f(q) found a free place every time";
}
