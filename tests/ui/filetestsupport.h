// Helpers for the import, paste and viewer tests: fixture paths and answering modal dialogs without blocking.
#pragma once

#include "../support/filebytes.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace filetest {

/// A committed fixture under tests/data (see tests/data/npy/make_fixtures.py for what each array holds).
inline QString fixture(const QString& relative)
{
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}

/// Calls `act` with the first modal dialog of type T once it is open (polling every 10 ms, so that a dialog that
/// opens late is still found). Gives up after about two seconds; `act` then never runs.
template <typename T> void whenModalOpens(std::function<void(T*)> act, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [act, attempts] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenModalOpens<T>(act, attempts - 1);
    });
}

/// Closes the next message box as soon as it opens and stores its text in `*text`. Closing a question box is its
/// Cancel (Escape) answer.
inline void closeNextMessage(QString* text)
{
    whenModalOpens<QMessageBox>([text](QMessageBox* box) {
        *text = box->text();
        box->close();
    });
}

/// Clicks the button with `buttonText` of the next message box, storing the box's text in `*text`.
inline void answerNextMessage(const QString& buttonText, QString* text)
{
    whenModalOpens<QMessageBox>([buttonText, text](QMessageBox* box) {
        *text = box->text();
        for (QAbstractButton* button : box->buttons())
            if (button->text() == buttonText) {
                button->click();
                return;
            }
        box->close();
    });
}

/// Calls `act` with the visible file dialog once it is open, found among the top-level widgets (as a test
/// that must see the dialog's folder or filters needs it, also when it is not the active modal widget).
/// Polls every 10 ms and gives up after about two seconds; `act` then never runs.
inline void whenFileDialogOpens(std::function<void(QFileDialog*)> act, int attempts = 200)
{
    QTimer::singleShot(10, qApp, [act, attempts] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QFileDialog*>(widget); dialog && dialog->isVisible()) {
                act(dialog);
                return;
            }
        }
        if (attempts > 0)
            whenFileDialogOpens(act, attempts - 1);
    });
}

/// Chooses `path` in the next file dialog (or cancels it when `path` is empty).
inline void chooseInNextFileDialog(const QString& path)
{
    whenModalOpens<QFileDialog>([path](QFileDialog* dialog) {
        if (path.isEmpty()) {
            dialog->reject();
            return;
        }
        if (QWidget* focus = dialog->focusWidget())
            focus->clearFocus(); // selectFile() leaves a focused file name field alone
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        // A dialog that refused the name stays open: cancel it rather than let the test wait for ever.
        QTimer::singleShot(500, dialog, [dialog] {
            if (dialog->isVisible()) {
                ADD_FAILURE() << "the file dialog did not accept the chosen name";
                dialog->reject();
            }
        });
    });
}

using testfiles::readAll;
using testfiles::writeAll;

} // namespace filetest
