#pragma once

#include <QString>
#include <QWidget>

class QToolButton;

namespace attn::ui {

/// A group of the settings panel that folds away: a header button with an arrow (pointing down when open, right
/// when folded) and the group's title over its content. A click on the header folds or opens it; the choice is
/// remembered by Settings (foldedSections(), under the section's id) and restored by the next window.
class SettingsSection : public QWidget {
    Q_OBJECT
public:
    /// `id` names the section in Settings ("inputs", "scoring", "mask"); `content` is reparented into it.
    SettingsSection(const QString& id, const QString& title, QWidget* content, QWidget* parent = nullptr);

    QString id() const { return m_id; }
    bool isOpen() const;
    /// Opens or folds the section and remembers the choice.
    void setOpen(bool open);
    QToolButton* header() const { return m_header; }
    QWidget* content() const { return m_content; }

signals:
    /// The section was opened or folded (its height changes).
    void openChanged(bool open);

private:
    QString m_id;
    QToolButton* m_header{nullptr};
    QWidget* m_content{nullptr};
};

} // namespace attn::ui
