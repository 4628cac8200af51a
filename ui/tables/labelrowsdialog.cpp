#include "tables/labelrowsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace attn::ui {

LabelRowsDialog::LabelRowsDialog(int rows, const QString& tableName, QWidget* parent)
    : QDialog(parent), m_rows(rows)
{
    setWindowTitle(tr("Label Rows of %1").arg(tableName));
    setObjectName(QStringLiteral("label-rows-dialog"));
    auto* intro = new QLabel(tr("Type or paste a sentence: each word labels one row, from the first row on "
                                "(Chinese: each character)."),
                             this);
    intro->setWordWrap(true);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("label-text"));
    m_text->setPlaceholderText(tr("the cat sat on the mat"));
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    m_text->setMaxLength(std::numeric_limits<int>::max()); // not QLineEdit's 32 767: a long paste is kept whole
    m_split = new QComboBox(this);
    m_split->addItem(tr("Words (Chinese and Japanese: each character)"), static_cast<int>(LabelSplit::Words));
    m_split->addItem(tr("Every character"), static_cast<int>(LabelSplit::Characters));
    m_split->addItem(tr("At a separator"), static_cast<int>(LabelSplit::Separator));
    m_separator = new QLineEdit(this);
    m_separator->setObjectName(QStringLiteral("label-separator"));
    m_separator->setText(QStringLiteral(","));
    m_separator->setMaximumWidth(fontMetrics().averageCharWidth() * 8);

    m_preview = new QLabel(this);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);

    auto* form = new QFormLayout;
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Split:"), m_split);
    form->addRow(tr("S&eparator:"), m_separator);

    auto* buttons = new QDialogButtonBox(this);
    m_resizeButton = buttons->addButton(tr("Resize"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("Label Rows"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_apply->setDefault(true);
    connect(m_resizeButton, &QPushButton::clicked, this, [this] {
        m_resize = true;
        accept();
    });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_resize = false;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &LabelRowsDialog::update);
    connect(m_separator, &QLineEdit::textChanged, this, &LabelRowsDialog::update);
    connect(m_split, &QComboBox::currentIndexChanged, this, &LabelRowsDialog::update);
    update();
}

QString LabelRowsDialog::countMessage() const
{
    return m_count->isHidden() ? QString() : m_count->text();
}

void LabelRowsDialog::update()
{
    const auto mode = static_cast<LabelSplit>(m_split->currentData().toInt());
    m_separator->setEnabled(mode == LabelSplit::Separator);
    m_labels = splitLabels(m_text->text(), mode, m_separator->text());
    const int count = static_cast<int>(m_labels.size());
    const QString list = m_labels.join(u"  \u00b7  ");
    m_preview->setText(count == 0   ? tr("No labels yet.")
                       : count == 1 ? tr("1 label: %1").arg(list)
                                    : tr("%1 labels: %2").arg(count).arg(list));
    const bool differ = count > 0 && count != m_rows;
    m_count->setVisible(differ);
    m_resizeButton->setVisible(differ);
    m_apply->setEnabled(count > 0);
    if (differ) {
        const QString labels = count == 1 ? tr("1 label") : tr("%1 labels").arg(count);
        const QString rows = m_rows == 1 ? tr("1 row") : tr("%1 rows").arg(m_rows);
        m_count->setText(tr("%1 for %2.").arg(labels, rows));
        m_resizeButton->setText(count == 1 ? tr("Resize to 1 Row") : tr("Resize to %1 Rows").arg(count));
        const int first = std::min(count, m_rows);
        m_apply->setText(first == 1 ? tr("Label the First Row") : tr("Label the First %1 Rows").arg(first));
    } else {
        m_apply->setText(tr("Label Rows"));
    }
}

} // namespace attn::ui
