#include "window/modepanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace attn::ui {

ModePanel::ModePanel(SessionDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_plain = new QRadioButton(tr("Q, K, V typed in"), this);
    m_selfAttention = new QRadioButton(tr("Self-attention on tokens X"), this);
    m_selfAttention->setObjectName(QStringLiteral("self-attention"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_plain);
    group->addButton(m_selfAttention);
    m_positional = new QCheckBox(tr("Add positional encoding P"), this);
    m_identity = new QPushButton(tr("Q = K = V = X"), this);
    m_identity->setToolTip(tr("Set W_Q, W_K and W_V to the identity"));

    m_multiHead = new QCheckBox(tr("Multi-head"), this);
    m_multiHead->setObjectName(QStringLiteral("multi-head"));
    m_heads = new QSpinBox(this);
    m_heads->setRange(1, 64);
    m_heads->setPrefix(tr("h = "));
    m_headView = new QComboBox(this);
    m_headView->setObjectName(QStringLiteral("head-view"));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("\u201cRandom\u201d fills with this seed: the same seed gives the same numbers"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_plain, 0, 0);
    grid->addWidget(m_selfAttention, 0, 1, 1, 2);
    grid->addWidget(m_positional, 1, 1);
    grid->addWidget(m_identity, 1, 2);
    grid->addWidget(m_multiHead, 2, 0);
    grid->addWidget(m_heads, 2, 1);
    grid->addWidget(m_headView, 2, 2);
    grid->addWidget(new QLabel(tr("Random seed"), this), 3, 0);
    grid->addWidget(m_seed, 3, 1);

    connect(m_selfAttention, &QRadioButton::toggled, m_document, &SessionDocument::setSelfAttention);
    connect(m_positional, &QCheckBox::toggled, m_document, &SessionDocument::setPositionalEncoding);
    connect(m_identity, &QPushButton::clicked, m_document, &SessionDocument::useIdentityProjections);
    connect(m_multiHead, &QCheckBox::toggled, m_document, &SessionDocument::setMultiHead);
    connect(m_heads, &QSpinBox::valueChanged, this, [this](int h) { m_document->setHeads(h); });
    connect(m_headView, &QComboBox::currentIndexChanged, this, &ModePanel::selectionChanged);
    connect(m_document, &SessionDocument::settingsChanged, this, &ModePanel::syncFromDocument);
    syncFromDocument();
}

std::uint32_t ModePanel::seed() const
{
    return static_cast<std::uint32_t>(m_seed->value());
}

HeatmapSelection ModePanel::selection() const
{
    HeatmapSelection s;
    const int index = m_headView->currentIndex();
    if (index <= 0) {
        s.mode = HeatmapSelection::Mode::Overview;
    } else {
        s.mode = HeatmapSelection::Mode::OneHead;
        s.head = index - 1;
    }
    return s;
}

void ModePanel::syncFromDocument()
{
    const attn::Session& s = m_document->session();
    const bool self = s.self_attention.has_value();
    const bool heads = s.multi_head.has_value();
    const QSignalBlocker b1(m_plain);
    const QSignalBlocker b2(m_selfAttention);
    const QSignalBlocker b3(m_positional);
    const QSignalBlocker b4(m_multiHead);
    const QSignalBlocker b5(m_heads);
    (self ? m_selfAttention : m_plain)->setChecked(true);
    m_positional->setChecked(self && s.self_attention->positional_encoding);
    m_positional->setEnabled(self);
    m_identity->setEnabled(self);
    m_multiHead->setChecked(heads);
    m_heads->setEnabled(heads);
    m_headView->setEnabled(heads);
    // Single-head attention is one head: a session without multi-head must not show the last session's h.
    m_heads->setValue(heads ? static_cast<int>(s.multi_head->heads) : 1);

    const int count = heads ? static_cast<int>(s.multi_head->heads) : 0;
    if (m_headView->count() != count + 1) {
        const QSignalBlocker b6(m_headView);
        const int previous = m_headView->currentIndex();
        m_headView->clear();
        m_headView->addItem(tr("All heads"));
        for (int t = 1; t <= count; ++t)
            m_headView->addItem(tr("Head %1").arg(t));
        m_headView->setCurrentIndex(previous >= 0 && previous <= count ? previous : 0);
        emit selectionChanged();
    }
}

} // namespace attn::ui
