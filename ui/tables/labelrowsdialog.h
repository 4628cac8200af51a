#pragma once

#include "tables/labeltext.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace attn::ui {

/// Table → "Label Rows from Text…": the user types or pastes a sentence and each word (Chinese: each character;
/// or pieces between a chosen separator, see splitLabels()) becomes the label of one row, from the first row on.
/// The dialog previews the labels and says when their number differs from the table's rows ("6 labels for 2
/// rows."); then it offers "Resize to 6 Rows" (the table gets one row per label) beside "Label the First 2
/// Rows" (the labels that fit; with fewer labels than rows, the rows after them keep theirs).
class LabelRowsDialog : public QDialog {
    Q_OBJECT
public:
    /// `rows`: the table's rows now; `tableName`: its name in the texts ("Queries", "Keys").
    LabelRowsDialog(int rows, const QString& tableName, QWidget* parent = nullptr);

    /// The labels of the text as it is split now.
    QStringList labels() const { return m_labels; }
    /// True if the user chose to resize the table to the number of labels.
    bool resize() const { return m_resize; }

    QLineEdit* textField() const { return m_text; }
    QComboBox* splitBox() const { return m_split; }
    QLineEdit* separatorField() const { return m_separator; }
    /// "Label Rows" (or "Label the First n Rows" when the counts differ).
    QPushButton* applyButton() const { return m_apply; }
    /// "Resize to n Rows", shown only when the counts differ.
    QPushButton* resizeButton() const { return m_resizeButton; }
    /// The line under the preview that names a count mismatch (empty when the counts agree).
    QString countMessage() const;

private:
    void update();

    int m_rows{0};
    QStringList m_labels;
    bool m_resize{false};
    QLineEdit* m_text{nullptr};
    QComboBox* m_split{nullptr};
    QLineEdit* m_separator{nullptr};
    QLabel* m_preview{nullptr};
    QLabel* m_count{nullptr};
    QPushButton* m_apply{nullptr};
    QPushButton* m_resizeButton{nullptr};
};

} // namespace attn::ui
