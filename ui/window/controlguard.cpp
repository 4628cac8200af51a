#include "window/controlguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWheelEvent>

namespace attn::ui {

namespace {

/// The keys a focused slider, spin box or combo box acts on itself. Not Page Up / Page Down: a presenter's
/// clicker sends them, and they always step through the stages (a T just typed stays as typed).
bool isNavigationKey(const QKeyEvent* key)
{
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        return true;
    default:
        return false;
    }
}

/// Page Up / Page Down: a presenter's clicker. They step through the stages; where that shortcut is disabled
/// (at the last or the first stage) they reach the focused control, which must not take them.
bool isClickerKey(const QKeyEvent* key)
{
    return (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) &&
           (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

/// The nearest scroll area whose viewport holds `widget`, or nullptr.
QAbstractScrollArea* enclosingScrollArea(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w); area && area->viewport()->isAncestorOf(widget))
            return area;
    }
    return nullptr;
}

} // namespace

ControlGuard::ControlGuard(QWidget* container) : QObject(container)
{
}

ControlGuard* ControlGuard::guard(QWidget* container)
{
    auto* guard = new ControlGuard(container);
    for (QWidget* child : container->findChildren<QWidget*>())
        guard->add(child);
    return guard;
}

bool ControlGuard::isGuardedKind(const QWidget* widget)
{
    return qobject_cast<const QAbstractSlider*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget);
}

void ControlGuard::add(QWidget* control)
{
    if (!control || !isGuardedKind(control))
        return;
    control->setFocusPolicy(Qt::StrongFocus);
    control->removeEventFilter(this); // installed once even when added twice
    control->installEventFilter(this);
}

bool ControlGuard::eventFilter(QObject* watched, QEvent* event)
{
    auto* control = qobject_cast<QWidget*>(watched);
    if (!control)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel && !control->hasFocus()) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (QAbstractScrollArea* area = enclosingScrollArea(control)) {
            QWidget* viewport = area->viewport();
            QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                               wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                               wheel->phase(), wheel->inverted(), wheel->source(), wheel->pointingDevice());
            QCoreApplication::sendEvent(viewport, &scroll);
            wheel->accept();
        } else {
            wheel->ignore(); // Qt passes an ignored (real) wheel event on to the parents
        }
        return true; // the control itself never sees it
    }
    if (event->type() == QEvent::ShortcutOverride && control->hasFocus() &&
        isNavigationKey(static_cast<QKeyEvent*>(event))) {
        event->accept(); // no shortcut: the key press goes to the control
        return true;
    }
    if (event->type() == QEvent::KeyPress && isClickerKey(static_cast<QKeyEvent*>(event))) {
        event->accept(); // the stage shortcut was disabled (past the last stage): the control stays as it is
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace attn::ui
