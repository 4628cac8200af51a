#include "heatmap/matrixcolormap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <utility>

namespace attn::ui {

namespace {

/// QCPColorMap's oversampling (QCustomPlot 2.1, QCPColorMap::updateMapImage): without interpolation a map of
/// fewer than 200 cells along an axis is drawn from an image of at least 100 pixels there, which keeps the inner
/// cell edges of a stretched image from jittering.
int oversampling(bool interpolate, int cells)
{
    return interpolate ? 1 : static_cast<int>(1.0 + 100.0 / static_cast<double>(cells));
}

/// `range` restricted to `domain` as QCPColorMap::getKeyRange does it.
QCPRange restricted(QCPRange range, QCP::SignDomain domain, bool& found)
{
    found = true;
    range.normalize();
    if (domain == QCP::sdPositive) {
        if (range.lower <= 0 && range.upper > 0)
            range.lower = range.upper * 1e-3;
        else if (range.lower <= 0 && range.upper <= 0)
            found = false;
    } else if (domain == QCP::sdNegative) {
        if (range.upper >= 0 && range.lower < 0)
            range.upper = range.lower * 1e-3;
        else if (range.upper >= 0 && range.lower >= 0)
            found = false;
    }
    return range;
}

} // namespace

MatrixColorMap::MatrixColorMap(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPColorMap(keyAxis, valueAxis)
{
    data()->clear(); // the base class's 10 × 10 zeros: nothing reads them, nothing should
}

void MatrixColorMap::setMatrix(const SharedMatrix& values, attn::MaskMatrix hidden, std::vector<char> hiddenRows)
{
    m_values = values;
    m_hidden = hidden.rows() == values.rows() && hidden.cols() == values.cols() ? std::move(hidden)
                                                                                : attn::MaskMatrix();
    m_hiddenRows = hiddenRows.size() == static_cast<std::size_t>(values.rows()) ? std::move(hiddenRows)
                                                                                 : std::vector<char>();
    m_modified = true;
}

double MatrixColorMap::value(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return std::numeric_limits<double>::quiet_NaN();
    return m_values(row, column);
}

bool MatrixColorMap::isHidden(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rows() || column >= columns())
        return false;
    if (!m_hiddenRows.empty() && m_hiddenRows[static_cast<std::size_t>(row)])
        return true;
    return m_hidden.size() > 0 && m_hidden(row, column);
}

void MatrixColorMap::colorizeRow(int row, QRgb* line, bool logarithmic)
{
    const int n = columns();
    const QRgb none = mGradient.color(std::numeric_limits<double>::quiet_NaN(), mDataRange, logarithmic);
    if (!m_hiddenRows.empty() && m_hiddenRows[static_cast<std::size_t>(row)]) {
        std::fill(line, line + n, none);
        return;
    }
    static_assert(!attn::Matrix::IsRowMajor, "a row is read with the stride of a column-major matrix");
    mGradient.colorize(m_values.data() + row, mDataRange, line, n, rows(), logarithmic);
    if (m_hidden.size() > 0) {
        for (int column = 0; column < n; ++column) {
            if (m_hidden(row, column))
                line[column] = none;
        }
    }
}

void MatrixColorMap::updateMapImage()
{
    if (!mKeyAxis || !mValueAxis || isEmpty())
        return;
    const int width = columns();
    const int height = rows();
    const int keyFactor = oversampling(mInterpolate, width);
    const int valueFactor = oversampling(mInterpolate, height);
    const bool oversampled = keyFactor > 1 || valueFactor > 1;
    constexpr QImage::Format format = QImage::Format_ARGB32_Premultiplied; // as QCPColorMap
    // Without oversampling the rows are coloured straight into the image that is drawn.
    QImage& target = oversampled ? mUndersampledMapImage : mMapImage;
    if (target.width() != width || target.height() != height)
        target = QImage(width, height, format);
    if (!oversampled)
        mUndersampledMapImage = QImage();
    if (target.isNull()) { // too large for memory: QCPColorMap then draws black, and so do we
        mMapImage = QImage(10, 10, format);
        mMapImage.fill(Qt::black);
        m_modified = false;
        mMapImageInvalidated = false;
        return;
    }

    m_imageRowsDown = mValueAxis->rangeReversed();
    m_imageColumnsLeft = !mKeyAxis->rangeReversed();
    const bool logarithmic = mDataScaleType == QCPAxis::stLogarithmic;
    for (int row = 0; row < height; ++row) {
        // A QImage counts its lines from the top; the value axis grows upwards unless it is reversed.
        auto* line = reinterpret_cast<QRgb*>(target.scanLine(m_imageRowsDown ? row : height - 1 - row));
        colorizeRow(row, line, logarithmic);
        if (!m_imageColumnsLeft)
            std::reverse(line, line + width);
    }
    if (oversampled) {
        mMapImage = mUndersampledMapImage.scaled(width * keyFactor, height * valueFactor, Qt::IgnoreAspectRatio,
                                                 Qt::FastTransformation);
    }
    m_modified = false;
    mMapImageInvalidated = false;
}

void MatrixColorMap::draw(QCPPainter* painter)
{
    // As QCPColorMap::draw (QCustomPlot 2.1), with the matrix for the data and an image that needs no mirroring.
    if (isEmpty() || !mKeyAxis || !mValueAxis)
        return;
    Q_ASSERT(mKeyAxis->orientation() == Qt::Horizontal);
    applyDefaultAntialiasingHint(painter);
    if (m_modified || mMapImageInvalidated || m_imageRowsDown != mValueAxis->rangeReversed() ||
        m_imageColumnsLeft == mKeyAxis->rangeReversed())
        updateMapImage();

    // Vectorised (PDF, SVG): the visible part goes through a pixmap of three times the resolution, so that a
    // viewer that smooths embedded images cannot blur the cell edges.
    const bool useBuffer = painter->modes().testFlag(QCPPainter::pmVectorized);
    QCPPainter* localPainter = painter;
    std::unique_ptr<QCPPainter> bufferPainter;
    QRectF bufferTarget;
    QPixmap buffer;
    if (useBuffer) {
        constexpr double ratio = 3;
        bufferTarget = painter->clipRegion().boundingRect();
        buffer = QPixmap((bufferTarget.size() * ratio).toSize());
        buffer.fill(Qt::transparent);
        bufferPainter = std::make_unique<QCPPainter>(&buffer);
        bufferPainter->scale(ratio, ratio);
        bufferPainter->translate(-bufferTarget.topLeft());
        localPainter = bufferPainter.get();
    }

    const QCPRange keys = columnRange();
    const QCPRange values = rowRange();
    const QRectF centres =
        QRectF(coordsToPixels(keys.lower, values.lower), coordsToPixels(keys.upper, values.upper)).normalized();
    // The outer halves of the border cells (cells are centred on the ends of the ranges).
    const double halfWidth = columns() > 1 ? 0.5 * centres.width() / (columns() - 1) : 0.0;
    const double halfHeight = rows() > 1 ? 0.5 * centres.height() / (rows() - 1) : 0.0;
    const QRectF imageRect = centres.adjusted(-halfWidth, -halfHeight, halfWidth, halfHeight);
    const bool smoothBackup = localPainter->renderHints().testFlag(QPainter::SmoothPixmapTransform);
    localPainter->setRenderHint(QPainter::SmoothPixmapTransform, mInterpolate);
    QRegion clipBackup;
    if (mTightBoundary) {
        clipBackup = localPainter->clipRegion();
        localPainter->setClipRect(centres, Qt::IntersectClip);
    }
    localPainter->drawImage(imageRect, mMapImage);
    if (mTightBoundary)
        localPainter->setClipRegion(clipBackup);
    localPainter->setRenderHint(QPainter::SmoothPixmapTransform, smoothBackup);

    if (useBuffer) {
        bufferPainter.reset(); // ends painting on the buffer
        painter->drawPixmap(bufferTarget.toRect(), buffer);
    }
}

double MatrixColorMap::selectTest(const QPointF& pos, bool onlySelectable, QVariant* details) const
{
    if ((onlySelectable && mSelectable == QCP::stNone) || isEmpty() || !mKeyAxis || !mValueAxis)
        return -1;
    if (!mKeyAxis->axisRect()->rect().contains(pos.toPoint()) &&
        !mParentPlot->interactions().testFlag(QCP::iSelectPlottablesBeyondAxisRect))
        return -1;
    double key = 0;
    double value = 0;
    pixelsToCoords(pos, key, value);
    if (!columnRange().contains(key) || !rowRange().contains(value))
        return -1;
    if (details)
        details->setValue(QCPDataSelection(QCPDataRange(0, 1))); // the whole map, as QCPColorMap
    return mParentPlot->selectionTolerance() * 0.99;
}

QCPRange MatrixColorMap::getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain) const
{
    if (isEmpty()) {
        foundRange = false;
        return {};
    }
    return restricted(columnRange(), inSignDomain, foundRange);
}

QCPRange MatrixColorMap::getValueRange(bool& foundRange, QCP::SignDomain inSignDomain,
                                       const QCPRange& inKeyRange) const
{
    const QCPRange keys = columnRange();
    if (isEmpty() ||
        (inKeyRange != QCPRange() && (keys.upper < inKeyRange.lower || keys.lower > inKeyRange.upper))) {
        foundRange = false;
        return {};
    }
    return restricted(rowRange(), inSignDomain, foundRange);
}

} // namespace attn::ui
