#include "window/scoringpanel.h"

#include "base/themecolours.h"
#include "window/valueslider.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace attn::ui {

QString scoringFormula(attn::ScoringFunction function)
{
    switch (function) {
    case attn::ScoringFunction::Dot:
        return ScoringPanel::tr("a(q, k) = q \u00b7 k");
    case attn::ScoringFunction::ScaledDot:
        return ScoringPanel::tr("a(q, k) = q · k / √d_k");
    case attn::ScoringFunction::General:
        return ScoringPanel::tr("a(q, k) = q W k\u1d40");
    case attn::ScoringFunction::Additive:
        return ScoringPanel::tr("a(q, k) = w_v \u00b7 tanh(q W_q + k W_k)");
    case attn::ScoringFunction::Cosine:
        return ScoringPanel::tr("a(q, k) = q \u00b7 k / (\u2016q\u2016 \u2016k\u2016)");
    case attn::ScoringFunction::Gaussian:
        return ScoringPanel::tr("a(q, k) = \u2212\u2016q \u2212 k\u2016\u00b2 / (2\u03c3\u00b2)");
    case attn::ScoringFunction::Boxcar:
        return ScoringPanel::tr(
            "K(u) = 1 if u < 1 else 0,  u = \u2016q \u2212 k\u2016 / \u03c3;  weights K / \u03a3K");
    case attn::ScoringFunction::Epanechnikov:
        return ScoringPanel::tr(
            "K(u) = max(0, 1 \u2212 u),  u = \u2016q \u2212 k\u2016 / \u03c3;  weights K / \u03a3K");
    case attn::ScoringFunction::Linear:
        return ScoringPanel::tr(
            "\u03c6(q) \u00b7 \u03c6(k),  \u03c6(x) = elu(x) + 1;  weights \u03c6(q)\u00b7\u03c6(k) / \u03a3");
    }
    return {};
}

ScoringPanel::ScoringPanel(SessionDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_function = new QComboBox(this);
    m_function->setObjectName(QStringLiteral("scoring-function"));
    for (attn::ScoringFunction f : attn::kScoringFunctions)
        m_function->addItem(scoringTitle(f), static_cast<int>(f));
    m_formula = new QLabel(this);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setWordWrap(true);

    m_sigma = new ValueSlider(0.001, 10000.0, this);
    m_sigma->setObjectName(QStringLiteral("sigma"));
    m_sigma->setToolTip(tr("Bandwidth \u03c3 (> 0), in the units of the keys"));
    m_sigmaLabel = new QLabel(tr("Bandwidth \u03c3"), this);

    m_hidden = new QSpinBox(this);
    m_hidden->setRange(1, 64);
    m_hidden->setToolTip(tr("Hidden size h of the additive scoring network"));
    m_hiddenLabel = new QLabel(tr("Hidden size h"), this);

    m_normalization = new QComboBox(this);
    m_normalization->setObjectName(QStringLiteral("normalization"));
    for (attn::NormalizationFunction n :
         {attn::NormalizationFunction::Softmax, attn::NormalizationFunction::Sparsemax,
          attn::NormalizationFunction::Relu})
        m_normalization->addItem(normalizationTitle(n), static_cast<int>(n));
    m_temperature = new ValueSlider(0.01, 100.0, this);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setToolTip(tr("Temperature T of the softmax: T > 1 flattens the weights, T < 1 sharpens them"));
    m_temperatureLabel = new QLabel(tr("Temperature T"), this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scoring-message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    showAsErrorText(m_message);
    m_message->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Scoring"), this), 0, 0);
    grid->addWidget(m_function, 0, 1);
    grid->addWidget(m_formula, 1, 0, 1, 2);
    grid->addWidget(m_sigmaLabel, 2, 0);
    grid->addWidget(m_sigma, 2, 1);
    grid->addWidget(m_hiddenLabel, 3, 0);
    grid->addWidget(m_hidden, 3, 1);
    grid->addWidget(new QLabel(tr("Weights"), this), 4, 0);
    grid->addWidget(m_normalization, 4, 1);
    grid->addWidget(m_temperatureLabel, 5, 0);
    grid->addWidget(m_temperature, 5, 1);
    grid->addWidget(m_message, 6, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_function, &QComboBox::currentIndexChanged, this, [this] {
        m_document->setScoringFunction(static_cast<attn::ScoringFunction>(m_function->currentData().toInt()));
    });
    connect(m_sigma, &ValueSlider::valueChanged, m_document, &SessionDocument::setSigma);
    // A slider drag or a run of arrow-key steps is one undo step; it ends when the slider says so.
    connect(m_sigma, &ValueSlider::stepFinished, m_document, &SessionDocument::finishStep);
    connect(m_temperature, &ValueSlider::stepFinished, m_document, &SessionDocument::finishStep);
    connect(m_hidden, &QSpinBox::valueChanged, this, [this](int h) { m_document->setHiddenSize(h); });
    auto applyNormalization = [this] {
        attn::Normalization n;
        n.function = static_cast<attn::NormalizationFunction>(m_normalization->currentData().toInt());
        n.temperature = m_temperature->value();
        m_document->setNormalization(n);
    };
    connect(m_normalization, &QComboBox::currentIndexChanged, this, applyNormalization);
    connect(m_temperature, &ValueSlider::valueChanged, this, applyNormalization);
    connect(m_sigma, &ValueSlider::inputRefused, this, [this](const QString& text) {
        //: %1: what was typed; %2, %3: the smallest and the largest bandwidth σ the box takes.
        refuse(tr("\u201c%1\u201d was not taken: the bandwidth \u03c3 must be a number from %2 to %3.")
                   .arg(text, m_sigma->spinBox()->textFromValue(m_sigma->minimum()),
                        m_sigma->spinBox()->textFromValue(m_sigma->maximum())));
    });
    connect(m_temperature, &ValueSlider::inputRefused, this, [this](const QString& text) {
        //: %1: what was typed; %2, %3: the smallest and the largest temperature T the box takes.
        refuse(tr("\u201c%1\u201d was not taken: the temperature T must be a number from %2 to %3.")
                   .arg(text, m_temperature->spinBox()->textFromValue(m_temperature->minimum()),
                        m_temperature->spinBox()->textFromValue(m_temperature->maximum())));
    });
    connect(m_document, &SessionDocument::settingsChanged, m_message, &QLabel::hide);
    connect(m_document, &SessionDocument::settingsChanged, this, &ScoringPanel::syncFromDocument);
    syncFromDocument();
}

void ScoringPanel::refuse(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

QString ScoringPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ScoringPanel::syncFromDocument()
{
    const attn::Session& s = m_document->session();
    {
        const QSignalBlocker blockFunction(m_function);
        const QSignalBlocker blockHidden(m_hidden);
        const QSignalBlocker blockNormalization(m_normalization);
        m_function->setCurrentIndex(m_function->findData(static_cast<int>(s.scoring.function)));
        m_hidden->setValue(static_cast<int>(std::max<long>(1, s.scoring.w_v.size())));
        m_normalization->setCurrentIndex(m_normalization->findData(static_cast<int>(s.normalization.function)));
    }
    m_sigma->setValueSilently(s.scoring.sigma);
    m_temperature->setValueSilently(s.normalization.temperature);

    const attn::ScoringFunction f = s.scoring.function;
    m_formula->setText(scoringFormula(f));
    const bool bandwidth = attn::usesBandwidth(f);
    m_sigma->setVisible(bandwidth);
    m_sigmaLabel->setVisible(bandwidth);
    const bool additive = f == attn::ScoringFunction::Additive;
    m_hidden->setVisible(additive);
    m_hiddenLabel->setVisible(additive);
    const bool bySum = attn::normalizesBySum(f);
    m_normalization->setEnabled(!bySum);
    m_normalization->setToolTip(bySum ? tr("This scoring function's weights are its values divided by their sum")
                                      : QString());
    const bool softmax = !bySum && s.normalization.function == attn::NormalizationFunction::Softmax;
    m_temperature->setVisible(softmax);
    m_temperatureLabel->setVisible(softmax);
}

} // namespace attn::ui
