// The user interface in Simplified Chinese: the build's attnlab_zh_CN.qm (compiled from
// resources/translations/attnlab_zh_CN.ts) installed into this test program, then the real MainWindow built.
// Expected texts follow the translation's rules (resources/translations: menu mnemonics as "文件(&F)", the seed
// articles' terms 查询 / 键 / 值); numbers must read exactly as in English.
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "attn/session.h"
#include "base/language.h"
#include "dialoganswers.h"
#include "files/recoveryfile.h"
#include "files/recoveryoffer.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/menupath.h"
#include "window/preferencesdialog.h"
#include "window/quickguide.h"
#include "window/quickguidecontent.h"
#include "window/shortcutsdialog.h"

#include <gtest/gtest.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include <algorithm>
#include <initializer_list>

using namespace Qt::Literals::StringLiterals;
namespace i18n = attn::ui::i18n;

namespace {

bool hasChineseCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

/// Installs the zh_CN translation for one test and English again afterwards (the other tests expect English).
class Chinese : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(i18n::installTranslations(u"zh_CN"_s), u"zh_CN"_s); }
    void TearDown() override { EXPECT_EQ(i18n::installTranslations(u"en"_s), QString()); }
};

/// Every action of `menu` and its submenus, depth first.
void collectActions(const QMenu* menu, QList<QAction*>* actions)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        actions->append(action);
        if (action->menu())
            collectActions(action->menu(), actions);
    }
}

} // namespace

TEST(Languages, TheTranslationIsBuiltBesideTheProgram)
{
    // build/tests/ui_tests → build/share/attnlab/translations, as /usr/bin/attnlab → /usr/share/attnlab/….
    EXPECT_TRUE(QFileInfo::exists(i18n::translationsDirectory() + u"/attnlab_zh_CN.qm"_s))
        << i18n::translationsDirectory().toStdString();
    const QList<i18n::Language> languages = i18n::availableLanguages();
    ASSERT_EQ(languages.size(), 3);
    EXPECT_TRUE(languages.at(0).code.isEmpty()); // the system's
    EXPECT_EQ(languages.at(2).code, u"zh_CN"_s);
    EXPECT_EQ(languages.at(2).name, u"\u7b80\u4f53\u4e2d\u6587"_s);
}

TEST(Languages, EnglishLoadsNoTranslation)
{
    EXPECT_EQ(i18n::installTranslations(u"en"_s), QString());
    EXPECT_EQ(i18n::currentLanguage(), QString());
    EXPECT_EQ(QCoreApplication::translate("attn::ui::MainWindow", "&File"), u"&File"_s);
}

TEST_F(Chinese, MenusPanelsAndTheExampleSpeakChinese)
{
    EXPECT_EQ(i18n::currentLanguage(), u"zh_CN"_s);
    attn::ui::MainWindow window;
    window.loadSession(attn::ui::builtInExample());
    window.resize(1400, 900);

    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    for (const QString& title :
         {u"\u6587\u4ef6(&F)"_s, u"\u7f16\u8f91(&E)"_s, u"\u89c6\u56fe(&V)"_s, u"\u5e2e\u52a9(&H)"_s})
        EXPECT_TRUE(titles.contains(title))
            << title.toStdString() << " not in " << titles.join(u", "_s).toStdString();

    // Every menu item is translated, except names that stay as they are in Chinese too: colour maps, Qt,
    // file formats, the recent files.
    QList<QAction*> actions;
    for (QAction* action : window.menuBar()->actions())
        if (action->menu())
            collectActions(action->menu(), &actions);
    QStringList untranslated;
    for (const QAction* action : actions)
        if (!hasChineseCharacters(action->text()))
            untranslated << action->text();
    const QStringList kept = {u"&Viridis"_s, u"&Cividis"_s, u"&Magma"_s, u"Viridis"_s, u"Cividis"_s, u"Magma"_s};
    for (const QString& text : untranslated)
        EXPECT_TRUE(kept.contains(text) || text.contains(u"Qt"_s) || text.contains(u"PNG"_s) ||
                    text.contains(u"PDF"_s) || text.contains(u"SVG"_s) || text.contains(u"CSV"_s) ||
                    text.contains(u"LaTeX"_s))
            << "untranslated menu item: " << text.toStdString();

    // The window title is the example's Chinese title (resources/examples/waistline.json, "translations").
    EXPECT_TRUE(window.windowTitle().contains(u"\u8170\u56f4"_s)) << window.windowTitle().toStdString(); // 腰围
}

TEST_F(Chinese, TheQuickGuideFindsEveryMenuCommandItNames)
{
    EXPECT_EQ(attn::ui::plainMenuText(u"\u6587\u4ef6(&F)"_s), u"\u6587\u4ef6"_s); // 文件(&F) → 文件
    EXPECT_EQ(attn::ui::plainMenuText(u"\u5bfc\u51fa(&E)\u2026"_s), u"\u5bfc\u51fa\u2026"_s); // 导出(&E)… → 导出…
    attn::ui::MainWindow window;
    const attn::ui::QuickGuideContent guide(window);
    EXPECT_GE(guide.menuPaths().size(), 12);
    for (const QStringList& path : guide.missingMenuPaths())
        ADD_FAILURE() << "the Chinese guide names " << path.join(u" > "_s).toStdString()
                      << ", which the menus lack";
    EXPECT_TRUE(hasChineseCharacters(guide.plainText()));
    EXPECT_TRUE(guide.plainText().contains(u"\u6ce8\u610f\u529b\u6743\u91cd"_s)); // 注意力权重
}

TEST_F(Chinese, CoreExplanationsAndErrorsSpeakChinese)
{
    const attn::Session session = attn::ui::builtInExample();
    const attn::Explanation explanation =
        attn::explain(session, attn::evaluate(session), {attn::Stage::Weights, -1, 0, 0});
    EXPECT_TRUE(hasChineseCharacters(QString::fromStdString(explanation.title))) << explanation.title;
    EXPECT_TRUE(QString::fromStdString(explanation.text).contains(u"0.49999997"_s)) << explanation.text;
    attn::Session broken = session;
    broken.scoring.sigma = -1;
    try {
        (void)attn::evaluate(broken);
        ADD_FAILURE() << "σ = −1 accepted";
    } catch (const std::exception& error) {
        EXPECT_TRUE(hasChineseCharacters(QString::fromUtf8(error.what()))) << error.what();
        EXPECT_TRUE(QString::fromUtf8(error.what()).contains(u"-1"_s)) << error.what();
    }
}

// Dates are written in the chosen language (issue 15): the recovery offer's "autosaved on …" read
// "Tuesday, December 8, 2026" in the Chinese window, because QLocale's default stayed the system's.
TEST_F(Chinese, TheRecoveryOfferWritesItsDateInChinese)
{
    attn::ui::RecoveryFile file;
    file.savedAt = QDateTime(QDate(2026, 12, 8), QTime(12, 0), Qt::UTC);
    file.session.title = "kept work";
    QString text;
    const auto answer = dialoganswers::answerNextMessageBox(QMessageBox::NoButton, &text);
    (void)attn::ui::RecoveryOffer::askWithDialog(nullptr, file);
    // zh_CN's long date format is "yyyy年M月d日dddd": the year comes first and is marked 年 (year).
    EXPECT_TRUE(text.contains(u"2026年"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"December"_s)) << text.toStdString();
}

TEST_F(Chinese, NumbersKeepTheDecimalPoint)
{
    attn::ui::MainWindow window;
    window.loadSession(attn::ui::builtInExample());
    QAbstractItemModel* queries = window.queriesEditor()->model(); // column 0: the token labels
    ASSERT_EQ(queries->data(queries->index(0, 0)).toString(), u"62 cm"_s);
    ASSERT_EQ(queries->data(queries->index(0, 1)).toString(), u"62"_s);

    // A number typed with a decimal point is taken as in English (62.5, not refused, not 625).
    ASSERT_TRUE(queries->setData(queries->index(0, 1), u"62.5"_s, Qt::EditRole));
    EXPECT_EQ(queries->data(queries->index(0, 1)).toString(), u"62.5"_s);

    // Gaussian kernel, σ = 1, q = 62.5: scores −(2.5)²/2 = −3.125, −(1.5)²/2 = −1.125, −(5.5)²/2 = −15.125;
    // weights ∝ e^−3.125, e^−1.125, e^−15.125: 0.11920292, 0.88079707, 7.3e−7 (hand, softmax of the three);
    // output 0.11920292·110 + 0.88079707·115 + 7.3e−7·126 = 114.40399 — printed with a point.
    const QString status = window.statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(u"114.40"_s)) << status.toStdString();
    EXPECT_FALSE(status.contains(u"114,40"_s)) << status.toStdString();
}

// The window and its dialogs in Chinese, laid out: nothing narrower than it needs (a longer or shorter
// translation must not clip), and ATTN_SCREENSHOT_DIR=<folder> keeps the pictures (docs/images/*-zh.png).
TEST_F(Chinese, WindowAndDialogsAreLaidOutForTheirChineseTexts)
{
    attn::ui::MainWindow window;
    window.loadSession(attn::ui::builtInExample());
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();

    attn::ui::PreferencesDialog preferences(window.viewActions(), &window);
    preferences.show();
    preferences.adjustSize();
    auto* guide = new attn::ui::QuickGuide(&window);
    guide->show();
    auto* shortcuts = new attn::ui::ShortcutsDialog(&window);
    shortcuts->show();
    QApplication::processEvents();

    for (QWidget* top : std::initializer_list<QWidget*>{&window, &preferences, guide, shortcuts}) {
        EXPECT_TRUE(hasChineseCharacters(top->windowTitle())) << top->windowTitle().toStdString();
        for (const QLabel* label : top->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            EXPECT_GE(label->width(), label->minimumSizeHint().width()) << label->text().toStdString();
        }
    }
    const QString folder = qEnvironmentVariable("ATTN_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        EXPECT_TRUE(window.grab().save(folder + u"/main-window-zh.png"_s));
        EXPECT_TRUE(preferences.grab().save(folder + u"/preferences-zh.png"_s));
        EXPECT_TRUE(guide->grab().save(folder + u"/quick-guide-zh.png"_s));
        EXPECT_TRUE(shortcuts->grab().save(folder + u"/shortcuts-zh.png"_s));
    }
}
