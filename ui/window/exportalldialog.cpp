#include "window/exportalldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace attn::ui {

ExportAllDialog::ExportAllDialog(const QString& folder, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Export All Heatmaps"));
    m_folder = new QLineEdit(folder, this);
    auto* browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export Heatmaps To"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(chosen);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_png = new QCheckBox(tr("PNG (image)"), this);
    m_pdf = new QCheckBox(tr("PDF (vector)"), this);
    m_svg = new QCheckBox(tr("SVG (vector)"), this);
    m_png->setChecked(true);
    auto* formatRow = new QHBoxLayout;
    for (QCheckBox* box : {m_png, m_pdf, m_svg}) {
        formatRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &ExportAllDialog::updateOkButton);
    }

    m_scale = new QComboBox(this);
    for (int s : {1, 2, 4})
        m_scale->addItem(tr("%1\u00d7").arg(s), s);
    m_scale->setCurrentIndex(1);
    connect(m_png, &QCheckBox::toggled, m_scale, &QComboBox::setEnabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportAllDialog::updateOkButton);

    auto* form = new QFormLayout(this);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Formats:"), formatRow);
    form->addRow(tr("PNG scale:"), m_scale);
    form->addRow(buttons);
    updateOkButton();
}

QString ExportAllDialog::folder() const
{
    return m_folder->text().trimmed();
}

QList<ImageFormat> ExportAllDialog::formats() const
{
    QList<ImageFormat> result;
    if (m_png->isChecked())
        result.append(ImageFormat::Png);
    if (m_pdf->isChecked())
        result.append(ImageFormat::Pdf);
    if (m_svg->isChecked())
        result.append(ImageFormat::Svg);
    return result;
}

int ExportAllDialog::scale() const
{
    return m_scale->currentData().toInt();
}

void ExportAllDialog::setFormats(const QList<ImageFormat>& formats)
{
    m_png->setChecked(formats.contains(ImageFormat::Png));
    m_pdf->setChecked(formats.contains(ImageFormat::Pdf));
    m_svg->setChecked(formats.contains(ImageFormat::Svg));
}

void ExportAllDialog::setScale(int scale)
{
    if (const int index = m_scale->findData(scale); index >= 0)
        m_scale->setCurrentIndex(index);
}

void ExportAllDialog::updateOkButton()
{
    auto* box = findChild<QDialogButtonBox*>();
    if (box)
        box->button(QDialogButtonBox::Ok)->setEnabled(!formats().isEmpty() && !folder().isEmpty());
}

} // namespace attn::ui
