// Sessions from DOMAIN.md's worked examples and pixel helpers shared by the heatmap tests.
#pragma once

#include "attn/session.h"
#include "fixtures.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapwidget.h"
#include "teach/heatmapboard.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QColor>
#include <QImage>

#include <cmath>
#include <cstdlib>

namespace heatmaptest {

/// DOMAIN.md example 1 with a compact kernel: at σ = 1 no key lies within the bandwidth.
inline attn::Session waistlineKernel(attn::ScoringFunction function, double sigma)
{
    attn::Session session = attn::waistlineExample();
    session.scoring = attn::Scoring(function, sigma);
    return session;
}

/// The waistline's weights as the window shows them (DOMAIN.md example 1): one row, a = (0.5, 0.5, 5.63e−08).
inline attn::ui::HeatmapSpec waistlineWeightsSpec()
{
    attn::ui::HeatmapSpec spec;
    spec.id = QStringLiteral("weights");
    spec.title = QStringLiteral("Attention weights");
    spec.kind = attn::ui::HeatmapKind::Weights;
    spec.values = attn::ui::SharedMatrix(attn::Matrix{{0.5, 0.5, 5.626758e-08}});
    spec.rowLabels = {QStringLiteral("62 cm")};
    spec.columnLabels = {QStringLiteral("60 cm"), QStringLiteral("64 cm"), QStringLiteral("68 cm")};
    spec.rowAxisTitle = QStringLiteral("Queries");
    spec.columnAxisTitle = QStringLiteral("Keys");
    return spec;
}

/// DOMAIN.md example 3 (d2l §11.3): ten identical keys, values arange(40) as 10 × 4, two queries with valid
/// lengths 2 and 6, dot scoring.
inline attn::Session maskedUniform(std::vector<long> validLengths = {2, 6})
{
    attn::Session session;
    session.queries = attn::Matrix{{0.3, -1.0}, {2.0, 0.5}};
    session.keys = attn::Matrix::Constant(10, 2, 1.0);
    session.values.resize(10, 4);
    for (int i = 0; i < 10; ++i)
        for (int j = 0; j < 4; ++j)
            session.values(i, j) = 4 * i + j;
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    session.mask.kind = attn::MaskKind::ValidLengths;
    session.mask.valid_lengths = std::move(validLengths);
    return session;
}

/// The two-head case worked by hand: d_model 2, h 2, Q = K = V = I, W_Q = W_K = W_V = I, W_O = [[0, 1], [1, 0]],
/// dot scoring. Head 1 weights [[a, 1 − a], [1/2, 1/2]], head 2 [[1/2, 1/2], [1 − a, a]] with a = e/(1+e);
/// outputs [[1/2, a], [a, 1/2]].
inline attn::Session twoHeads()
{
    attn::Session session;
    session.queries = session.keys = session.values = attn::Matrix::Identity(2, 2);
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    session.multi_head = attn::MultiHead{2, attn::Matrix::Identity(2, 2), attn::Matrix::Identity(2, 2),
                                         attn::Matrix::Identity(2, 2), attn::Matrix{{0.0, 1.0}, {1.0, 0.0}}};
    return session;
}

/// Causal self-attention over five tokens, X 5 × 4, identity projections, scaled dot scoring.
inline attn::Session causalSelfAttention(bool positionalEncoding = false)
{
    attn::Session session;
    const attn::Matrix x{{0.8, -0.3, 0.5, 1.1},
                         {-0.6, 0.9, 0.2, -0.4},
                         {0.1, 0.4, -1.2, 0.7},
                         {1.3, -0.8, 0.6, 0.05},
                         {-0.2, 0.3, 0.9, -1.0}};
    const attn::Matrix w = attn::Matrix::Identity(4, 4);
    session.self_attention = attn::SelfAttention{x, w, w, w, positionalEncoding};
    session.query_labels = {"The", "cat", "sat", "on", "mats"};
    session.mask.kind = attn::MaskKind::Causal;
    return session;
}

/// e/(1 + e), the larger weight of a row of scores [1, 0].
inline double a()
{
    return std::exp(1.0) / (1.0 + std::exp(1.0));
}

/// The spec with `id`, or an empty spec.
inline attn::ui::HeatmapSpec byId(const QList<attn::ui::HeatmapSpec>& specs, const QString& id)
{
    for (const attn::ui::HeatmapSpec& spec : specs)
        if (spec.id == id)
            return spec;
    return {};
}

inline bool near(const QColor& actual, const QColor& expected, int tolerance = 3)
{
    return std::abs(actual.red() - expected.red()) <= tolerance &&
           std::abs(actual.green() - expected.green()) <= tolerance &&
           std::abs(actual.blue() - expected.blue()) <= tolerance;
}

/// The pixel rectangle of cell (row, column) of `plot`'s default axes, shrunk by `inset` data units per side.
inline QRect cellPixels(const QCustomPlot& plot, int row, int column, double inset = 0.1)
{
    const double half = 0.5 - inset;
    return QRectF(QPointF(plot.xAxis->coordToPixel(column - half), plot.yAxis->coordToPixel(row - half)),
                  QPointF(plot.xAxis->coordToPixel(column + half), plot.yAxis->coordToPixel(row + half)))
        .normalized()
        .toRect();
}

/// Number of pixels of `image` inside `rect` that satisfy `test`.
template <typename Test> int countIn(const QImage& image, const QRect& rect, Test test)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            count += test(image.pixelColor(x, y)) ? 1 : 0;
    return count;
}

/// A spec with id "weights", title "Attention weights" and labels q1, q2, … and k1, k2, … (rendering tests).
inline attn::ui::HeatmapSpec labelledSpec(attn::ui::HeatmapKind kind, const attn::Matrix& values)
{
    attn::ui::HeatmapSpec spec;
    spec.id = QStringLiteral("weights");
    spec.title = QStringLiteral("Attention weights");
    spec.kind = kind;
    spec.values = values;
    for (int i = 0; i < values.rows(); ++i)
        spec.rowLabels << QStringLiteral("q%1").arg(i + 1);
    for (int j = 0; j < values.cols(); ++j)
        spec.columnLabels << QStringLiteral("k%1").arg(j + 1);
    spec.rowAxisTitle = QStringLiteral("Queries");
    spec.columnAxisTitle = QStringLiteral("Keys");
    return spec;
}

/// Shows `board` at `size` and lets it lay out and replot.
inline void showAt(attn::ui::HeatmapBoard& board, QSize size)
{
    board.resize(size);
    board.show();
    QApplication::processEvents();
    for (attn::ui::HeatmapWidget* widget : board.heatmaps())
        widget->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace heatmaptest
