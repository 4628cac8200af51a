#include "document/sessiondocument.h"

#include "attn/errors.h"
#include "attn/fill.h"
#include "document/conform.h"

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

/// Keeps the mask on the same tokens when query row `query` and/or key row `key` is inserted (`delta` = +1) or
/// removed (−1): masked cells shift or go, valid lengths follow their query and count the same keys.
void shiftMask(attn::Mask& mask, std::optional<long> query, std::optional<long> key, int delta)
{
    std::vector<std::pair<long, long>> cells;
    for (auto [i, j] : mask.cells) {
        if ((delta < 0 && query && i == *query) || (delta < 0 && key && j == *key))
            continue; // the cell's token is gone
        if (query && i >= *query)
            i += delta;
        if (key && j >= *key)
            j += delta;
        cells.emplace_back(i, j);
    }
    mask.cells = std::move(cells);
    std::vector<long>& lengths = mask.valid_lengths;
    if (key)
        for (long& length : lengths)
            if (*key < length || (delta > 0 && *key == length && length > 0))
                length += delta;
    if (query && !lengths.empty()) {
        const auto at = lengths.begin() + std::min<long>(*query, static_cast<long>(lengths.size()));
        if (delta > 0)
            lengths.insert(at, lengths.empty() ? 1 : lengths.back());
        else if (at != lengths.end())
            lengths.erase(at);
    }
}

/// The matrices that change together when a column of `role` is inserted or removed.
std::vector<attn::Matrix*> columnGroup(attn::Session& s, MatrixRole role)
{
    const bool heads = s.multi_head.has_value();
    switch (role) {
    case MatrixRole::Queries:
    case MatrixRole::Keys:
        return heads ? std::vector<attn::Matrix*>{&s.queries, &s.keys, &s.values}
                     : std::vector<attn::Matrix*>{&s.queries, &s.keys};
    case MatrixRole::Values:
        return heads ? std::vector<attn::Matrix*>{&s.queries, &s.keys, &s.values} : std::vector<attn::Matrix*>{&s.values};
    case MatrixRole::X:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->X} : std::vector<attn::Matrix*>{};
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->W_Q, &s.self_attention->W_K}
                                : std::vector<attn::Matrix*>{};
    case MatrixRole::SelfW_V:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->W_V} : std::vector<attn::Matrix*>{};
    default:
        return {};
    }
}

} // namespace

SessionDocument::SessionDocument(QObject* parent) : QObject(parent) {}

long SessionDocument::rows(MatrixRole role) const
{
    return matrix(role).rows();
}

long SessionDocument::columns(MatrixRole role) const
{
    return matrix(role).cols();
}

double SessionDocument::entry(MatrixRole role, long row, long column) const
{
    if (role == MatrixRole::AdditiveW_v)
        return m_session.scoring.w_v(row);
    return (*matrixPointer(const_cast<attn::Session&>(m_session), role))(row, column);
}

std::vector<std::string>& SessionDocument::labelsRef(MatrixRole role)
{
    return role == MatrixRole::Queries || role == MatrixRole::X ? m_session.query_labels : m_session.key_labels;
}

QString SessionDocument::label(MatrixRole role, int row) const
{
    return QString::fromStdString(role == MatrixRole::Queries || role == MatrixRole::X
                                      ? attn::queryLabel(m_session, row)
                                      : attn::keyLabel(m_session, row));
}

void SessionDocument::reset(const attn::Session& session, const QString& filePath)
{
    m_session = session;
    m_stashedSelf.reset();
    m_stashedHeads.reset();
    m_stashedKeyLabels.clear();
    m_stashedValues.reset();
    m_filePath = filePath;
    emit filePathChanged(m_filePath);
    emit shapeChanged();
    emit labelsChanged();
    emit settingsChanged();
    emit changed();
    setClean();
}

void SessionDocument::setCell(MatrixRole role, int row, int column, double value)
{
    if (row < 0 || row >= rows(role) || column < 0 || column >= columns(role) || entry(role, row, column) == value)
        return;
    setEntry(m_session, role, row, column, value);
    emit cellChanged(role, row, column);
    touch();
}

bool SessionDocument::setLabel(MatrixRole role, int row, const QString& label)
{
    const QString trimmed = label.trimmed();
    const long count = rows(role);
    if (!isTokenRole(role) || trimmed.isEmpty() || row < 0 || row >= count)
        return false;
    std::vector<std::string>& labels = labelsRef(role);
    if (labels.empty()) // materialise the defaults before changing one of them
        for (long r = 0; r < count; ++r)
            labels.push_back(this->label(role, static_cast<int>(r)).toStdString());
    labels[static_cast<std::size_t>(row)] = trimmed.toStdString();
    if (role == MatrixRole::X)
        m_session.key_labels.clear(); // self-attention keys are the same tokens
    emit labelsChanged();
    touch();
    return true;
}

void SessionDocument::insertRow(MatrixRole role, int row)
{
    if (!isTokenRole(role) || (role == MatrixRole::X && !m_session.self_attention))
        return;
    row = std::clamp(row, 0, static_cast<int>(rows(role)));
    std::vector<std::string>& labels = labelsRef(role);
    if (!labels.empty())
        labels.insert(labels.begin() + row, freshLabel(labels, role == MatrixRole::Queries ? 'q'
                                                               : role == MatrixRole::X     ? 'x'
                                                                                           : 'k'));
    shiftMask(m_session.mask, role == MatrixRole::Queries || role == MatrixRole::X ? std::optional<long>(row) : std::nullopt,
              role != MatrixRole::Queries ? std::optional<long>(row) : std::nullopt, +1);
    if (role == MatrixRole::X) {
        insertMatrixRow(m_session.self_attention->X, row);
    } else if (role == MatrixRole::Queries) {
        insertMatrixRow(m_session.queries, row);
    } else {
        insertMatrixRow(m_session.keys, row);
        insertMatrixRow(m_session.values, row);
    }
    structureChanged();
}

bool SessionDocument::removeRow(MatrixRole role, int row)
{
    if (!isTokenRole(role) || rows(role) <= 1 || row < 0 || row >= rows(role))
        return false;
    std::vector<std::string>& labels = labelsRef(role);
    if (!labels.empty())
        labels.erase(labels.begin() + row);
    shiftMask(m_session.mask, role == MatrixRole::Queries || role == MatrixRole::X ? std::optional<long>(row) : std::nullopt,
              role != MatrixRole::Queries ? std::optional<long>(row) : std::nullopt, -1);
    if (role == MatrixRole::X) {
        removeMatrixRow(m_session.self_attention->X, row);
    } else if (role == MatrixRole::Queries) {
        removeMatrixRow(m_session.queries, row);
    } else {
        removeMatrixRow(m_session.keys, row);
        removeMatrixRow(m_session.values, row);
    }
    structureChanged();
    return true;
}

bool SessionDocument::hasEditableColumns(MatrixRole role)
{
    return isTokenRole(role) || role == MatrixRole::SelfW_Q || role == MatrixRole::SelfW_K
           || role == MatrixRole::SelfW_V;
}

void SessionDocument::insertColumn(MatrixRole role, int column)
{
    const std::vector<attn::Matrix*> group = columnGroup(m_session, role);
    if (group.empty())
        return;
    column = std::clamp(column, 0, static_cast<int>(columns(role)));
    for (attn::Matrix* m : group)
        insertMatrixColumn(*m, std::min<int>(column, static_cast<int>(m->cols())));
    structureChanged();
}

bool SessionDocument::removeColumn(MatrixRole role, int column)
{
    const std::vector<attn::Matrix*> group = columnGroup(m_session, role);
    if (group.empty() || columns(role) <= 1 || column < 0 || column >= columns(role))
        return false;
    for (attn::Matrix* m : group)
        if (column < m->cols() && m->cols() > 1)
            removeMatrixColumn(*m, column);
    structureChanged();
    return true;
}

void SessionDocument::randomize(MatrixRole role, std::uint32_t seed)
{
    const long r = rows(role);
    const long c = columns(role);
    if (r == 0 || c == 0)
        return;
    const attn::Matrix filled = attn::seededRandomMatrix(r, c, seed);
    for (long i = 0; i < r; ++i)
        for (long j = 0; j < c; ++j)
            setEntry(m_session, role, i, j, filled(i, j));
    emit shapeChanged();
    touch();
}

void SessionDocument::setIdentity(MatrixRole role)
{
    const attn::Matrix filled = attn::identityMatrix(rows(role), columns(role));
    for (long i = 0; i < filled.rows(); ++i)
        for (long j = 0; j < filled.cols(); ++j)
            setEntry(m_session, role, i, j, filled(i, j));
    emit shapeChanged();
    touch();
}

void SessionDocument::setScoringFunction(attn::ScoringFunction function)
{
    if (function == m_session.scoring.function)
        return;
    m_session.scoring.function = function;
    structureChanged();
}

void SessionDocument::setSigma(double sigma)
{
    if (sigma == m_session.scoring.sigma)
        return;
    m_session.scoring.sigma = sigma;
    settingsEdited();
}

void SessionDocument::setHiddenSize(long h)
{
    h = std::max(1L, h);
    if (h == m_session.scoring.w_v.size())
        return;
    const long old = m_session.scoring.w_v.size();
    m_session.scoring.w_v = attn::resizedKeeping(m_session.scoring.w_v, h, 1, false);
    for (long i = old; i < h; ++i)
        m_session.scoring.w_v(i) = 1.0; // a new hidden unit starts contributing with weight 1
    structureChanged();
}

void SessionDocument::setNormalization(const attn::Normalization& normalization)
{
    if (normalization.function == m_session.normalization.function
        && normalization.temperature == m_session.normalization.temperature)
        return;
    m_session.normalization = normalization;
    settingsEdited();
}

void SessionDocument::setMask(const attn::Mask& mask)
{
    m_session.mask = mask;
    structureChanged();
}

void SessionDocument::toggleMaskCell(int query, int key)
{
    const long nQ = attn::queryCount(m_session);
    const long nK = attn::keyCount(m_session);
    if (query < 0 || query >= nQ || key < 0 || key >= nK)
        return;
    try {
        m_session.mask = attn::toggledCell(m_session.mask, query, key, nQ, nK);
    } catch (const attn::AttentionError&) {
        m_session.mask = attn::toggledCell(attn::Mask{}, query, key, nQ, nK); // an invalid mask starts afresh
    }
    settingsEdited();
}

void SessionDocument::setSelfAttention(bool on)
{
    if (on == m_session.self_attention.has_value())
        return;
    if (on) {
        // In self-attention the keys are the tokens themselves: their labels are the query labels.
        m_stashedKeyLabels = std::exchange(m_session.key_labels, {});
        if (m_stashedSelf) {
            m_session.self_attention = m_stashedSelf;
        } else {
            const long d = m_session.queries.cols();
            m_session.self_attention = attn::SelfAttention{m_session.queries, attn::identityMatrix(d, d),
                                                           attn::identityMatrix(d, d), attn::identityMatrix(d, d),
                                                           false};
        }
    } else {
        // A session that was written in self-attention has no typed Q, K, V: start from the derived ones.
        if (m_session.queries.size() == 0 || m_session.keys.size() == 0 || m_session.values.size() == 0) {
            try {
                const attn::Computation c = attn::evaluate(m_session);
                m_session.queries = c.queries;
                m_session.keys = c.keys;
                m_session.values = c.values;
                m_session.key_labels = m_session.query_labels;
            } catch (const attn::AttentionError&) {
                m_session.queries = m_session.keys = m_session.values = m_session.self_attention->X;
            }
        } else {
            m_session.key_labels = m_stashedKeyLabels;
        }
        m_stashedSelf = m_session.self_attention;
        m_session.self_attention.reset();
    }
    structureChanged();
}

void SessionDocument::setPositionalEncoding(bool on)
{
    if (!m_session.self_attention || m_session.self_attention->positional_encoding == on)
        return;
    m_session.self_attention->positional_encoding = on;
    settingsEdited();
}

void SessionDocument::useIdentityProjections()
{
    if (!m_session.self_attention)
        return;
    attn::SelfAttention& self = *m_session.self_attention;
    const long d = self.X.cols();
    self.W_Q = self.W_K = self.W_V = attn::identityMatrix(d, d);
    structureChanged();
}

void SessionDocument::setMultiHead(bool on)
{
    if (on == m_session.multi_head.has_value())
        return;
    if (on) {
        m_stashedValues = m_session.values; // multi-head gives V d_model columns; turning it off gives them back
        const long d = modelDimension(m_session);
        m_session.multi_head = m_stashedHeads ? *m_stashedHeads
                                              : attn::MultiHead{d % 2 == 0 ? 2 : 1, attn::identityMatrix(d, d),
                                                                attn::identityMatrix(d, d), attn::identityMatrix(d, d),
                                                                attn::identityMatrix(d, d)};
    } else {
        m_stashedHeads = m_session.multi_head;
        m_session.multi_head.reset();
        if (m_stashedValues && m_stashedValues->rows() == m_session.values.rows())
            m_session.values = *m_stashedValues;
        m_stashedValues.reset();
    }
    structureChanged();
}

void SessionDocument::setHeads(long heads)
{
    if (!m_session.multi_head || m_session.multi_head->heads == heads)
        return;
    m_session.multi_head->heads = heads;
    structureChanged();
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

void SessionDocument::structureChanged()
{
    conform(m_session);
    emit shapeChanged();
    emit labelsChanged();
    emit settingsChanged();
    touch();
}

void SessionDocument::settingsEdited()
{
    emit settingsChanged();
    touch();
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
