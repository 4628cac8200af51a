#include "window/maskpanel.h"

#include "base/themecolours.h"
#include "document/settingnames.h"
#include "tables/matrixmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace attn::ui {

MaskPanel::MaskPanel(SessionDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("mask-kind"));
    for (attn::MaskKind kind : {attn::MaskKind::None, attn::MaskKind::Causal, attn::MaskKind::ValidLengths,
                                attn::MaskKind::Window, attn::MaskKind::Cells})
        m_kind->addItem(maskTitle(kind), static_cast<int>(kind));

    m_lengths = new QLineEdit(this);
    m_lengths->setObjectName(QStringLiteral("valid-lengths"));
    m_lengths->setPlaceholderText(tr("one per query, e.g. 2, 6"));
    m_lengthsLabel = new QLabel(tr("Valid lengths"), this);
    m_window = new QSpinBox(this);
    m_window->setRange(0, 100000);
    m_windowLabel = new QLabel(tr("Window w"), this);
    m_hint = new QLabel(tr("Click a score cell to mask or unmask it."), this);
    m_hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    showAsErrorText(m_message); // red, readable in the light and the dark theme
    m_message->setWordWrap(true);
    m_message->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Mask"), this), 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_lengthsLabel, 1, 0);
    grid->addWidget(m_lengths, 1, 1);
    grid->addWidget(m_windowLabel, 2, 0);
    grid->addWidget(m_window, 2, 1);
    grid->addWidget(m_message, 3, 0, 1, 2);
    grid->addWidget(m_hint, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MaskPanel::apply);
    connect(m_lengths, &QLineEdit::editingFinished, this, &MaskPanel::apply);
    connect(m_window, &QSpinBox::valueChanged, this, &MaskPanel::apply);
    connect(m_document, &SessionDocument::settingsChanged, this, &MaskPanel::syncFromDocument);
    syncFromDocument();
}

QString MaskPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MaskPanel::apply()
{
    attn::Mask mask = m_document->session().mask;
    mask.kind = static_cast<attn::MaskKind>(m_kind->currentData().toInt());
    mask.window = m_window->value();
    if (mask.kind == attn::MaskKind::ValidLengths) {
        const long nQ = attn::queryCount(m_document->session());
        const long nK = attn::keyCount(m_document->session());
        std::vector<long> lengths;
        const QStringList parts = m_lengths->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const std::optional<double> v = parseEntry(part);
            if (!v || *v != std::floor(*v) || *v < 0 || *v > static_cast<double>(nK)) {
                m_message->setText(tr("\u201c%1\u201d is not a valid length: give whole numbers from 0 to %2 (the "
                                      "number of keys), one per query.")
                                       .arg(part.trimmed())
                                       .arg(nK));
                m_message->show();
                return;
            }
            lengths.push_back(static_cast<long>(*v));
        }
        if (static_cast<long>(lengths.size()) != nQ && !parts.isEmpty()) {
            m_message->setText(tr("%1 valid lengths given for %2 queries: give one per query.")
                                   .arg(lengths.size())
                                   .arg(nQ));
            m_message->show();
            return;
        }
        if (!parts.isEmpty())
            mask.valid_lengths = lengths;
    }
    m_message->hide();
    m_document->setMask(mask);
}

void MaskPanel::syncFromDocument()
{
    const attn::Mask& mask = m_document->session().mask;
    {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockWindow(m_window);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(mask.kind)));
        m_window->setValue(static_cast<int>(mask.window));
    }
    QStringList lengths;
    for (long length : mask.valid_lengths)
        lengths << QString::number(length);
    if (!m_lengths->hasFocus())
        m_lengths->setText(lengths.join(QStringLiteral(", ")));
    const bool byLength = mask.kind == attn::MaskKind::ValidLengths;
    m_lengths->setVisible(byLength);
    m_lengthsLabel->setVisible(byLength);
    m_hint->setVisible(mask.kind == attn::MaskKind::Cells);
    const bool byWindow = mask.kind == attn::MaskKind::Window;
    m_window->setVisible(byWindow);
    m_windowLabel->setVisible(byWindow);
}

} // namespace attn::ui
