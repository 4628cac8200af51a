#include "window/viewactions.h"

#include "attn/explain.h"
#include "teach/explanationpanel.h"
#include "teach/heatmapboard.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"
#include "window/darkstyle.h"
#include "window/mainwindow.h"
#include "window/preferences.h"
#include "window/resultsarea.h"

#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QPalette>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

namespace attn::ui {

namespace {

constexpr double kPresentationScale = 1.7;    ///< Heatmaps in presentation mode.
constexpr double kPresentationText = 1.4;     ///< The window's text in presentation mode.
constexpr double kPresentationEmphasis = 1.5; ///< The explanation and the stage's description, on top of that.

/// The style's own palette, with a visited-link colour readable on white (the standard magenta is not).
QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::LinkVisited, QColor(0x68, 0x1d, 0xa8));
    return p;
}

} // namespace

ViewActions::ViewActions(MainWindow* window) : QObject(window), m_window(window)
{
    const Preferences preferences = Preferences::load();
    m_dark = preferences.dark;
    m_fontScale = preferences.fontScale;
    m_map = preferences.colourMap;
    m_cellDigits = preferences.cellDigits;
    // The application's font before any window scaled it (a second window must not scale it again).
    static const double baseFontSize = QApplication::font().pointSizeF();
    m_baseFontSize = baseFontSize;

    // Arrow keys step through the stages while the heatmaps have the focus (elsewhere they move in tables).
    QWidget* board = m_window->board();
    auto* right =
        new QShortcut(QKeySequence(Qt::Key_Right), board, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    auto* left =
        new QShortcut(QKeySequence(Qt::Key_Left), board, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(right, &QShortcut::activated, m_window->results()->stageBar(), &StageBar::next);
    connect(left, &QShortcut::activated, m_window->results()->stageBar(), &StageBar::previous);
    apply();
}

void ViewActions::populate(QMenu* menu)
{
    m_presentAction = menu->addAction(tr("&Presentation Mode"), this, &ViewActions::setPresenting);
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    auto* leave = new QShortcut(QKeySequence(Qt::Key_Escape), m_window, nullptr, nullptr, Qt::WindowShortcut);
    connect(leave, &QShortcut::activated, this, [this] { setPresenting(false); });

    StageBar* stages = m_window->results()->stageBar();
    QAction* next = menu->addAction(tr("&Next Stage"), stages, &StageBar::next);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    QAction* previous = menu->addAction(tr("Pre&vious Stage"), stages, &StageBar::previous);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    QAction* all = menu->addAction(tr("&All Stages"), stages, [stages] { stages->setCurrent(-1); });
    all->setShortcut(QKeySequence(Qt::Key_Home));
    menu->addSeparator();

    menu->addAction(tr("&Larger Text"), QKeySequence::ZoomIn, this, [this] { setFontScale(m_fontScale * 1.15); });
    menu->addAction(tr("&Smaller Text"), QKeySequence::ZoomOut, this,
                    [this] { setFontScale(m_fontScale / 1.15); });
    menu->addAction(tr("&Reset Text Size"), QKeySequence(tr("Ctrl+0")), this, [this] { setFontScale(1.0); });
    menu->addSeparator();

    QMenu* maps = menu->addMenu(tr("&Colour Map"));
    auto* group = new QActionGroup(this);
    for (SequentialMap map : kSequentialMaps) {
        QAction* action = maps->addAction(sequentialMapName(map), this, [this, map] { setColourMap(map); });
        action->setCheckable(true);
        action->setChecked(map == m_map);
        action->setData(static_cast<int>(map));
        group->addAction(action);
        m_mapActions.append(action);
    }
    m_darkAction = menu->addAction(tr("&Dark Theme"), this, &ViewActions::setDark);
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(m_dark);
}

void ViewActions::setPresenting(bool on)
{
    if (on == m_presenting)
        return;
    const bool wasNormal = isNormalLayout();
    if (wasNormal)
        m_normalSplitters = splitterStates();
    m_presenting = on;
    if (m_presentAction)
        m_presentAction->setChecked(on);
    if (on) {
        m_window->inputsColumn()->setVisible(false);
        apply();
        m_window->showFullScreen();
    } else {
        apply(); // the normal text size first: the settings column comes back at its normal width
        m_window->showNormal();
        m_window->inputsColumn()->setVisible(true);
        if (isNormalLayout())
            restoreSplitters(m_normalSplitters);
    }
}

void ViewActions::setFontScale(double scale)
{
    const double before = m_fontScale;
    const bool wasNormal = isNormalLayout();
    m_fontScale = std::clamp(scale, Preferences::kMinFontScale, Preferences::kMaxFontScale);
    Settings::instance().setFontScale(m_fontScale);
    if (m_fontScale > before && m_unzoomedScale == 0.0) {
        if (wasNormal)
            m_normalSplitters = splitterStates();
        m_unzoomedScale = before;
    }
    apply();
    if (m_unzoomedScale > 0.0 && m_fontScale <= m_unzoomedScale + 1e-9) {
        m_unzoomedScale = 0.0;
        if (isNormalLayout())
            restoreSplitters(m_normalSplitters);
    }
}

bool ViewActions::isNormalLayout() const
{
    return !m_presenting && m_unzoomedScale == 0.0;
}

QMap<QString, QByteArray> ViewActions::splitterStates() const
{
    QMap<QString, QByteArray> states;
    for (const QSplitter* splitter : m_window->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            states.insert(splitter->objectName(), splitter->saveState());
    return states;
}

void ViewActions::restoreSplitters(const QMap<QString, QByteArray>& states)
{
    // The widgets first take in the new text size (the font and style changes are posted events, and then the
    // layout requests they post): a splitter gives no pane less than its minimum size, and the minimum sizes of
    // the larger text would still hold (the settings column stayed 29 px wider).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    for (QSplitter* splitter : m_window->findChildren<QSplitter*>())
        if (const auto found = states.constFind(splitter->objectName()); found != states.cend())
            splitter->restoreState(found.value());
}

void ViewActions::setColourMap(SequentialMap map)
{
    m_map = map;
    Settings::instance().setColourMap(sequentialMapId(map));
    for (QAction* a : m_mapActions)
        a->setChecked(a->data().toInt() == static_cast<int>(map));
    apply();
}

void ViewActions::setDark(bool dark)
{
    m_dark = dark;
    Settings::instance().setDarkTheme(dark);
    if (m_darkAction)
        m_darkAction->setChecked(dark);
    apply();
}

void ViewActions::setCellDigits(int digits)
{
    m_cellDigits = std::clamp(digits, Preferences::kMinCellDigits, Preferences::kMaxCellDigits);
    Settings::instance().setCellDigits(m_cellDigits);
    apply();
}

HeatmapStyle ViewActions::style() const
{
    HeatmapStyle s;
    s.map = m_map;
    s.dark = m_dark;
    s.fontScale = m_fontScale * (m_presenting ? kPresentationScale : 1.0);
    s.cellDigits = m_cellDigits;
    return s;
}

void ViewActions::apply()
{
    QFont font = QApplication::font();
    if (m_baseFontSize > 0)
        font.setPointSizeF(m_baseFontSize * m_fontScale * (m_presenting ? kPresentationText : 1.0));
    QApplication::setFont(font);
    static const QString lightStyle = QApplication::style()->name(); // the platform's, before any dark theme
    if (m_dark) {
        if (!dynamic_cast<DarkFusionStyle*>(QApplication::style()))
            QApplication::setStyle(new DarkFusionStyle);
        QApplication::setPalette(darkPalette());
    } else {
        if (dynamic_cast<DarkFusionStyle*>(QApplication::style()) || QApplication::style()->name() != lightStyle)
            QApplication::setStyle(QStyleFactory::create(lightStyle));
        QApplication::setPalette(lightPalette());
    }
    m_window->results()->explanation()->setEmphasis(m_presenting ? kPresentationEmphasis : 1.0);
    m_window->results()->stageBar()->setEmphasis(m_presenting ? kPresentationEmphasis : 1.0);
    attn::setExplainedDigits(m_cellDigits); // explanations write small and large numbers as the cells do
    m_window->board()->setHeatmapStyle(style());
    m_window->results()->regression()->setTextScale(style().fontScale);
    m_window->results()->explanation()->explainSelection();
}

} // namespace attn::ui
