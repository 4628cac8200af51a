#include "window/exportactions.h"

#include "base/settings.h"
#include "export/heatmapexport.h"
#include "export/heatmapwidgetexport.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "teach/heatmapboard.h"
#include "window/exportalldialog.h"
#include "window/preferences.h"

#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

using attn::io::WriteResult;

ExportActions::ExportActions(HeatmapBoard* board, std::function<QList<HeatmapSpec>()> allSpecs, QWidget* parent)
    : QObject(parent), m_parent(parent), m_board(board), m_allSpecs(std::move(allSpecs))
{
}

void ExportActions::populate(QMenu* menu)
{
    QAction* all = menu->addAction(tr("Export &All Heatmaps\u2026"), this, &ExportActions::exportAllInteractively);
    all->setShortcut(QKeySequence(tr("Ctrl+E")));
    menu->addSeparator();
    QMenu* one = menu->addMenu(tr("Export &Heatmap"));
    // Filled again whenever the Export menu opens: the heatmaps shown change with the session and the stage, and a
    // submenu disabled while there were none would otherwise never be filled (its aboutToShow never comes).
    connect(menu, &QMenu::aboutToShow, this, [this, one] { fillHeatmapMenu(one); });
    connect(one, &QMenu::aboutToShow, this, [this, one] { fillHeatmapMenu(one); });
    fillHeatmapMenu(one);
}

void ExportActions::fillHeatmapMenu(QMenu* menu)
{
    menu->clear();
    const Preferences preferences = Preferences::load();
    for (HeatmapWidget* heatmap : m_board->heatmaps()) {
        // Named as the board names it: the title above the heatmap (translated with the stage; "&" is no
        // mnemonic here).
        const HeatmapSpec& spec = heatmap->controller()->spec();
        QString name = spec.title.isEmpty() ? spec.id : spec.title;
        QMenu* sub = menu->addMenu(name.replace(u'&', QStringLiteral("&&")));
        const struct {
            QString text;
            QString format;
            int scale;
        } entries[] = {{tr("PNG (1\u00d7)\u2026"), QStringLiteral("png"), 1},
                       {tr("PNG (2\u00d7)\u2026"), QStringLiteral("png"), 2},
                       {tr("PNG (4\u00d7)\u2026"), QStringLiteral("png"), 4},
                       {tr("PDF\u2026"), QStringLiteral("pdf"), 1},
                       {tr("SVG\u2026"), QStringLiteral("svg"), 1}};
        for (const auto& entry : entries) {
            const QString format = entry.format;
            const int scale = entry.scale;
            QAction* action = sub->addAction(entry.text, heatmap, [this, heatmap, format, scale] {
                const WriteResult result = exportHeatmapInteractively(heatmap, format, scale);
                if (const QString message = exportReport(*heatmap, result); !message.isEmpty())
                    emit exportReported(message);
            });
            const bool preferred =
                format == imageFormatSuffix(preferences.exportFormat) &&
                (preferences.exportFormat != ImageFormat::Png || scale == preferences.exportScale);
            if (preferred)
                sub->setDefaultAction(action); // shown in bold: the default format and scale of Preferences
        }
    }
    menu->setEnabled(!menu->isEmpty());
}

void ExportActions::exportAllInteractively()
{
    const QList<HeatmapSpec> specs = m_allSpecs();
    if (specs.isEmpty()) {
        QMessageBox::information(m_parent, tr("Export All Heatmaps"),
                                 tr("There is nothing to export: the current session cannot be computed."));
        return;
    }
    const QString start =
        Settings::instance().startFolder(FileKind::HeatmapImage, QStandardPaths::PicturesLocation);
    ExportAllDialog dialog(QDir(start).filePath(QStringLiteral("attention-lab")), m_parent);
    const Preferences preferences = Preferences::load();
    dialog.setFormats({preferences.exportFormat});
    dialog.setScale(preferences.exportScale);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WriteResult result =
        exportHeatmaps(specs, dialog.folder(), dialog.formats(), dialog.scale(), m_board->heatmapStyle());
    if (!result) {
        QMessageBox::warning(m_parent, tr("Export All Heatmaps"), result.errorString());
        return;
    }
    QMessageBox::information(m_parent, tr("Export All Heatmaps"),
                             tr("Wrote %n file(s) to %1.", nullptr, static_cast<int>(result.written().size()))
                                 .arg(QDir::toNativeSeparators(dialog.folder())));
}

} // namespace attn::ui
