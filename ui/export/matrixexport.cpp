#include "export/matrixexport.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::MatrixExport)
};

std::vector<std::string> utf8Labels(const QStringList& labels, Eigen::Index count)
{
    std::vector<std::string> result;
    if (labels.size() != count)
        return result;
    result.reserve(std::size_t(count));
    for (const QString& label : labels)
        result.push_back(label.toStdString());
    return result;
}

} // namespace

std::optional<DataFormat> dataFormatFromName(const QString& name)
{
    if (name.compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return DataFormat::Csv;
    if (name.compare(u"npy"_s, Qt::CaseInsensitive) == 0)
        return DataFormat::Npy;
    return std::nullopt;
}

MatrixData matrixDataFor(const HeatmapSpec& spec)
{
    MatrixData data;
    data.values = spec.values;
    for (qsizetype i = 0; i < spec.rowNotes.size() && i < data.values.rows(); ++i)
        if (!spec.rowNotes.at(i).isEmpty())
            data.values.row(i).setConstant(std::numeric_limits<double>::quiet_NaN());
    data.rowLabels = utf8Labels(spec.rowLabels, data.values.rows());
    data.columnLabels = utf8Labels(spec.columnLabels, data.values.cols());
    data.baseName = spec.id;
    return data;
}

MatrixExportResult exportMatrices(const QList<HeatmapSpec>& specs, const QString& dir,
                                  const QList<DataFormat>& formats)
{
    MatrixExportResult result;
    if (!QDir().mkpath(dir)) {
        result.error = Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return result;
    }
    const QDir target(dir);
    for (const HeatmapSpec& spec : specs) {
        const MatrixData data = matrixDataFor(spec);
        for (const DataFormat format : formats) {
            const QString path = target.filePath(spec.id + u'.' + dataFormatSuffix(format));
            if (const QString error = writeMatrixData(path, format, data); !error.isEmpty()) {
                result.error = error;
                return result;
            }
            result.written << path;
        }
    }
    return result;
}

} // namespace attn::ui
