#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace attn::ui {

class MainWindow;

/// One section of the quick guide: a heading and its paragraphs (plain text, one translatable sentence group
/// each).
struct GuideSection {
    QString anchor;         ///< The link target in the guide's contents ("tables", "explain", …).
    QString heading;        ///< Plain text.
    QStringList paragraphs; ///< Plain text.
};

/// The text of Help → Quick Guide for a teacher: what each part of the window is and how to explain a number,
/// export a heatmap, present and import a matrix. The names of the panels and tables are read from the window
/// (group box titles, tab titles, table titles), so that they are exactly what the window shows in any language;
/// menu commands are named by their path ("File → Export → Export All Heatmaps…"), looked up in the window's
/// menu bar and followed by the shortcut of the real action.
class QuickGuideContent {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::QuickGuideContent)
public:
    /// Builds the guide for `window` as it is now (its menus, panels and shortcuts).
    explicit QuickGuideContent(const MainWindow& window);

    /// "Attention Lab Quick Guide".
    static QString title();

    /// The guide's sections in reading order (the window, inputs, … sessions), each a heading and paragraphs.
    const QList<GuideSection>& sections() const { return m_sections; }
    /// The guide as rich text for a QTextBrowser: the title, a list of links to the sections, then each section;
    /// every piece of text HTML-escaped.
    QString html() const;
    /// The guide as plain text: headings and paragraphs separated by blank lines.
    QString plainText() const;

    /// Every menu command the guide names, as a path of plain menu texts ({"File", "Import", "Import Matrix…"}).
    const QList<QStringList>& menuPaths() const { return m_menuPaths; }
    /// Those of menuPaths() that the window's menu bar does not have (named as written, without a shortcut).
    const QList<QStringList>& missingMenuPaths() const { return m_missing; }

private:
    /// "File → Export → Export All Heatmaps… (Ctrl+E)": the path as the menus spell it, with the action's
    /// shortcut.
    QString menuItem(const QStringList& path);
    void build();

    const MainWindow& m_window;
    QList<GuideSection> m_sections;
    QList<QStringList> m_menuPaths;
    QList<QStringList> m_missing;
};

} // namespace attn::ui
