#pragma once

#include "attn/mask.h"
#include "heatmap/heatmapstyle.h"
#include "heatmap/matrixcolormap.h"

#include <qcustomplot.h>

#include <QColor>
#include <QPointer>
#include <QRect>
#include <QStringList>

namespace attn::ui {

/// Prints the value of every visible cell of a MatrixColorMap inside the cell, in one draw() call (no item per
/// cell, so large matrices stay cheap). Whether numbers can fit is decided from the cell size before any text is
/// formatted, and only the cells inside the axes' visible ranges (after a zoom or pan) are formatted and drawn:
/// a 4096 × 4096 map whose cells are a pixel wide costs nothing here. A cell cut by the edge of the view prints no
/// number (a number is never shown cut). The text is formatCellValue(v) with the style's cellDigits significant
/// digits (4 by default); it is black or white, whichever contrasts more with the cell's colour from the map's
/// gradient; the font grows with the cell size (kMinPixelSize to kMaxPixelSize, both
/// times the style's font scale) and is the same for every cell. When the longest text does not fit, every cell
/// gets fewer digits (one, then two fewer); when even that does not fit (and, with a font scale above 1, not at
/// the unscaled minimum size either), no text is printed at all: a blank cell among printed ones would read as a
/// missing value.
/// It also draws what is not a number (see setMarks), for the visible cells only: masked cells hatched, with
/// "masked" where it fits, and rows without values empty with their note. Cells smaller than kMinHatchPixels
/// are masked with a flat tint instead (one image for all of them: hatching sub-pixel cells one by one would
/// be slow and unreadable), and rows lower than kMinPixelSize are emptied without their note.
class CellLabelsItem : public QCPAbstractItem {
    Q_OBJECT
public:
    static constexpr double kMinPixelSize = 13.0;  ///< Smallest text, in logical pixels (about 10 pt).
    static constexpr double kMaxPixelSize = 30.0;  ///< Largest text, in logical pixels (about 22 pt).
    static constexpr double kMinHatchPixels = 6.0; ///< Smaller masked cells get a flat tint, not hatching.
    /// A matrix of at most this many rows and columns prints every value: its heatmap asks for cells at least
    /// minimumCellSize() large (the board scrolls rather than shrink them).
    static constexpr int kAlwaysPrintedCells = 12;

    /// Creates the item on `plot`, above `map` (which must belong to `plot`), clipped to the map's axis rect.
    CellLabelsItem(QCustomPlot* plot, MatrixColorMap* map);

    /// Cells to draw as masked (empty, or the map's rows × columns) and one note per row (empty, or one per row;
    /// a non-empty note draws the row empty with the note across it). `printValues` false prints no numbers
    /// (the mask heatmap). Takes effect at the next replot.
    void setMarks(const attn::MaskMatrix& masked, const QStringList& rowNotes, bool printValues);

    /// The font scale and the light or dark colours of the marks. Takes effect at the next replot.
    void setStyle(const HeatmapStyle& style);

    /// The texts of the last draw, row by row over printedArea() (its height × width; empty for a cell without a
    /// number or cut by the edge of the view), or an empty list if no number was printed. Without zoom the area is
    /// the whole matrix.
    const QStringList& printedTexts() const { return m_printed; }

    /// The cells of the last draw's numbers: x = first column, y = first row, width columns, height rows; empty
    /// if no number was printed.
    QRect printedArea() const { return m_printedArea; }

    /// The cells inside the map's visible axis ranges (x = first column, y = first row, width × height cells),
    /// as the next draw sees them; empty for an empty map or a range beside the cells.
    QRect visibleCells() const;

    /// The significant digits of the last draw's numbers (HeatmapStyle::cellDigits, by default 4, or one or two
    /// fewer in narrow cells), or 0 if none were printed.
    int printedDigits() const { return m_printedDigits; }

    /// The smallest cell, in logical pixels, in which every number of the map prints (with the fewest digits
    /// draw() falls back to: two fewer than the style's) at kMinPixelSize × the font scale (see pixelSizeFor and
    /// draw()); an empty size when nothing is printed (the mask heatmap, an empty map) or the map has more than
    /// kAlwaysPrintedCells rows or columns.
    QSizeF minimumCellSize() const;

    /// The smallest cell in which the widest of `texts`, drawn in `font`'s family, prints at kMinPixelSize ×
    /// `fontScale` pixels: the cell's padding (pixelSizeFor) and the text's line height included.
    static QSizeF minimumCellSizeFor(const QStringList& texts, const QFont& font, double fontScale);

    /// Not selectable: always -1.
    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;

    /// Black or white, whichever has the higher contrast ratio with `background` (WCAG 2 relative luminance).
    /// The ratio is then at least √21 ≈ 4.58 on any colour.
    static QColor textColorFor(const QColor& background);

    /// The WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor& a, const QColor& b);

    /// The text pixel size for cells of `cellSize` logical pixels whose widest text is `widestText` pixels wide
    /// at a pixel size of `probeSize`: as large as the cell height allows, shrunk so that the widest text
    /// fits, but never below kMinPixelSize × `fontScale`.
    static double pixelSizeFor(const QSizeF& cellSize, double widestText, double probeSize,
                               double fontScale = 1.0);

protected:
    void draw(QCPPainter* painter) override;

private:
    /// Draws the numbers of the `visible` cells; returns their pixel size, or 0 if none were printed.
    int drawValues(QCPPainter* painter, const QSizeF& cellSize, const QRect& visible);
    /// The texts of the `visible` cells at `digits` significant digits (empty where no number is printed).
    QStringList texts(int digits, const QRect& visible) const;
    /// Hatches the masked cells and empties the rows with a note, among the `visible` cells.
    void drawMarks(QCPPainter* painter, int valuePixels, const QRect& visible);
    /// Tints the masked cells among `visible` flat, as one image: for cells too small to hatch.
    void drawMaskTint(QCPPainter* painter, const QRect& visible);
    QRectF cellRect(int column, int row) const;
    bool isMasked(int row, int column) const;
    bool hasNote(int row) const;

    QPointer<MatrixColorMap> m_map;
    attn::MaskMatrix m_masked;
    QStringList m_rowNotes;
    bool m_printValues{true};
    HeatmapStyle m_style;
    QStringList m_printed;
    QRect m_printedArea;
    int m_printedDigits{0};
};

} // namespace attn::ui
