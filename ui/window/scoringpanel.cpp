#include "window/scoringpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace attn::ui {

namespace {

QString formulaFor(attn::ScoringFunction function)
{
    switch (function) {
    case attn::ScoringFunction::Dot:
        return ScoringPanel::tr("a(q, k) = q \u00b7 k");
    case attn::ScoringFunction::ScaledDot:
        return ScoringPanel::tr("a(q, k) = q \u00b7 k / \u221ad_k");
    case attn::ScoringFunction::Gaussian:
        return ScoringPanel::tr("a(q, k) = \u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)");
    default:
        break;
    }
    return QString::fromUtf8(attn::scoringName(function).data());
}

} // namespace

ScoringPanel::ScoringPanel(SessionDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("scoring-function"));
    m_function->addItem(tr("Dot product"), QVariant::fromValue(static_cast<int>(attn::ScoringFunction::Dot)));
    m_function->addItem(tr("Scaled dot product (\u00f7 \u221ad_k)"),
                        QVariant::fromValue(static_cast<int>(attn::ScoringFunction::ScaledDot)));
    m_function->addItem(tr("Gaussian kernel"), QVariant::fromValue(static_cast<int>(attn::ScoringFunction::Gaussian)));

    m_sigma = new QDoubleSpinBox(this);
    m_sigma->setObjectName(QStringLiteral("sigma"));
    m_sigma->setLocale(QLocale::c());
    m_sigma->setDecimals(3);
    m_sigma->setRange(0.001, 1e6);
    m_sigma->setSingleStep(0.1);
    m_sigma->setToolTip(tr("Bandwidth \u03c3 of the Gaussian kernel (> 0), in the units of the keys"));
    m_sigmaLabel = new QLabel(tr("Bandwidth \u03c3"), this);
    m_sigmaLabel->setBuddy(m_sigma);

    m_formula = new QLabel(this);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* functionLabel = new QLabel(tr("&Scoring"), this);
    functionLabel->setBuddy(m_function);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(functionLabel, 0, 0);
    layout->addWidget(m_function, 0, 1);
    layout->addWidget(m_sigmaLabel, 0, 2);
    layout->addWidget(m_sigma, 0, 3);
    layout->addWidget(m_formula, 1, 0, 1, 4);
    layout->setColumnStretch(1, 1);

    connect(m_function, &QComboBox::currentIndexChanged, this, &ScoringPanel::apply);
    connect(m_sigma, &QDoubleSpinBox::valueChanged, this, &ScoringPanel::apply);
    connect(m_document, &SessionDocument::scoringChanged, this, &ScoringPanel::syncFromDocument);
    syncFromDocument();
}

void ScoringPanel::syncFromDocument()
{
    const attn::Scoring& scoring = m_document->session().scoring;
    {
        const QSignalBlocker blockFunction(m_function);
        const QSignalBlocker blockSigma(m_sigma);
        m_function->setCurrentIndex(m_function->findData(static_cast<int>(scoring.function)));
        m_sigma->setValue(scoring.sigma);
    }
    const bool gaussian = scoring.function == attn::ScoringFunction::Gaussian;
    m_sigma->setVisible(gaussian);
    m_sigmaLabel->setVisible(gaussian);
    m_formula->setText(formulaFor(scoring.function));
}

void ScoringPanel::apply()
{
    attn::Scoring scoring = m_document->session().scoring;
    scoring.function = static_cast<attn::ScoringFunction>(m_function->currentData().toInt());
    scoring.sigma = m_sigma->value();
    m_document->setScoring(scoring);
}

} // namespace attn::ui
