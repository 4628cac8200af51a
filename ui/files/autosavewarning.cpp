#include "files/autosavewarning.h"

#include "files/autosaver.h"

#include <QDir>
#include <QKeySequence>

namespace attn::ui {

AutosaveWarning::AutosaveWarning(Autosaver* autosaver, QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("autosave-warning"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse); // the folder can be copied
    // The colours of the results' notice: fixed, so that dark text stays on a light bar in the dark theme too.
    setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; "
                                 "border-bottom: 1px solid #c8a000; }"));
    hide();
    connect(autosaver, &Autosaver::autosaveFailed, this, &AutosaveWarning::showFailure);
    connect(autosaver, &Autosaver::autosaved, this, &QWidget::hide);
}

QString AutosaveWarning::message(const QString& folder, const QString& reason)
{
    return tr("Autosave is off: cannot write to %1 (%2). Save your work with %3.")
        .arg(QDir::toNativeSeparators(folder), reason,
             QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
}

void AutosaveWarning::showFailure(const QString& folder, const QString& reason)
{
    setText(message(folder, reason));
    if (isHidden()) {
        ++m_timesShown;
        show();
    }
}

} // namespace attn::ui
