// The settings panel's controls never change by accident (issue 14, "Ready for the lecture hall"): the wheel
// over an unfocused slider, spin box or combo box scrolls the panel and changes nothing; focused, it changes the
// value, undoably; σ and T are logarithmic sliders (positions ↔ values checked against hand calculations); Home on
// a focused slider moves the slider, not the stage; the panel fits a 1440 × 900 window in English and Chinese.
// Events are real: QWheelEvent and key presses sent to the widgets of a shown MainWindow.
#include "base/language.h"
#include "base/settings.h"
#include "document/sessiondocument.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "teach/heatmapboard.h"
#include "teach/stagebar.h"
#include "window/controlguard.h"
#include "window/mainwindow.h"
#include "window/maskpanel.h"
#include "window/modepanel.h"
#include "window/resultsarea.h"
#include "window/scoringpanel.h"
#include "window/settingssection.h"
#include "window/valueslider.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTableView>
#include <QTest>

#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>
#include <utility>

#include <cmath>

using attn::ui::MainWindow;
using attn::ui::ValueSlider;
using namespace Qt::Literals::StringLiterals;

namespace {

/// One notch of a mouse wheel over the middle of `widget` (negative: towards the user, scrolling down).
void wheel(QWidget* widget, int notches)
{
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent event(local, widget->mapToGlobal(local), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

/// What the settings panel sets, to compare before and after.
struct Parameters {
    double sigma;
    double temperature;
    attn::ScoringFunction function;
    attn::NormalizationFunction normalization;
    attn::MaskKind mask;
    bool operator==(const Parameters&) const = default;
};

Parameters parametersOf(const MainWindow& w)
{
    const attn::Session& s = w.document()->session();
    return {s.scoring.sigma, s.normalization.temperature, s.scoring.function, s.normalization.function,
            s.mask.kind};
}

/// The main window at 1440 × 900 with the waistline example (σ = 1, T = 1, Gaussian, softmax), shown and active.
struct ShownWindow {
    MainWindow w;
    ShownWindow()
    {
        w.useDefaultLayout();
        w.loadSession(attn::ui::builtInExample());
        w.show();
        w.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&w));
    }
    QScrollBar* scrollBar() const { return w.settingsPanel()->verticalScrollBar(); }
    /// Makes the settings panel short enough to scroll (a tall tables pane below it).
    void shortenPanel()
    {
        auto* inputs = qobject_cast<QSplitter*>(w.inputsColumn());
        const int total = inputs->sizes().value(0) + inputs->sizes().value(1);
        inputs->setSizes({150, total - 150});
        QApplication::processEvents();
        ASSERT_GT(scrollBar()->maximum(), 0);
    }
};

/// The slider's handle, as its style draws it.
QStyleOptionSlider optionOf(const QSlider* slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.subControls = QStyle::SC_All;
    option.orientation = slider->orientation();
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    option.upsideDown = slider->invertedAppearance();
    return option;
}

} // namespace

TEST(Controls, TheWheelOverAnUnfocusedControlScrollsThePanelAndChangesNothing)
{
    ShownWindow shown;
    shown.shortenPanel();
    MainWindow& w = shown.w;
    attn::ui::ScoringPanel* scoring = w.scoringPanel();
    const QList<QWidget*> controls = {scoring->sigmaSlider()->slider(),
                                      scoring->sigmaSlider()->spinBox(),
                                      scoring->temperatureSlider()->slider(),
                                      scoring->temperatureSlider()->spinBox(),
                                      scoring->functionBox(),
                                      scoring->normalizationBox(),
                                      w.maskPanel()->findChild<QComboBox*>(u"mask-kind"_s),
                                      w.modePanel()->findChild<QComboBox*>(u"head-view"_s)};
    const Parameters before = parametersOf(w);
    const int steps = w.document()->undoStack()->count();
    for (QWidget* control : controls) {
        ASSERT_NE(control, nullptr);
        SCOPED_TRACE(control->metaObject()->className());
        EXPECT_EQ(control->focusPolicy(), Qt::StrongFocus) << "the wheel never focuses it";
        w.queriesEditor()->view()->setFocus(); // the focus elsewhere
        ASSERT_FALSE(control->hasFocus());
        shown.scrollBar()->setValue(0);
        wheel(control, -1);
        EXPECT_GT(shown.scrollBar()->value(), 0) << "the panel scrolls down";
        wheel(control, +1);
        EXPECT_EQ(shown.scrollBar()->value(), 0) << "and up";
        EXPECT_TRUE(parametersOf(w) == before);
        EXPECT_EQ(w.document()->undoStack()->count(), steps);
    }
    EXPECT_DOUBLE_EQ(scoring->sigmaSlider()->value(), 1.0);
    EXPECT_EQ(scoring->functionBox()->currentText(), u"Gaussian kernel"_s);
}

TEST(Controls, TheWheelOverAFocusedControlChangesItUndoably)
{
    ShownWindow shown;
    shown.shortenPanel();
    MainWindow& w = shown.w;
    ASSERT_EQ(QApplication::wheelScrollLines(), 3);
    QSlider* sigma = w.scoringPanel()->sigmaSlider()->slider();
    sigma->setFocus();
    ASSERT_TRUE(sigma->hasFocus());
    const int scrolled = shown.scrollBar()->value();
    wheel(sigma, +1); // three lines: three positions of the slider, each ×10^(1/100)
    // σ = 1 sits in the middle of 0.1 … 10 (position 100); position 103: 0.1 · 10^1.03 = 1.0715 → 1.07.
    EXPECT_DOUBLE_EQ(w.document()->session().scoring.sigma, 1.07);
    EXPECT_EQ(shown.scrollBar()->value(), scrolled) << "a focused control keeps the wheel";
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.sigma, 1.0);

    QComboBox* function = w.scoringPanel()->functionBox();
    function->setFocus();
    const int index = function->currentIndex();
    wheel(function, -1); // the next scoring function
    EXPECT_EQ(function->currentIndex(), index + 1);
    EXPECT_NE(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(function->currentIndex(), index);
}

TEST(Controls, ASpinBoxTakesANumberInExponentNotation)
{
    // Typed "1e-3" used to become 13 (the "e" and the "-" dropped); "2.5e2" 2.52.
    ValueSlider sigma(0.001, 10000.0);
    sigma.setValueSilently(1.0);
    QDoubleSpinBox* box = sigma.spinBox();
    for (const auto& [typed, expected] : {std::pair{"1e-3", 0.001}, {"2.5e2", 250.0}, {"4E1", 40.0}}) {
        box->selectAll();
        QTest::keyClicks(box, QString::fromLatin1(typed));
        QTest::keyClick(box, Qt::Key_Return);
        EXPECT_DOUBLE_EQ(box->value(), expected) << typed;
        EXPECT_DOUBLE_EQ(sigma.value(), expected) << typed;
    }
}

// Issue 15: σ = 123456.789 from a file was shown as 10000 (the spin box clamped it) while the document kept and
// computed 123456.789; σ and T between the decimals were shown rounded.
TEST(Controls, ValuesFromAFileAreShownAsTheyAreAndComputed)
{
    MainWindow w;
    attn::Session s = attn::ui::builtInExample(); // waistline: keys 60, 64, 68, query 62, gaussian
    s.scoring.sigma = 123456.789;
    s.normalization.temperature = 0.123456789;
    w.loadSession(s);
    ValueSlider* sigma = w.scoringPanel()->sigmaSlider();
    ValueSlider* temperature = w.scoringPanel()->temperatureSlider();
    EXPECT_EQ(w.document()->session().scoring.sigma, 123456.789);
    EXPECT_EQ(sigma->value(), 123456.789);
    EXPECT_EQ(sigma->spinBox()->text(), QStringLiteral("123456.789"));
    EXPECT_EQ(temperature->value(), 0.123456789);
    EXPECT_EQ(temperature->spinBox()->text(), QStringLiteral("0.123456789"));
    // What is computed is what is shown: score of key 60 = −(62 − 60)² / (2σ²) / T, by hand.
    const double expected = -4.0 / (2.0 * 123456.789 * 123456.789) / 0.123456789;
    EXPECT_NEAR(w.heatmap(QStringLiteral("scores"))->controller()->cellValue(0, 0), expected,
                std::abs(expected) * 1e-14);

    // Below the usual range: 0.0000123 is shown, not 0.001.
    s.scoring.sigma = 0.0000123;
    w.loadSession(s);
    EXPECT_EQ(sigma->value(), 0.0000123);
    EXPECT_EQ(sigma->spinBox()->text(), QStringLiteral("0.0000123"));
    // Editing the temperature leaves σ as it is.
    temperature->spinBox()->selectAll();
    QTest::keyClicks(temperature->spinBox(), QStringLiteral("2"));
    QTest::keyClick(temperature->spinBox(), Qt::Key_Return);
    EXPECT_EQ(w.document()->session().normalization.temperature, 2.0);
    EXPECT_EQ(w.document()->session().scoring.sigma, 0.0000123);
}

// Issue 15: a typed 1e300 was put back without a word. It is refused with a message naming the range.
TEST(Controls, ATypedValueOutsideTheRangeIsRefusedWithAMessage)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample()); // σ = 1, T = 1
    QDoubleSpinBox* sigma = w.scoringPanel()->sigmaSlider()->spinBox();
    sigma->selectAll();
    QTest::keyClicks(sigma, QStringLiteral("1e300"));
    QTest::keyClick(sigma, Qt::Key_Return);
    EXPECT_EQ(w.document()->session().scoring.sigma, 1.0);
    EXPECT_EQ(sigma->value(), 1.0);
    const QString message = w.scoringPanel()->message();
    EXPECT_TRUE(message.contains(QStringLiteral("\u201c1e300\u201d"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("from 0.001 to 10000"))) << message.toStdString();

    QDoubleSpinBox* temperature = w.scoringPanel()->temperatureSlider()->spinBox();
    temperature->selectAll();
    QTest::keyClicks(temperature, QStringLiteral("0.001"));
    QTest::keyClick(temperature, Qt::Key_Return);
    EXPECT_EQ(w.document()->session().normalization.temperature, 1.0);
    EXPECT_TRUE(
        w.scoringPanel()->message().contains(QStringLiteral("temperature T must be a number from 0.01 to 100")))
        << w.scoringPanel()->message().toStdString();

    // A value in range is taken, and the next change of the settings takes the message away.
    temperature->selectAll();
    QTest::keyClicks(temperature, QStringLiteral("0.5"));
    QTest::keyClick(temperature, Qt::Key_Return);
    EXPECT_EQ(w.document()->session().normalization.temperature, 0.5);
    EXPECT_TRUE(w.scoringPanel()->message().isEmpty()) << w.scoringPanel()->message().toStdString();
}

TEST(Controls, SigmaAndTemperatureSlidersAreLogarithmic)
{
    ValueSlider sigma(0.001, 10000.0);
    sigma.setValueSilently(1.0);
    // Two decades at a time, one either side of the value: 0.1 … 10, 100 positions a decade.
    EXPECT_DOUBLE_EQ(sigma.lowest(), 0.1);
    EXPECT_EQ(sigma.slider()->value(), 100);
    EXPECT_DOUBLE_EQ(sigma.valueAt(0), 0.1);
    EXPECT_DOUBLE_EQ(sigma.valueAt(50), 0.316); // 0.1 · 10^0.5 = 0.31623
    EXPECT_DOUBLE_EQ(sigma.valueAt(150), 3.16); // 0.1 · 10^1.5 = 3.1623
    EXPECT_DOUBLE_EQ(sigma.valueAt(173), 5.37); // 0.1 · 10^1.73 = 5.3703
    EXPECT_DOUBLE_EQ(sigma.valueAt(200), 10.0);
    EXPECT_EQ(sigma.positionOf(3.16), 150);
    EXPECT_EQ(sigma.positionOf(2.0), 130); // log10(20) = 1.30103
    sigma.slider()->setValue(150);
    EXPECT_DOUBLE_EQ(sigma.value(), 3.16);
    EXPECT_DOUBLE_EQ(sigma.spinBox()->value(), 3.16);

    // A value typed (or loaded) far away: the window follows it, the value in the middle again.
    sigma.setValueSilently(47.0);
    EXPECT_DOUBLE_EQ(sigma.lowest(), 4.7);
    EXPECT_EQ(sigma.slider()->value(), 100);
    EXPECT_DOUBLE_EQ(sigma.valueAt(200), 470.0);
    // A value inside the window, even at its edge, leaves it where it is: the handle shows where the value lies.
    sigma.setValueSilently(100.0); // position 133 of 4.7 … 470: stays
    EXPECT_DOUBLE_EQ(sigma.lowest(), 4.7);
    EXPECT_EQ(sigma.slider()->value(), 133); // 100 · log10(100 / 4.7) = 132.79
    sigma.setValueSilently(470.0);
    EXPECT_DOUBLE_EQ(sigma.lowest(), 4.7);
    EXPECT_EQ(sigma.slider()->value(), 200);
    sigma.setValueSilently(4.7);
    EXPECT_EQ(sigma.slider()->value(), 0);
    // The ends of the range: the window stays inside 0.001 … 10000.
    sigma.setValueSilently(0.001);
    EXPECT_DOUBLE_EQ(sigma.lowest(), 0.001);
    EXPECT_EQ(sigma.slider()->value(), 0);
    sigma.setValueSilently(10000.0);
    EXPECT_DOUBLE_EQ(sigma.lowest(), 100.0);
    EXPECT_EQ(sigma.slider()->value(), 200);
    // Exact typing: more digits than a slider position gives.
    sigma.spinBox()->setValue(12.345);
    EXPECT_DOUBLE_EQ(sigma.value(), 12.345);
    EXPECT_EQ(sigma.spinBox()->text(), u"12.345"_s);

    ValueSlider temperature(0.01, 100.0);
    temperature.setValueSilently(1.0);
    EXPECT_DOUBLE_EQ(temperature.valueAt(0), 0.1);
    EXPECT_DOUBLE_EQ(temperature.valueAt(200), 10.0);
    EXPECT_DOUBLE_EQ(temperature.valueAt(70), 0.501); // 0.1 · 10^0.7 = 0.50119
    EXPECT_EQ(temperature.spinBox()->text(), u"1"_s);
    // T typed as 0.1, 0.2, 0.5, 1, 2, 5, 10: each at its own place on the 0.1 … 10 scale, left to right.
    int previous = -1;
    for (const double t : {0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0}) {
        temperature.spinBox()->setValue(t);
        EXPECT_EQ(temperature.slider()->value(), std::lround(100 * std::log10(t / 0.1))) << "T = " << t;
        EXPECT_GT(temperature.slider()->value(), previous) << "T = " << t;
        previous = temperature.slider()->value();
    }
}

TEST(Controls, AFiftyPixelDragChangesSigmaModestlyInOneUndoStep)
{
    ShownWindow shown;
    MainWindow& w = shown.w;
    QSlider* slider = w.scoringPanel()->sigmaSlider()->slider();
    const QStyleOptionSlider option = optionOf(slider);
    const QRect handle =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
    const QRect groove =
        slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, slider);
    const int span = groove.width() - handle.width(); // the pixels the handle's left edge can travel
    ASSERT_GT(span, 100);
    const int steps = w.document()->undoStack()->count();

    const QPoint start = handle.center();
    QTest::mousePress(slider, Qt::LeftButton, {}, start);
    for (int dx = 10; dx <= 50; dx += 10)
        QTest::mouseMove(slider, start + QPoint(dx, 0));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, start + QPoint(50, 0));

    // 50 px of `span` px are 50 · 200 / span positions; σ = 0.1 · 10^((100 + positions) / 100).
    const double positions = 50.0 * 200.0 / span;
    const double expected = 0.1 * std::pow(10.0, (100.0 + positions) / 100.0);
    const double sigma = w.document()->session().scoring.sigma;
    EXPECT_NEAR(std::log10(sigma), std::log10(expected), 0.011) << "within one position of " << expected;
    EXPECT_LT(sigma, 4.0) << "a modest factor, not 47-fold";
    EXPECT_GT(sigma, 1.5);
    EXPECT_EQ(w.document()->undoStack()->count(), steps + 1) << "the drag is one undo step";
    w.undoAction()->trigger();
    EXPECT_EQ(w.document()->session().scoring.sigma, 1.0);
    EXPECT_DOUBLE_EQ(w.scoringPanel()->sigmaSlider()->value(), 1.0);
}

TEST(Controls, HomeOnAFocusedSliderMovesTheSliderNotTheStage)
{
    ShownWindow shown;
    MainWindow& w = shown.w;
    attn::ui::StageBar* stages = w.results()->stageBar();
    stages->setCurrent(1);
    ASSERT_EQ(stages->current(), 1);

    QSlider* slider = w.scoringPanel()->sigmaSlider()->slider();
    slider->setFocus();
    ASSERT_TRUE(slider->hasFocus());
    QTest::keyClick(slider, Qt::Key_Home);
    // The left end of 0.1 … 10 is 0.1, and the handle stays there (it shows where the value is).
    EXPECT_EQ(slider->value(), 0);
    EXPECT_DOUBLE_EQ(w.document()->session().scoring.sigma, 0.1);
    EXPECT_EQ(stages->current(), 1) << "the stage stays";
    QTest::keyClick(slider, Qt::Key_End);
    EXPECT_DOUBLE_EQ(w.document()->session().scoring.sigma, 10.0); // the right end of 0.1 … 10
    EXPECT_EQ(slider->value(), 200);
    // Page Down is the presenter's clicker: the next stage, the slider as it was.
    QTest::keyClick(slider, Qt::Key_PageDown);
    EXPECT_EQ(stages->current(), 2);
    EXPECT_DOUBLE_EQ(w.document()->session().scoring.sigma, 10.0);
    // Also from the temperature's spin box just typed into.
    QDoubleSpinBox* temperature = w.scoringPanel()->temperatureSlider()->spinBox();
    temperature->setFocus();
    QTest::keyClick(temperature, Qt::Key_PageUp);
    EXPECT_EQ(stages->current(), 1);
    EXPECT_DOUBLE_EQ(w.document()->session().normalization.temperature, 1.0);

    // Elsewhere Home still shows all stages (the shortcut is alive).
    slider->clearFocus();
    QTest::keyClick(&w, Qt::Key_Home);
    EXPECT_EQ(stages->current(), -1);
}

TEST(Controls, AFieldThatAppearsInTheSettingsGetsRoom)
{
    // Mask → Valid lengths shows the lengths field under the mask box: the panel grows to hold it, instead of
    // cutting it in half at its bottom edge.
    ShownWindow shown;
    MainWindow& w = shown.w;
    auto* kind = w.maskPanel()->findChild<QComboBox*>(u"mask-kind"_s);
    ASSERT_NE(kind, nullptr);
    kind->setCurrentIndex(kind->findData(static_cast<int>(attn::MaskKind::ValidLengths)));
    ASSERT_EQ(w.document()->session().mask.kind, attn::MaskKind::ValidLengths);
    QApplication::processEvents();
    QApplication::processEvents();
    QWidget* lengths = w.maskPanel()->findChild<QWidget*>(u"valid-lengths"_s);
    ASSERT_NE(lengths, nullptr);
    ASSERT_TRUE(lengths->isVisible());
    QScrollArea* panel = w.settingsPanel();
    const int bottom = lengths->mapTo(panel->viewport(), QPoint(0, lengths->height())).y();
    EXPECT_LE(bottom, panel->viewport()->height()) << "the valid lengths field is cut off";
    EXPECT_EQ(shown.scrollBar()->maximum(), 0) << "nothing to scroll to";
}

class SettingsPanelFits : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override { attn::ui::i18n::installTranslations(QString::fromLatin1(GetParam())); }
    void TearDown() override { attn::ui::i18n::installTranslations(u"en"_s); }
};

TEST_P(SettingsPanelFits, At1440By900WithoutScrolling)
{
    ShownWindow shown;
    MainWindow& w = shown.w;
    ASSERT_EQ(w.size(), QSize(1440, 900));
    QScrollArea* panel = w.settingsPanel();
    EXPECT_EQ(shown.scrollBar()->maximum(), 0) << "nothing to scroll to";
    // The mask section ends inside the panel's viewport.
    const QWidget* mask = w.settingsSections().at(2);
    const int bottom = mask->mapTo(panel->viewport(), QPoint(0, mask->height())).y();
    EXPECT_LE(bottom, panel->viewport()->height());
    // The tables below keep at least 40 % of the column.
    auto* inputs = qobject_cast<QSplitter*>(w.inputsColumn());
    EXPECT_GE(inputs->sizes().value(1), (inputs->sizes().value(0) + inputs->sizes().value(1)) * 4 / 10);
}

INSTANTIATE_TEST_SUITE_P(Languages, SettingsPanelFits, ::testing::Values("en", "zh_CN"));

TEST(Controls, AFoldedSectionStaysFoldedInTheNextWindow)
{
    {
        ShownWindow shown;
        attn::ui::SettingsSection* inputs = shown.w.settingsSections().at(0);
        const int panel = shown.w.settingsPanel()->height();
        ASSERT_TRUE(inputs->isOpen());
        QTest::mouseClick(inputs->header(), Qt::LeftButton);
        EXPECT_FALSE(inputs->isOpen());
        EXPECT_TRUE(inputs->content()->isHidden());
        EXPECT_LT(shown.w.settingsPanel()->height(), panel) << "the tables take the room";
    }
    EXPECT_EQ(attn::ui::Settings::instance().foldedSections(), QStringList{u"inputs"_s});
    ShownWindow again;
    EXPECT_FALSE(again.w.settingsSections().at(0)->isOpen());
    EXPECT_TRUE(again.w.settingsSections().at(1)->isOpen());
    QTest::mouseClick(again.w.settingsSections().at(0)->header(), Qt::LeftButton);
    EXPECT_TRUE(again.w.settingsSections().at(0)->isOpen());
    EXPECT_TRUE(attn::ui::Settings::instance().foldedSections().isEmpty());
}

TEST(Controls, TheKeyboardStartsOnTheResultsAndTheClickerNeverChangesAControl)
{
    // A teacher's review: fresh start, the waistline, Page Down four times (one past the last stage), Home: the
    // scoring function became the dot product and the output 126. The first control of the tab chain (the
    // scoring function) had the keyboard focus from the start, with nothing on screen to show it; past the last
    // stage Page Down reached it (Gaussian → boxcar), and Home chose its first entry.
    ShownWindow shown;
    MainWindow& w = shown.w;
    QApplication::processEvents();
    QWidget* focus = QApplication::focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_FALSE(attn::ui::ControlGuard::isGuardedKind(focus)) << focus->metaObject()->className();
    attn::ui::StageBar* stages = w.results()->stageBar();
    const int steps = static_cast<int>(stages->steps().size());
    ASSERT_GE(steps, 3);
    for (int i = 0; i < steps + 1; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
    EXPECT_EQ(stages->current(), steps - 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    EXPECT_EQ(stages->current(), -1) << "Home shows all stages";
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);

    // A scoring function chosen with the mouse keeps the focus; the clicker past the last stage leaves it.
    auto* function = w.scoringPanel()->findChild<QComboBox*>(u"scoring-function"_s);
    ASSERT_NE(function, nullptr);
    function->setFocus();
    stages->setCurrent(steps - 1);
    QTest::keyClick(function, Qt::Key_PageDown);
    QTest::keyClick(function, Qt::Key_PageUp);
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(stages->current(), steps - 2) << "Page Up still steps back";

    // A click on a heatmap takes the focus from the control: Home is All Stages again.
    QWidget* map = w.board()->heatmaps().first();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->rect().center());
    EXPECT_FALSE(function->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    EXPECT_EQ(stages->current(), -1);
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Gaussian);
}
