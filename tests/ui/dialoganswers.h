// Answers modal dialogs in window tests without blocking: each helper polls for the next modal dialog (so one
// that opens late is still found) and answers it once. Polling stops when the returned guard is destroyed, so a
// dialog that never opened cannot be answered later, by a stale helper, in another test.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace dialoganswers {

/// Keeps a helper polling while it lives; keep it until the dialog has been answered (e.g. to the end of scope).
using Guard = std::unique_ptr<QObject>;

/// Calls `act` with the first modal dialog of type T once it is open, polling every 10 ms for about 3 s while
/// `context` lives.
template <typename T> void whenModalOpens(QObject* context, std::function<void(T*)> act, int attempts = 300)
{
    QTimer::singleShot(10, context, [context, act, attempts] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModalOpens<T>(context, act, attempts - 1);
    });
}

/// Answers the next message box with `button` (QMessageBox::NoButton: closes it, which is Cancel or Escape),
/// storing its text and informative text in `*text` (if given). `text` must outlive the guard.
[[nodiscard]] inline Guard answerNextMessageBox(QMessageBox::StandardButton button, QString* text = nullptr)
{
    Guard guard = std::make_unique<QObject>();
    whenModalOpens<QMessageBox>(guard.get(), [button, text](QMessageBox* box) {
        if (text)
            *text = box->text() + QStringLiteral("\n") + box->informativeText();
        if (QAbstractButton* b = button == QMessageBox::NoButton ? nullptr : box->button(button))
            b->click();
        else
            box->close();
    });
    return guard;
}

/// Answers the next message boxes in turn, one for each of `buttons`: clicks the button whose text is that entry
/// (e.g. "&Restore"), or presses Escape for "<Escape>". Appends each box's object name, text and informative
/// text (one line each) to `*seen`, if given; a box without the button is closed and "no button …" appended.
/// `seen` must outlive the guard.
[[nodiscard]] inline Guard clickInNextMessageBoxes(const QStringList& buttons, QStringList* seen = nullptr)
{
    Guard guard = std::make_unique<QObject>();
    struct Next {
        static void answer(QObject* context, QStringList buttons, QStringList* seen)
        {
            if (buttons.isEmpty())
                return;
            whenModalOpens<QMessageBox>(context, [context, buttons, seen](QMessageBox* box) {
                const QString wanted = buttons.first();
                if (seen)
                    *seen << box->objectName() << box->text() << box->informativeText();
                QAbstractButton* chosen = nullptr;
                for (QAbstractButton* button : box->buttons())
                    if (button->text() == wanted)
                        chosen = button;
                if (wanted == QStringLiteral("<Escape>")) {
                    QTest::keyClick(box, Qt::Key_Escape);
                } else if (chosen) {
                    chosen->click();
                } else {
                    if (seen)
                        *seen << QStringLiteral("no button ") + wanted;
                    box->close();
                }
                answer(context, buttons.mid(1), seen);
            });
        }
    };
    Next::answer(guard.get(), buttons, seen);
    return guard;
}

/// Chooses `path` in the next file dialog.
[[nodiscard]] inline Guard chooseInNextFileDialog(const QString& path)
{
    Guard guard = std::make_unique<QObject>();
    whenModalOpens<QFileDialog>(guard.get(), [path](QFileDialog* dialog) {
        if (QWidget* focus = dialog->focusWidget())
            focus->clearFocus(); // selectFile() leaves a focused file name field alone
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
    });
    return guard;
}

} // namespace dialoganswers
