#pragma once

#include "document/sessiondocument.h"

#include <QAbstractTableModel>

namespace attn::ui {

/// Table model over one matrix of a SessionDocument. For token matrices (queries, keys, values, X) column 0 is
/// the token label and columns 1 … d are the entries; parameter matrices (W_Q, W, w_v, …) have no label column.
/// setData accepts only Qt::EditRole: a label must not be blank and an entry must be a finite number written with
/// '.' as decimal point; other text is refused (setData returns false, inputRejected() says why and where) and the
/// old value stays.
class MatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    MatrixModel(SessionDocument* document, MatrixRole role, QObject* parent = nullptr);

    MatrixRole role() const { return m_role; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The matrix column shown in model column `column` (column − 1 when column 0 holds the labels).
    int matrixColumn(int column) const { return column - labelColumns(); }
    /// 1 for token matrices (a label column), 0 otherwise.
    int labelColumns() const { return isTokenRole(m_role) ? 1 : 0; }

    /// Rows drawn highlighted (the rows a selected heatmap cell depends on); empty for none.
    void setHighlightedRows(const QList<int>& rows);
    const QList<int>& highlightedRows() const { return m_highlighted; }

signals:
    /// Text typed into a cell was refused; `message` names the cell and the fault.
    void inputRejected(const QString& message);

private:
    void onCellChanged(attn::ui::MatrixRole role, int row, int column);
    void onLabelsChanged();
    void updateShape();

    SessionDocument* m_document{nullptr};
    MatrixRole m_role{MatrixRole::Queries};
    QList<int> m_highlighted;
    int m_rows{0};    ///< The document's rows, as of its last shape change.
    int m_columns{0}; ///< The document's columns plus labelColumns(), as of its last shape change; 0 without rows.
};

/// Parses a table entry: optional surrounding blanks, '.' as decimal point, an optional exponent ("5.6e-08").
/// @return the value (−0 as 0, since a session file cannot hold −0), or nothing if `text` is not a finite number.
std::optional<double> parseEntry(const QString& text);
/// Why parseEntry() refuses `text` that is written as a number: it is out of the range of a double ("1e400",
/// "1e-400": "“1e400” is out of range (the largest number is about 1.8e308, the smallest above 0 about
/// 4.9e-324)") or infinite ("inf", "-Infinity"). Nothing for text that is no number at all, NaN, or a valid entry.
std::optional<QString> numberRangeFault(const QString& text);
/// Why parseEntry() refuses `text`, as a phrase that quotes it (echoText): numberRangeFault(), else
/// "“abc” is not a number".
QString entryFault(const QString& text);

} // namespace attn::ui
