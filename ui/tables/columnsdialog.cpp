#include "tables/columnsdialog.h"

#include "tables/matrixmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attn::ui {

ColumnsDialog::ColumnsDialog(const QString& dimension, const QString& tables, int columns, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Set %1").arg(dimension));
    setObjectName(QStringLiteral("columns-dialog"));
    auto* intro = new QLabel(tr("The number of columns (%1) of %2. Columns past the new width are removed "
                                "(Undo gives them back); new columns start with the value below.")
                                 .arg(dimension, tables),
                             this);
    intro->setWordWrap(true);
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("column-count"));
    m_columns->setRange(1, kMaxColumns);
    m_columns->setValue(columns);
    m_fill = new QLineEdit(QStringLiteral("0"), this);
    m_fill->setObjectName(QStringLiteral("column-fill"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Columns (%1):").arg(dimension), m_columns);
    form->addRow(tr("&New entries:"), m_fill);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_columns->setFocus();
    m_columns->selectAll();
}

int ColumnsDialog::columns() const
{
    return m_columns->value();
}

std::optional<double> ColumnsDialog::fill() const
{
    return parseEntry(m_fill->text());
}

QString ColumnsDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ColumnsDialog::accept()
{
    if (!fill()) {
        const QString fault = numberRangeFault(m_fill->text())
                                  .value_or(tr("\u201c%1\u201d is not a number (write it with '.' as decimal "
                                               "point, e.g. 1.75)")
                                                .arg(m_fill->text()));
        m_error->setText(tr("New entries: %1.").arg(fault));
        m_error->show();
        m_fill->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace attn::ui
