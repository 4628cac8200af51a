#include "window/quickguidecontent.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "document/roletitles.h"
#include "edits/matrixrole.h"
#include "tables/matrixeditor.h"
#include "window/mainwindow.h"
#include "window/maskpanel.h"
#include "window/menupath.h"
#include "window/modepanel.h"
#include "window/scoringpanel.h"
#include "window/settingssection.h"

#include <QAction>
#include <QToolButton>
#include <QKeySequence>
#include <QMenuBar>
#include <QTabWidget>

#include <exception>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

/// The title of the settings section around `panel` (the window's "Inputs", "Scores and weights", "Mask").
QString groupTitle(const QWidget* panel)
{
    const auto* section = panel ? qobject_cast<const SettingsSection*>(panel->parentWidget()) : nullptr;
    return section ? plainMenuText(section->header()->text()) : QString();
}

/// The titles of the tabs of the tab widget that holds the tables, in order (hidden tabs too).
QStringList tableTabTitles(const MainWindow& window)
{
    const MatrixEditor* queries = window.queriesEditor();
    const QList<QTabWidget*> tabWidgets = window.findChildren<QTabWidget*>();
    for (const QTabWidget* tabs : tabWidgets) {
        if (queries == nullptr || !tabs->isAncestorOf(queries))
            continue;
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles << plainMenuText(tabs->tabText(i));
        return titles;
    }
    return {};
}

QString quoted(const QString& name)
{
    return QuickGuideContent::tr("\u201c%1\u201d").arg(name);
}

QString keyName(Qt::Key key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

/// The explanation of the first attention weight of the built-in waistline example, computed by the same code as
/// a click in the window; empty if it cannot be computed.
QString waistlineExample()
{
    try {
        const attn::Session session = builtInExample(u"waistline"_s);
        const attn::Computation computation = attn::evaluate(session);
        return QString::fromStdString(attn::explain(session, computation, {attn::Stage::Weights, -1, 0, 0}).text);
    } catch (const std::exception&) {
        return {}; // the guide then leaves the example out
    }
}

} // namespace

QuickGuideContent::QuickGuideContent(const MainWindow& window) : m_window(window)
{
    build();
}

QString QuickGuideContent::title()
{
    return tr("Attention Lab Quick Guide");
}

QString QuickGuideContent::menuItem(const QStringList& path)
{
    m_menuPaths.append(path);
    const auto* bar = qobject_cast<const QMenuBar*>(m_window.menuWidget());
    const QAction* action = findMenuAction(bar, path);
    if (action == nullptr) {
        m_missing.append(path);
        return joinMenuPath(path);
    }
    QStringList spelled = path;
    spelled.last() = plainMenuText(action->text()); // Edit → Undo: the text as the menu shows it now
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    if (shortcut.isEmpty())
        return joinMenuPath(spelled);
    return tr("%1 (%2)", "a menu command and its shortcut").arg(joinMenuPath(spelled), shortcut);
}

void QuickGuideContent::build()
{
    // Menu texts carry the disambiguation "menu": their translation must be the menu's own (without '&'), or the
    // guide names a command the translated menus do not have (the test lists such paths as missing).
    const QString file = tr("File", "menu");
    const QString edit = tr("Edit", "menu");
    const QString view = tr("View", "menu");
    const QString help = tr("Help", "menu");
    const QString importMenu = tr("Import", "menu");
    const QString exportMenu = tr("Export", "menu");

    const QString queries = roleTitle(MatrixRole::Queries);
    const QString keys = roleTitle(MatrixRole::Keys);
    const QString values = roleTitle(MatrixRole::Values);
    QStringList tabs;
    for (const QString& tab : tableTabTitles(m_window))
        tabs << quoted(tab);

    m_sections.append(
        {u"window"_s,
         tr("The window"),
         {tr("On the left are the settings and the tables you type numbers into. On the right, every stage of "
             "attention is drawn as a heatmap with each value printed in its cell. Change any number or setting "
             "and every heatmap follows at once."),
          tr("In every heatmap the rows are queries and the columns are keys. In the tables each row is one "
             "vector: one query, one key or one value.")}});

    m_sections.append(
        {u"inputs"_s,
         groupTitle(m_window.modePanel()),
         {tr("Chooses what you type in: \u201cQ, K, V typed in\u201d for queries, keys and values themselves, or "
             "\u201cSelf-attention on tokens X\u201d, where Q, K and V are computed from the tokens X with the "
             "projections W_Q, W_K and W_V."),
          tr("“Add positional encoding P\u201d adds sinusoidal positions to X, \u201cQ = K = V = X\u201d sets "
             "the projections to the identity, and \u201cMulti-head\u201d splits the computation into h heads. "
             "The \u201cRandom seed\u201d decides the numbers that \u201cRandom\u201d puts into a table.")}});

    m_sections.append(
        {u"scoring"_s,
         groupTitle(m_window.scoringPanel()),
         {tr("\u201cScoring\u201d chooses how a query and a key give a score: a dot product, scaled or not, a "
             "general or additive network, cosine similarity, linear attention, or a Gaussian, boxcar or "
             "Epanechnikov kernel with the bandwidth \u03c3. The formula of the chosen function is shown under "
             "it."),
          tr("\u201cWeights\u201d turns the scores of each query into weights: softmax with the temperature T, "
             "sparsemax, or ReLU. Drag the \u03c3 and T sliders and watch the heatmaps change.")}});

    m_sections.append(
        {u"mask"_s,
         groupTitle(m_window.maskPanel()),
         {tr("A mask hides keys from a query before its weights are computed: no future keys (causal), a number "
             "of valid keys per query, or a local window around each query."),
          tr("With “Chosen cells\u201d, a click on a cell of the scores or mask heatmap hides that key from "
             "that query, and a second click shows it again.")}});

    m_sections.append(
        {u"tables"_s,
         tr("The tables"),
         {tr("The tabs %1 hold the matrices of the session; only those that the current settings use are shown.")
              .arg(tabs.join(tr(", ", "between the tab names of a list"))),
          tr("Each row of %1, %2 and %3 is one vector. Click a cell and type a number. The buttons of a table "
             "add or remove rows and dimensions, and \u201cRandom\u201d and \u201cIdentity\u201d fill it.")
              .arg(quoted(queries), quoted(keys), quoted(values)),
          tr("Right-click a table to import a file into it, to export it as CSV or NumPy, or to copy and paste "
             "cells from and to a spreadsheet (%1, %2).")
              .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText),
                   QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText))}});

    m_sections.append(
        {u"stages"_s,
         tr("The stage bar"),
         {tr("Above the heatmaps, the stage bar walks through the computation one stage at a time, from the "
             "scores to the weighted sum. Click a stage, or use \u201c\u25c0 Previous\u201d, \u201cNext "
             "\u25b6\u201d and \u201cPlay\u201d; “All stages\u201d shows every stage again. One line says "
             "what the current stage does."),
          tr("%1 and %2 step forward and back, also from a presentation clicker; while a heatmap has the focus, "
             "%3 and %4 do the same.")
              .arg(menuItem({view, tr("Next Stage", "menu")}), menuItem({view, tr("Previous Stage", "menu")}),
                   keyName(Qt::Key_Right), keyName(Qt::Key_Left))}});

    m_sections.append(
        {u"heatmaps"_s,
         tr("The heatmaps"),
         {tr("Each stage is a heatmap with the value printed in each cell; rest the mouse on a cell for its exact "
             "value. The mouse wheel zooms into a heatmap and a drag moves it, which helps with large matrices; a "
             "double-click shows the whole matrix again.")}});

    QStringList explain{
        tr("Click any cell of a heatmap. The explanation panel under the heatmaps shows the formula behind that "
           "number with the actual numbers put in, and its result. The rows of the tables that the number "
           "depends on are highlighted.")};
    if (const QString example = waistlineExample(); !example.isEmpty())
        explain << tr("For example, the first attention weight of the waistline example, which Attention Lab "
                      "opens on, reads: %1")
                       .arg(example);
    explain << tr("Long sums are shortened; \u201cShow every term\u201d writes them out in full. “Copy as "
                  "text\u201d and “Copy as LaTeX\u201d copy the formula for a worksheet or a slide.");
    m_sections.append({u"explain"_s, tr("Explaining a number"), explain});

    m_sections.append(
        {u"regression"_s,
         tr("The kernel regression view"),
         {tr("When queries, keys and values are single numbers, a plot beside the heatmaps shows the "
             "key\u2013value "
             "pairs as points, the estimate f(q) as a curve and each query as a vertical line. Drag a query line: "
             "its weights appear as bars and every heatmap follows.")}});

    m_sections.append(
        {u"export"_s,
         tr("Exporting a heatmap"),
         {tr("Right-click a heatmap to save it as PNG (1\u00d7, 2\u00d7 or 4\u00d7), PDF or SVG, or its numbers "
             "as "
             "CSV or NumPy."),
          tr("%1 writes every heatmap into a folder at once, in the formats and at the scale you choose; %2 has "
             "each heatmap on its own.")
              .arg(menuItem({file, exportMenu, tr("Export All Heatmaps\u2026", "menu")}),
                   menuItem({file, exportMenu, tr("Export Heatmap", "menu")})),
          tr("%1 writes a printable PDF with one page per stage: its heatmaps, the inputs and one explained "
             "number.")
              .arg(menuItem({file, tr("Export Handout\u2026", "menu")}))}});

    m_sections.append(
        {u"present"_s,
         tr("Presenting"),
         {tr("%1 hides the settings and the tables, enlarges everything and fills the screen; %2 leaves it.")
              .arg(menuItem({view, tr("Presentation Mode", "menu")}), keyName(Qt::Key_Escape)),
          tr("%1 and %2 change the size of all text; %3 and %4 suit a projector or a dark room.")
              .arg(menuItem({view, tr("Larger Text", "menu")}), menuItem({view, tr("Smaller Text", "menu")}),
                   menuItem({view, tr("Colour Map", "menu")}), menuItem({view, tr("Dark Theme", "menu")}))}});

    m_sections.append(
        {u"import"_s,
         tr("Importing a matrix"),
         {tr("%1 reads a CSV, TSV or NumPy .npy file into any table of the session: you choose the table, and the "
             "slice of a 3-D or 4-D array. You can also drop a file on the window.")
              .arg(menuItem({file, importMenu, tr("Import Matrix\u2026", "menu")})),
          tr("%1 shows a real model's attention matrix as a heatmap, without computing anything.")
              .arg(menuItem({file, importMenu, tr("View Attention Matrix\u2026", "menu")}))}});

    m_sections.append(
        {u"sessions"_s,
         tr("Sessions, undo and examples"),
         {tr("Every change is a step that %1 takes back. %2 keeps a session in a file; a modified session is "
             "also saved for recovery every minute, and offered back after a crash.")
              .arg(menuItem({edit, tr("Undo", "menu")}), menuItem({file, tr("Save", "menu")})),
          tr("The %1 menu opens ready-made sessions: the waistline example, masks, self-attention, positional "
             "encoding and multi-head attention.")
              .arg(menuItem({tr("Examples", "menu")}))}});
    // Preferences, where the window has them (named only then, so the guide never points to a missing command).
    const QStringList preferences{edit, tr("Preferences\u2026", "menu")};
    if (findMenuAction(qobject_cast<const QMenuBar*>(m_window.menuWidget()), preferences) != nullptr)
        m_sections.last().paragraphs << tr("%1 chooses the language, the look of the window and the heatmaps, and "
                                           "the defaults of exports.")
                                            .arg(menuItem(preferences));
    m_sections.last().paragraphs << tr("%1 lists every key and mouse action of the window.")
                                        .arg(menuItem({help, tr("Keyboard Shortcuts", "menu")}));
}

QString QuickGuideContent::html() const
{
    QString result = u"<h1>%1</h1>"_s.arg(title().toHtmlEscaped());
    result += u"<ul>"_s;
    for (const GuideSection& section : m_sections)
        result += u"<li><a href=\"#%1\">%2</a></li>"_s.arg(section.anchor, section.heading.toHtmlEscaped());
    result += u"</ul>"_s;
    for (const GuideSection& section : m_sections) {
        result += u"<h2><a name=\"%1\"></a>%2</h2>"_s.arg(section.anchor, section.heading.toHtmlEscaped());
        for (const QString& paragraph : section.paragraphs)
            result += u"<p>%1</p>"_s.arg(paragraph.toHtmlEscaped());
    }
    return result;
}

QString QuickGuideContent::plainText() const
{
    QStringList parts{title()};
    for (const GuideSection& section : m_sections)
        parts << section.heading << section.paragraphs;
    return parts.join(u"\n\n"_s);
}

} // namespace attn::ui
