#include "tables/matrixmodel.h"

#include "base/numberformat.h"
#include "tables/echotext.h"

#include <QColor>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <string_view>
#include <system_error>

namespace attn::ui {

std::optional<double> parseEntry(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value + 0.0; // −0 becomes 0: a session file (JSON through Qt) has no −0, so the table shows what is saved
}

std::optional<QString> numberRangeFault(const QString& text)
{
    // std::from_chars, as the CSV import reads numbers: locale-independent, and it tells overflow and underflow
    // (result_out_of_range) from text that is no number (QLocale says only "not ok" for both).
    const QByteArray latin = text.trimmed().toLatin1();
    std::string_view digits(latin.constData(), static_cast<std::size_t>(latin.size()));
    if (!digits.empty() && digits.front() == '+')
        digits.remove_prefix(1);
    if (digits.empty() || digits.front() == '+')
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (end != digits.data() + digits.size())
        return std::nullopt;
    if (error == std::errc::result_out_of_range)
        return MatrixModel::tr("\u201c%1\u201d is out of range (the largest number is about 1.8e308, the smallest "
                               "above 0 about 4.9e-324)")
            .arg(echoText(text));
    if (error == std::errc() && std::isinf(value))
        return MatrixModel::tr("\u201c%1\u201d is infinite (every entry must be a finite number)").arg(echoText(text));
    return std::nullopt;
}

QString entryFault(const QString& text)
{
    return numberRangeFault(text).value_or(MatrixModel::tr("\u201c%1\u201d is not a number").arg(echoText(text)));
}

MatrixModel::MatrixModel(SessionDocument* document, MatrixRole role, QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_role(role)
{
    connect(m_document, &SessionDocument::shapeChanged, this, [this] {
        beginResetModel();
        updateShape();
        endResetModel();
    });
    updateShape();
    connect(m_document, &SessionDocument::cellChanged, this, &MatrixModel::onCellChanged);
    connect(m_document, &SessionDocument::labelsChanged, this, &MatrixModel::onLabelsChanged);
}

void MatrixModel::updateShape()
{
    // Asked once per shape: the document hands out a copy of the matrix, and a view asks for the counts on
    // every cell it draws.
    m_rows = static_cast<int>(m_document->rows(m_role));
    m_columns = m_rows == 0 ? 0 : static_cast<int>(m_document->columns(m_role)) + labelColumns();
}

int MatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isLabel = index.column() < labelColumns();
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        if (m_highlighted.isEmpty() || !m_highlighted.contains(index.row()))
            return {};
        // Amber with black text: legible in the light and the dark theme alike.
        return role == Qt::BackgroundRole ? QColor(255, 214, 102) : QColor(Qt::black);
    }
    if (role == Qt::TextAlignmentRole)
        return isLabel ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (isLabel)
        return m_document->label(m_role, index.row());
    return formatExact(m_document->entry(m_role, index.row(), matrixColumn(index.column())));
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < labelColumns())
        return tr("Token");
    return QString::number(matrixColumn(section) + 1);
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // The values table shows the keys' labels; they are edited in the keys table.
    if (index.column() < labelColumns() && m_role == MatrixRole::Values)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool MatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString();
    if (index.column() < labelColumns()) {
        if (!m_document->setLabel(m_role, index.row(), text)) {
            emit inputRejected(tr("Row %1: a token label cannot be empty.").arg(index.row() + 1));
            return false;
        }
        return true;
    }
    const std::optional<double> number = parseEntry(text);
    if (!number) {
        emit inputRejected(tr("Row %1, column %2: %3; the value %4 was kept.")
                               .arg(index.row() + 1)
                               .arg(matrixColumn(index.column()) + 1)
                               .arg(entryFault(text), data(index, Qt::DisplayRole).toString()));
        return false;
    }
    m_document->setCell(m_role, index.row(), matrixColumn(index.column()), *number);
    return true;
}

void MatrixModel::setHighlightedRows(const QList<int>& rows)
{
    if (rows == m_highlighted)
        return;
    m_highlighted = rows;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

void MatrixModel::onCellChanged(MatrixRole role, int row, int column)
{
    if (role != m_role)
        return;
    const QModelIndex changed = this->index(row, column + labelColumns());
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole});
}

void MatrixModel::onLabelsChanged()
{
    if (rowCount() > 0 && labelColumns() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::EditRole});
}

} // namespace attn::ui
