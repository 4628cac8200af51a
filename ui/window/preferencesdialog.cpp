#include "window/preferencesdialog.h"

#include "base/language.h"
#include "base/numberformat.h"
#include "window/viewactions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QIcon>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace attn::ui {

namespace {

/// The waistline example's numbers (DOMAIN.md, worked example 1): a weight and the estimate, as computed.
constexpr double kExampleWeight = 0.499999971866208;
constexpr double kExampleEstimate = 112.5000007596124;

/// A strip of `map`'s colours, low to high, for the colour map list.
QIcon colourMapIcon(SequentialMap map)
{
    QPixmap strip(64, 16);
    QLinearGradient gradient(0, 0, strip.width(), 0);
    const QList<QColor> stops = sequentialMapStops(map);
    for (qsizetype i = 0; i < stops.size(); ++i)
        gradient.setColorAt(stops.size() > 1 ? double(i) / double(stops.size() - 1) : 0.0, stops.at(i));
    QPainter painter(&strip);
    painter.fillRect(strip.rect(), gradient);
    return QIcon(strip);
}

int percentOf(double scale)
{
    return static_cast<int>(std::lround(scale * 100.0));
}

QComboBox* comboNamed(const QString& objectName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    return combo;
}

QGroupBox* groupOf(const QString& title, QFormLayout* form, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setLayout(form);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(ViewActions* view, QWidget* parent) : QDialog(parent), m_view(view)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferences"));
    m_applied = Preferences::load();
    m_applied.dark = m_view->isDark();
    m_applied.colourMap = m_view->colourMap();
    m_applied.fontScale = m_view->fontScale();
    m_applied.cellDigits = m_view->cellDigits();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply |
                                         QDialogButtonBox::RestoreDefaults,
                                     this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { showPreferences(Preferences{}); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildLanguage());
    layout->addWidget(buildAppearance());
    layout->addWidget(buildExport());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    showPreferences(m_applied);
}

QWidget* PreferencesDialog::buildLanguage()
{
    m_language = comboNamed(QStringLiteral("language"), this);
    for (const i18n::Language& language : i18n::availableLanguages())
        m_language->addItem(language.name, language.code);
    auto* note = new QLabel(tr("Takes effect when Attention Lab is restarted."), this);
    note->setObjectName(QStringLiteral("language-note"));
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    return groupOf(tr("Language"), form, this);
}

QWidget* PreferencesDialog::buildAppearance()
{
    m_theme = comboNamed(QStringLiteral("theme"), this);
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);

    m_colourMap = comboNamed(QStringLiteral("colour-map"), this);
    m_colourMap->setIconSize(QSize(64, 16));
    for (SequentialMap map : kSequentialMaps)
        m_colourMap->addItem(colourMapIcon(map), sequentialMapName(map), static_cast<int>(map));

    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("text-size"));
    m_textSize->setRange(percentOf(Preferences::kMinFontScale), percentOf(Preferences::kMaxFontScale));
    m_textSize->setSingleStep(10);
    m_textSize->setSuffix(tr(" %", "after the text size in percent"));

    m_cellDigits = new QSpinBox(this);
    m_cellDigits->setObjectName(QStringLiteral("cell-digits"));
    m_cellDigits->setRange(Preferences::kMinCellDigits, Preferences::kMaxCellDigits);
    m_digitsExample = new QLabel(this);
    m_digitsExample->setObjectName(QStringLiteral("digits-example"));
    m_digitsExample->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Colour map:"), m_colourMap);
    form->addRow(tr("Te&xt size:"), m_textSize);
    form->addRow(tr("&Significant digits in heatmap cells:"), m_cellDigits);
    form->addRow(QString(), m_digitsExample);

    for (QComboBox* combo : {m_theme, m_colourMap})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    for (QSpinBox* spin : {m_textSize, m_cellDigits})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateState);
    return groupOf(tr("Appearance"), form, this);
}

QWidget* PreferencesDialog::buildExport()
{
    m_exportFormat = comboNamed(QStringLiteral("export-format"), this);
    m_exportFormat->addItem(tr("PNG (image)"), static_cast<int>(ImageFormat::Png));
    m_exportFormat->addItem(tr("PDF (vector)"), static_cast<int>(ImageFormat::Pdf));
    m_exportFormat->addItem(tr("SVG (vector)"), static_cast<int>(ImageFormat::Svg));
    m_exportScale = comboNamed(QStringLiteral("export-scale"), this);
    for (int scale : {1, 2, 4})
        m_exportScale->addItem(tr("%1\u00d7").arg(scale), scale);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_exportFormat);
    form->addRow(tr("&PNG scale:"), m_exportScale);
    for (QComboBox* combo : {m_language, m_exportFormat, m_exportScale})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateState);
    return groupOf(tr("Export defaults"), form, this);
}

Preferences PreferencesDialog::chosen() const
{
    Preferences p;
    p.language = m_language->currentData().toString();
    p.dark = m_theme->currentData().toBool();
    p.colourMap = static_cast<SequentialMap>(m_colourMap->currentData().toInt());
    p.fontScale =
        m_textSize->value() == percentOf(m_applied.fontScale) ? m_applied.fontScale : m_textSize->value() / 100.0;
    p.cellDigits = m_cellDigits->value();
    p.exportFormat = static_cast<ImageFormat>(m_exportFormat->currentData().toInt());
    p.exportScale = m_exportScale->currentData().toInt();
    return p;
}

void PreferencesDialog::apply()
{
    const Preferences p = chosen();
    if (p.dark != m_view->isDark())
        m_view->setDark(p.dark);
    if (p.colourMap != m_view->colourMap())
        m_view->setColourMap(p.colourMap);
    if (p.fontScale != m_view->fontScale())
        m_view->setFontScale(p.fontScale);
    if (p.cellDigits != m_view->cellDigits())
        m_view->setCellDigits(p.cellDigits);
    p.save();
    m_applied = p;
    updateState();
}

void PreferencesDialog::showPreferences(const Preferences& p)
{
    auto select = [](QComboBox* combo, const QVariant& data) {
        const int index = combo->findData(data);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_language, p.language);
    select(m_theme, p.dark);
    select(m_colourMap, static_cast<int>(p.colourMap));
    m_textSize->setValue(percentOf(p.fontScale));
    m_cellDigits->setValue(p.cellDigits);
    select(m_exportFormat, static_cast<int>(p.exportFormat));
    select(m_exportScale, p.exportScale);
    updateState();
}

void PreferencesDialog::updateState()
{
    const int digits = m_cellDigits->value();
    m_digitsExample->setText(tr("For example, the weight %1 is shown as %2 and the estimate %3 as %4.")
                                 .arg(formatExact(kExampleWeight), formatCellValue(kExampleWeight, digits),
                                      formatExact(kExampleEstimate), formatCellValue(kExampleEstimate, digits)));
    m_exportScale->setEnabled(m_exportFormat->currentData().toInt() == static_cast<int>(ImageFormat::Png));
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(chosen() != m_applied);
}

} // namespace attn::ui
