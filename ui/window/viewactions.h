#pragma once

#include "heatmap/heatmapstyle.h"

#include <QByteArray>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;

namespace attn::ui {

class MainWindow;

/// The View menu: presentation mode (F5: the settings column hidden, everything larger, full screen; Esc
/// leaves it), font size, colour map, light or dark theme, and stepping through the stages (Page Down /
/// Page Up, as a presentation clicker sends; arrow keys when the heatmaps have the focus). The choices (and the
/// digits printed in heatmap cells, set in Preferences) start from Preferences::load() and are kept in Settings
/// as they change; Edit → Preferences changes them through the same setters, so menu and dialog agree.
class ViewActions : public QObject {
    Q_OBJECT
public:
    explicit ViewActions(MainWindow* window);

    void populate(QMenu* menu);

    bool isPresenting() const { return m_presenting; }
    /// Enters or leaves presentation mode. Leaving restores the window's splitters as they were before it (the
    /// larger text of presentation would otherwise leave the settings column wide and the heatmaps squashed).
    void setPresenting(bool on);
    /// Multiplies every font (tables, labels, heatmaps) by `scale`, clamped to Preferences::kMinFontScale …
    /// kMaxFontScale (0.6 … 3). Back at (or below) the scale before the first enlargement (Ctrl+0, or Ctrl− as
    /// often as Ctrl++), the named splitters get back the sizes they had then: larger text widens the settings
    /// column and the views' minimum sizes, and a splitter keeps what it had to give them.
    void setFontScale(double scale);
    double fontScale() const { return m_fontScale; }
    /// The colour map of weights and outputs; the View → Colour Map item of `map` is checked.
    void setColourMap(SequentialMap map);
    SequentialMap colourMap() const { return m_map; }
    /// The dark (Fusion style, dark palette, dark heatmaps) or light theme; View → Dark Theme follows.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    /// Significant digits of the numbers in heatmap cells (HeatmapStyle::cellDigits), clamped to 1 … 10.
    void setCellDigits(int digits);
    int cellDigits() const { return m_cellDigits; }
    /// The style the heatmaps are drawn with now (presentation enlarges the fonts).
    HeatmapStyle style() const;

private:
    void apply();

    bool isNormalLayout() const; ///< Neither presenting nor with the text enlarged (Ctrl+0 undoes that).
    QMap<QString, QByteArray> splitterStates() const;
    void restoreSplitters(const QMap<QString, QByteArray>& states);

    MainWindow* m_window{nullptr};
    QAction* m_presentAction{nullptr};
    QAction* m_darkAction{nullptr};
    QList<QAction*> m_mapActions;
    bool m_presenting{false};
    bool m_dark{false};
    double m_fontScale{1.0};
    int m_cellDigits{4};
    SequentialMap m_map{SequentialMap::Viridis};
    double m_baseFontSize{0.0};
    /// The named splitters' states in the normal layout, taken when presentation mode or a larger text size leaves
    /// it and given back when both are undone: the larger text widens the settings column and the views' minimum
    /// sizes, and a splitter keeps whatever sizes it had to give them.
    QMap<QString, QByteArray> m_normalSplitters;
    double m_unzoomedScale{0.0}; ///< The font scale before the text was first made larger (0: not enlarged).
};

} // namespace attn::ui
