#pragma once

#include "export/plotexport.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace attn::ui {

/// Asks where and how to export every heatmap: a folder, one or more formats (PNG, PDF, SVG) and a PNG scale.
/// It opens on PNG at 2×; ExportActions sets the defaults chosen in Preferences.
class ExportAllDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportAllDialog(const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    QList<ImageFormat> formats() const;
    int scale() const;

    /// Checks exactly the formats in `formats` (none checked disables Export).
    void setFormats(const QList<ImageFormat>& formats);
    /// Selects the PNG scale `scale` (1, 2 or 4); another value leaves the selection.
    void setScale(int scale);

private:
    void updateOkButton();

    QLineEdit* m_folder{nullptr};
    QCheckBox* m_png{nullptr};
    QCheckBox* m_pdf{nullptr};
    QCheckBox* m_svg{nullptr};
    QComboBox* m_scale{nullptr};
};

} // namespace attn::ui
