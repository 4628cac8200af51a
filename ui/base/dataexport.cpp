#include "base/dataexport.h"

#include "io/matrixfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

namespace {

QString& lastDirectory()
{
    static QString directory;
    return directory;
}

} // namespace

QString dataFormatSuffix(DataFormat format)
{
    return format == DataFormat::Csv ? QStringLiteral("csv") : QStringLiteral("npy");
}

QString writeMatrixData(const QString& path, DataFormat format, const MatrixData& data)
{
    const QByteArray bytes = format == DataFormat::Csv
                                 ? attn::io::toDelimited(data.values, data.rowLabels, data.columnLabels, ',')
                                 : attn::io::toNpy(data.values);
    return attn::io::writeDataFile(path, bytes);
}

QString exportMatrixInteractively(QWidget* parent, DataFormat format, const MatrixData& data)
{
    const QString suffix = dataFormatSuffix(format);
    const QString baseName = data.baseName.isEmpty() ? QStringLiteral("matrix") : data.baseName;
    const QString proposal = QDir(lastDataDirectory()).filePath(baseName + u'.' + suffix);
    const QString filter = format == DataFormat::Csv
                               ? QCoreApplication::translate("attn::ui::DataExport", "CSV files (*.csv)")
                               : QCoreApplication::translate("attn::ui::DataExport", "NumPy arrays (*.npy)");
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("attn::ui::DataExport", "Export Data"), proposal, filter);
    if (path.isEmpty())
        return {}; // cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    const QString error = writeMatrixData(path, format, data);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("attn::ui::DataExport", "Export Failed"), error);
        return {};
    }
    rememberDataDirectory(path);
    return path;
}

QString lastDataDirectory()
{
    if (!lastDirectory().isEmpty() && QDir(lastDirectory()).exists())
        return lastDirectory();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();
}

void rememberDataDirectory(const QString& path)
{
    lastDirectory() = QFileInfo(path).absolutePath();
}

} // namespace attn::ui
