// The heatmap board in the real window, offscreen, for every built-in example in English and Chinese, light and
// dark, normal, presentation and after leaving presentation, at 1440 × 900 and 1280 × 720: every heatmap of at
// most 12 × 12 cells prints every number, no title, axis title or tick label lacks room
// (attn::ui::legibilityFaults asks the heatmap's items what they drew), no button or text of the stage bar and
// the explanation is cut, and the current stage is in view. One window per language; the example, theme, mode
// and size change inside it. With ATTN_BOARD_SHOTS=<folder> each state is also saved as a PNG there (and
// 1920 × 1080 is added).
#include "base/language.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "heatmap/celllabelsitem.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmaplegibility.h"
#include "heatmap/heatmapwidget.h"
#include "teach/explanationpanel.h"
#include "teach/heatmapboard.h"
#include "teach/regressionview.h"
#include "teach/stagebar.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace attn::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kExamples{u"waistline"_s,         u"waistline-boxcar"_s,  u"waistline-epanechnikov"_s,
                            u"d2l-masked"_s,        u"seed004-2d"_s,        u"seed004-self-attention"_s,
                            u"causal-sentence"_s,   u"thinking-machines"_s, u"two-head"_s,
                            u"new-self-attention"_s};

/// Loads the built-in example `name` into `w`; "new-self-attention" is File → New and then "Self-attention on
/// tokens X".
void load(MainWindow& w, const QString& name)
{
    if (name == u"new-self-attention"_s) {
        w.loadSession(SessionDocument::untitledSession());
        w.document()->setSelfAttention(true);
    } else {
        w.loadSession(builtInExample(name));
    }
}

enum class Mode { Normal, Presenting, AfterPresenting };

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::Normal:
        return u"normal"_s;
    case Mode::Presenting:
        return u"presentation"_s;
    case Mode::AfterPresenting:
        break;
    }
    return u"after-presentation"_s;
}

/// Lets every pending layout, replot and queued call (the board's scrolling to the current step) run.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

/// The faults of one state of the window, each prefixed with `where`.
QStringList faultsOf(const MainWindow& w, const QString& where)
{
    QStringList faults;
    HeatmapBoard* board = w.board();
    for (const HeatmapWidget* heatmap : board->heatmaps())
        for (const QString& fault : legibilityFaults(*heatmap))
            faults << where + u": "_s + fault;

    // The buttons and texts a class reads around the heatmaps: none narrower or lower than its text needs.
    const QList<QWidget*> around{w.results()->stageBar(), w.results()->explanation()};
    for (const QWidget* panel : around) {
        for (const QAbstractButton* button : panel->findChildren<QAbstractButton*>()) {
            if (button->isVisible() && button->width() < button->sizeHint().width())
                faults << where +
                              u": button \u201c%1\u201d is %2 px wide, its text needs %3 px"_s.arg(button->text())
                                  .arg(button->width())
                                  .arg(button->sizeHint().width());
        }
        for (const QLabel* label : panel->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const int needed =
                label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            if (label->height() < needed ||
                (!label->wordWrap() && label->width() < label->minimumSizeHint().width()))
                faults << where + u": text \u201c%1\u201d is cut (%2 × %3 px)"_s.arg(label->text().left(40))
                                      .arg(label->width())
                                      .arg(label->height());
        }
    }

    // The regression view's value ticks along the bottom never run into each other.
    if (const RegressionView* regression = w.results()->regression(); regression && regression->isVisible()) {
        QCPAxis* axis = regression->plot()->xAxis;
        const QVector<double> ticks = axis->tickVector();
        const QVector<QString> labels = axis->tickVectorLabels();
        const QFontMetricsF metrics(axis->tickLabelFont());
        for (qsizetype i = 1; i < ticks.size() && i < labels.size(); ++i) {
            const double apart = std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
            const double needed =
                0.5 * (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) +
                metrics.horizontalAdvance(u' ');
            if (apart < needed)
                faults << where +
                              u": regression ticks \u201c%1\u201d and \u201c%2\u201d are %3 px apart, need %4"_s
                                  .arg(labels[i - 1], labels[i])
                                  .arg(apart, 0, 'f', 0)
                                  .arg(needed, 0, 'f', 0);
        }
    }

    // The current stage is in view: the top of its first heatmap lies inside the scroll area's viewport.
    const int step = w.viewState()->step();
    const QList<TeachingStep>& steps = w.results()->stageBar()->steps();
    if (step >= 0 && step < steps.size()) {
        const auto* scroll = board->findChild<QScrollArea*>(u"heatmapScrollArea"_s);
        const HeatmapWidget* first = board->heatmap(steps[step].ids.first());
        if (!scroll || !first) {
            faults << where + u": the current stage has no heatmap"_s;
        } else {
            const QPoint top = first->mapTo(scroll->viewport(), QPoint(first->width() / 2, 0));
            if (!scroll->viewport()->rect().contains(top))
                faults << where + u": the current stage (%1) is out of view at %2"_s.arg(first->objectName())
                                      .arg(top.y());
        }
    }
    return faults;
}

/// Walks every example × theme × mode × size in `w` (language `language`), returns every fault.
QStringList walk(MainWindow& w, const QString& language)
{
    const QString shots = qEnvironmentVariable("ATTN_BOARD_SHOTS");
    QList<QSize> sizes{QSize(1440, 900), QSize(1280, 720)}; // a laptop; a 720p projector
    if (!shots.isEmpty())
        sizes << QSize(1920, 1080);
    QStringList faults;
    for (const QString& example : kExamples) {
        load(w, example);
        settle();
        const int last = static_cast<int>(w.results()->stageBar()->steps().size()) - 1;
        for (const bool dark : {false, true}) {
            w.viewActions()->setDark(dark);
            for (const QSize& size : sizes) {
                w.resize(size);
                w.results()->stageBar()->setCurrent(last); // the last stage: every heatmap drawn
                settle();
                for (const Mode mode : {Mode::Normal, Mode::Presenting, Mode::AfterPresenting}) {
                    w.viewActions()->setPresenting(mode == Mode::Presenting);
                    if (mode == Mode::Presenting)
                        w.showNormal(); // full screen on the offscreen platform is its 800 × 600 screen: a
                                        // projector of `size` instead
                    w.resize(size);
                    settle();
                    const QString where =
                        u"%1 %2 %3 %4 %5×%6"_s
                            .arg(language, example, dark ? u"dark"_s : u"light"_s, modeName(mode))
                            .arg(size.width())
                            .arg(size.height());
                    faults += faultsOf(w, where);
                    // The window can be given the screen's size again: its minimum fits. (Whether the platform
                    // hands back the old geometry after full screen is the window manager's part: offscreen and
                    // Xvfb without one leave a leftover width that no minimum of ours holds.)
                    if (w.minimumSizeHint().width() > size.width() || w.minimumSizeHint().height() > size.height())
                        faults << where + u": the window needs at least %1 × %2"_s.arg(w.minimumSizeHint().width())
                                              .arg(w.minimumSizeHint().height());
                    else if (w.size() != size)
                        w.resize(size), settle();
                    if (!shots.isEmpty())
                        w.grab().save(QDir(shots).filePath(
                            u"%1-%2-%3-%4-%5x%6.png"_s
                                .arg(language, example, dark ? u"dark"_s : u"light"_s, modeName(mode))
                                .arg(size.width())
                                .arg(size.height())));
                }
            }
        }
        w.results()->stageBar()->setCurrent(-1);
    }
    w.viewActions()->setDark(false);
    return faults;
}

} // namespace

TEST(BoardLayout, EveryExampleIsLegibleInEnglish)
{
    MainWindow w;
    w.useDefaultLayout();
    w.show();
    const QStringList faults = walk(w, u"en"_s);
    EXPECT_TRUE(faults.isEmpty()) << faults.size() << " faults:\n" << faults.join(u'\n').toStdString();
}

TEST(BoardLayout, EveryExampleIsLegibleInChinese)
{
    ASSERT_EQ(i18n::installTranslations(u"zh_CN"_s), u"zh_CN"_s);
    QStringList faults;
    {
        MainWindow w;
        w.useDefaultLayout();
        w.show();
        faults = walk(w, u"zh"_s);
    }
    EXPECT_EQ(i18n::installTranslations(u"en"_s), QString());
    EXPECT_TRUE(faults.isEmpty()) << faults.size() << " faults:\n" << faults.join(u'\n').toStdString();
}

TEST(BoardLayout, PresentationAndTextSizesLeaveEveryNumberPrinted)
{
    // F5, Ctrl++, Ctrl−, Esc: every heatmap comes back legible (the issue: squashed, no numbers, until a restart).
    MainWindow w;
    w.useDefaultLayout();
    w.show();
    load(w, u"causal-sentence"_s);
    settle();
    if (!qEnvironmentVariableIsEmpty("ATTN_BOARD_SHOTS"))
        w.grab().save(QDir(qEnvironmentVariable("ATTN_BOARD_SHOTS")).filePath(u"before-f5-sequence.png"_s));
    QMap<QString, QSize> before;
    for (const HeatmapWidget* heatmap : w.board()->heatmaps())
        before.insert(heatmap->objectName(), heatmap->size());
    ASSERT_FALSE(before.isEmpty());
    const double scale = w.viewActions()->fontScale();
    w.viewActions()->setPresenting(true);
    settle();
    w.viewActions()->setFontScale(scale * 1.15);
    settle();
    w.viewActions()->setFontScale(w.viewActions()->fontScale() / 1.15);
    settle();
    w.viewActions()->setPresenting(false);
    settle();
    // Offscreen and Xvfb without a window manager do not hand back the geometry from before full screen (a
    // window manager does); the window's minimum must let it have that size again.
    EXPECT_LE(w.minimumSizeHint().width(), 1440);
    EXPECT_LE(w.minimumSizeHint().height(), 900);
    w.resize(1440, 900);
    settle();
    // Every heatmap is back and prints every number. (Their sizes still differ from before by up to 25 px wide
    // and 37 px high after the sequence: left in issue 14's note, not asserted here.)
    for (const HeatmapWidget* heatmap : w.board()->heatmaps())
        EXPECT_TRUE(before.contains(heatmap->objectName())) << heatmap->objectName().toStdString();
    const QStringList faults = faultsOf(w, u"after F5, Ctrl++, Ctrl−, Esc"_s);
    EXPECT_TRUE(faults.isEmpty()) << faults.join(u'\n').toStdString();
}

TEST(BoardLayout, PresentationWithLargerTextAndTheJacobianStaysLegible)
{
    // The teacher's sequence on a 1440 × 900 laptop and a 1920 × 1080 projector: the waistline with a fourth key,
    // F5, stage 2 (Normalisation) with a weight selected (its softmax Jacobian shows), Ctrl++ twice; then Esc;
    // then the next start with that text size.
    const QString shots = qEnvironmentVariable("ATTN_BOARD_SHOTS");
    const auto shoot = [&shots](QWidget& window, const QString& name) {
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(name + u".png"_s));
    };
    for (const QSize& screen : {QSize(1440, 900), QSize(1920, 1080)}) {
        const QString where = u"%1×%2"_s.arg(screen.width()).arg(screen.height());
        MainWindow w;
        w.useDefaultLayout();
        w.show();
        load(w, u"waistline"_s);
        w.document()->insertRow(MatrixRole::Keys, 3);
        w.document()->setCell(MatrixRole::Keys, 3, 0, 66.0);
        settle();
        const double scale = w.viewActions()->fontScale();
        w.viewActions()->setPresenting(true);
        w.showNormal(); // the offscreen screen is 800 × 600: a screen of `screen` instead
        w.resize(screen);
        w.results()->stageBar()->setCurrent(1);
        ASSERT_TRUE(w.results()->waitForResults());
        settle();
        QCustomPlot* weights = w.heatmap(u"weights"_s)->plot();
        weights->replot(); // the axes' pixel ranges as laid out
        QTest::mouseClick(weights, Qt::LeftButton, {},
                          QPointF(weights->xAxis->coordToPixel(1), weights->yAxis->coordToPixel(0)).toPoint());
        ASSERT_TRUE(w.results()->waitForResults());
        ASSERT_NE(w.heatmap(u"softmax_jacobian"_s), nullptr);
        w.viewActions()->setFontScale(w.viewActions()->fontScale() * 1.15);
        w.viewActions()->setFontScale(w.viewActions()->fontScale() * 1.15);
        settle();
        shoot(w, u"jacobian-presentation-plus2-"_s + where);
        QStringList faults = faultsOf(w, where + u" presentation, Ctrl++ twice"_s);
        w.viewActions()->setPresenting(false);
        w.resize(1440, 900);
        settle();
        shoot(w, u"jacobian-after-esc-"_s + where);
        faults += faultsOf(w, where + u" after Esc"_s);
        EXPECT_TRUE(faults.isEmpty()) << faults.join(u'\n').toStdString();

        // The next start remembers the larger text: the settings panel's labels keep their whole text.
        MainWindow next;
        next.useDefaultLayout();
        next.show();
        settle();
        shoot(next, u"jacobian-next-start-"_s + where);
        for (const QLabel* label : next.settingsPanel()->findChildren<QLabel*>()) {
            if (label->isVisible() && !label->text().isEmpty() && !label->wordWrap()) {
                EXPECT_GE(label->width(), label->minimumSizeHint().width()) << label->text().toStdString();
            }
        }
        w.viewActions()->setFontScale(scale);
    }
}
