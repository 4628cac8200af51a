#include "base/fittedlabel.h"

#include <QEvent>
#include <QFontMetrics>

namespace attn::ui {

FittedLabel::FittedLabel(QWidget* parent) : QLabel(parent), m_texts{QString()}
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void FittedLabel::setTexts(const QStringList& texts)
{
    m_texts = texts.isEmpty() ? QStringList{QString()} : texts;
    updateGeometry();
    fit();
}

QSize FittedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_texts.value(0)) + m.left() + m.right() + 2 * margin(),
            QLabel::sizeHint().height()};
}

QSize FittedLabel::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return {fontMetrics().horizontalAdvance(m_texts.value(m_texts.size() - 1)) + m.left() + m.right() +
                2 * margin(),
            QLabel::minimumSizeHint().height()};
}

void FittedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittedLabel::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    fit();
}

void FittedLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        fit();
    }
}

void FittedLabel::fit()
{
    if (!isVisible()) { // not laid out yet: the full text (showing it sends a resize event, which fits it)
        setText(m_texts.constFirst());
        return;
    }
    const int width = contentsRect().width() - 2 * margin();
    const QFontMetrics metrics = fontMetrics();
    for (const QString& text : std::as_const(m_texts)) {
        if (metrics.horizontalAdvance(text) <= width) {
            setText(text);
            return;
        }
    }
    setText(metrics.elidedText(m_texts.constLast(), Qt::ElideRight, width));
}

} // namespace attn::ui
