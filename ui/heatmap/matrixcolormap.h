#pragma once

#include "attn/mask.h"
#include "base/sharedmatrix.h"

#include <qcustomplot.h>

#include <vector>

namespace attn::ui {

/// A QCPColorMap that draws a SharedMatrix as it is, without QCPColorMapData's copy of every value (at
/// n = 4096 that copy was 128 MiB per heatmap). Row i of the matrix is the value coordinate i, column j the key
/// coordinate j (cells centred on integers; a single row or column spans [−0.5, 0.5]), as QCPColorMapData lays
/// out a keySize × valueSize map over those ranges. The colour image is built in the orientation it is shown in
/// (the value axis runs top to bottom when it is reversed), so that drawing makes no mirrored copy of it.
/// QCPColorMap's gradient, data range, data scale type, interpolation, tight boundary and colour scale work as
/// for the base class; its data() stays empty. The key axis must be horizontal (as in every heatmap here).
class MatrixColorMap : public QCPColorMap {
    Q_OBJECT
public:
    /// A map without cells on `keyAxis` (horizontal: columns) and `valueAxis` (vertical: rows).
    MatrixColorMap(QCPAxis* keyAxis, QCPAxis* valueAxis);

    /// Shows `values` (rows × columns, shared, not copied). Cells where `hidden` is true (empty, or rows ×
    /// columns) and every row i with `hiddenRows[i]` non-zero (empty, or one per row) are drawn in the
    /// gradient's NaN colour (transparent here, for the marks beneath to show). Takes effect at the next replot.
    void setMatrix(const SharedMatrix& values, attn::MaskMatrix hidden = {}, std::vector<char> hiddenRows = {});
    /// The matrix shown (n_rows × n_columns; empty before setMatrix()).
    const SharedMatrix& matrix() const { return m_values; }

    /// Rows of the matrix: the cells up the value axis (queries for the n_q × n_k stages).
    int rows() const { return static_cast<int>(m_values.rows()); }
    /// Columns of the matrix: the cells along the key axis (keys, or output dimensions).
    int columns() const { return static_cast<int>(m_values.cols()); }
    /// True before setMatrix() or for a 0-cell matrix: nothing is drawn.
    bool isEmpty() const { return m_values.size() == 0; }
    /// The matrix entry at (`row`, `column`), also for hidden cells; NaN outside the matrix.
    double value(int row, int column) const;
    /// True where the cell is drawn empty (hidden cell or hidden row); false outside the matrix.
    bool isHidden(int row, int column) const;

    /// The key coordinates of the first and last column's centres: [0, columns − 1], or [−0.5, 0.5] for one
    /// column (then the cell spans it), as QCPColorMapData::keyRange would be.
    QCPRange columnRange() const { return cellRange(columns()); }
    /// The same for the rows on the value axis.
    QCPRange rowRange() const { return cellRange(rows()); }
    /// The coordinates of `count` cells centred on 0, 1, …, count − 1 (one cell: [−0.5, 0.5]).
    static QCPRange cellRange(int count) { return count > 1 ? QCPRange(0, count - 1) : QCPRange(-0.5, 0.5); }

    /// The colour image as last built (mainly for tests): columns × rows pixels (more for small maps, which are
    /// oversampled as QCPColorMap does it), first row at the top when the value axis is reversed. Null before the
    /// first draw.
    const QImage& mapImage() const { return mMapImage; }

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void updateMapImage() override;
    void draw(QCPPainter* painter) override;

private:
    /// Colours one matrix row into `line` (columns() pixels, left to right).
    void colorizeRow(int row, QRgb* line, bool logarithmic);

    SharedMatrix m_values;
    attn::MaskMatrix m_hidden;
    std::vector<char> m_hiddenRows;
    bool m_modified{false};      ///< setMatrix() since the image was built.
    bool m_imageRowsDown{false}; ///< The image has row 0 at the top (built for a reversed value axis).
    bool m_imageColumnsLeft{true}; ///< The image has column 0 at the left (built for a normal key axis).
};

} // namespace attn::ui
