#include "document/sessiondocument.h"

#include <algorithm>

namespace attn::ui {

namespace {

void insertMatrixRow(attn::Matrix& m, int row)
{
    attn::Matrix grown = attn::Matrix::Zero(m.rows() + 1, m.cols());
    grown.topRows(row) = m.topRows(row);
    grown.bottomRows(m.rows() - row) = m.bottomRows(m.rows() - row);
    m = std::move(grown);
}

void removeMatrixRow(attn::Matrix& m, int row)
{
    attn::Matrix shrunk(m.rows() - 1, m.cols());
    shrunk.topRows(row) = m.topRows(row);
    shrunk.bottomRows(m.rows() - row - 1) = m.bottomRows(m.rows() - row - 1);
    m = std::move(shrunk);
}

void insertMatrixColumn(attn::Matrix& m, int column)
{
    attn::Matrix t = m.transpose();
    insertMatrixRow(t, column);
    m = t.transpose();
}

void removeMatrixColumn(attn::Matrix& m, int column)
{
    attn::Matrix t = m.transpose();
    removeMatrixRow(t, column);
    m = t.transpose();
}

/// The first default label ("q4", "k5", …) that the list does not hold yet.
std::string freshLabel(const std::vector<std::string>& labels, char prefix)
{
    for (std::size_t n = labels.size() + 1;; ++n) {
        std::string candidate = std::string(1, prefix) + std::to_string(n);
        if (std::find(labels.begin(), labels.end(), candidate) == labels.end())
            return candidate;
    }
}

} // namespace

SessionDocument::SessionDocument(QObject* parent) : QObject(parent) {}

const attn::Matrix& SessionDocument::matrix(MatrixRole role) const
{
    switch (role) {
    case MatrixRole::Queries:
        return m_session.queries;
    case MatrixRole::Keys:
        return m_session.keys;
    case MatrixRole::Values:
        break;
    }
    return m_session.values;
}

attn::Matrix& SessionDocument::matrixRef(MatrixRole role)
{
    return const_cast<attn::Matrix&>(matrix(role));
}

std::vector<std::string>& SessionDocument::labelsRef(MatrixRole role)
{
    return role == MatrixRole::Queries ? m_session.query_labels : m_session.key_labels;
}

QString SessionDocument::label(MatrixRole role, int row) const
{
    return QString::fromStdString(role == MatrixRole::Queries ? attn::queryLabel(m_session, row)
                                                              : attn::keyLabel(m_session, row));
}

void SessionDocument::reset(const attn::Session& session, const QString& filePath)
{
    m_session = session;
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
    emit shapeChanged();
    emit labelsChanged();
    emit scoringChanged();
    emit changed();
    setClean();
}

void SessionDocument::setCell(MatrixRole role, int row, int column, double value)
{
    attn::Matrix& m = matrixRef(role);
    if (row < 0 || row >= m.rows() || column < 0 || column >= m.cols() || m(row, column) == value)
        return;
    m(row, column) = value;
    emit cellChanged(role, row, column);
    touch();
}

bool SessionDocument::setLabel(MatrixRole role, int row, const QString& label)
{
    const QString trimmed = label.trimmed();
    const long rows = matrix(role).rows();
    if (trimmed.isEmpty() || row < 0 || row >= rows)
        return false;
    std::vector<std::string>& labels = labelsRef(role);
    if (labels.empty()) // materialise the defaults before changing one of them
        for (long r = 0; r < rows; ++r)
            labels.push_back(this->label(role, static_cast<int>(r)).toStdString());
    labels[static_cast<std::size_t>(row)] = trimmed.toStdString();
    emit labelsChanged();
    touch();
    return true;
}

void SessionDocument::insertRow(MatrixRole role, int row)
{
    const bool keyed = role != MatrixRole::Queries;
    row = std::clamp(row, 0, static_cast<int>(matrix(role).rows()));
    std::vector<std::string>& labels = labelsRef(role);
    if (!labels.empty())
        labels.insert(labels.begin() + row, freshLabel(labels, keyed ? 'k' : 'q'));
    if (keyed) {
        insertMatrixRow(m_session.keys, row);
        insertMatrixRow(m_session.values, row);
    } else {
        insertMatrixRow(m_session.queries, row);
    }
    emit shapeChanged();
    touch();
}

bool SessionDocument::removeRow(MatrixRole role, int row)
{
    const bool keyed = role != MatrixRole::Queries;
    if (matrix(role).rows() <= 1 || row < 0 || row >= matrix(role).rows())
        return false;
    std::vector<std::string>& labels = labelsRef(role);
    if (!labels.empty())
        labels.erase(labels.begin() + row);
    if (keyed) {
        removeMatrixRow(m_session.keys, row);
        removeMatrixRow(m_session.values, row);
    } else {
        removeMatrixRow(m_session.queries, row);
    }
    emit shapeChanged();
    touch();
    return true;
}

void SessionDocument::insertColumn(MatrixRole role, int column)
{
    column = std::clamp(column, 0, static_cast<int>(matrix(role).cols()));
    if (role == MatrixRole::Values) {
        insertMatrixColumn(m_session.values, column);
    } else {
        insertMatrixColumn(m_session.queries, column);
        insertMatrixColumn(m_session.keys, column);
    }
    emit shapeChanged();
    touch();
}

bool SessionDocument::removeColumn(MatrixRole role, int column)
{
    if (matrix(role).cols() <= 1 || column < 0 || column >= matrix(role).cols())
        return false;
    if (role == MatrixRole::Values) {
        removeMatrixColumn(m_session.values, column);
    } else {
        removeMatrixColumn(m_session.queries, column);
        removeMatrixColumn(m_session.keys, column);
    }
    emit shapeChanged();
    touch();
    return true;
}

void SessionDocument::setScoring(const attn::Scoring& scoring)
{
    if (scoring.function == m_session.scoring.function && scoring.sigma == m_session.scoring.sigma)
        return;
    m_session.scoring = scoring;
    emit scoringChanged();
    touch();
}

void SessionDocument::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(m_filePath);
}

void SessionDocument::setClean()
{
    if (!m_modified)
        return;
    m_modified = false;
    emit modifiedChanged(false);
}

void SessionDocument::touch()
{
    emit changed();
    if (m_modified)
        return;
    m_modified = true;
    emit modifiedChanged(true);
}

} // namespace attn::ui
