#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace attn::ui {

/// Table → "Set d_k…" (d_v, d_model): the number of columns of a table (and of the tables that share that
/// width: Q and K share d_k) and the value new columns start with (0 unless the user types another; parsed as
/// the tables parse numbers: '.' as decimal point). OK refuses text that is not a finite number, saying so
/// under the field, and stays open.
class ColumnsDialog : public QDialog {
    Q_OBJECT
public:
    /// The largest width the dialog offers.
    static constexpr int kMaxColumns = 4096;

    /// `dimension`: the name of the width ("d_k"); `tables`: the tables it changes ("Queries and Keys");
    /// `columns`: the width now.
    ColumnsDialog(const QString& dimension, const QString& tables, int columns, QWidget* parent = nullptr);

    int columns() const;
    /// The value for new entries; nothing while the field does not hold a number.
    std::optional<double> fill() const;

    QSpinBox* columnsBox() const { return m_columns; }
    QLineEdit* fillField() const { return m_fill; }
    /// Why OK was refused (empty when it was not).
    QString error() const;

    void accept() override;

private:
    QSpinBox* m_columns{nullptr};
    QLineEdit* m_fill{nullptr};
    QLabel* m_error{nullptr};
};

} // namespace attn::ui
