// Issue 14 ("Ready for the lecture hall"), the export of heatmaps from the window, driven through the real
// window offscreen: File → Export → Export Heatmap names every heatmap as the board titles it (in English and in
// Chinese, and anew when the session or the heads change), an export says in the status bar what it wrote and
// where (or why not), and exported images are light (white background, dark text) in the dark theme too.
// Expected titles are DOMAIN.md's stage names and the Chinese translation's terms (注意力权重 = attention weights).
#include "base/language.h"
#include "export/heatmapwidgetexport.h"
#include "filetestsupport.h"
#include "fixtures.h"
#include "heatmap/heatmapwidget.h"
#include "io/sessionjson.h"
#include "teach/heatmapboard.h"
#include "window/exportactions.h"
#include "window/exportalldialog.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>

#include <cmath>

using attn::ui::MainWindow;
using namespace Qt::Literals::StringLiterals;

namespace {

QMenu* menuNamed(QWidget* parent, const QString& title)
{
    for (QMenu* menu : parent->findChildren<QMenu*>())
        if (menu->title() == title)
            return menu;
    return nullptr;
}

/// File → Export → Export Heatmap as the user opens it: the Export menu, then the submenu (each fills itself
/// when it is about to show). Returns the submenu, still open (hidden again by the caller or the window).
QMenu* openHeatmapSubmenu(MainWindow& w)
{
    QMenu* exports = menuNamed(&w, QCoreApplication::translate("attn::ui::MainWindow", "&Export"));
    QMenu* one = menuNamed(&w, QCoreApplication::translate("attn::ui::ExportActions", "Export &Heatmap"));
    if (!exports || !one) {
        ADD_FAILURE() << "no Export → Export Heatmap menu";
        return nullptr;
    }
    exports->popup(QPoint(0, 0));
    one->popup(QPoint(200, 0));
    QApplication::processEvents();
    return one;
}

/// The names of the submenu's entries, in order.
QStringList entryNames(const QMenu* submenu)
{
    QStringList names;
    for (const QAction* action : submenu->actions())
        names << action->text();
    return names;
}

/// The titles drawn above the heatmaps on the board (each plot's title element), in order.
QStringList boardTitles(const MainWindow& w)
{
    QStringList titles;
    for (const attn::ui::HeatmapWidget* heatmap : w.board()->heatmaps()) {
        const auto* title = qobject_cast<QCPTextElement*>(heatmap->plot()->plotLayout()->element(0, 0));
        titles << (title ? title->text() : u"(no title)"_s);
    }
    return titles;
}

/// The action of the submenu entry `name` → `format` (e.g. "PNG (1×)…").
QAction* exportEntry(QMenu* submenu, const QString& name, const QString& format)
{
    for (QAction* action : submenu->actions())
        if (action->text() == name && action->menu())
            for (QAction* entry : action->menu()->actions())
                if (entry->text() == format)
                    return entry;
    ADD_FAILURE() << "no entry " << name.toStdString() << " → " << format.toStdString();
    return nullptr;
}

void closeMenus(MainWindow& w)
{
    for (QMenu* menu : w.findChildren<QMenu*>())
        menu->hide();
}

/// Switches the theme the way View → Dark Theme does.
void triggerDarkTheme(MainWindow& w, bool dark)
{
    QMenu* view = menuNamed(&w, u"&View"_s);
    ASSERT_NE(view, nullptr);
    for (QAction* action : view->actions())
        if (action->text() == u"&Dark Theme"_s) {
            if (action->isChecked() != dark)
                action->trigger();
            return;
        }
    FAIL() << "no Dark Theme action";
}

/// WCAG 2.1 relative luminance.
double luminance(const QColor& colour)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// The darkest pixel of the heatmap's title on a light background: the first band of rows from the top that are
/// not all light (the title above the cells, up to the first light row below it); 1 when every row is light or
/// the top row is not (no light background).
double darkestInTitle(const QImage& image)
{
    auto rowDarkest = [&image](int y) {
        double darkest = 1.0;
        for (int x = 0; x < image.width(); ++x)
            darkest = std::min(darkest, luminance(image.pixelColor(x, y)));
        return darkest;
    };
    if (image.isNull() || rowDarkest(0) <= 0.9)
        return 1.0;
    int y = 0;
    while (y < image.height() && rowDarkest(y) > 0.9)
        ++y;
    double darkest = 1.0;
    for (; y < image.height(); ++y) {
        const double row = rowDarkest(y);
        if (row > 0.9)
            break;
        darkest = std::min(darkest, row);
    }
    return darkest;
}

bool hasChineseCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

/// Saves `image` under ATTN_SCREENSHOT_DIR (when set) as `name`, for looking at.
void keepScreenshot(const QImage& image, const QString& name)
{
    const QString folder = qEnvironmentVariable("ATTN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(image.save(folder + u'/' + name)) << name.toStdString();
    }
}

} // namespace

TEST(ExportMenu, EveryEntryNamesItsHeatmapAsTheBoardTitlesIt)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    ASSERT_TRUE(w.results()->waitForResults());
    QMenu* one = openHeatmapSubmenu(w);
    ASSERT_NE(one, nullptr);
    // The waistline's stages (DOMAIN.md worked example 1): scores, weights, outputs — named, never blank.
    const QStringList names = entryNames(one);
    keepScreenshot(one->grab().toImage(), u"submenu-en.png"_s);
    closeMenus(w);
    EXPECT_EQ(names.size(), 3) << names.join(u" | "_s).toStdString();
    EXPECT_TRUE(names.contains(u"Attention weights"_s)) << names.join(u" | "_s).toStdString();
    for (const QString& name : names)
        EXPECT_FALSE(name.trimmed().isEmpty()) << names.join(u" | "_s).toStdString();
    EXPECT_EQ(names.join(u" | "_s), boardTitles(w).join(u" | "_s));

    // Another example: the two heads' overview. The menu follows the board, nothing of the waistline is left.
    w.loadSession(attn::io::readSessionFile(QStringLiteral(EXAMPLES_DIR "/two-head.json")));
    ASSERT_TRUE(w.results()->waitForResults());
    QMenu* submenu = openHeatmapSubmenu(w);
    ASSERT_NE(submenu, nullptr);
    QStringList heads = entryNames(submenu);
    keepScreenshot(submenu->grab().toImage(), u"submenu-two-head-en.png"_s);
    closeMenus(w);
    EXPECT_TRUE(heads.contains(u"Head 1: attention weights"_s)) << heads.join(u" | "_s).toStdString();
    EXPECT_TRUE(heads.contains(u"Head 2: attention weights"_s)) << heads.join(u" | "_s).toStdString();
    EXPECT_FALSE(heads.contains(u"Attention weights"_s));
    EXPECT_EQ(heads.join(u" | "_s), boardTitles(w).join(u" | "_s));

    // Head 2 alone: its projections and its own stages.
    auto* view = w.findChild<QComboBox*>(u"head-view"_s);
    ASSERT_NE(view, nullptr);
    view->setCurrentIndex(2);
    ASSERT_TRUE(w.results()->waitForResults());
    heads = entryNames(openHeatmapSubmenu(w));
    closeMenus(w);
    EXPECT_TRUE(heads.contains(u"Head 2: queries"_s)) << heads.join(u" | "_s).toStdString();
    EXPECT_FALSE(heads.contains(u"Head 1: attention weights"_s)) << heads.join(u" | "_s).toStdString();
    EXPECT_EQ(heads.join(u" | "_s), boardTitles(w).join(u" | "_s));
}

TEST(ExportMenu, ExportsSayInTheStatusBarWhatTheyWroteOrWhyNot)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow w;
    w.loadSession(attn::waistlineExample(), dir.filePath(u"lecture.json"_s));
    ASSERT_TRUE(w.results()->waitForResults());

    // File → Export → Export Heatmap → Attention weights → PNG (1×)…
    const QString path = dir.filePath(u"weights.png"_s);
    filetest::chooseInNextFileDialog(path);
    QAction* png = exportEntry(openHeatmapSubmenu(w), u"Attention weights"_s, u"PNG (1\u00d7)\u2026"_s);
    ASSERT_NE(png, nullptr);
    closeMenus(w);
    png->trigger();
    ASSERT_TRUE(QFileInfo::exists(path));
    QString status = w.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(u"Attention weights"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(QDir::toNativeSeparators(path))) << status.toStdString();

    // A heatmap's own right-click menu: Export as SVG…
    attn::ui::HeatmapWidget* outputs = w.board()->heatmaps().last();
    QAction* svg = nullptr;
    for (QAction* action : outputs->actions())
        if (action->text() == u"Export as SVG\u2026"_s)
            svg = action;
    ASSERT_NE(svg, nullptr);
    const QString svgPath = dir.filePath(u"outputs.svg"_s);
    filetest::chooseInNextFileDialog(svgPath);
    svg->trigger();
    ASSERT_TRUE(QFileInfo::exists(svgPath));
    status = w.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(boardTitles(w).last())) << status.toStdString();
    EXPECT_TRUE(status.contains(QDir::toNativeSeparators(svgPath))) << status.toStdString();

    // A folder that does not exist: the message box and the status bar both give the reason.
    const QString missing = dir.filePath(u"missing/weights.png"_s);
    QString shown;
    filetest::chooseInNextFileDialog(missing);
    filetest::closeNextMessage(&shown);
    png = exportEntry(openHeatmapSubmenu(w), u"Attention weights"_s, u"PNG (1\u00d7)\u2026"_s);
    ASSERT_NE(png, nullptr);
    closeMenus(w);
    png->trigger();
    status = w.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(u"Attention weights"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"not exported"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(u"does not exist"_s)) << status.toStdString();
    EXPECT_TRUE(shown.contains(u"does not exist"_s)) << shown.toStdString();

    // A cancelled dialog writes nothing and leaves the last message.
    filetest::chooseInNextFileDialog(QString());
    svg->trigger();
    EXPECT_EQ(w.statusBar()->currentMessage(), status);
}

TEST(ExportMenu, ExportsAreLightInTheDarkTheme)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow w;
    w.loadSession(attn::waistlineExample(), dir.filePath(u"lecture.json"_s));
    w.show(); // the heatmaps get their size on screen, which the export of one keeps
    ASSERT_TRUE(w.results()->waitForResults());
    triggerDarkTheme(w, true);
    QApplication::processEvents();
    ASSERT_TRUE(w.board()->heatmapStyle().dark); // the window is dark

    // One heatmap from the Export menu.
    const QString path = dir.filePath(u"weights.png"_s);
    filetest::chooseInNextFileDialog(path);
    QMenu* submenu = openHeatmapSubmenu(w);
    ASSERT_NE(submenu, nullptr);
    keepScreenshot(submenu->grab().toImage(), u"submenu-dark.png"_s);
    QAction* png = exportEntry(submenu, u"Attention weights"_s, u"PNG (2\u00d7)\u2026"_s);
    ASSERT_NE(png, nullptr);
    closeMenus(w);
    png->trigger();
    keepScreenshot(w.grab().toImage(), u"window-dark-after-export.png"_s); // the status bar names the file
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    keepScreenshot(image, u"export-dark-theme.png"_s);
    EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white)) << image.pixelColor(1, 1).name().toStdString();
    EXPECT_LT(darkestInTitle(image), 0.05); // black title text on white, not the dark theme's light grey

    // Every heatmap from Export All, in PNG, SVG and PDF.
    const QString folder = dir.filePath(u"all"_s);
    QString done;
    filetest::whenModalOpens<attn::ui::ExportAllDialog>([&](attn::ui::ExportAllDialog* dialog) {
        dialog->findChild<QLineEdit*>()->setText(folder);
        dialog->setFormats({attn::ui::ImageFormat::Png, attn::ui::ImageFormat::Svg, attn::ui::ImageFormat::Pdf});
        filetest::closeNextMessage(&done);
        dialog->accept();
    });
    w.findChild<attn::ui::ExportActions*>()->exportAllInteractively();
    EXPECT_TRUE(done.contains(QDir::toNativeSeparators(folder))) << done.toStdString();
    triggerDarkTheme(w, false);
    const QImage all(folder + u"/weights.png"_s);
    ASSERT_FALSE(all.isNull());
    EXPECT_EQ(all.pixelColor(1, 1), QColor(Qt::white));
    EXPECT_LT(darkestInTitle(all), 0.05);
    // SVG: the light background and black text, none of the dark colours (#1e1e1e background, #e8e8e8 text).
    const QByteArray svg = filetest::readAll(folder + u"/weights.svg"_s);
    ASSERT_FALSE(svg.isEmpty());
    EXPECT_FALSE(svg.contains("#1e1e1e"));
    EXPECT_FALSE(svg.contains("#e8e8e8"));
    EXPECT_TRUE(svg.contains("#ffffff"));
    // PDF: rendered by poppler (pdftoppm), its corner is white too.
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"20"_s, u"-singlefile"_s, folder + u"/weights.pdf"_s,
                                 dir.filePath(u"pdf-page"_s)});
    ASSERT_TRUE(render.waitForFinished(30000) && render.exitCode() == 0) << render.readAllStandardError().data();
    const QImage page(dir.filePath(u"pdf-page.png"_s));
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(luminance(page.pixelColor(1, 1)), 0.95) << page.pixelColor(1, 1).name().toStdString();
}

/// Installs the zh_CN translation for one test and English again afterwards (the other tests expect English).
class ExportMenuInChinese : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(attn::ui::i18n::installTranslations(u"zh_CN"_s), u"zh_CN"_s); }
    void TearDown() override { EXPECT_EQ(attn::ui::i18n::installTranslations(u"en"_s), QString()); }
};

TEST_F(ExportMenuInChinese, EntriesAndTheStatusBarSpeakChinese)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow w;
    w.loadSession(attn::waistlineExample(), dir.filePath(u"lecture.json"_s));
    ASSERT_TRUE(w.results()->waitForResults());
    QMenu* one = openHeatmapSubmenu(w);
    ASSERT_NE(one, nullptr);
    const QStringList names = entryNames(one);
    keepScreenshot(one->grab().toImage(), u"submenu-zh.png"_s);
    EXPECT_EQ(names.join(u" | "_s), boardTitles(w).join(u" | "_s));
    EXPECT_TRUE(names.contains(u"\u6ce8\u610f\u529b\u6743\u91cd"_s)) << names.join(u" | "_s).toStdString(); // 注意力权重
    for (const QString& name : names)
        EXPECT_TRUE(hasChineseCharacters(name)) << name.toStdString();

    const QString path = dir.filePath(u"weights.pdf"_s);
    filetest::chooseInNextFileDialog(path);
    QAction* pdf = exportEntry(one, u"\u6ce8\u610f\u529b\u6743\u91cd"_s, u"PDF\u2026"_s);
    ASSERT_NE(pdf, nullptr);
    closeMenus(w);
    pdf->trigger();
    ASSERT_TRUE(QFileInfo::exists(path));
    const QString status = w.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(u"\u6ce8\u610f\u529b\u6743\u91cd"_s)) << status.toStdString();
    EXPECT_TRUE(status.contains(QDir::toNativeSeparators(path))) << status.toStdString();
    // For looking at: the window in the dark with its status bar, and a PNG exported from it.
    if (!qEnvironmentVariable("ATTN_SCREENSHOT_DIR").isEmpty()) {
        w.viewActions()->setDark(true);
        w.show();
        QApplication::processEvents();
        const QString png = dir.filePath(u"weights-zh.png"_s);
        filetest::chooseInNextFileDialog(png);
        ASSERT_TRUE(attn::ui::exportHeatmapInteractively(w.heatmap(u"weights"_s), u"png"_s, 2));
        keepScreenshot(QImage(png), u"export-dark-theme-zh.png"_s);
        keepScreenshot(w.grab().toImage(), u"window-dark-zh-after-export.png"_s);
        w.viewActions()->setDark(false);
    }
    QString sentence = status;
    sentence.remove(u"\u6ce8\u610f\u529b\u6743\u91cd"_s);
    EXPECT_TRUE(hasChineseCharacters(sentence)) << status.toStdString(); // the sentence around the title too
}
