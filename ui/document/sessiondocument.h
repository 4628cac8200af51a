#pragma once

#include "attn/session.h"
#include "document/matrixrole.h"

#include <QObject>
#include <QString>

#include <cstdint>

namespace attn::ui {

/// The session being edited, and the only place it is changed. Keeps shapes consistent (see conform()): a key
/// row and its value row are added and removed together, queries and keys share d_k, parameters follow their
/// inputs. Every mutation emits changed() so that the window recomputes.
class SessionDocument : public QObject {
    Q_OBJECT
public:
    explicit SessionDocument(QObject* parent = nullptr);

    const attn::Session& session() const { return m_session; }
    /// A copy of the matrix `role` (empty when the session has no such part).
    attn::Matrix matrix(MatrixRole role) const { return matrixOf(m_session, role); }
    long rows(MatrixRole role) const;
    long columns(MatrixRole role) const;
    double entry(MatrixRole role, long row, long column) const;

    /// The token label of `row` (token roles only): query labels for Queries and X, key labels for Keys and
    /// Values (a value row belongs to the key of the same row).
    QString label(MatrixRole role, int row) const;

    /// Replaces the whole session (opening a file or an example); `filePath` may be empty. Marks it unmodified.
    void reset(const attn::Session& session, const QString& filePath = {});

    void setCell(MatrixRole role, int row, int column, double value);
    /// Sets a token label; an empty or blank label is refused (returns false).
    bool setLabel(MatrixRole role, int row, const QString& label);
    /// Inserts a zero row before `row` into a token matrix (Keys and Values insert into both).
    void insertRow(MatrixRole role, int row);
    /// Removes `row` of a token matrix unless it is the last one (returns false then).
    bool removeRow(MatrixRole role, int row);
    /// Inserts a zero column before `column`: d_k for Queries/Keys (both; in multi-head also Values), d_v for
    /// Values, d_model for X, d_k for self-attention W_Q/W_K (both), d_v for W_V.
    void insertColumn(MatrixRole role, int column);
    /// Removes `column` unless it is the last one; false if refused.
    bool removeColumn(MatrixRole role, int column);
    /// True if insertColumn/removeColumn apply to `role`.
    static bool hasEditableColumns(MatrixRole role);
    /// True if insertRow/removeRow apply to `role` (token matrices).
    static bool hasEditableRows(MatrixRole role) { return isTokenRole(role); }

    /// Fills the whole matrix `role` with seeded random numbers in [−1, 1] (attn::seededRandomMatrix).
    void randomize(MatrixRole role, std::uint32_t seed);
    /// Fills the matrix `role` with a (rectangular) identity.
    void setIdentity(MatrixRole role);

    void setScoringFunction(attn::ScoringFunction function);
    void setSigma(double sigma);
    /// Hidden size h of additive scoring (≥ 1).
    void setHiddenSize(long h);
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

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const { return m_modified; }
    /// Marks the current state as saved.
    void setClean();

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

private:
    std::vector<std::string>& labelsRef(MatrixRole role);
    /// conform(), then the signals for a structural change.
    void structureChanged();
    void settingsEdited();
    void touch();

    attn::Session m_session;
    std::optional<attn::SelfAttention> m_stashedSelf;
    std::optional<attn::MultiHead> m_stashedHeads;
    std::vector<std::string> m_stashedKeyLabels; ///< The plain keys' labels while self-attention is on.
    std::optional<attn::Matrix> m_stashedValues; ///< V before multi-head gave it d_model columns.
    QString m_filePath;
    bool m_modified{false};
};

} // namespace attn::ui
