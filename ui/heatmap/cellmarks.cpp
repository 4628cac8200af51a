#include "heatmap/cellmarks.h"

#include <qcustomplot.h>

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace attn::ui::cellmarks {

namespace {

constexpr double kHatchSpacing = 9.0; ///< Device pixels between hatching lines, measured along x.
constexpr int kNoteMaxPixels = 24;
constexpr int kNoteMinPixels = 12;

} // namespace

QColor maskedFill(const HeatmapStyle& style)
{
    return style.dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xdc, 0xdc, 0xdc);
}

QColor hatchColor(const HeatmapStyle& style)
{
    return style.dark ? QColor(0x80, 0x80, 0x80) : QColor(0x96, 0x96, 0x96);
}

QColor emptyRowFill(const HeatmapStyle& style)
{
    return heatmapColors(style).background;
}

QColor visibleFill(const HeatmapStyle& style)
{
    // ColorBrewer Blues' second lightest on white; on the dark background a muted blue-grey, as quiet there.
    return style.dark ? QColor(0x26, 0x38, 0x4e) : QColor(0xde, 0xeb, 0xf7);
}

void drawMaskedCell(QCPPainter* painter, const QRectF& cell, const HeatmapStyle& style)
{
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(maskedFill(style));
    painter->drawRect(cell);
    painter->setPen(QPen(hatchColor(style), 1.5, Qt::SolidLine, Qt::FlatCap));
    // Lines x + y = c for every multiple c of the spacing that crosses the cell: fixed in device coordinates,
    // so that the hatching of neighbouring masked cells lines up. Each line is cut to the cell here rather than
    // by a clip region, which SVG output does not honour.
    const double first = std::ceil((cell.left() + cell.top()) / kHatchSpacing) * kHatchSpacing;
    for (double c = first; c <= cell.right() + cell.bottom(); c += kHatchSpacing) {
        const double top = std::max(cell.top(), c - cell.right());
        const double bottom = std::min(cell.bottom(), c - cell.left());
        if (top < bottom)
            painter->drawLine(QPointF(c - top, top), QPointF(c - bottom, bottom));
    }
    painter->restore();
}

void drawMaskedText(QCPPainter* painter, const QRectF& cell, const QString& text, const QFont& font,
                    const HeatmapStyle& style)
{
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
    QRectF patch(QPointF(0, 0), size);
    patch.moveCenter(cell.center());
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(maskedFill(style));
    painter->drawRect(patch.intersected(cell));
    painter->setFont(font);
    painter->setPen(style.dark ? QColor(0xd8, 0xd8, 0xd8) : QColor(0x40, 0x40, 0x40));
    painter->drawText(cell, Qt::AlignCenter, text);
    painter->restore();
}

void drawRowNote(QCPPainter* painter, const QRectF& row, const QString& note, const QFont& font,
                 const HeatmapStyle& style)
{
    painter->save();
    painter->setBrush(emptyRowFill(style));
    painter->setPen(Qt::NoPen);
    painter->drawRect(row);
    QPen outline(style.dark ? QColor(0x78, 0x78, 0x78) : QColor(0xa0, 0xa0, 0xa0), 1, Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(row.adjusted(1.5, 1.5, -1.5, -1.5));

    // The largest font from kNoteMaxPixels down at which the note fits on one line, or wrapped when the row is
    // tall enough; below kNoteMinPixels it is elided.
    QFont noteFont = font;
    noteFont.setItalic(true);
    const double padding = 8;
    const QRectF area = row.adjusted(padding, 2, -padding, -2);
    const double scale = std::clamp(style.fontScale, 0.5, 4.0);
    const int maxPixels = qRound(kNoteMaxPixels * scale);
    const int minPixels = std::min(qRound(kNoteMinPixels * scale), std::max(kNoteMinPixels, maxPixels));
    const int fromHeight = std::clamp(static_cast<int>(row.height() * 0.3 * scale), minPixels, maxPixels);
    int flags = Qt::AlignCenter;
    QString text = note;
    bool fits = false;
    for (int pixels = fromHeight; pixels >= kNoteMinPixels && !fits; --pixels) {
        noteFont.setPixelSize(pixels);
        const QFontMetricsF metrics(noteFont);
        if (metrics.horizontalAdvance(note) <= area.width() && metrics.height() <= area.height()) {
            fits = true;
        } else {
            const QRectF wrapped =
                metrics.boundingRect(QRectF(0, 0, area.width(), 1e6), Qt::AlignCenter | Qt::TextWordWrap, note);
            fits = wrapped.width() <= area.width() && wrapped.height() <= area.height();
            if (fits)
                flags |= Qt::TextWordWrap;
        }
    }
    if (!fits) {
        noteFont.setPixelSize(kNoteMinPixels);
        text = QFontMetricsF(noteFont).elidedText(note, Qt::ElideRight, std::max(0.0, area.width()));
    }
    if (QFontMetricsF(noteFont).height() <= row.height()) {
        painter->setFont(noteFont);
        painter->setPen(style.dark ? QColor(0xe0, 0xe0, 0xe0) : QColor(0x30, 0x30, 0x30));
        painter->drawText(area, flags, text);
    }
    painter->restore();
}

int fittingPixelSize(const QString& text, QFont font, const QSizeF& size, int maxPixels, int minPixels)
{
    const double padding = std::max(4.0, 0.06 * size.width());
    for (int pixels = maxPixels; pixels >= minPixels && pixels > 0; --pixels) {
        font.setPixelSize(pixels);
        const QFontMetricsF metrics(font);
        if (metrics.horizontalAdvance(text) <= size.width() - 2 * padding && metrics.height() <= size.height())
            return pixels;
    }
    return 0;
}

} // namespace attn::ui::cellmarks
