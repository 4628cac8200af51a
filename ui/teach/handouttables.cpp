#include "teach/handouttables.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace attn::ui {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x70, 0x70, 0x70);
const QColor kGrid(0xc8, 0xcc, 0xd2);
const QColor kHeaderFill(0xee, 0xf0, 0xf3);

constexpr int kMaxColumns = 8; ///< Wider matrices show their first columns, "…" and the last column.
constexpr int kMaxRows = 12;   ///< Likewise for rows, with "⋮".
constexpr int kEllipsis = -1;  ///< The index of the "…" row or column.

/// The rows or columns shown of `count`: all of them, or the first max − 2, the ellipsis and the last.
QList<int> shownIndices(Eigen::Index count, int max)
{
    QList<int> shown;
    const auto total = static_cast<int>(count);
    for (int i = 0; i < total; ++i) {
        if (total > max && i == max - 2) {
            shown << kEllipsis << total - 1;
            break;
        }
        shown << i;
    }
    return shown;
}

/// Column widths and row heights of one table at one font, and which rows and columns it shows.
struct TableMetrics {
    QList<int> rows;
    QList<int> columns;
    QString name; ///< The table's name, with its shape when rows or columns are left out.
    double nameHeight{0};
    double labelWidth{0};
    double cellWidth{0};
    double rowHeight{0};
    QSizeF size;
};

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QString cellText(const HandoutTable& table, int row, int column)
{
    if (row == kEllipsis)
        return QStringLiteral("\u22ee");
    if (column == kEllipsis)
        return QStringLiteral("\u2026");
    return handoutNumber(table.values(row, column), table.digits);
}

TableMetrics measure(const HandoutTable& table, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QFontMetricsF bold(boldOf(font));
    const double pad = metrics.height() * 0.35;
    TableMetrics m;
    m.rows = shownIndices(table.values.rows(), kMaxRows);
    m.columns = shownIndices(table.values.cols(), kMaxColumns);
    m.name = table.name;
    if (m.rows.contains(kEllipsis) || m.columns.contains(kEllipsis))
        m.name += QStringLiteral(" (%1 \u00d7 %2)").arg(table.values.rows()).arg(table.values.cols());
    m.nameHeight = bold.height() * 1.25;
    for (const QString& label : table.rowLabels)
        m.labelWidth = std::max(m.labelWidth, bold.horizontalAdvance(label));
    m.labelWidth += 2 * pad;
    for (const QString& label : table.columnLabels)
        m.cellWidth = std::max(m.cellWidth, metrics.horizontalAdvance(label));
    for (const int i : std::as_const(m.rows))
        for (const int j : std::as_const(m.columns))
            m.cellWidth = std::max(m.cellWidth, metrics.horizontalAdvance(cellText(table, i, j)));
    m.cellWidth += 2 * pad;
    m.rowHeight = metrics.height() + pad;
    const double gridWidth = m.labelWidth + m.cellWidth * static_cast<double>(m.columns.size());
    m.size = QSizeF(std::max(gridWidth, bold.horizontalAdvance(m.name)),
                    m.nameHeight + m.rowHeight * static_cast<double>(m.rows.size() + 1));
    return m;
}

/// Places tables of `sizes` left to right within `width`, wrapping; `gap` between them.
QList<QRectF> flow(const QList<QSizeF>& sizes, double width, double gap, QSizeF& total)
{
    QList<QRectF> rects;
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    total = QSizeF(0, 0);
    for (const QSizeF& size : sizes) {
        if (x > 0 && x + size.width() > width) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        rects << QRectF(QPointF(x, y), size);
        x += size.width() + gap;
        rowHeight = std::max(rowHeight, size.height());
        total = total.expandedTo(QSizeF(rects.last().right(), rects.last().bottom()));
    }
    return rects;
}

} // namespace

HandoutTableLayout layoutHandoutTables(const QList<HandoutTable>& tables, const QSizeF& available,
                                       const QFont& baseFont, int largestPixels, int smallestPixels)
{
    HandoutTableLayout layout;
    for (int pixels = largestPixels; pixels >= smallestPixels; --pixels) {
        layout.font = baseFont;
        layout.font.setPixelSize(pixels);
        QList<QSizeF> sizes;
        for (const HandoutTable& table : tables)
            sizes << measure(table, layout.font).size;
        layout.rects = flow(sizes, available.width(), 1.6 * pixels, layout.size);
        if (layout.size.width() <= available.width() && layout.size.height() <= available.height())
            break;
    }
    return layout;
}

void paintHandoutTable(QPainter& painter, const HandoutTable& table, const QRectF& rect, const QFont& font)
{
    const TableMetrics m = measure(table, font);
    const QFont bold = boldOf(font);
    const auto rows = static_cast<int>(m.rows.size());
    const auto columns = static_cast<int>(m.columns.size());
    painter.save();

    painter.setFont(bold);
    painter.setPen(kInk);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), m.nameHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m.name);

    const double top = rect.top() + m.nameHeight;
    const double gridLeft = rect.left() + m.labelWidth;
    const double gridRight = gridLeft + m.cellWidth * columns;
    const double gridBottom = top + m.rowHeight * (rows + 1);
    painter.fillRect(QRectF(gridLeft, top, gridRight - gridLeft, m.rowHeight), kHeaderFill);

    // Column numbers, then one row per token: label on the left, numbers right-aligned in their cells.
    painter.setFont(font);
    painter.setPen(kMuted);
    const double pad = (m.rowHeight - QFontMetricsF(font).height()) / 2 + 1;
    for (int c = 0; c < columns; ++c) {
        const int j = m.columns.at(c);
        painter.drawText(QRectF(gridLeft + m.cellWidth * c, top, m.cellWidth, m.rowHeight), Qt::AlignCenter,
                         j == kEllipsis ? QStringLiteral("\u2026") : table.columnLabels.value(j));
    }
    for (int r = 0; r < rows; ++r) {
        const int i = m.rows.at(r);
        const double y = top + m.rowHeight * (r + 1);
        painter.setFont(bold);
        painter.setPen(kInk);
        painter.drawText(QRectF(rect.left(), y, m.labelWidth - pad, m.rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         i == kEllipsis ? QStringLiteral("\u22ee") : table.rowLabels.value(i));
        painter.setFont(font);
        for (int c = 0; c < columns; ++c) {
            const int j = m.columns.at(c);
            const bool gap = i == kEllipsis || j == kEllipsis;
            painter.drawText(QRectF(gridLeft + m.cellWidth * c, y, m.cellWidth - (gap ? 0 : 2 * pad), m.rowHeight),
                             (gap ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter, cellText(table, i, j));
        }
    }

    QPen grid(kGrid);
    grid.setWidthF(1.0);
    painter.setPen(grid);
    painter.setBrush(Qt::NoBrush);
    for (int r = 0; r <= rows + 1; ++r)
        painter.drawLine(QPointF(gridLeft, top + m.rowHeight * r), QPointF(gridRight, top + m.rowHeight * r));
    for (int c = 0; c <= columns; ++c)
        painter.drawLine(QPointF(gridLeft + m.cellWidth * c, top),
                         QPointF(gridLeft + m.cellWidth * c, gridBottom));
    painter.restore();
}

} // namespace attn::ui
