#pragma once

#include "attn/session.h"

#include <QObject>
#include <QString>

namespace attn::ui {

/// Which matrix of the session a table edits.
enum class MatrixRole { Queries, Keys, Values };

/// The session being edited, and the only place it is changed. Keeps the shapes consistent: a key row and its
/// value row are added and removed together, and a query column together with the key column (they share d_k).
/// Every mutation emits changed() so that the window recomputes.
class SessionDocument : public QObject {
    Q_OBJECT
public:
    explicit SessionDocument(QObject* parent = nullptr);

    const attn::Session& session() const { return m_session; }
    const attn::Matrix& matrix(MatrixRole role) const;

    /// The token label of `row`: query labels for Queries, key labels for Keys and Values (a value row belongs
    /// to the key of the same row).
    QString label(MatrixRole role, int row) const;

    /// Replaces the whole session (opening a file or an example); `filePath` may be empty. Marks it unmodified.
    void reset(const attn::Session& session, const QString& filePath = {});

    void setCell(MatrixRole role, int row, int column, double value);
    /// Sets a token label; an empty or blank label is refused (returns false).
    bool setLabel(MatrixRole role, int row, const QString& label);
    /// Inserts a zero row before `row` (row == rows() appends). Keys and Values insert into both.
    void insertRow(MatrixRole role, int row);
    /// Removes `row` unless it is the last one (returns false then). Keys and Values remove from both.
    bool removeRow(MatrixRole role, int row);
    /// Inserts a zero column before `column`. Queries and Keys insert into both (d_k).
    void insertColumn(MatrixRole role, int column);
    /// Removes `column` unless it is the last one (returns false then). Queries and Keys remove from both.
    bool removeColumn(MatrixRole role, int column);
    void setScoring(const attn::Scoring& scoring);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    bool isModified() const { return m_modified; }
    /// Marks the current state as saved.
    void setClean();

signals:
    /// One cell changed; the table models repaint just that cell.
    void cellChanged(attn::ui::MatrixRole role, int row, int column);
    /// Rows, columns or the whole session were replaced; the table models reset.
    void shapeChanged();
    /// A token label changed.
    void labelsChanged();
    void scoringChanged();
    /// Anything changed: recompute.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    attn::Matrix& matrixRef(MatrixRole role);
    std::vector<std::string>& labelsRef(MatrixRole role);
    void touch();

    attn::Session m_session;
    QString m_filePath;
    bool m_modified{false};
};

} // namespace attn::ui
