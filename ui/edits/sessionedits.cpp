#include "edits/sessionedits.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/fill.h"
#include "edits/conform.h"

#include <algorithm>
#include <cctype>
#include <cmath>

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

char labelPrefix(MatrixRole role)
{
    return role == MatrixRole::Queries ? 'q' : role == MatrixRole::X ? 'x' : 'k';
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

/// The query row and the key row that a row of token matrix `role` is.
void shiftMaskForRow(attn::Mask& mask, MatrixRole role, long row, int delta)
{
    const bool isQuery = role == MatrixRole::Queries || role == MatrixRole::X;
    const bool isKey = role != MatrixRole::Queries;
    shiftMask(mask, isQuery ? std::optional<long>(row) : std::nullopt,
              isKey ? std::optional<long>(row) : std::nullopt, delta);
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
        return heads ? std::vector<attn::Matrix*>{&s.queries, &s.keys, &s.values}
                     : std::vector<attn::Matrix*>{&s.values};
    case MatrixRole::X:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->X} : std::vector<attn::Matrix*>{};
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->W_Q, &s.self_attention->W_K}
                                : std::vector<attn::Matrix*>{};
    case MatrixRole::SelfW_V:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->W_V}
                                : std::vector<attn::Matrix*>{};
    default:
        return {};
    }
}

/// The matrices whose rows are the same tokens as `role`'s: Keys and Values go together.
std::vector<attn::Matrix*> rowGroup(attn::Session& s, MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return {&s.queries};
    case MatrixRole::Keys:
    case MatrixRole::Values:
        return {&s.keys, &s.values};
    case MatrixRole::X:
        return s.self_attention ? std::vector<attn::Matrix*>{&s.self_attention->X} : std::vector<attn::Matrix*>{};
    default:
        return {};
    }
}

/// Gives the token labels of `role` explicitly (the defaults) so that one of them can change.
std::vector<std::string>& materializedLabels(attn::Session& s, MatrixRole role)
{
    std::vector<std::string>& labels = labelsOf(s, role);
    const long count = matrixOf(s, role).rows();
    if (labels.empty())
        for (long r = 0; r < count; ++r)
            labels.push_back(role == MatrixRole::Queries || role == MatrixRole::X ? attn::queryLabel(s, r)
                                                                                  : attn::keyLabel(s, r));
    return labels;
}

bool isBlank(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

/// Appends `count` zero rows to token matrix `role` (and its row group), with labels and mask following.
void appendRows(attn::Session& s, MatrixRole role, long count)
{
    const std::vector<attn::Matrix*> group = rowGroup(s, role);
    const long rows = group.front()->rows();
    std::vector<std::string>& labels = labelsOf(s, role);
    for (long k = 0; k < count; ++k) {
        if (!labels.empty())
            labels.push_back(freshLabel(labels, labelPrefix(role)));
        shiftMaskForRow(s.mask, role, rows + k, +1);
    }
    for (attn::Matrix* m : group)
        *m = attn::resizedKeeping(*m, rows + count, m->cols(), false);
}

} // namespace

std::vector<std::string>& labelsOf(attn::Session& session, MatrixRole role)
{
    return role == MatrixRole::Queries || role == MatrixRole::X ? session.query_labels : session.key_labels;
}

NewRow newRowAt(long rows, int row)
{
    if (rows <= 1)
        return NewRow::Copy;
    if (row <= 0 || row >= rows)
        return NewRow::Step;
    return NewRow::Between;
}

bool insertRowInto(DocumentState& state, MatrixRole role, int row, NewRow* how)
{
    attn::Session& s = state.session;
    if (!isTokenRole(role) || rowGroup(s, role).empty())
        return false;
    const long rows = matrixOf(s, role).rows();
    row = std::clamp(row, 0, static_cast<int>(rows));
    const NewRow kind = newRowAt(rows, row);
    if (how)
        *how = kind;
    std::vector<std::string>& labels = labelsOf(s, role);
    if (!labels.empty())
        labels.insert(labels.begin() + row, freshLabel(labels, labelPrefix(role)));
    shiftMaskForRow(s.mask, role, row, +1);
    for (attn::Matrix* m : rowGroup(s, role)) {
        const attn::Matrix before = *m;
        insertMatrixRow(*m, row);
        if (before.rows() == 0)
            continue;
        switch (kind) {
        case NewRow::Copy: // the one row there is
            m->row(row) = before.row(0);
            break;
        case NewRow::Between: // halfway between its neighbours
            m->row(row) = (before.row(row - 1) + before.row(row)) / 2.0;
            break;
        case NewRow::Step: { // the step of the last two rows once more (before the first: the first two's, back)
            const bool atEnd = row > 0;
            const long last = atEnd ? before.rows() - 1 : 0;
            const long previous = atEnd ? last - 1 : 1;
            m->row(row) = 2.0 * before.row(last) - before.row(previous);
            break;
        }
        }
    }
    conform(s);
    return true;
}

bool removeRowFrom(DocumentState& state, MatrixRole role, int row)
{
    attn::Session& s = state.session;
    const long rows = matrixOf(s, role).rows();
    if (!isTokenRole(role) || rowGroup(s, role).empty() || rows <= 1 || row < 0 || row >= rows)
        return false;
    std::vector<std::string>& labels = labelsOf(s, role);
    if (!labels.empty())
        labels.erase(labels.begin() + row);
    shiftMaskForRow(s.mask, role, row, -1);
    for (attn::Matrix* m : rowGroup(s, role))
        removeMatrixRow(*m, row);
    conform(s);
    return true;
}

bool insertColumnInto(DocumentState& state, MatrixRole role, int column)
{
    attn::Session& s = state.session;
    const std::vector<attn::Matrix*> group = columnGroup(s, role);
    if (group.empty())
        return false;
    column = std::clamp(column, 0, static_cast<int>(matrixOf(s, role).cols()));
    for (attn::Matrix* m : group)
        insertMatrixColumn(*m, std::min<int>(column, static_cast<int>(m->cols())));
    conform(s);
    return true;
}

bool removeColumnFrom(DocumentState& state, MatrixRole role, int column)
{
    attn::Session& s = state.session;
    const std::vector<attn::Matrix*> group = columnGroup(s, role);
    const long columns = matrixOf(s, role).cols();
    if (group.empty() || columns <= 1 || column < 0 || column >= columns)
        return false;
    for (attn::Matrix* m : group)
        if (column < m->cols() && m->cols() > 1)
            removeMatrixColumn(*m, column);
    conform(s);
    return true;
}

bool switchSelfAttention(DocumentState& state, bool on)
{
    attn::Session& s = state.session;
    if (on == s.self_attention.has_value())
        return false;
    if (on) {
        // In self-attention the keys are the tokens themselves: their labels are the query labels.
        state.stashedKeyLabels = std::exchange(s.key_labels, {});
        if (state.stashedSelf) {
            s.self_attention = state.stashedSelf;
        } else {
            const long d = s.queries.cols();
            s.self_attention = attn::SelfAttention{s.queries, attn::identityMatrix(d, d),
                                                   attn::identityMatrix(d, d), attn::identityMatrix(d, d), false};
        }
    } else {
        // A session that was written in self-attention has no typed Q, K, V: start from the derived ones.
        if (s.queries.size() == 0 || s.keys.size() == 0 || s.values.size() == 0) {
            try {
                const attn::Computation c = attn::evaluate(s);
                s.queries = c.queries;
                s.keys = c.keys;
                s.values = c.values;
                s.key_labels = s.query_labels;
            } catch (const attn::AttentionError&) {
                s.queries = s.keys = s.values = s.self_attention->X;
            }
        } else {
            s.key_labels = state.stashedKeyLabels;
        }
        state.stashedSelf = s.self_attention;
        s.self_attention.reset();
    }
    conform(s);
    return true;
}

bool switchMultiHead(DocumentState& state, bool on)
{
    attn::Session& s = state.session;
    if (on == s.multi_head.has_value())
        return false;
    if (on) {
        state.stashedValues = s.values; // multi-head gives V d_model columns; turning it off gives them back
        const long d = modelDimension(s);
        s.multi_head = state.stashedHeads ? *state.stashedHeads
                                          : attn::MultiHead{d % 2 == 0 ? 2 : 1, attn::identityMatrix(d, d),
                                                            attn::identityMatrix(d, d), attn::identityMatrix(d, d),
                                                            attn::identityMatrix(d, d)};
    } else {
        state.stashedHeads = s.multi_head;
        s.multi_head.reset();
        if (state.stashedValues && state.stashedValues->rows() == s.values.rows())
            s.values = *state.stashedValues;
        state.stashedValues.reset();
    }
    conform(s);
    return true;
}

bool replaceMatrix(DocumentState& state, MatrixRole role, const attn::Matrix& matrix,
                   const std::vector<std::string>& labels)
{
    attn::Session& s = state.session;
    if (matrix.rows() == 0 || matrix.cols() == 0 || !matrix.allFinite() || !hasRole(s, role))
        return false;
    if (isTokenRole(role) && !labels.empty() && static_cast<long>(labels.size()) != matrix.rows())
        return false;
    if (role == MatrixRole::AdditiveW_v) {
        if (matrix.rows() != 1 && matrix.cols() != 1)
            return false;
        s.scoring.w_v = matrix.reshaped();
        conform(s);
        return true;
    }
    *matrixPointer(s, role) = matrix;
    for (attn::Matrix* m : rowGroup(s, role))
        if (m->rows() != matrix.rows())
            *m = attn::resizedKeeping(*m, matrix.rows(), m->cols(), false);
    for (attn::Matrix* m : columnGroup(s, role))
        if (m->cols() != matrix.cols())
            *m = attn::resizedKeeping(*m, m->rows(), matrix.cols(), false);
    if (isTokenRole(role) && !labels.empty()) {
        std::vector<std::string>& target = labelsOf(s, role);
        target = labels;
        for (std::size_t r = 0; r < target.size(); ++r)
            if (isBlank(target[r]))
                target[r] = std::string(1, labelPrefix(role)) + std::to_string(r + 1);
        if (role == MatrixRole::X)
            s.key_labels.clear(); // self-attention keys are the same tokens
    }
    conform(s);
    return true;
}

long pasteInto(DocumentState& state, MatrixRole role, int row, int column, const attn::Matrix& block,
               const std::vector<std::string>& labels, bool grow)
{
    attn::Session& s = state.session;
    if (block.size() == 0 || !block.allFinite() || row < 0 || column < 0 || !hasRole(s, role))
        return 0;
    if (!labels.empty() && static_cast<long>(labels.size()) != block.rows())
        return 0;
    const long bottom = row + block.rows();
    const long right = column + block.cols();
    if (grow && isTokenRole(role) && bottom > matrixOf(s, role).rows())
        appendRows(s, role, bottom - matrixOf(s, role).rows());
    if (grow && right > matrixOf(s, role).cols())
        for (attn::Matrix* m : columnGroup(s, role))
            if (m->cols() < right)
                *m = attn::resizedKeeping(*m, m->rows(), right, false);
    long set = 0;
    for (long i = 0; i < block.rows(); ++i)
        for (long j = 0; j < block.cols(); ++j)
            if (setEntry(s, role, row + i, column + j, block(i, j)))
                ++set;
    if (isTokenRole(role) && !labels.empty()) {
        const long rows = matrixOf(s, role).rows();
        std::vector<std::string>& target = materializedLabels(s, role);
        for (long i = 0; i < block.rows() && row + i < rows; ++i)
            if (!isBlank(labels[static_cast<std::size_t>(i)]))
                target[static_cast<std::size_t>(row + i)] = labels[static_cast<std::size_t>(i)];
        if (role == MatrixRole::X)
            s.key_labels.clear();
    }
    conform(s);
    return set;
}

bool resizeColumnsOf(DocumentState& state, MatrixRole role, long columns, double fill)
{
    attn::Session& s = state.session;
    const std::vector<attn::Matrix*> group = columnGroup(s, role);
    if (group.empty() || columns < 1 || !std::isfinite(fill) || matrixOf(s, role).cols() == columns)
        return false;
    for (attn::Matrix* m : group) {
        const long old = m->cols();
        *m = attn::resizedKeeping(*m, m->rows(), columns, false);
        if (columns > old)
            m->rightCols(columns - old).setConstant(fill);
    }
    conform(s);
    return true;
}

long fillBlockIn(DocumentState& state, MatrixRole role, long top, long left, long rows, long columns,
                 double value)
{
    attn::Session& s = state.session;
    if (!std::isfinite(value) || !hasRole(s, role))
        return 0;
    const attn::Matrix m = matrixOf(s, role);
    const long bottom = std::min(top + rows, static_cast<long>(m.rows()));
    const long right = std::min(left + columns, static_cast<long>(m.cols()));
    long changed = 0;
    for (long i = std::max(0L, top); i < bottom; ++i)
        for (long j = std::max(0L, left); j < right; ++j)
            if (m(i, j) != value && setEntry(s, role, i, j, value))
                ++changed;
    return changed;
}

long labelRowsIn(DocumentState& state, MatrixRole role, long firstRow, const std::vector<std::string>& labels,
                 bool resize)
{
    attn::Session& s = state.session;
    const MatrixRole tokens = role == MatrixRole::Values ? MatrixRole::Keys : role;
    if (!isTokenRole(tokens) || rowGroup(s, tokens).empty() || labels.empty() || firstRow < 0 ||
        firstRow >= matrixOf(s, tokens).rows())
        return 0;
    if (resize) {
        const long wanted = firstRow + static_cast<long>(labels.size());
        const long rows = matrixOf(s, tokens).rows();
        if (wanted > rows) {
            appendRows(s, tokens, wanted - rows);
        } else if (wanted < rows) {
            for (attn::Matrix* m : rowGroup(s, tokens))
                *m = attn::resizedKeeping(*m, wanted, m->cols(), false);
            conform(s); // cuts the labels and the mask to the rows left
        }
    }
    const long rows = matrixOf(s, tokens).rows();
    std::vector<std::string>& target = materializedLabels(s, tokens);
    long labelled = 0;
    for (std::size_t i = 0; i < labels.size() && firstRow + static_cast<long>(i) < rows; ++i, ++labelled)
        if (!isBlank(labels[i]))
            target[static_cast<std::size_t>(firstRow) + i] = labels[i];
    if (tokens == MatrixRole::X)
        s.key_labels.clear(); // self-attention keys are the same tokens
    conform(s);
    return labelled;
}

} // namespace attn::ui
