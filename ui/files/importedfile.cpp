#include "files/importedfile.h"

#include <QFileInfo>

namespace attn::ui {

namespace {

/// True if the first line with content (not blank, not a '#' comment) holds a tab: parseDelimited's rule for
/// choosing the delimiter.
bool firstLineHasTab(const QByteArray& bytes)
{
    // Line by line through views of `bytes`: splitting a large file into copies of its lines takes long.
    const QByteArrayView text(bytes);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.sliced(start, end - start);
        const QByteArrayView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            return line.contains('\t');
        start = end + 1;
    }
    return false;
}

QString joinShape(const std::vector<long>& shape)
{
    QStringList parts;
    for (long side : shape)
        parts << QString::number(side);
    return parts.join(QStringLiteral(" \u00d7 "));
}

} // namespace

ImportedFile ImportedFile::read(const QString& path)
{
    return fromBytes(attn::io::readDataFile(path), path);
}

ImportedFile ImportedFile::fromBytes(const QByteArray& bytes, const QString& path)
{
    ImportedFile file;
    file.m_path = path;
    const QString source = QFileInfo(path).fileName();
    if (attn::io::dataFileKind(bytes) == attn::io::DataFileKind::Npy) {
        file.m_array = attn::io::parseNpy(bytes, source);
    } else {
        file.m_text = attn::io::parseDelimited(bytes, source);
        file.m_tabs = firstLineHasTab(bytes);
    }
    return file;
}

QString ImportedFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

std::vector<long> ImportedFile::shape() const
{
    if (m_array)
        return m_array->shape();
    return {static_cast<long>(m_text.values.rows()), static_cast<long>(m_text.values.cols())};
}

int ImportedFile::leadingDimensions() const
{
    return m_array ? static_cast<int>(std::max(0L, m_array->dimensions() - 2)) : 0;
}

QString ImportedFile::dimensionName(int i) const
{
    const int count = leadingDimensions();
    if (count == 2)
        return i == 0 ? tr("Layer") : tr("Head");
    if (count == 1)
        return tr("Head");
    return tr("Dimension %1").arg(i + 1);
}

std::pair<long, long> ImportedFile::sliceShape() const
{
    const std::vector<long> s = shape();
    if (s.size() >= 2)
        return {s[s.size() - 2], s[s.size() - 1]};
    if (s.size() == 1)
        return {1, s[0]};
    return {1, 1};
}

QString ImportedFile::description() const
{
    if (m_array) {
        const bool single = m_array->type() == attn::io::NpyArray::Type::Float32;
        QString type = single ? tr("float32") : tr("float64");
        if (m_array->bigEndian())
            type += tr(" (big-endian)");
        const QString shapeText = m_array->dimensions() == 0 ? tr("a single number (0-d)")
                                                             : tr("shape %1").arg(joinShape(m_array->shape()));
        return tr("NumPy array %1, %2, %3")
            .arg(type, shapeText, m_array->fortranOrder() ? tr("Fortran order") : tr("C order"));
    }
    const long rows = m_text.values.rows();
    const long columns = m_text.values.cols();
    QString text = tr("%1, %2 \u00d7 %3")
                       .arg(m_tabs ? tr("TSV") : tr("CSV"))
                       .arg(rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows))
                       .arg(columns == 1 ? tr("1 column") : tr("%1 columns").arg(columns));
    if (!m_text.columnLabels.empty())
        text += tr(", header row of labels");
    if (!m_text.rowLabels.empty())
        text += tr(", first column of row labels");
    return text;
}

attn::Matrix ImportedFile::matrix(const std::vector<long>& leading) const
{
    if (m_array)
        return m_array->slice(leading);
    if (!leading.empty())
        throw attn::io::MatrixFileError(
            tr("%1: a text file holds one matrix; there is no slice to choose").arg(fileName()).toStdString());
    return m_text.values;
}

QString ImportedFile::sliceTitle(const std::vector<long>& leading) const
{
    if (leading.empty())
        return fileName();
    QStringList parts;
    for (std::size_t i = 0; i < leading.size(); ++i)
        parts << tr("%1 %2").arg(dimensionName(static_cast<int>(i)).toLower()).arg(leading[i]);
    return tr("%1 [%2]").arg(fileName(), parts.join(QStringLiteral(", ")));
}

QStringList labelsOrNumbers(const std::vector<std::string>& labels, long count)
{
    QStringList result;
    for (long i = 0; i < count; ++i)
        result << (static_cast<long>(labels.size()) == count
                       ? QString::fromStdString(labels[static_cast<std::size_t>(i)])
                       : QString::number(i + 1));
    return result;
}

} // namespace attn::ui
