// Issue 14 ("Ready for the lecture hall"), the second teacher review's faults (/work/shots/review2-teacher),
// driven through the real widgets offscreen. Expected numbers are worked by hand beside each test.
#include "base/settings.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "export/heatmapwidgetexport.h"
#include "filetestsupport.h"
#include "fixtures.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/explanationpanel.h"
#include "teach/stagebar.h"
#include "window/mainwindow.h"
#include "window/resultsarea.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using attn::ui::MainWindow;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The rectangles the colour scale's tick labels are drawn in (vertical scale on the right: each label centred
/// on its tick), from the axis's ticks and font alone.
QList<QRectF> tickLabelRects(const QCPAxis* axis)
{
    const QFontMetricsF metrics(axis->tickLabelFont());
    QList<QRectF> rects;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    for (qsizetype i = 0; i < ticks.size() && i < labels.size(); ++i) {
        const double y = axis->coordToPixel(ticks[i]);
        const double width = metrics.horizontalAdvance(labels[i]);
        rects << QRectF(0, y - metrics.height() / 2, width, metrics.height());
    }
    return rects;
}

} // namespace

TEST(LecturePolish, ColourScaleTicksNeverOverlapOnAShortHeatmap)
{
    // The waistline's weights, one row: a₁ = (0.5, 0.5, 5.63e−08) (DOMAIN.md example 1).
    const attn::ui::HeatmapSpec spec = heatmaptest::waistlineWeightsSpec();
    attn::ui::HeatmapWidget widget;
    widget.setSpec(spec);
    widget.show();
    QCPAxis* scale = widget.controller()->colorScale()->axis();
    int most = 0;
    for (const int height : {150, 180, 240, 400, 600}) {
        widget.resize(520, height);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
        widget.plot()->replot();
        QApplication::processEvents(); // a queued replot after fitting the ticks
        const QList<QRectF> rects = tickLabelRects(scale);
        ASSERT_FALSE(rects.isEmpty()) << height;
        const double lineGap = QFontMetricsF(scale->tickLabelFont()).height() / 2;
        for (qsizetype i = 1; i < rects.size(); ++i)
            EXPECT_FALSE(rects[i].adjusted(0, -lineGap / 2, 0, lineGap / 2).intersects(rects[i - 1]))
                << height << " px: \"" << scale->tickVectorLabels()[i - 1].toStdString() << "\" and \""
                << scale->tickVectorLabels()[i].toStdString() << "\" at " << rects[i - 1].center().y() << ", "
                << rects[i].center().y();
        most = std::max(most, static_cast<int>(rects.size()));
    }
    EXPECT_GE(most, 5); // 0, 0.25, 0.5, 0.75, 1 where there is room
}

TEST(LecturePolish, PlayReadsPauseWhilePlaying)
{
    MainWindow w;
    w.show();
    w.loadSession(attn::waistlineExample());
    attn::ui::StageBar* bar = w.results()->stageBar();
    auto* play = bar->findChild<QPushButton*>(u"play"_s);
    ASSERT_NE(play, nullptr);
    EXPECT_EQ(play->text(), u"Play"_s);
    const QSize before = play->size();
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(bar->isPlaying());
    EXPECT_EQ(play->text(), u"Pause"_s);
    EXPECT_FALSE(play->icon().isNull());
    EXPECT_GE(play->minimumWidth(), play->sizeHint().width()); // "Pause" fits the width "Play" had
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_FALSE(bar->isPlaying());
    EXPECT_EQ(play->text(), u"Play"_s);
    EXPECT_EQ(play->size(), before);
    // Stopped at the last stage (what the timer does there): Play again.
    QTest::mouseClick(play, Qt::LeftButton);
    bar->setPlaying(false);
    EXPECT_EQ(play->text(), u"Play"_s);
    EXPECT_FALSE(play->isChecked());
}

TEST(LecturePolish, ThePlayIconIsDrawnInTheButtonsTextColourInBothThemes)
{
    MainWindow w;
    w.show();
    auto* play = w.results()->stageBar()->findChild<QPushButton*>(u"play"_s);
    ASSERT_NE(play, nullptr);
    for (const bool dark : {true, false}) {
        w.viewActions()->setDark(dark);
        QApplication::processEvents();
        const QImage icon = play->icon().pixmap(16, 16).toImage();
        const QColor text = play->palette().color(QPalette::ButtonText);
        // The triangle's opaque pixels are the text colour (Fusion's own icon is dark grey in both themes).
        int matching = 0;
        for (int y = 0; y < icon.height(); ++y)
            for (int x = 0; x < icon.width(); ++x) {
                const QColor pixel = icon.pixelColor(x, y);
                const bool near = std::abs(pixel.red() - text.red()) < 24 &&
                                  std::abs(pixel.green() - text.green()) < 24 &&
                                  std::abs(pixel.blue() - text.blue()) < 24;
                if (pixel.alpha() >= 200 && near)
                    ++matching;
            }
        EXPECT_GT(matching, 10) << (dark ? "dark" : "light") << " theme, text " << text.name().toStdString();
    }
}

namespace {

/// Lets every pending layout, replot and queued call run.
void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
}

/// The centre of cell (`row`, `column`) of heatmap `id` in window coordinates.
QPoint cellCentre(const MainWindow& w, const QString& id, int row, int column)
{
    const attn::ui::HeatmapWidget* heatmap = w.heatmap(id);
    if (!heatmap)
        return {-1, -1};
    QCustomPlot* plot = heatmap->plot();
    const QPoint inPlot = QPointF(plot->xAxis->coordToPixel(column), plot->yAxis->coordToPixel(row)).toPoint();
    return plot->mapTo(&w, inPlot);
}

} // namespace

TEST(LecturePolish, ClickingACellThatAddsTheJacobianMovesNothingUnderTheMouse)
{
    // The waistline's three heatmaps fill a 1440 × 900 window; a click on a score (and, afresh, on an output,
    // below where the Jacobian comes) adds the Jacobian: the clicked cell stays under the mouse, same size.
    for (const QString& id : {u"scores"_s, u"outputs"_s}) {
        MainWindow w;
        w.useDefaultLayout();
        w.resize(1440, 900);
        w.show();
        w.loadSession(attn::waistlineExample());
        settle();
        ASSERT_EQ(w.heatmap(u"softmax_jacobian"_s), nullptr);
        const QPoint before = cellCentre(w, id, 0, 0);
        const QSize cellsBefore = w.heatmap(id)->plot()->axisRect()->size();
        QTest::mouseClick(w.heatmap(id)->plot(), Qt::LeftButton, {}, w.heatmap(id)->plot()->mapFrom(&w, before));
        settle();
        ASSERT_NE(w.heatmap(u"softmax_jacobian"_s), nullptr) << id.toStdString();
        // Same height and place; sideways only the vertical scroll bar that came may take a few pixels.
        const QPoint after = cellCentre(w, id, 0, 0);
        const int bar = w.style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        EXPECT_EQ(after.y(), before.y()) << id.toStdString();
        EXPECT_LE(std::abs(after.x() - before.x()), bar) << id.toStdString();
        const QSize cellsAfter = w.heatmap(id)->plot()->axisRect()->size();
        EXPECT_EQ(cellsAfter.height(), cellsBefore.height()) << id.toStdString();
        EXPECT_GE(cellsAfter.width(), cellsBefore.width() - 2 * bar) << id.toStdString();
    }
}

TEST(LecturePolish, TheJacobianSaysItsSIsTheScoreOverTWhenTIsNotOne)
{
    // Waistline at T = 0.5: scores −2, −2, −18 ÷ 0.5 = −4, −4, −36, so a₁ = a₂ = 1 / (2 + e⁻³²) ≈ 0.5 and
    // J₁₂ = −a₁a₂ ≈ −0.25 per unit of s; per unit of the score itself J₁₂ ÷ T ≈ −0.5.
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    attn::Normalization softmax;
    softmax.temperature = 0.5;
    w.document()->setNormalization(softmax);
    ASSERT_TRUE(w.results()->waitForResults());
    emit w.board()->cellClicked(u"weights"_s, 0, 0);
    ASSERT_TRUE(w.results()->waitForResults());
    ASSERT_NE(w.heatmap(u"softmax_jacobian"_s), nullptr);
    emit w.board()->cellClicked(u"softmax_jacobian"_s, 0, 1);
    const QString text = w.results()->explanation()->text();
    EXPECT_TRUE(text.contains(u"s = score \u00f7 T (T = 0.5)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"J\u2081\u2082 \u00f7 T = −0.5"_s)) << text.toStdString();

    softmax.temperature = 1.0; // s is the score: nothing to say
    w.document()->setNormalization(softmax);
    ASSERT_TRUE(w.results()->waitForResults());
    emit w.board()->cellClicked(u"softmax_jacobian"_s, 0, 1);
    EXPECT_FALSE(w.results()->explanation()->text().contains(u"\u00f7 T"_s));
}

TEST(LecturePolish, UnderACausalMaskSteppingShowsTheJacobianOfTheQueryThatSeesEveryKey)
{
    // Causal self-attention over five tokens: query i sees keys 1 … i, so the last sees all five; the first
    // would give a 1 × 1 Jacobian of one visible key.
    MainWindow w;
    w.loadSession(heatmaptest::causalSelfAttention());
    ASSERT_TRUE(w.results()->waitForResults());
    attn::ui::StageBar* bar = w.results()->stageBar();
    bar->next(); // the first stage, nothing selected before
    ASSERT_TRUE(w.viewState()->selection().has_value());
    while (bar->current() + 1 < bar->steps().size() &&
           bar->steps()[bar->current()].kind != attn::TeachingStepKind::Normalisation)
        bar->next();
    ASSERT_TRUE(w.results()->waitForResults());
    const attn::ui::HeatmapWidget* jacobian = w.heatmap(u"softmax_jacobian"_s);
    ASSERT_NE(jacobian, nullptr);
    const attn::ui::HeatmapSpec& spec = jacobian->controller()->spec();
    long visible = 0;
    for (long j = 0; j < spec.values.cols(); ++j)
        visible += spec.masked.rows() > 0 && spec.masked(j, j) ? 0 : 1;
    EXPECT_EQ(visible, 5) << spec.title.toStdString();
    EXPECT_TRUE(spec.title.contains(u"\u201cmats\u201d"_s)) << spec.title.toStdString();
}

namespace {

/// The button of `editor` whose text is `text`, or nullptr.
QToolButton* buttonOf(QWidget* editor, const QString& text)
{
    for (QToolButton* button : editor->findChildren<QToolButton*>())
        if (button->text() == text)
            return button;
    return nullptr;
}

} // namespace

TEST(LecturePolish, AddingAKeyContinuesTheStepOfTheLastTwoRows)
{
    MainWindow w;
    w.show();
    w.loadSession(attn::waistlineExample());
    auto* keys = w.keysEditor();
    keys->view()->setCurrentIndex(keys->model()->index(2, 1)); // the last key, 68 cm
    QToolButton* add = buttonOf(keys, u"+ key"_s);
    ASSERT_NE(add, nullptr);
    QTest::mouseClick(add, Qt::LeftButton);
    const attn::Session& s = w.document()->session();
    ASSERT_EQ(s.keys.rows(), 4);
    EXPECT_EQ(s.keys(3, 0), 72.0);    // 68 + (68 − 64)
    EXPECT_EQ(s.values(3, 0), 137.0); // 126 + (126 − 115)
    EXPECT_EQ(w.document()->label(attn::ui::MatrixRole::Keys, 3), u"72 cm"_s);
    EXPECT_EQ(w.document()->undoStack()->undoText(), u"Add Keys row 4 (continuing the step of rows 2 and 3)"_s);
    w.document()->undoStack()->undo();
    EXPECT_EQ(w.document()->session().keys.rows(), 3);

    // One query: "+ query" copies it (62 cm).
    QToolButton* addQuery = buttonOf(w.queriesEditor(), u"+ query"_s);
    ASSERT_NE(addQuery, nullptr);
    QTest::mouseClick(addQuery, Qt::LeftButton);
    ASSERT_EQ(w.document()->session().queries.rows(), 2);
    EXPECT_EQ(w.document()->session().queries(1, 0), 62.0);
    EXPECT_EQ(w.document()->undoStack()->undoText(), u"Add Queries row 2 (a copy of row 1)"_s);

    // Between two keys: halfway (60 and 64 → 62).
    keys->view()->setCurrentIndex(keys->model()->index(0, 1));
    QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(w.document()->session().keys(1, 0), 62.0);
    EXPECT_EQ(w.document()->session().values(1, 0), 112.5); // (110 + 115) / 2
    EXPECT_EQ(w.document()->label(attn::ui::MatrixRole::Keys, 1), u"62 cm"_s);
}

TEST(LecturePolish, ExportDialogsOfAnInstalledExampleOpenInPicturesNotTheExamplesFolder)
{
    // An installed copy of the examples (share/attnlab/examples, read-only for the user), opened with File → Open.
    QTemporaryDir install;
    ASSERT_TRUE(install.isValid());
    ASSERT_TRUE(QDir(install.path()).mkdir(u"examples"_s));
    const QString examples = install.filePath(u"examples"_s);
    const QString path = QDir(examples).filePath(u"waistline.json"_s);
    ASSERT_TRUE(QFile::copy(u":/examples/waistline.json"_s, path));
    attn::ui::Settings::instance().setLastFolder(attn::ui::FileKind::HeatmapImage, {});
    attn::ui::Settings::instance().setLastFolder(attn::ui::FileKind::Session, {});
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString expected = !pictures.isEmpty() && QDir(pictures).exists() ? pictures : QDir::homePath();

    QString opened;
    { // one window at a time: a second would find the file locked by the first
        MainWindow w;
        ASSERT_TRUE(w.openSession(path));
        filetest::whenFileDialogOpens([&](QFileDialog* dialog) {
            opened = dialog->directory().absolutePath();
            dialog->reject();
        });
        EXPECT_TRUE(attn::ui::exportHeatmapInteractively(w.board()->heatmaps().first(), u"png"_s, 1));
        EXPECT_NE(QDir(opened).canonicalPath(), QDir(examples).canonicalPath());
        EXPECT_EQ(QDir(opened).canonicalPath(), QDir(expected).canonicalPath());
    }
    // The same file once changed is the user's own session: its folder again.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write("\n");
    file.close();
    MainWindow own;
    ASSERT_TRUE(own.openSession(path));
    filetest::whenFileDialogOpens([&](QFileDialog* dialog) {
        opened = dialog->directory().absolutePath();
        dialog->reject();
    });
    EXPECT_TRUE(attn::ui::exportHeatmapInteractively(own.board()->heatmaps().first(), u"png"_s, 1));
    EXPECT_EQ(QDir(opened).canonicalPath(), QDir(examples).canonicalPath());
}
