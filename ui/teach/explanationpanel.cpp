#include "teach/explanationpanel.h"

#include "attn/errors.h"
#include "base/fittedlabel.h"
#include "base/numberformat.h"
#include "base/scaledfont.h"
#include "compute/livecomputation.h"
#include "compute/viewstate.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attn::ui {

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("explanation"));
    m_title = new FittedLabel(this); // plain text: token labels such as <s> are text, never markup
    // One line, elided to the panel's width: a long token label (or a long heading at presentation size) never
    // widens the window beyond the screen (a 200 000-character label made it 32 767 px wide, and kept so).
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_formula = new QLabel(this);
    m_formula->setObjectName(QStringLiteral("formula"));
    m_formula->setTextFormat(Qt::PlainText);
    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    applyFonts();

    m_expand = new QPushButton(tr("Show every term"), this);
    m_expand->setCheckable(true);
    m_copyText = new QPushButton(tr("Copy as text"), this);
    m_copyLatex = new QPushButton(tr("Copy as LaTeX"), this);
    connect(m_expand, &QPushButton::toggled, this, [this](bool on) {
        m_full = on;
        updateFormula();
    });
    connect(m_copyText, &QPushButton::clicked, this, &ExplanationPanel::copyText);
    connect(m_copyLatex, &QPushButton::clicked, this, &ExplanationPanel::copyLatex);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_expand);
    buttons->addWidget(m_copyText);
    buttons->addWidget(m_copyLatex);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_formula);
    clear();
}

void ExplanationPanel::setTitle(const QString& title)
{
    m_title->setTexts({title});
    m_title->setToolTip(title.size() > kLongestTooltip ? title.left(kLongestTooltip) + u'\u2026' : title);
}

void ExplanationPanel::applyFonts()
{
    QFont titleFont = scaledFont(font(), kTitleScale * m_emphasis);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_formula->setFont(scaledFont(font(), kFormulaScale * m_emphasis));
}

void ExplanationPanel::setEmphasis(double factor)
{
    if (factor == m_emphasis)
        return;
    m_emphasis = factor;
    applyFonts();
}

void ExplanationPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) // the text size, presentation mode: the formula follows
        applyFonts();
}

void ExplanationPanel::setExplanation(const attn::Explanation& explanation)
{
    m_explanation = explanation;
    setTitle(QString::fromStdString(explanation.title));
    m_expand->setVisible(explanation.text != explanation.full_text);
    m_copyText->setEnabled(true);
    m_copyLatex->setEnabled(!explanation.latex.empty());
    updateFormula();
}

void ExplanationPanel::clear()
{
    m_explanation = {};
    setTitle(tr("Explanation"));
    m_formula->setText(tr("Click a cell of any heatmap to see where its number comes from."));
    m_expand->hide();
    m_copyText->setEnabled(false);
    m_copyLatex->setEnabled(false);
}

QString ExplanationPanel::text() const
{
    return QString(m_formula->text()).remove(QChar(0x2060)); // the joiners only steer line breaks
}

void ExplanationPanel::copyText() const
{
    QApplication::clipboard()->setText(QString::fromStdString(m_explanation.full_text));
}

void ExplanationPanel::copyLatex() const
{
    QApplication::clipboard()->setText(QString::fromStdString(m_explanation.latex));
}

void ExplanationPanel::updateFormula()
{
    m_formula->setText(
        keepNumbersWhole(QString::fromStdString(m_full ? m_explanation.full_text : m_explanation.text)));
}

void ExplanationPanel::listenTo(LiveComputation* computation, ViewState* view)
{
    m_computation = computation;
    m_view = view;
    connect(computation, &LiveComputation::resultChanged, this, &ExplanationPanel::explainSelection);
    connect(view, &ViewState::selectionChanged, this, &ExplanationPanel::explainSelection);
}

void ExplanationPanel::explainSelection()
{
    if (!m_computation || !m_view)
        return;
    const HeatmapSpec* spec = m_computation->selectedSpec();
    if (!spec || !spec->stage) {
        clear();
        return;
    }
    const ComputeResult& result = m_computation->result();
    const CellSelection& cell = *m_view->selection();
    try {
        setExplanation(attn::explain(*result.session, *result.computation,
                                     attn::CellRef::of(*spec->stage, cell.row, cell.column)));
    } catch (const attn::AttentionError& e) {
        setExplanation({spec->title.toStdString(), e.what(), e.what(), {}});
    }
}

} // namespace attn::ui
