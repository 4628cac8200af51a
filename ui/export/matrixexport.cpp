#include "export/matrixexport.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

using attn::io::WriteResult;

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

WriteResult exportMatrices(const QList<HeatmapSpec>& specs, const QString& dir, const QList<DataFormat>& formats)
{
    if (!QDir().mkpath(dir))
        return WriteResult::failure(Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    QStringList written;
    const QDir target(dir);
    for (const HeatmapSpec& spec : specs) {
        const MatrixData data = matrixDataFor(spec);
        for (const DataFormat format : formats) {
            const QString path = target.filePath(spec.id + u'.' + dataFormatSuffix(format));
            if (const WriteResult result = writeMatrixData(path, format, data); !result)
                return WriteResult::failure(result.errorString(), written);
            written << path;
        }
    }
    return WriteResult::success(written);
}

} // namespace attn::ui
