// Help → Quick Guide and Help → Keyboard Shortcuts on the real window: the guide names the real panels, tables
// and menu commands (read from the widgets here, not pasted), F1 opens it; the shortcuts are generated from the
// window's real actions and follow a change of a shortcut; one of each at a time, never modal.
#include "document/roletitles.h"
#include "edits/matrixrole.h"
#include "tables/matrixeditor.h"
#include "window/mainwindow.h"
#include "window/maskpanel.h"
#include "window/modepanel.h"
#include "window/quickguide.h"
#include "window/quickguidecontent.h"
#include "window/scoringpanel.h"
#include "window/settingssection.h"
#include "window/shortcutsdialog.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using attn::ui::MainWindow;
using attn::ui::MatrixRole;
using attn::ui::QuickGuide;
using attn::ui::QuickGuideContent;
using attn::ui::ShortcutEntry;
using attn::ui::ShortcutsDialog;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The text without '&' markers, written out here rather than with the code under test.
QString plain(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
    return text;
}

/// The menu action at `path` (texts as the window writes them, with their '&'), walking the menu bar here.
QAction* menuAction(const MainWindow& window, const QStringList& path)
{
    QList<QAction*> actions = window.menuBar()->actions();
    QAction* found = nullptr;
    for (const QString& text : path) {
        found = nullptr;
        for (QAction* action : actions)
            if (action->text() == text)
                found = action;
        if (found == nullptr)
            return nullptr;
        if (found->menu() != nullptr)
            actions = found->menu()->actions();
    }
    return found;
}

QString groupBoxTitle(const QWidget* panel)
{
    const auto* section = qobject_cast<const attn::ui::SettingsSection*>(panel->parentWidget());
    return section ? section->header()->text() : u"<no settings section>"_s;
}

/// Every text the window shows in a widget or menu: buttons, labels, group boxes, combo box items, tabs, menus.
QStringList windowTexts(const MainWindow& window)
{
    QStringList texts;
    for (const QAbstractButton* b : window.findChildren<QAbstractButton*>())
        texts << plain(b->text());
    for (const QLabel* l : window.findChildren<QLabel*>())
        texts << l->text();
    for (const QGroupBox* g : window.findChildren<QGroupBox*>())
        texts << plain(g->title());
    for (const QComboBox* c : window.findChildren<QComboBox*>())
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    for (const QTabWidget* t : window.findChildren<QTabWidget*>())
        for (int i = 0; i < t->count(); ++i)
            texts << plain(t->tabText(i));
    for (const QAction* a : window.findChildren<QAction*>())
        texts << plain(a->text());
    return texts;
}

QuickGuide* openGuide(MainWindow& window)
{
    QAction* action = menuAction(window, {u"&Help"_s, u"&Quick Guide"_s});
    if (action == nullptr)
        return nullptr;
    action->trigger();
    const QList<QuickGuide*> open = window.findChildren<QuickGuide*>();
    return open.size() == 1 ? open.first() : nullptr;
}

ShortcutsDialog* openShortcuts(MainWindow& window)
{
    QAction* action = menuAction(window, {u"&Help"_s, u"&Keyboard Shortcuts"_s});
    if (action == nullptr)
        return nullptr;
    action->trigger();
    const QList<ShortcutsDialog*> open = window.findChildren<ShortcutsDialog*>();
    return open.size() == 1 ? open.first() : nullptr;
}

/// The keys the dialog's tree shows for `action` in `group`, or "<not listed>".
QString listedKeys(const ShortcutsDialog& dialog, const QString& group, const QString& action)
{
    const QTreeWidget* tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* item = tree->topLevelItem(g);
        if (item->text(0) != group)
            continue;
        for (int c = 0; c < item->childCount(); ++c)
            if (item->child(c)->text(0) == action)
                return item->child(c)->text(1);
    }
    return u"<not listed>"_s;
}

} // namespace

TEST(QuickGuide, OpensFromTheHelpMenuOnceAndNonModal)
{
    MainWindow window;
    QuickGuide* guide = openGuide(window);
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_FALSE(guide->isModal());
    EXPECT_EQ(guide->windowModality(), Qt::NonModal);
    EXPECT_EQ(guide->windowTitle(), u"Attention Lab Quick Guide"_s);
    EXPECT_EQ(openGuide(window), guide); // the open one again, not a second one
    EXPECT_EQ(window.findChildren<QuickGuide*>().size(), 1);
    guide->close(); // deleted on close
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.findChildren<QuickGuide*>().isEmpty());
}

TEST(QuickGuide, F1OpensIt)
{
    MainWindow window;
    QAction* action = menuAction(window, {u"&Help"_s, u"&Quick Guide"_s});
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    EXPECT_EQ(window.findChildren<QuickGuide*>().size(), 1);
}

TEST(QuickGuide, NamesTheRealPanelsAndTables)
{
    MainWindow window;
    QuickGuide* guide = openGuide(window);
    ASSERT_NE(guide, nullptr);
    const QString text = guide->text();
    // The settings panels' group boxes, as the window titles them.
    for (const QWidget* panel :
         {static_cast<QWidget*>(window.modePanel()), static_cast<QWidget*>(window.scoringPanel()),
          static_cast<QWidget*>(window.maskPanel())}) {
        const QString title = groupBoxTitle(panel);
        EXPECT_TRUE(text.contains(title)) << title.toStdString();
    }
    EXPECT_TRUE(text.contains(u"Inputs"_s) && text.contains(u"Scores and weights"_s) && text.contains(u"Mask"_s));
    // Every tab of the tables, hidden or not.
    const auto* tabs = window.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    ASSERT_TRUE(tabs->isAncestorOf(window.queriesEditor()));
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_TRUE(text.contains(u"\u201c%1\u201d"_s.arg(plain(tabs->tabText(i)))))
            << tabs->tabText(i).toStdString();
    // The tables' titles: each editor's title label starts with the name the guide uses.
    for (MatrixRole role : {MatrixRole::Queries, MatrixRole::Keys, MatrixRole::Values}) {
        const QString name = attn::ui::roleTitle(role);
        const QList<QLabel*> labels = window.editor(role)->findChildren<QLabel*>();
        EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [&name](const QLabel* l) {
            return l->text().startsWith(name + u' ');
        })) << name.toStdString();
        EXPECT_TRUE(text.contains(u"\u201c%1\u201d"_s.arg(name))) << name.toStdString();
    }
    for (const QString& heading :
         {u"The stage bar"_s, u"The heatmaps"_s, u"Explaining a number"_s, u"The kernel regression view"_s,
          u"Exporting a heatmap"_s, u"Presenting"_s, u"Importing a matrix"_s})
        EXPECT_TRUE(text.contains(heading)) << heading.toStdString();
}

TEST(QuickGuide, EveryQuotedNameIsShownByTheWindow)
{
    MainWindow window;
    QuickGuide* guide = openGuide(window);
    ASSERT_NE(guide, nullptr);
    const QStringList texts = windowTexts(window);
    const QRegularExpression quoted(u"\u201c([^\u201d]+)\u201d"_s);
    int count = 0;
    for (auto it = quoted.globalMatch(guide->text()); it.hasNext(); ++count) {
        const QString name = it.next().captured(1);
        const bool shown = std::any_of(texts.cbegin(), texts.cend(), [&name](const QString& t) {
            return t == name || t.startsWith(name + u' '); // a table's title goes on with its symbol and shape
        });
        EXPECT_TRUE(shown) << "\u201c" << name.toStdString() << "\u201d is not in the window";
    }
    EXPECT_GE(count, 15); // buttons, panels, tabs, tables and menus are named
}

TEST(QuickGuide, MenuCommandsAreTheRealOnesWithTheirShortcuts)
{
    MainWindow window;
    const QuickGuideContent content(window);
    EXPECT_GE(content.menuPaths().size(), 12);
    for (const QStringList& path : content.missingMenuPaths())
        ADD_FAILURE() << "the guide names " << path.join(u" > "_s).toStdString() << ", which the menus lack";

    QuickGuide* guide = openGuide(window);
    ASSERT_NE(guide, nullptr);
    QAction* exportAll = menuAction(window, {u"&File"_s, u"&Export"_s, u"Export &All Heatmaps\u2026"_s});
    QAction* present = menuAction(window, {u"&View"_s, u"&Presentation Mode"_s});
    QAction* importMatrix = menuAction(window, {u"&File"_s, u"&Import"_s, u"Import &Matrix\u2026"_s});
    ASSERT_TRUE(exportAll && present && importMatrix);
    EXPECT_TRUE(guide->text().contains(u"File \u2192 Export \u2192 Export All Heatmaps\u2026 (%1)"_s.arg(
        exportAll->shortcut().toString(QKeySequence::NativeText))))
        << guide->text().toStdString();
    EXPECT_TRUE(guide->text().contains(u"View \u2192 Presentation Mode (F5)"_s)); // README: presentation mode (F5)
    EXPECT_TRUE(guide->text().contains(u"File \u2192 Import \u2192 Import Matrix\u2026"_s));

    // The shortcut is the action's own: a changed one shows when the guide is opened again.
    present->setShortcut(QKeySequence(Qt::Key_F6));
    openGuide(window);
    EXPECT_TRUE(guide->text().contains(u"View \u2192 Presentation Mode (F6)"_s));
    EXPECT_FALSE(guide->text().contains(u"Presentation Mode (F5)"_s));
}

TEST(QuickGuide, ExplainsANumberWithTheWaistlineFormula)
{
    MainWindow window;
    const QString text = QuickGuideContent(window).plainText();
    EXPECT_TRUE(text.contains(u"Click any cell of a heatmap"_s));
    // DOMAIN.md worked example 1 (README): the first attention weight of the waistline example.
    EXPECT_TRUE(text.contains(
        u"a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/2) / [exp(\u22122) + exp(\u22122) + exp(\u221218)] = 0.49999997"_s))
        << text.toStdString();
}

TEST(KeyboardShortcuts, OpensFromTheHelpMenuOnceAndNonModal)
{
    MainWindow window;
    ShortcutsDialog* dialog = openShortcuts(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::NonModal);
    EXPECT_EQ(openShortcuts(window), dialog);
    EXPECT_EQ(window.findChildren<ShortcutsDialog*>().size(), 1);
}

TEST(KeyboardShortcuts, ListsTheRealActionsAndFollowsAChange)
{
    MainWindow window;
    QAction* exportAll = menuAction(window, {u"&File"_s, u"&Export"_s, u"Export &All Heatmaps\u2026"_s});
    ASSERT_NE(exportAll, nullptr);
    const QString keys = exportAll->shortcut().toString(QKeySequence::NativeText);
    ASSERT_FALSE(keys.isEmpty());
    ShortcutsDialog* dialog = openShortcuts(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(listedKeys(*dialog, u"File \u2192 Export"_s, u"Export All Heatmaps\u2026"_s), keys);

    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    openShortcuts(window); // shown again: listed anew
    EXPECT_EQ(listedKeys(*dialog, u"File \u2192 Export"_s, u"Export All Heatmaps\u2026"_s),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText));
    exportAll->setShortcut(QKeySequence());
    dialog->refresh();
    EXPECT_EQ(listedKeys(*dialog, u"File \u2192 Export"_s, u"Export All Heatmaps\u2026"_s), u"<not listed>"_s);

    // A few more from the README and Qt's standard keys, each under its menu.
    EXPECT_EQ(listedKeys(*dialog, u"View"_s, u"Presentation Mode"_s), u"F5"_s);
    EXPECT_EQ(listedKeys(*dialog, u"View"_s, u"Next Stage"_s), u"PgDown"_s);
    EXPECT_TRUE(listedKeys(*dialog, u"Edit"_s, u"Undo"_s).startsWith(u"Ctrl+Z"_s)); // and the platform's others
    EXPECT_EQ(listedKeys(*dialog, u"Help"_s, u"Quick Guide"_s), u"F1"_s);
}

TEST(KeyboardShortcuts, TableActionsOnceAndInputThatIsNoAction)
{
    MainWindow window;
    window.show(); // a shown menu bar lends its menus' actions to its overflow menu too
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ShortcutsDialog* dialog = openShortcuts(window);
    ASSERT_NE(dialog, nullptr);
    for (const ShortcutEntry& e : dialog->entries()) {
        EXPECT_FALSE(e.group.isEmpty() || e.group.startsWith(u"\u2192"_s)) << e.group.toStdString();
        EXPECT_FALSE(e.action.isEmpty() || e.action.contains(u'&') || e.keys.isEmpty()) << e.action.toStdString();
    }
    // Every table has its own Copy (Ctrl+C): listed once.
    int copies = 0;
    for (const ShortcutEntry& e : dialog->entries())
        copies += e.action == u"Copy"_s ? 1 : 0;
    EXPECT_EQ(copies, 1);
    EXPECT_EQ(listedKeys(*dialog, u"Tables"_s, u"Copy"_s), u"Ctrl+C"_s);
    // Esc leaves presentation mode through a QShortcut of the window, not an action.
    bool escape = false;
    for (const QShortcut* s : window.findChildren<QShortcut*>())
        escape = escape || s->key() == QKeySequence(Qt::Key_Escape);
    ASSERT_TRUE(escape);
    EXPECT_EQ(listedKeys(*dialog, u"Presentation"_s, u"Leave presentation mode"_s), u"Esc"_s);
    EXPECT_EQ(listedKeys(*dialog, u"Heatmaps"_s, u"Zoom in or out about the cursor"_s), u"Mouse wheel"_s);
    // The dialog's own search field is not the window's.
    for (const ShortcutEntry& e : dialog->entries())
        EXPECT_NE(e.group, u"Keyboard Shortcuts"_s);
}

TEST(KeyboardShortcuts, SearchKeepsTheMatchingLines)
{
    MainWindow window;
    ShortcutsDialog* dialog = openShortcuts(window);
    ASSERT_NE(dialog, nullptr);
    const qsizetype all = dialog->visibleEntries().size();
    EXPECT_EQ(all, dialog->entries().size());
    dialog->setFilter(u"f5"_s);
    const QList<ShortcutEntry> found = dialog->visibleEntries();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().action, u"Presentation Mode"_s);
    dialog->setFilter(u"export"_s); // a group's name matches all of its lines
    for (const ShortcutEntry& e : dialog->visibleEntries())
        EXPECT_TRUE(e.group.contains(u"Export"_s) || e.action.contains(u"Export"_s, Qt::CaseInsensitive))
            << e.action.toStdString();
    dialog->setFilter(u"no such thing"_s);
    EXPECT_TRUE(dialog->visibleEntries().isEmpty());
    const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->isVisibleTo(l->window()) && l->text().startsWith(u"No shortcut"_s);
    }));
    dialog->setFilter({});
    EXPECT_EQ(dialog->visibleEntries().size(), all);
}
