#pragma once

#include <QObject>

class QWidget;

namespace attn::ui {

/// Keeps the parameter controls of a scrolling panel from changing by accident. For every slider
/// (QAbstractSlider), spin box (QAbstractSpinBox) and combo box (QComboBox) inside a container:
///
/// - the focus policy becomes Qt::StrongFocus (Tab or a click focuses it; the wheel does not, where Qt's
///   default Qt::WheelFocus would);
/// - a wheel event over the control while it has no focus changes nothing: it is passed to the enclosing scroll
///   area's viewport, so that the panel scrolls (or left for the parents when there is no scroll area);
/// - while it has the focus, its own navigation keys (arrows, Home, End without a modifier) go to
///   the control rather than to a window shortcut of the same key (View → All Stages is Home); Page Up and
///   Page Down never reach it (a presenter's clicker steps the stages, and does nothing past the last one).
///
/// One guard serves a whole panel; it is a child of the container and lives as long as it does.
class ControlGuard : public QObject {
    Q_OBJECT
public:
    /// Guards every slider, spin box and combo box inside `container` (at any depth) that exists now.
    /// @return the guard (owned by `container`).
    static ControlGuard* guard(QWidget* container);

    /// Guards `control` as well (one created after guard()); ignores widgets of other kinds.
    void add(QWidget* control);

    /// True for the kinds of widget the guard watches (slider, spin box, combo box).
    static bool isGuardedKind(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ControlGuard(QWidget* container);
};

} // namespace attn::ui
