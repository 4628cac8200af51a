#include "window/startwindow.h"

#include "base/language.h"
#include "files/recoveryoffer.h"
#include "window/mainwindow.h"
#include "window/sessionfileactions.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>

namespace attn::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::StartWindow)
};

} // namespace

bool startWindow(MainWindow& window, const QString& sessionPath, const std::function<void()>& beforeShow)
{
    window.loadSession(builtInExample());
    const bool restored =
        RecoveryOffer().offerWithDialogs(window.autosaver(), nullptr, window.fileActions()->guard());
    if (beforeShow)
        beforeShow();
    window.show();
    if (const QString missing = i18n::missingTranslation(); !missing.isEmpty()) {
        // For as long as the window is open (the outputs summary takes the status bar's message).
        auto* note = new QLabel(missing.left(missing.indexOf(u" in ")), &window); // the folder in its tooltip
        note->setObjectName(QStringLiteral("missing-translation"));
        note->setToolTip(missing);
        window.statusBar()->addPermanentWidget(note);
    }
    if (!sessionPath.isEmpty()) {
        if (restored)
            window.statusBar()->showMessage(
                Tr::tr("The autosaved session was restored; %1 was not opened.").arg(sessionPath));
        else
            window.openSession(sessionPath);
    }
    return restored;
}

} // namespace attn::ui
