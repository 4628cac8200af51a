#include "window/settingssection.h"

#include "base/settings.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace attn::ui {

SettingsSection::SettingsSection(const QString& id, const QString& title, QWidget* content, QWidget* parent)
    : QWidget(parent), m_id(id), m_content(content)
{
    setObjectName(QStringLiteral("section-%1").arg(id));
    m_header = new QToolButton(this);
    m_header->setObjectName(QStringLiteral("section-header-%1").arg(id));
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    m_content->setParent(this);
    m_content->setContentsMargins(12, 0, 0, 4); // under the title, clear of the arrow
    layout->addWidget(m_content);

    const bool open = !Settings::instance().foldedSections().contains(id);
    m_header->setChecked(open);
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(open);
    connect(m_header, &QToolButton::toggled, this, &SettingsSection::setOpen);
}

bool SettingsSection::isOpen() const
{
    return m_header->isChecked();
}

void SettingsSection::setOpen(bool open)
{
    m_header->setChecked(open); // re-enters through toggled() only when it changes
    m_header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    if (m_content->isHidden() != open)
        return; // already so (the toggled() of the line above got here first)
    m_content->setVisible(open);
    layout()->invalidate(); // the new height at once, for whoever reads sizeHint() on openChanged()
    updateGeometry();
    QStringList folded = Settings::instance().foldedSections();
    folded.removeAll(m_id);
    if (!open)
        folded.append(m_id);
    Settings::instance().setFoldedSections(folded);
    emit openChanged(open);
}

} // namespace attn::ui
