// The attention-matrix viewer: a slice of a real .npy fixture (values stated in make_fixtures.py) shown without
// computation, its row-sum line, its labels, and a large matrix.
#include "filetestsupport.h"

#include "files/importedfile.h"
#include "files/matrixviewer.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>

using attn::ui::ImportedFile;
using attn::ui::MatrixViewer;

namespace {

/// attention[l, h, q, k] = 1000 l + 100 h + 10 q + k (make_fixtures.py).
double attention(int l, int h, int q, int k)
{
    return 1000.0 * l + 100.0 * h + 10.0 * q + k;
}

} // namespace

TEST(MatrixViewer, ShowsTheChosenSliceOfA4DArray)
{
    const ImportedFile file = ImportedFile::read(filetest::fixture(QStringLiteral("npy/attention_4d.npy")));
    const std::vector<long> leading{1, 2};
    MatrixViewer viewer(file.matrix(leading), attn::ui::labelsOrNumbers({}, 4), attn::ui::labelsOrNumbers({}, 5),
                        file.sliceTitle(leading));
    const attn::ui::HeatmapController* controller = viewer.heatmap()->controller();
    ASSERT_EQ(controller->spec().values.rows(), 4);
    ASSERT_EQ(controller->spec().values.cols(), 5);
    for (int q = 0; q < 4; ++q)
        for (int k = 0; k < 5; ++k)
            EXPECT_EQ(controller->cellValue(q, k), attention(1, 2, q, k)) << q << ", " << k;
    EXPECT_EQ(controller->spec().title, QStringLiteral("attention_4d.npy [layer 1, head 2]"));
    EXPECT_EQ(controller->spec().kind, attn::ui::HeatmapKind::Weights);
    EXPECT_EQ(controller->spec().rowLabels,
              (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    EXPECT_EQ(controller->spec().id, QStringLiteral("attention_4d_layer1_head2"));
    EXPECT_TRUE(viewer.windowTitle().startsWith(QStringLiteral("attention_4d.npy [layer 1, head 2]")));
    // Row 0 sums to 1200 + 1201 + … + 1204 = 6010, row 3 to 6160: not attention weights.
    EXPECT_EQ(viewer.summary(), QStringLiteral("4 \u00d7 5 (n_q \u00d7 n_k), rows sum to 6010 \u2026 6160: 4 of 4 "
                                               "rows do not sum to 1 within 1e-6 (attention weights do; is this "
                                               "the right slice?)"));
    EXPECT_TRUE(viewer.isWindow());
}

TEST(MatrixViewer, RowsThatSumToOneAreSaidToDoSo)
{
    const attn::Matrix weights{{0.25, 0.75}, {0.5, 0.5}, {1.0, 0.0}};
    MatrixViewer viewer(weights, {QStringLiteral("The"), QStringLiteral("cat"), QStringLiteral("sat")},
                        {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("w.csv"));
    EXPECT_EQ(viewer.summary(), QStringLiteral("3 \u00d7 2 (n_q \u00d7 n_k), every row sums to 1 within 1e-6"));
    EXPECT_EQ(viewer.heatmap()->controller()->spec().rowLabels.value(1), QStringLiteral("cat"));
    // The tooltip gives the exact value, as in the window.
    viewer.resize(600, 500);
    viewer.show();
    QApplication::processEvents();
    QCustomPlot* plot = viewer.heatmap()->plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPointF centre(plot->xAxis->coordToPixel(1), plot->yAxis->coordToPixel(0));
    EXPECT_EQ(viewer.heatmap()->cellToolTip(centre), QStringLiteral("The \u2192 b: 0.75"));
}

TEST(MatrixViewer, ARowOffByMoreThanTheToleranceIsNamed)
{
    // 0.3 + 0.7 is 1 within rounding; 0.5 + 0.5000011 is 1.0000011, off by 1.1e-6.
    const attn::Matrix weights{{0.3, 0.7}, {0.5, 0.5000011}};
    EXPECT_EQ(
        MatrixViewer::rowSumSummary(weights),
        QStringLiteral("2 \u00d7 2 (n_q \u00d7 n_k), rows sum to 1 \u2026 1.0000011: 1 of 2 rows do not sum to "
                       "1 within 1e-6 (attention weights do; is this the right slice?)"));
    const attn::Matrix nearlyOne{{0.3, 0.7}, {0.5, 0.5000009}};
    EXPECT_TRUE(MatrixViewer::rowSumSummary(nearlyOne).contains(QStringLiteral("every row sums to 1")));
}

TEST(MatrixViewer, A256By256MatrixOpens)
{
    constexpr int n = 256;
    attn::Matrix weights = attn::Matrix::Constant(n, n, 1.0 / n);
    weights(7, 9) = 2.0 / n; // row 7 sums to 1 + 1/256
    QElapsedTimer timer;
    timer.start();
    MatrixViewer viewer(weights, attn::ui::labelsOrNumbers({}, n), attn::ui::labelsOrNumbers({}, n),
                        QStringLiteral("big.npy"));
    viewer.show();
    QApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    EXPECT_EQ(viewer.heatmap()->controller()->cellValue(255, 255), 1.0 / n);
    EXPECT_EQ(viewer.heatmap()->controller()->cellValue(7, 9), 2.0 / n);
    EXPECT_TRUE(viewer.summary().contains(QStringLiteral("1 of 256 rows"))) << viewer.summary().toStdString();
    EXPECT_LT(elapsed, 20000) << "opening a 256 x 256 viewer took " << elapsed << " ms";
    RecordProperty("open_ms", static_cast<int>(elapsed));
}

TEST(MatrixViewer, ClosingDeletesIt)
{
    auto* viewer = new MatrixViewer(attn::Matrix{{1.0}}, {QStringLiteral("1")}, {QStringLiteral("1")},
                                    QStringLiteral("one.csv"));
    QPointer<MatrixViewer> guard(viewer);
    viewer->show();
    viewer->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(guard.isNull());
}
