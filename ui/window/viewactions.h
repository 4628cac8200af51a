#pragma once

#include "heatmap/heatmapstyle.h"

#include <QObject>

class QAction;
class QMenu;

namespace attn::ui {

class MainWindow;

/// The View menu: presentation mode (F5: the settings column hidden, everything larger, full screen; Esc
/// leaves it), font size, colour map, light or dark theme, and stepping through the stages (Page Down /
/// Page Up, as a presentation clicker sends; arrow keys when the heatmaps have the focus). The choices are
/// kept in QSettings.
class ViewActions : public QObject {
    Q_OBJECT
public:
    explicit ViewActions(MainWindow* window);

    void populate(QMenu* menu);

    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool on);
    /// Multiplies every font (tables, labels, heatmaps) by `scale` (0.6 … 3).
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    void setColourMap(SequentialMap map);
    void setDark(bool dark);
    /// The style the heatmaps are drawn with now (presentation enlarges the fonts).
    HeatmapStyle style() const;

private:
    void apply();

    MainWindow* m_window{nullptr};
    QAction* m_presentAction{nullptr};
    QAction* m_darkAction{nullptr};
    QList<QAction*> m_mapActions;
    bool m_presenting{false};
    bool m_dark{false};
    double m_fontScale{1.0};
    SequentialMap m_map{SequentialMap::Viridis};
    double m_baseFontSize{0.0};
};

} // namespace attn::ui
