#pragma once

#include "attn/session.h"
#include "document/documentchange.h"
#include "document/undoids.h"
#include "edits/documentstate.h"
#include "edits/matrixrole.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>

class QUndoStack;

namespace attn::ui {

/// The session being edited, and the only place it is changed. Keeps shapes consistent (see conform()): a key
/// row and its value row are added and removed together, queries and keys share d_k, parameters follow their
/// inputs. Every mutation is one undoable command on undoStack() (its text says what it did, e.g.
/// "Edit Keys row 2, column 1") and emits changed() so that the window recomputes; undo and redo emit the same
/// signals as the edit, so the tables and heatmaps follow them exactly.
///
/// History: at most kUndoLimit steps (older ones are dropped). A cell edit remembers one number; settings steps
/// remember σ, T and the mask; structural steps (rows, columns, modes, fills, imports, loads) keep one copy of
/// the session, so the history of a session of S bytes needs at most about kUndoLimit × S.
class SessionDocument : public QObject {
    Q_OBJECT
public:
    /// The number of undo steps kept.
    static constexpr int kUndoLimit = 200;

    explicit SessionDocument(QObject* parent = nullptr);

    const attn::Session& session() const { return m_state.session; }
    /// A copy of the matrix `role` (empty when the session has no such part).
    attn::Matrix matrix(MatrixRole role) const { return matrixOf(m_state.session, role); }
    long rows(MatrixRole role) const;
    long columns(MatrixRole role) const;
    double entry(MatrixRole role, long row, long column) const;

    /// The token label of `row` (token roles only): query labels for Queries and X, key labels for Keys and
    /// Values (a value row belongs to the key of the same row).
    QString label(MatrixRole role, int row) const;

    /// The undo history of every change. Its clean state is the saved one: isModified() follows it.
    QUndoStack* undoStack() const { return m_undo; }

    /// Replaces the whole session for the first session at start-up; `filePath` may be empty. Clears the undo
    /// history and marks the session unmodified.
    void reset(const attn::Session& session, const QString& filePath = {});
    /// Replaces the session as one undo step named `actionText` (Open, example, New, recovery) and makes the new
    /// state the saved one (unless `modified`, used for a restored recovery file). The mode-switch stashes are
    /// cleared; undo gives back the previous session, its stashes and its file path.
    void load(const attn::Session& session, const QString& filePath, const QString& actionText,
              bool modified = false);

    /// Sets entry (row, column) of the matrix `role` (one undo step "Edit <matrix> row r, column c"). Ignored
    /// outside the matrix, for a non-finite value, or when the value does not change. With `continuous` (a
    /// drag, e.g. the regression view's query line), consecutive continuous edits of the same cell merge into
    /// one undo step until finishStep() or another edit.
    void setCell(MatrixRole role, int row, int column, double value, bool continuous = false);
    /// Sets a token label; an empty or blank label is refused (returns false).
    bool setLabel(MatrixRole role, int row, const QString& label);
    /// Inserts a row before `row` into a token matrix (Keys and Values insert into both), filled as
    /// attn::ui::newRowAt() says: at the end the step of the last two rows continued (keys 60, 64, 68 → 72), a
    /// copy of a single row, halfway between two. A one-dimensional label that reads its value ("68 cm") is
    /// written for the new value ("72 cm"). The undo text says how the row was filled.
    void insertRow(MatrixRole role, int row);
    /// Removes `row` of a token matrix unless it is the last one (returns false then).
    bool removeRow(MatrixRole role, int row);
    /// Inserts a zero column before `column`: d_k for Queries/Keys (both; in multi-head also Values), d_v for
    /// Values, d_model for X, d_k for self-attention W_Q/W_K (both), d_v for W_V.
    void insertColumn(MatrixRole role, int column);
    /// Removes `column` unless it is the last one; false if refused.
    bool removeColumn(MatrixRole role, int column);
    /// Sets the number of columns of `role` to `columns` as insertColumn() would reach it one by one: d_k of
    /// Queries and Keys together (in multi-head d_model, V too), d_v of Values, d_model of X, d_k of the
    /// self-attention W_Q and W_K together, d_v of W_V. The top-left block is kept and new entries are `fill`;
    /// conform() fits the parameters. One undo step "Set d_k to 64"; shrinking asks nothing (undo gives the
    /// columns back). Returns false (no step) for a role without editable columns, `columns` < 1, a non-finite
    /// `fill`, or no change.
    bool setColumnCount(MatrixRole role, int columns, double fill = 0.0);
    /// Sets the entries in rows top … top + rows − 1 and matrix columns left … left + columns − 1 of `role`
    /// (clipped to the matrix) to `value`: one undo step "Fill 6 cells of Keys with 1.75". Returns the number of
    /// entries that changed; 0 (no step) when none did or `value` is not finite.
    long fillCells(MatrixRole role, int top, int left, int rows, int columns, double value);
    /// Labels the token rows firstRow, firstRow + 1, … of `role` with `labels` (Values label their keys), as one
    /// undo step "Label 6 rows of Queries". With `resize` the table first gets exactly firstRow + labels.size()
    /// rows (keys and values together; new rows zeros); otherwise the labels beyond the last row are left out.
    /// Blank labels keep the row's label. Returns the number of rows labelled (0, no step, when nothing applies
    /// or nothing changes).
    long setRowLabels(MatrixRole role, int firstRow, const QStringList& labels, bool resize);
    /// True if insertColumn/removeColumn apply to `role`.
    static bool hasEditableColumns(MatrixRole role);
    /// True if insertRow/removeRow apply to `role` (token matrices).
    static bool hasEditableRows(MatrixRole role) { return isTokenRole(role); }

    /// Replaces the whole matrix `role` by `matrix` (shape may change; conform() makes the rest fit: keys and
    /// values keep equal row counts — the other one is cut or padded with zero rows; queries and keys keep equal
    /// d_k likewise). For token roles, `labels` (empty, or one per row) become the token labels.
    /// One undo step named `actionText` (e.g. "Import Keys from w.csv"). Refuses (returns false) a matrix with a
    /// zero side, a non-finite entry, or a role that the session has not (e.g. SelfW_Q without self-attention).
    bool setMatrix(MatrixRole role, const attn::Matrix& matrix, const std::vector<std::string>& labels,
                   const QString& actionText);
    /// Pastes `block` with its top-left at (row, column) of the matrix `role` (column counts matrix columns, not
    /// the label column). `labels` (empty, or one per block row) rename the rows it lands on. With `grow`, token
    /// matrices get rows and editable-column matrices get columns so the whole block fits; otherwise the part
    /// outside the table is dropped. One undo step "Paste into <role title>". Returns the number of cells set.
    long pasteBlock(MatrixRole role, int row, int column, const attn::Matrix& block,
                    const std::vector<std::string>& labels, bool grow);

    /// Fills the whole matrix `role` with seeded random numbers in [−1, 1] (attn::seededRandomMatrix).
    void randomize(MatrixRole role, std::uint32_t seed);
    /// Fills the matrix `role` with a (rectangular) identity.
    void setIdentity(MatrixRole role);

    void setScoringFunction(attn::ScoringFunction function);
    /// Sets σ. Consecutive changes (a slider drag, a run of arrow-key steps) merge into one undo step "Change σ"
    /// until finishStep().
    void setSigma(double sigma);
    /// Hidden size h of additive scoring (≥ 1).
    void setHiddenSize(long h);
    /// Sets the normalisation. A change of T alone merges like setSigma() ("Change temperature").
    void setNormalization(const attn::Normalization& normalization);
    void setMask(const attn::Mask& mask);
    /// Masks cell (query, key) if it is visible, unmasks it if it is masked (the mask becomes explicit cells).
    void toggleMaskCell(int query, int key);

    /// Turns self-attention on (X from the current queries, identity projections; or what it was before it
    /// was turned off) or off (back to the plain queries, keys and values).
    void setSelfAttention(bool on);
    void setPositionalEncoding(bool on);
    /// Q = K = V = X: identity self-attention projections of size d_model × d_model.
    void useIdentityProjections();
    /// Turns multi-head attention on (h = 2 when d_model is even, else 1; identity projections) or off.
    void setMultiHead(bool on);
    /// Number of heads h (clamped to 1 … d_model); the window shows an error if h does not divide d_model.
    void setHeads(long heads);

    /// Ends the current continuous step (a slider drag, a run of arrow-key steps, a dragged cell): the next
    /// change starts a new undo step.
    void finishStep();

    QString filePath() const { return m_filePath; }
    /// The members of the session's file that the window does not show ("description", "translations", another
    /// tool's keys; attn::io::unreadMembers), written back by a save. load() empties them; Open sets them.
    const QJsonObject& keptMembers() const { return m_kept; }
    void setKeptMembers(const QJsonObject& kept) { m_kept = kept; }
    /// Sets where Save writes (Save As); not an undo step.
    void setFilePath(const QString& path);
    /// True unless the undo stack is at its clean (saved) state.
    bool isModified() const;
    /// Marks the current state as saved.
    void setClean();
    /// Marks the session as modified without an undo step (its file changed on disk and the user kept this
    /// session): no state of the undo history is the saved one any more, so quitting asks about it.
    void markModified();

    /// The fresh session of File → New: 2 queries and 3 keys with d_k = d_v = 2, all zeros, scaled dot product,
    /// softmax, title "Untitled".
    static attn::Session untitledSession();

signals:
    /// One cell changed; the table models repaint just that cell.
    void cellChanged(attn::ui::MatrixRole role, int row, int column);
    /// Rows, columns, modes or the whole session changed; the table models reset.
    void shapeChanged();
    /// A token label changed.
    void labelsChanged();
    /// Scoring, normalisation, mask or mode changed; the settings panel follows.
    void settingsChanged();
    /// Anything changed: recompute.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    /// The whole session was replaced (reset(), load(), or the undo or redo of a load), after the other signals:
    /// the views go back to their start (all stages shown).
    void sessionReplaced();

private:
    friend class SetCellCommand;
    friend class SetLabelsCommand;
    friend class SettingsCommand;
    friend class SnapshotCommand;
    friend class LoadSessionCommand;

    /// Pushes a structural step: `next` becomes the state (conform()ed by the caller).
    void pushState(DocumentState next, const QString& text, DocumentChanges changes = kStructureChange);
    /// Pushes a settings step (a `mergeId` other than NoMerge: merges with the previous step of the same id).
    void pushSettings(const DocumentSettings& next, const QString& text,
                      UndoMergeId mergeId = UndoMergeId::NoMerge);
    DocumentSettings currentSettings() const;
    int stepSerial() const { return m_stepSerial; }

    // Used by the commands' undo() and redo(): each swaps its part with the document's and signals.
    void swapCell(MatrixRole role, int row, int column, double& value);
    /// Emits labelsChanged() and, unless `alsoChanged` is false (a cell edit that renames its row emits it once
    /// itself), changed().
    void swapLabels(std::vector<std::string>& queryLabels, std::vector<std::string>& keyLabels,
                    bool alsoChanged = true);
    void swapSettings(DocumentSettings& settings);
    void swapState(DocumentState& state, DocumentChanges changes);
    void swapFilePath(QString& path);

    DocumentState m_state;
    QString m_filePath;
    QJsonObject m_kept;
    QUndoStack* m_undo{nullptr};
    int m_stepSerial{0};
};

} // namespace attn::ui
