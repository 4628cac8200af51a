#include "files/importactions.h"

#include "base/dataexport.h"
#include "document/roletitles.h"
#include "document/sessiondocument.h"
#include "files/importdialog.h"
#include "files/matrixviewer.h"
#include "tables/matrixeditor.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace attn::ui {

ImportActions::ImportActions(QMainWindow* window, SessionDocument* document, const QList<MatrixEditor*>& editors,
                             std::function<HeatmapStyle()> style)
    : QObject(window), m_window(window), m_document(document), m_style(std::move(style))
{
    for (MatrixEditor* editor : editors)
        connect(editor, &MatrixEditor::importRequested, this, [this](MatrixRole r) { importInteractively(r); });
}

void ImportActions::populate(QMenu* menu)
{
    QAction* import = menu->addAction(tr("Import &Matrix\u2026"), this, [this] { importInteractively(); });
    import->setStatusTip(tr("Read a matrix from a CSV, TSV or NumPy (.npy) file into a table"));
    QAction* view = menu->addAction(tr("&View Attention Matrix\u2026"), this, &ImportActions::viewInteractively);
    view->setStatusTip(tr("Show attention weights from a CSV, TSV or NumPy (.npy) file as a heatmap, with no "
                          "computation"));
}

void ImportActions::importInteractively(std::optional<MatrixRole> role)
{
    const QString path = askForFile(tr("Import Matrix"));
    if (!path.isEmpty())
        importFile(path, role);
}

void ImportActions::viewInteractively()
{
    const QString path = askForFile(tr("View Attention Matrix"));
    if (!path.isEmpty())
        viewFile(path);
}

bool ImportActions::importFile(const QString& path, std::optional<MatrixRole> role)
{
    const std::optional<ImportedFile> file = readOrComplain(path);
    if (!file)
        return false;
    const attn::Session& session = m_document->session();
    const QList<MatrixRole> tables = sessionTables(session);
    ImportTarget initial;
    if (role && tables.contains(*role)) {
        initial.role = role;
    } else if (!tables.isEmpty()) {
        initial.role = tables.front();
        const auto [rows, columns] = file->sliceShape();
        for (MatrixRole table : tables) {
            const attn::Matrix m = matrixOf(session, table);
            if (m.rows() == rows && m.cols() == columns) {
                initial.role = table;
                break;
            }
        }
    }
    ImportDialog dialog(*file, session, initial, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return apply(*file, dialog.target());
}

MatrixViewer* ImportActions::viewFile(const QString& path)
{
    const std::optional<ImportedFile> file = readOrComplain(path);
    if (!file)
        return nullptr;
    ImportTarget target; // the viewer, slice 0, 0, …
    if (file->leadingDimensions() > 0) {
        ImportDialog dialog(*file, m_document->session(), target, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        target = dialog.target();
    }
    if (!apply(*file, target) || target.role) // the dialog lets the user choose a table instead
        return nullptr;
    return m_viewers.isEmpty() ? nullptr : m_viewers.back().data();
}

bool ImportActions::apply(const ImportedFile& file, const ImportTarget& target)
{
    attn::Matrix slice;
    try {
        slice = file.matrix(target.leading);
    } catch (const std::exception& e) {
        QMessageBox::warning(m_window, tr("Cannot Import"), QString::fromStdString(e.what()));
        return false;
    }
    if (!target.role) {
        openViewer(slice, labelsOrNumbers(file.rowLabels(), slice.rows()),
                   labelsOrNumbers(file.columnLabels(), slice.cols()), file.sliceTitle(target.leading));
        rememberDataDirectory(file.path());
        return true;
    }
    const MatrixRole role = *target.role;
    const QString name = tr("%1 %2").arg(roleTitle(role), roleSymbol(role));
    const std::vector<std::string> labels = isTokenRole(role) ? file.rowLabels() : std::vector<std::string>{};
    const QString action = tr("Import %1 from %2").arg(name, file.fileName());
    if (!m_document->setMatrix(role, slice, labels, action)) {
        QMessageBox::warning(m_window, tr("Cannot Import"),
                             tr("%1: the %2 \u00d7 %3 matrix cannot be used as %4 in this session.")
                                 .arg(file.fileName())
                                 .arg(slice.rows())
                                 .arg(slice.cols())
                                 .arg(name));
        return false;
    }
    rememberDataDirectory(file.path());
    m_window->statusBar()->showMessage(tr("Imported %1 (%2 \u00d7 %3) from %4")
                                           .arg(name)
                                           .arg(slice.rows())
                                           .arg(slice.cols())
                                           .arg(file.sliceTitle(target.leading)),
                                       10000);
    return true;
}

MatrixViewer* ImportActions::openViewer(const attn::Matrix& weights, const QStringList& rowLabels,
                                        const QStringList& columnLabels, const QString& title)
{
    auto* viewer = new MatrixViewer(weights, rowLabels, columnLabels, title, m_window);
    viewer->setStyleSource(m_style);
    m_viewers.removeAll(nullptr);
    m_viewers << viewer;
    viewer->show();
    return viewer;
}

QList<MatrixViewer*> ImportActions::viewers() const
{
    QList<MatrixViewer*> open;
    for (const QPointer<MatrixViewer>& viewer : m_viewers)
        if (viewer)
            open << viewer.data();
    return open;
}

std::optional<ImportedFile> ImportActions::readOrComplain(const QString& path)
{
    try {
        return ImportedFile::read(path);
    } catch (const std::exception& e) {
        QMessageBox::warning(m_window, tr("Cannot Import"), QString::fromStdString(e.what()));
        return std::nullopt;
    }
}

QString ImportActions::askForFile(const QString& title)
{
    return QFileDialog::getOpenFileName(m_window, title, lastDataDirectory(),
                                        tr("Data files (*.csv *.tsv *.txt *.npy);;All files (*)"));
}

} // namespace attn::ui
