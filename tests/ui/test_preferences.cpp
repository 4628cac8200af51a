// Edit → Preferences, driven through the real dialog on a real window: each choice changes the open window and
// is kept in QSettings (a fresh temporary settings folder, emptied before each test by gui_test_main), Cancel
// changes nothing, Restore Defaults. Expected cell texts are the waistline example of DOMAIN.md (worked example
// 1: weight 0.499999971866208, estimate 112.5000007596124) rounded by hand; expected colours are matplotlib's.
#include "base/language.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "window/mainwindow.h"
#include "window/preferences.h"
#include "window/preferencesdialog.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <memory>

using namespace attn::ui;

namespace {

/// A window on the waistline example; afterwards the application's font and palette are light and unscaled
/// again for the tests that follow (they are application-wide).
class PreferencesTest : public ::testing::Test {
protected:
    void SetUp() override { newWindow(); }
    void TearDown() override
    {
        m_window->viewActions()->setDark(false);
        m_window->viewActions()->setFontScale(1.0);
        m_window.reset();
    }

    void newWindow()
    {
        m_window.reset(); // one window at a time, as the application has
        m_window = std::make_unique<MainWindow>();
        m_window->loadSession(builtInExample());
    }
    MainWindow& window() { return *m_window; }

    /// The texts printed in the cells of heatmap `id`, drawn at a size where every number fits.
    QStringList cellTexts(const QString& id)
    {
        HeatmapWidget* heatmap = m_window->heatmap(id);
        EXPECT_NE(heatmap, nullptr) << id.toStdString();
        if (!heatmap)
            return {};
        heatmap->plot()->toPixmap(1200, 300);
        return heatmap->controller()->cellLabels()->printedTexts();
    }

    /// The action of the window's menus whose text is `text`.
    QAction* action(const QString& text)
    {
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->text() == text)
                return a;
        ADD_FAILURE() << "no action " << text.toStdString();
        return nullptr;
    }

    std::unique_ptr<MainWindow> m_window;
};

QComboBox* combo(const PreferencesDialog& d, const char* name)
{
    auto* c = d.findChild<QComboBox*>(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c;
}

QSpinBox* spin(const PreferencesDialog& d, const char* name)
{
    auto* s = d.findChild<QSpinBox*>(QString::fromLatin1(name));
    EXPECT_NE(s, nullptr) << name;
    return s;
}

void choose(QComboBox* c, const QString& text)
{
    const int index = c->findText(text);
    ASSERT_GE(index, 0) << text.toStdString();
    c->setCurrentIndex(index);
}

void click(const PreferencesDialog& d, QDialogButtonBox::StandardButton which)
{
    d.findChild<QDialogButtonBox*>()->button(which)->click();
}

} // namespace

TEST_F(PreferencesTest, OpensOnTheDefaultsWithTheLanguageNote)
{
    PreferencesDialog dialog(window().viewActions(), &window());
    EXPECT_EQ(combo(dialog, "language")->currentText(), QStringLiteral("System default"));
    EXPECT_EQ(combo(dialog, "language")->count(), 3);
    EXPECT_GE(combo(dialog, "language")->findText(QStringLiteral("\u7b80\u4f53\u4e2d\u6587")), 0); // 简体中文
    EXPECT_EQ(combo(dialog, "theme")->currentText(), QStringLiteral("Light"));
    EXPECT_EQ(combo(dialog, "colour-map")->currentText(), QStringLiteral("Viridis"));
    EXPECT_EQ(spin(dialog, "text-size")->value(), 100);
    EXPECT_EQ(spin(dialog, "cell-digits")->value(), 4);
    EXPECT_EQ(combo(dialog, "export-format")->currentText(), QStringLiteral("PNG (image)"));
    EXPECT_EQ(combo(dialog, "export-scale")->currentText(), QStringLiteral("2\u00d7"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("language-note"));
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->text(), QStringLiteral("Takes effect when Attention Lab is restarted."));
    // Nothing differs from what is applied yet.
    EXPECT_FALSE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->isEnabled());
}

TEST_F(PreferencesTest, DigitsChangeTheNumbersPrintedInEveryCell)
{
    // 4 significant digits (the default): 0.49999997 → "0.5", 5.6267584e−08 → "5.63e-08", 112.50000076 → "112.5".
    EXPECT_EQ(cellTexts(QStringLiteral("weights")),
              (QStringList{QStringLiteral("0.5"), QStringLiteral("0.5"), QStringLiteral("5.63e-08")}));
    EXPECT_EQ(cellTexts(QStringLiteral("outputs")), QStringList{QStringLiteral("112.5")});

    PreferencesDialog dialog(window().viewActions(), &window());
    spin(dialog, "cell-digits")->setValue(8);
    auto* example = dialog.findChild<QLabel*>(QStringLiteral("digits-example"));
    ASSERT_NE(example, nullptr);
    EXPECT_TRUE(example->text().contains(QStringLiteral("shown as 0.49999997"))) << example->text().toStdString();
    EXPECT_EQ(cellTexts(QStringLiteral("weights")).value(0), QStringLiteral("0.5")) << "applied before OK";
    click(dialog, QDialogButtonBox::Ok);

    // 8 significant digits: 0.49999997|1866 → "0.49999997"; 5.626758|419e−08 (the exponent takes one digit)
    // → "5.626758e-08"; 112.50000|076 → "112.50000" → "112.5".
    EXPECT_EQ(
        cellTexts(QStringLiteral("weights")),
        (QStringList{QStringLiteral("0.49999997"), QStringLiteral("0.49999997"), QStringLiteral("5.626758e-08")}));
    EXPECT_EQ(cellTexts(QStringLiteral("outputs")), QStringList{QStringLiteral("112.5")});
    EXPECT_EQ(QSettings().value(QStringLiteral("view/cellDigits")).toInt(), 8);

    // 10: 112.5000007|596 → "112.5000008".
    PreferencesDialog again(window().viewActions(), &window());
    EXPECT_EQ(spin(again, "cell-digits")->value(), 8);
    spin(again, "cell-digits")->setValue(10);
    click(again, QDialogButtonBox::Apply);
    EXPECT_EQ(cellTexts(QStringLiteral("outputs")), QStringList{QStringLiteral("112.5000008")});
    EXPECT_FALSE(again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->isEnabled());
}

TEST_F(PreferencesTest, ColourMapThemeAndTextSizeChangeTheWindowAndTheViewMenu)
{
    const double baseFont = QApplication::font().pointSizeF();
    PreferencesDialog dialog(window().viewActions(), &window());
    choose(combo(dialog, "colour-map"), QStringLiteral("Cividis"));
    choose(combo(dialog, "theme"), QStringLiteral("Dark"));
    spin(dialog, "text-size")->setValue(150);
    click(dialog, QDialogButtonBox::Ok);

    const HeatmapStyle style = window().heatmap(QStringLiteral("weights"))->controller()->style();
    EXPECT_EQ(style.map, SequentialMap::Cividis);
    EXPECT_TRUE(style.dark);
    EXPECT_DOUBLE_EQ(style.fontScale, 1.5);
    // The weights' largest cell (0.5 of 0.5) takes cividis' last colour, #fee838 (matplotlib _cividis_data[255]).
    QCPColorMap* map = nullptr;
    QCustomPlot* plot = window().heatmap(QStringLiteral("weights"))->plot();
    for (int i = 0; i < plot->plottableCount() && !map; ++i)
        map = qobject_cast<QCPColorMap*>(plot->plottable(i));
    ASSERT_NE(map, nullptr);
    const QColor top = QColor::fromRgba(map->gradient().color(map->dataRange().upper, map->dataRange()));
    EXPECT_NEAR(top.red(), 0xfe, 2);
    EXPECT_NEAR(top.green(), 0xe8, 2);
    EXPECT_NEAR(top.blue(), 0x38, 2);

    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(37, 37, 38)); // the dark palette
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), baseFont * 1.5);
    // The View menu shows the same choices.
    EXPECT_TRUE(action(QStringLiteral("&Dark Theme"))->isChecked());
    EXPECT_TRUE(action(QStringLiteral("Cividis"))->isChecked());
    EXPECT_FALSE(action(QStringLiteral("Viridis"))->isChecked());

    // And the other way: the View menu changes what the dialog opens on.
    action(QStringLiteral("Magma"))->trigger();
    action(QStringLiteral("&Dark Theme"))->trigger();
    action(QStringLiteral("&Reset Text Size"))->trigger();
    PreferencesDialog again(window().viewActions(), &window());
    EXPECT_EQ(combo(again, "colour-map")->currentText(), QStringLiteral("Magma"));
    EXPECT_EQ(combo(again, "theme")->currentText(), QStringLiteral("Light"));
    EXPECT_EQ(spin(again, "text-size")->value(), 100);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window),
              QApplication::style()->standardPalette().color(QPalette::Window));
}

TEST_F(PreferencesTest, CancelChangesNothing)
{
    PreferencesDialog dialog(window().viewActions(), &window());
    choose(combo(dialog, "language"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587"));
    choose(combo(dialog, "colour-map"), QStringLiteral("Grey"));
    choose(combo(dialog, "theme"), QStringLiteral("Dark"));
    spin(dialog, "text-size")->setValue(200);
    spin(dialog, "cell-digits")->setValue(8);
    choose(combo(dialog, "export-format"), QStringLiteral("SVG (vector)"));
    EXPECT_TRUE(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Apply)->isEnabled());
    click(dialog, QDialogButtonBox::Cancel);

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    const HeatmapStyle style = window().heatmap(QStringLiteral("weights"))->controller()->style();
    EXPECT_EQ(style, HeatmapStyle{});
    EXPECT_EQ(cellTexts(QStringLiteral("weights")).value(0), QStringLiteral("0.5"));
    EXPECT_FALSE(action(QStringLiteral("&Dark Theme"))->isChecked());
    EXPECT_TRUE(QSettings().allKeys().isEmpty()) << QSettings().allKeys().join(u' ').toStdString();
    EXPECT_EQ(Preferences::load(), Preferences{});
}

TEST_F(PreferencesTest, ChoicesSurviveANewWindow)
{
    {
        PreferencesDialog dialog(window().viewActions(), &window());
        choose(combo(dialog, "language"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587"));
        choose(combo(dialog, "colour-map"), QStringLiteral("Magma"));
        choose(combo(dialog, "theme"), QStringLiteral("Dark"));
        spin(dialog, "text-size")->setValue(130);
        spin(dialog, "cell-digits")->setValue(8);
        choose(combo(dialog, "export-format"), QStringLiteral("PNG (image)"));
        choose(combo(dialog, "export-scale"), QStringLiteral("4\u00d7"));
        click(dialog, QDialogButtonBox::Ok);
    }
    // The language waits for the next start: the menus are still English.
    EXPECT_EQ(window().menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    EXPECT_EQ(QSettings().value(QStringLiteral("view/language")).toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(i18n::chosenLanguage(), QStringLiteral("zh_CN"));

    newWindow(); // as at the next start
    const HeatmapStyle style = window().heatmap(QStringLiteral("weights"))->controller()->style();
    EXPECT_EQ(style.map, SequentialMap::Magma);
    EXPECT_TRUE(style.dark);
    EXPECT_DOUBLE_EQ(style.fontScale, 1.3);
    EXPECT_EQ(cellTexts(QStringLiteral("weights")).value(0), QStringLiteral("0.49999997"));
    PreferencesDialog dialog(window().viewActions(), &window());
    EXPECT_EQ(combo(dialog, "language")->currentData().toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(combo(dialog, "colour-map")->currentText(), QStringLiteral("Magma"));
    EXPECT_EQ(combo(dialog, "theme")->currentText(), QStringLiteral("Dark"));
    EXPECT_EQ(spin(dialog, "text-size")->value(), 130);
    EXPECT_EQ(spin(dialog, "cell-digits")->value(), 8);
    EXPECT_EQ(combo(dialog, "export-scale")->currentText(), QStringLiteral("4\u00d7"));
}

TEST_F(PreferencesTest, RestoreDefaultsShowsTheDefaultsAndOkAppliesThem)
{
    Preferences chosen;
    chosen.language = QStringLiteral("en");
    chosen.dark = true;
    chosen.colourMap = SequentialMap::Grey;
    chosen.fontScale = 2.0;
    chosen.cellDigits = 6;
    chosen.exportFormat = ImageFormat::Svg;
    chosen.exportScale = 1;
    chosen.save();
    newWindow();
    EXPECT_EQ(window().viewActions()->colourMap(), SequentialMap::Grey);

    PreferencesDialog dialog(window().viewActions(), &window());
    EXPECT_EQ(dialog.chosen(), chosen);
    EXPECT_FALSE(combo(dialog, "export-scale")->isEnabled()) << "a PNG scale means nothing for SVG";
    click(dialog, QDialogButtonBox::RestoreDefaults);
    EXPECT_EQ(dialog.chosen(), Preferences{});
    EXPECT_EQ(combo(dialog, "language")->currentIndex(), 0);
    EXPECT_EQ(combo(dialog, "colour-map")->currentText(), QStringLiteral("Viridis"));
    EXPECT_EQ(spin(dialog, "cell-digits")->value(), 4);
    EXPECT_TRUE(combo(dialog, "export-scale")->isEnabled());
    // Shown, not yet applied.
    EXPECT_EQ(window().viewActions()->colourMap(), SequentialMap::Grey);
    EXPECT_EQ(Preferences::load(), chosen);

    click(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(window().heatmap(QStringLiteral("weights"))->controller()->style(), HeatmapStyle{});
    EXPECT_EQ(Preferences::load(), Preferences{});
    EXPECT_EQ(cellTexts(QStringLiteral("weights")).value(0), QStringLiteral("0.5"));
}

TEST_F(PreferencesTest, ExportDefaultsAreTheFirstChoiceOfBothExports)
{
    PreferencesDialog dialog(window().viewActions(), &window());
    choose(combo(dialog, "export-format"), QStringLiteral("PDF (vector)"));
    click(dialog, QDialogButtonBox::Ok);
    EXPECT_EQ(QSettings().value(QStringLiteral("export/defaultFormat")).toString(), QStringLiteral("pdf"));

    // Export → Export Heatmap → <heatmap>: the PDF entry is the default (bold).
    QAction* one = action(QStringLiteral("Export &Heatmap"));
    ASSERT_NE(one, nullptr);
    emit one->menu()->aboutToShow();
    QMenu* sub = one->menu()->actions().value(0)->menu();
    ASSERT_NE(sub, nullptr);
    ASSERT_NE(sub->defaultAction(), nullptr);
    EXPECT_EQ(sub->defaultAction()->text(), QStringLiteral("PDF\u2026"));

    // Export All opens on PDF alone.
    QStringList checked;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        opened = modal && modal->windowTitle() == QStringLiteral("Export All Heatmaps");
        if (!modal)
            return;
        for (QCheckBox* box : modal->findChildren<QCheckBox*>())
            if (box->isChecked())
                checked << box->text();
        modal->close();
    });
    action(QStringLiteral("Export &All Heatmaps\u2026"))->trigger();
    EXPECT_TRUE(opened);
    EXPECT_EQ(checked, QStringList{QStringLiteral("PDF (vector)")});

    // PNG at 4×: the "PNG (4×)" entry, and Export All on PNG at 4×.
    Preferences p = Preferences::load();
    p.exportFormat = ImageFormat::Png;
    p.exportScale = 4;
    p.save();
    emit one->menu()->aboutToShow();
    sub = one->menu()->actions().value(0)->menu();
    ASSERT_NE(sub->defaultAction(), nullptr);
    EXPECT_EQ(sub->defaultAction()->text(), QStringLiteral("PNG (4\u00d7)\u2026"));
    QString scale;
    QTimer::singleShot(0, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (auto* box = modal->findChild<QComboBox*>())
                scale = box->currentText();
            modal->close();
        }
    });
    action(QStringLiteral("Export &All Heatmaps\u2026"))->trigger();
    EXPECT_EQ(scale, QStringLiteral("4\u00d7"));
}

TEST_F(PreferencesTest, EditMenuOpensPreferences)
{
    QAction* preferences = window().preferencesAction();
    ASSERT_NE(preferences, nullptr);
    EXPECT_EQ(preferences->menuRole(), QAction::PreferencesRole);
    EXPECT_TRUE(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QMenu* edit = window().menuBar()->actions().value(1)->menu();
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->actions().contains(preferences));

    QString title;
    QTimer::singleShot(0, [&title] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (qobject_cast<PreferencesDialog*>(modal))
                title = modal->windowTitle();
            modal->close();
        }
    });
    preferences->trigger();
    EXPECT_EQ(title, QStringLiteral("Preferences"));
}

TEST_F(PreferencesTest, EveryControlGetsTheRoomItAsksFor)
{
    PreferencesDialog dialog(window().viewActions(), &window());
    dialog.show();
    dialog.adjustSize();
    QApplication::processEvents();
    for (QWidget* child : dialog.findChildren<QWidget*>()) {
        const bool control = child->parentWidget() == &dialog || qobject_cast<QGroupBox*>(child->parentWidget());
        if (!child->isVisible() || !control)
            continue;
        const QSize wanted = child->minimumSizeHint();
        EXPECT_GE(child->width(), wanted.width())
            << child->metaObject()->className() << " " << child->objectName().toStdString();
        EXPECT_GE(child->height(), wanted.height())
            << child->metaObject()->className() << " " << child->objectName().toStdString();
    }
    // ATTN_PREFERENCES_PNG=<file> keeps a picture of the dialog for a look.
    if (const QString path = qEnvironmentVariable("ATTN_PREFERENCES_PNG"); !path.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(path));
    }
}
