// exportHandoutInteractively(), declared in teach/handout.h: the widgets side of the handout.
#include "teach/handout.h"

#include "base/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

using attn::io::WriteResult;

namespace {

/// Translation context of the handout dialog.
struct HandoutDialog {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HandoutDialog)
};

QString startDirectory()
{
    return Settings::instance().startFolder(FileKind::Handout, QStandardPaths::DocumentsLocation);
}

/// Removes a ".pdf" or ".png" suffix that a user typed for a folder of PNG pages.
QString folderName(const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (!info.isDir() && (suffix == u"png" || suffix == u"pdf"))
        return info.dir().filePath(info.completeBaseName());
    return path;
}

} // namespace

QString exportHandoutInteractively(QWidget* parent, const attn::Session& session, const HandoutOptions& options)
{
    const QString pdfFilter = HandoutDialog::tr("PDF handout (*.pdf)");
    const QString pngFilter = HandoutDialog::tr("PNG pages in a folder (*)");
    QString selectedFilter = pdfFilter;
    QString path = QFileDialog::getSaveFileName(parent, HandoutDialog::tr("Export Handout"),
                                                QDir(startDirectory()).filePath(QStringLiteral("handout.pdf")),
                                                pdfFilter + QStringLiteral(";;") + pngFilter, &selectedFilter);
    if (path.isEmpty())
        return {}; // cancelled

    // A name typed with ".png" asks for PNG pages whichever filter is selected ("handout.png" → the folder
    // "handout" of pages); any other name without ".pdf" gets it, so that the file says what it holds.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool pngPages = selectedFilter == pngFilter || suffix == u"png";
    if (pngPages)
        path = folderName(path);
    else if (suffix != u"pdf")
        path += QStringLiteral(".pdf");

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const WriteResult result =
        pngPages ? writeHandoutPngs(session, path, options) : writeHandoutPdf(session, path, options);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        QMessageBox::warning(parent, HandoutDialog::tr("Handout not written"), result.errorString());
        return {};
    }
    Settings::instance().setLastFolder(
        FileKind::Handout, QFileInfo(path).absolutePath()); // for a folder of pages: the folder beside it
    return path;
}

} // namespace attn::ui
