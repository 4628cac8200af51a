#include "document/sessiondocument.h"

#include "attn/errors.h"
#include "attn/fill.h"
#include "document/derivedlabel.h"
#include "document/loadsessioncommand.h"
#include "document/roletitles.h"
#include "document/setcellcommand.h"
#include "document/setlabelscommand.h"
#include "document/settingnames.h"
#include "document/settingscommand.h"
#include "document/snapshotcommand.h"
#include "edits/conform.h"
#include "edits/matrixrole.h"
#include "edits/sessionedits.h"

#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace attn::ui {

SessionDocument::SessionDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(kUndoLimit);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

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
        return m_state.session.scoring.w_v(row);
    return (*matrixPointer(const_cast<attn::Session&>(m_state.session), role))(row, column);
}

QString SessionDocument::label(MatrixRole role, int row) const
{
    return QString::fromStdString(role == MatrixRole::Queries || role == MatrixRole::X
                                      ? attn::queryLabel(m_state.session, row)
                                      : attn::keyLabel(m_state.session, row));
}

namespace {

/// `path` made absolute (a file named on the command line is relative to the folder the program started in:
/// a recovery file, a lock and a later Save must not depend on another start's folder); "" and ":/…" as given.
QString absolutePath(const QString& path)
{
    return path.isEmpty() || path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

void SessionDocument::reset(const attn::Session& session, const QString& filePath)
{
    m_undo->clear();
    m_state = DocumentState{session, {}, {}, {}, {}};
    m_filePath = absolutePath(filePath);
    emit filePathChanged(m_filePath);
    emit shapeChanged();
    emit labelsChanged();
    emit settingsChanged();
    emit changed();
    emit sessionReplaced();
}

void SessionDocument::load(const attn::Session& session, const QString& filePath, const QString& actionText,
                           bool modified)
{
    m_kept = QJsonObject();
    m_undo->push(new LoadSessionCommand(this, session, absolutePath(filePath), actionText));
    if (!modified)
        m_undo->setClean();
}

void SessionDocument::setCell(MatrixRole role, int row, int column, double value, bool continuous)
{
    if (row < 0 || row >= rows(role) || column < 0 || column >= columns(role) || !std::isfinite(value) ||
        entry(role, row, column) == value)
        return;
    m_undo->push(
        new SetCellCommand(this, role, row, column, value, continuous,
                           tr("Edit %1 row %2, column %3").arg(roleName(role)).arg(row + 1).arg(column + 1)));
}

bool SessionDocument::setLabel(MatrixRole role, int row, const QString& label)
{
    const QString trimmed = label.trimmed();
    const long count = rows(role);
    if (!isTokenRole(role) || trimmed.isEmpty() || row < 0 || row >= count)
        return false;
    if (trimmed == this->label(role, row))
        return true;
    attn::Session s = m_state.session; // only the label lists are kept from this copy
    std::vector<std::string>& labels = labelsOf(s, role);
    if (labels.empty()) // materialise the defaults before changing one of them
        for (long r = 0; r < count; ++r)
            labels.push_back(this->label(role, static_cast<int>(r)).toStdString());
    labels[static_cast<std::size_t>(row)] = trimmed.toStdString();
    if (role == MatrixRole::X)
        s.key_labels.clear(); // self-attention keys are the same tokens
    const QString text = role == MatrixRole::Queries ? tr("Rename query %1").arg(row + 1)
                         : role == MatrixRole::X     ? tr("Rename token %1").arg(row + 1)
                                                     : tr("Rename key %1").arg(row + 1);
    m_undo->push(new SetLabelsCommand(this, std::move(s.query_labels), std::move(s.key_labels), text));
    return true;
}

void SessionDocument::insertRow(MatrixRole role, int row)
{
    DocumentState next = m_state;
    NewRow how = NewRow::Copy;
    if (!insertRowInto(next, role, row, &how))
        return;
    const int before = static_cast<int>(rows(role));
    row = std::clamp(row, 0, before);
    // A label that reads its row's value ("68 cm") gets the new value's ("72 cm") from the row it came from.
    attn::Session& s = next.session;
    const MatrixRole labelled = role == MatrixRole::Values ? MatrixRole::Keys : role;
    std::vector<std::string>& labels = labelsOf(s, labelled);
    const attn::Matrix values = matrixOf(s, labelled);
    const int source = row == 0 ? 1 : row - 1; // the row it came from, in `values` after the insert
    if (values.cols() == 1 && static_cast<int>(labels.size()) == before + 1 && source != row &&
        source < static_cast<int>(labels.size())) {
        if (const std::optional<QString> label =
                labelForNewValue(QString::fromStdString(labels[static_cast<std::size_t>(source)]),
                                 values(source, 0), values(row, 0)))
            labels[static_cast<std::size_t>(row)] = label->toStdString();
    }
    QString text;
    switch (how) {
    case NewRow::Copy:
        //: Undo text: %1 a table (Keys), %2 the new row, %3 the row copied (counted from 1).
        text = tr("Add %1 row %2 (a copy of row %3)").arg(roleName(role)).arg(row + 1).arg(row == 0 ? 2 : 1);
        break;
    case NewRow::Between:
        //: Undo text: %1 a table (Keys), %2 the new row, %3 and %4 its neighbours (counted from 1, as before).
        text = tr("Add %1 row %2 (halfway between rows %3 and %4)")
                   .arg(roleName(role))
                   .arg(row + 1)
                   .arg(row)
                   .arg(row + 1);
        break;
    case NewRow::Step:
        //: Undo text: %1 a table (Keys), %2 the new row, %3 and %4 the two rows whose step it continues.
        text = tr("Add %1 row %2 (continuing the step of rows %3 and %4)")
                   .arg(roleName(role))
                   .arg(row + 1)
                   .arg(row == 0 ? 2 : before - 1)
                   .arg(row == 0 ? 1 : before);
        break;
    }
    pushState(std::move(next), text);
}

bool SessionDocument::removeRow(MatrixRole role, int row)
{
    DocumentState next = m_state;
    if (!removeRowFrom(next, role, row))
        return false;
    pushState(std::move(next), tr("Remove %1 row %2").arg(roleName(role)).arg(row + 1));
    return true;
}

bool SessionDocument::hasEditableColumns(MatrixRole role)
{
    return isTokenRole(role) || role == MatrixRole::SelfW_Q || role == MatrixRole::SelfW_K ||
           role == MatrixRole::SelfW_V;
}

void SessionDocument::insertColumn(MatrixRole role, int column)
{
    DocumentState next = m_state;
    if (!insertColumnInto(next, role, column))
        return;
    column = std::clamp(column, 0, static_cast<int>(columns(role)));
    pushState(std::move(next), tr("Add %1 column %2").arg(roleName(role)).arg(column + 1));
}

bool SessionDocument::removeColumn(MatrixRole role, int column)
{
    DocumentState next = m_state;
    if (!removeColumnFrom(next, role, column))
        return false;
    pushState(std::move(next), tr("Remove %1 column %2").arg(roleName(role)).arg(column + 1));
    return true;
}

bool SessionDocument::setColumnCount(MatrixRole role, int columns, double fill)
{
    DocumentState next = m_state;
    if (!resizeColumnsOf(next, role, columns, fill))
        return false;
    pushState(std::move(next), tr("Set %1 to %2").arg(shapeNames(role).second).arg(columns));
    return true;
}

long SessionDocument::fillCells(MatrixRole role, int top, int left, int rows, int columns, double value)
{
    DocumentState next = m_state;
    const long changed = fillBlockIn(next, role, top, left, rows, columns, value);
    if (changed > 0) {
        const QString number = QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
        pushState(std::move(next),
                  changed == 1 ? tr("Fill 1 cell of %1 with %2").arg(roleName(role), number)
                               : tr("Fill %1 cells of %2 with %3").arg(changed).arg(roleName(role), number),
                  DocumentChange::Shape);
    }
    return changed;
}

long SessionDocument::setRowLabels(MatrixRole role, int firstRow, const QStringList& labels, bool resize)
{
    std::vector<std::string> texts;
    for (const QString& label : labels)
        texts.push_back(label.trimmed().toStdString());
    DocumentState next = m_state;
    const long labelled = labelRowsIn(next, role, firstRow, texts, resize);
    if (labelled == 0 || (next.session.query_labels == m_state.session.query_labels &&
                          next.session.key_labels == m_state.session.key_labels &&
                          next.session.keys.rows() == m_state.session.keys.rows() &&
                          next.session.queries.rows() == m_state.session.queries.rows() &&
                          rows(role) == matrixOf(next.session, role).rows()))
        return 0;
    const MatrixRole tokens = role == MatrixRole::Values ? MatrixRole::Keys : role;
    pushState(std::move(next), labelled == 1 ? tr("Label 1 row of %1").arg(roleName(tokens))
                                             : tr("Label %1 rows of %2").arg(labelled).arg(roleName(tokens)));
    return labelled;
}

bool SessionDocument::setMatrix(MatrixRole role, const attn::Matrix& matrix,
                                const std::vector<std::string>& labels, const QString& actionText)
{
    DocumentState next = m_state;
    if (!replaceMatrix(next, role, matrix, labels))
        return false;
    pushState(std::move(next), actionText);
    return true;
}

long SessionDocument::pasteBlock(MatrixRole role, int row, int column, const attn::Matrix& block,
                                 const std::vector<std::string>& labels, bool grow)
{
    DocumentState next = m_state;
    const long set = pasteInto(next, role, row, column, block, labels, grow);
    if (set > 0)
        pushState(std::move(next), tr("Paste into %1").arg(roleName(role)));
    return set;
}

void SessionDocument::randomize(MatrixRole role, std::uint32_t seed)
{
    const long r = rows(role);
    const long c = columns(role);
    if (r == 0 || c == 0)
        return;
    DocumentState next = m_state;
    const attn::Matrix filled = attn::seededRandomMatrix(r, c, seed);
    for (long i = 0; i < r; ++i)
        for (long j = 0; j < c; ++j)
            setEntry(next.session, role, i, j, filled(i, j));
    pushState(std::move(next), tr("Fill %1 with random numbers").arg(roleName(role)), DocumentChange::Shape);
}

void SessionDocument::setIdentity(MatrixRole role)
{
    if (rows(role) == 0 || columns(role) == 0)
        return;
    DocumentState next = m_state;
    const attn::Matrix filled = attn::identityMatrix(rows(role), columns(role));
    for (long i = 0; i < filled.rows(); ++i)
        for (long j = 0; j < filled.cols(); ++j)
            setEntry(next.session, role, i, j, filled(i, j));
    pushState(std::move(next), tr("Fill %1 with the identity").arg(roleName(role)), DocumentChange::Shape);
}

void SessionDocument::setScoringFunction(attn::ScoringFunction function)
{
    if (function == m_state.session.scoring.function)
        return;
    DocumentState next = m_state;
    next.session.scoring.function = function;
    conform(next.session);
    pushState(std::move(next), tr("Change scoring to %1").arg(scoringTitle(function)));
}

void SessionDocument::setSigma(double sigma)
{
    if (sigma == m_state.session.scoring.sigma)
        return;
    DocumentSettings next = currentSettings();
    next.sigma = sigma;
    pushSettings(next, tr("Change \u03c3"), UndoMergeId::Sigma);
}

void SessionDocument::setHiddenSize(long h)
{
    h = std::max(1L, h);
    if (h == m_state.session.scoring.w_v.size())
        return;
    DocumentState next = m_state;
    attn::Scoring& scoring = next.session.scoring;
    const long old = scoring.w_v.size();
    scoring.w_v = attn::resizedKeeping(scoring.w_v, h, 1, false);
    for (long i = old; i < h; ++i)
        scoring.w_v(i) = 1.0; // a new hidden unit starts contributing with weight 1
    conform(next.session);
    pushState(std::move(next), tr("Change hidden size to %1").arg(h));
}

void SessionDocument::setNormalization(const attn::Normalization& normalization)
{
    const attn::Normalization& now = m_state.session.normalization;
    if (normalization.function == now.function && normalization.temperature == now.temperature)
        return;
    DocumentSettings next = currentSettings();
    next.normalization = normalization;
    if (normalization.function == now.function)
        pushSettings(next, tr("Change temperature"), UndoMergeId::Temperature);
    else
        pushSettings(next, tr("Change weights to %1").arg(normalizationTitle(normalization.function)));
}

void SessionDocument::setMask(const attn::Mask& mask)
{
    DocumentSettings next = currentSettings();
    next.mask = mask;
    conformMask(next.mask, attn::queryCount(m_state.session), attn::keyCount(m_state.session));
    if (sameMask(next.mask, m_state.session.mask))
        return;
    pushSettings(next, mask.kind == m_state.session.mask.kind ? tr("Change mask")
                                                              : tr("Change mask to %1").arg(maskTitle(mask.kind)));
}

void SessionDocument::toggleMaskCell(int query, int key)
{
    const long nQ = attn::queryCount(m_state.session);
    const long nK = attn::keyCount(m_state.session);
    if (query < 0 || query >= nQ || key < 0 || key >= nK)
        return;
    DocumentSettings next = currentSettings();
    try {
        next.mask = attn::toggledCell(next.mask, query, key, nQ, nK);
    } catch (const attn::AttentionError&) {
        next.mask = attn::toggledCell(attn::Mask{}, query, key, nQ, nK); // an invalid mask starts afresh
    }
    const bool masked = std::find(next.mask.cells.begin(), next.mask.cells.end(),
                                  std::pair<long, long>(query, key)) != next.mask.cells.end();
    const QString queryName = label(MatrixRole::Queries, query);
    const QString keyName = label(MatrixRole::Keys, key);
    pushSettings(next, masked ? tr("Mask %1 \u2192 %2").arg(queryName, keyName)
                              : tr("Unmask %1 \u2192 %2").arg(queryName, keyName));
}

void SessionDocument::setSelfAttention(bool on)
{
    DocumentState next = m_state;
    if (switchSelfAttention(next, on))
        pushState(std::move(next), on ? tr("Turn on self-attention") : tr("Turn off self-attention"));
}

void SessionDocument::setPositionalEncoding(bool on)
{
    if (!m_state.session.self_attention || m_state.session.self_attention->positional_encoding == on)
        return;
    DocumentSettings next = currentSettings();
    next.positionalEncoding = on;
    pushSettings(next, on ? tr("Add positional encoding") : tr("Remove positional encoding"));
}

void SessionDocument::useIdentityProjections()
{
    if (!m_state.session.self_attention)
        return;
    DocumentState next = m_state;
    attn::SelfAttention& self = *next.session.self_attention;
    const long d = self.X.cols();
    self.W_Q = self.W_K = self.W_V = attn::identityMatrix(d, d);
    conform(next.session);
    pushState(std::move(next), tr("Q = K = V = X"));
}

void SessionDocument::setMultiHead(bool on)
{
    DocumentState next = m_state;
    if (switchMultiHead(next, on))
        pushState(std::move(next), on ? tr("Turn on multi-head") : tr("Turn off multi-head"));
}

void SessionDocument::setHeads(long heads)
{
    if (!m_state.session.multi_head || m_state.session.multi_head->heads == heads)
        return;
    DocumentState next = m_state;
    next.session.multi_head->heads = heads;
    conform(next.session);
    const QString text = tr("Change number of heads to %1").arg(next.session.multi_head->heads);
    pushState(std::move(next), text);
}

void SessionDocument::finishStep()
{
    ++m_stepSerial;
}

void SessionDocument::setFilePath(const QString& given)
{
    const QString path = absolutePath(given);
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(m_filePath);
}

bool SessionDocument::isModified() const
{
    return !m_undo->isClean();
}

void SessionDocument::setClean()
{
    m_undo->setClean();
}

void SessionDocument::markModified()
{
    m_undo->resetClean();
}

attn::Session SessionDocument::untitledSession()
{
    attn::Session s;
    s.title = tr("Untitled").toStdString();
    s.queries = attn::Matrix::Zero(2, 2);
    s.keys = attn::Matrix::Zero(3, 2);
    s.values = attn::Matrix::Zero(3, 2);
    s.scoring = attn::Scoring(attn::ScoringFunction::ScaledDot);
    s.normalization = attn::Normalization{};
    return s;
}

void SessionDocument::pushState(DocumentState next, const QString& text, DocumentChanges changes)
{
    m_undo->push(new SnapshotCommand(this, std::move(next), changes, text));
}

void SessionDocument::pushSettings(const DocumentSettings& next, const QString& text, UndoMergeId mergeId)
{
    m_undo->push(new SettingsCommand(this, next, text, mergeId));
}

DocumentSettings SessionDocument::currentSettings() const
{
    const attn::Session& s = m_state.session;
    return DocumentSettings{s.scoring.sigma, s.normalization, s.mask,
                            s.self_attention && s.self_attention->positional_encoding};
}

void SessionDocument::swapCell(MatrixRole role, int row, int column, double& value)
{
    const double old = entry(role, row, column);
    setEntry(m_state.session, role, row, column, value);
    value = old;
    emit cellChanged(role, row, column);
    emit changed();
}

void SessionDocument::swapLabels(std::vector<std::string>& queryLabels, std::vector<std::string>& keyLabels,
                                 bool alsoChanged)
{
    std::swap(m_state.session.query_labels, queryLabels);
    std::swap(m_state.session.key_labels, keyLabels);
    emit labelsChanged();
    if (alsoChanged)
        emit changed();
}

void SessionDocument::swapSettings(DocumentSettings& settings)
{
    DocumentSettings old = currentSettings();
    attn::Session& s = m_state.session;
    s.scoring.sigma = settings.sigma;
    s.normalization = settings.normalization;
    s.mask = std::move(settings.mask);
    if (s.self_attention)
        s.self_attention->positional_encoding = settings.positionalEncoding;
    settings = std::move(old);
    emit settingsChanged();
    emit changed();
}

void SessionDocument::swapState(DocumentState& state, DocumentChanges changes)
{
    std::swap(m_state, state);
    if (changes.testFlag(DocumentChange::Shape))
        emit shapeChanged();
    if (changes.testFlag(DocumentChange::Labels))
        emit labelsChanged();
    if (changes.testFlag(DocumentChange::Settings))
        emit settingsChanged();
    emit changed();
}

void SessionDocument::swapFilePath(QString& path)
{
    std::swap(m_filePath, path);
    if (m_filePath != path)
        emit filePathChanged(m_filePath);
}

} // namespace attn::ui
