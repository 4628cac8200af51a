#include "base/dataexport.h"

#include "io/matrixfile.h"
#include "base/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

using attn::io::WriteResult;

QString dataFormatSuffix(DataFormat format)
{
    return format == DataFormat::Csv ? QStringLiteral("csv") : QStringLiteral("npy");
}

WriteResult writeMatrixData(const QString& path, DataFormat format, const MatrixData& data)
{
    const QByteArray bytes = format == DataFormat::Csv
                                 ? attn::io::toDelimited(data.values, data.rowLabels, data.columnLabels, ',')
                                 : attn::io::toNpy(data.values);
    return attn::io::writeDataFile(path, bytes);
}

WriteResult exportMatrixInteractively(QWidget* parent, DataFormat format, const MatrixData& data)
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
        return WriteResult::success(); // cancelled: nothing written
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    const WriteResult result = writeMatrixData(path, format, data);
    if (!result) {
        QMessageBox::warning(parent, QCoreApplication::translate("attn::ui::DataExport", "Export Failed"),
                             result.errorString());
        return result;
    }
    rememberDataDirectory(path);
    return result;
}

QString lastDataDirectory()
{
    return Settings::instance().startFolder(FileKind::Data, QStandardPaths::DocumentsLocation);
}

void rememberDataDirectory(const QString& path)
{
    Settings::instance().setLastFolder(FileKind::Data, QFileInfo(path).absolutePath());
}

} // namespace attn::ui
