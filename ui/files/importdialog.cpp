#include "files/importdialog.h"
#include "document/roletitles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace attn::ui {

namespace {

constexpr int kViewerData = -1; ///< The target box's item data for the viewer (tables hold their role).

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    // No word wrap: a wrapping label in a form gets the height of one line before the dialog is shown; the
    // dialog grows to fit the text instead.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportDialog::ImportDialog(const ImportedFile& file, const attn::Session& session, const ImportTarget& initial,
                           QWidget* parent)
    : QDialog(parent), m_file(file), m_session(session)
{
    setWindowTitle(tr("Import %1").arg(file.fileName()));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* name = plainLabel(file.fileName(), this);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    name->setToolTip(file.path());
    form->addRow(tr("File:"), name);
    form->addRow(tr("Holds:"), plainLabel(file.description(), this));

    const std::vector<long> shape = file.shape();
    for (int i = 0; i < file.leadingDimensions(); ++i) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("index%1").arg(i));
        box->setRange(0, static_cast<int>(shape[static_cast<std::size_t>(i)] - 1));
        box->setToolTip(tr("0-based index, as in NumPy"));
        box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 40);
        connect(box, &QSpinBox::valueChanged, this, &ImportDialog::update);
        form->addRow(tr("%1 (0\u2013%2):").arg(file.dimensionName(i)).arg(box->maximum()), box);
        m_indexBoxes << box;
    }

    m_targetBox = new QComboBox(this);
    m_targetBox->setObjectName(QStringLiteral("target"));
    m_targetBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (MatrixRole role : sessionTables(session))
        m_targetBox->addItem(tableTitle(session, role), static_cast<int>(role));
    m_targetBox->addItem(tr("View as an attention matrix (no computation)"), kViewerData);
    connect(m_targetBox, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    form->addRow(tr("Import into:"), m_targetBox);

    m_preview = plainLabel(QString(), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    form->addRow(tr("Slice:"), m_preview);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never narrower than the longest line
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    setTarget(initial);
    update();
}

ImportTarget ImportDialog::target() const
{
    ImportTarget target;
    const int data = m_targetBox->currentData().toInt();
    if (data != kViewerData)
        target.role = static_cast<MatrixRole>(data);
    for (const QSpinBox* box : m_indexBoxes)
        target.leading.push_back(box->value());
    return target;
}

void ImportDialog::setTarget(const ImportTarget& target)
{
    const int data = target.role ? static_cast<int>(*target.role) : kViewerData;
    const int index = m_targetBox->findData(data);
    m_targetBox->setCurrentIndex(index >= 0 ? index : 0);
    for (int i = 0; i < m_indexBoxes.size(); ++i) {
        const auto at = static_cast<std::size_t>(i);
        const long index = at < target.leading.size() ? target.leading[at] : 0;
        m_indexBoxes[i]->setValue(index >= 0 && index <= m_indexBoxes[i]->maximum() ? static_cast<int>(index) : 0);
    }
}

QString ImportDialog::preview() const
{
    return m_preview->text();
}

void ImportDialog::update()
{
    const ImportTarget chosen = target();
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(chosen.role ? tr("Import") : tr("View"));
    try {
        m_slice = m_file.matrix(chosen.leading);
    } catch (const std::exception& e) {
        m_slice = attn::Matrix();
        m_preview->setText(QString::fromStdString(e.what()));
        ok->setEnabled(false);
        return;
    }
    ok->setEnabled(true);
    QString text = tr("%1 \u00d7 %2").arg(m_slice.rows()).arg(m_slice.cols());
    if (chosen.role) {
        const attn::Matrix now = matrixOf(m_session, *chosen.role);
        text += tr(": %1 %2 becomes %3 \u00d7 %4 (now %5 \u00d7 %6)")
                    .arg(roleTitle(*chosen.role), roleSymbol(*chosen.role))
                    .arg(m_slice.rows())
                    .arg(m_slice.cols())
                    .arg(now.rows())
                    .arg(now.cols());
        if (isTokenRole(*chosen.role) && !m_file.rowLabels().empty())
            text += tr("; the row labels become token labels");
    } else {
        text += tr(", shown as attention weights in a new window");
    }
    m_preview->setText(text);
}

} // namespace attn::ui
