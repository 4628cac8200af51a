// The whole window, offscreen: edits go through the real table models and the heatmaps must show values
// computed independently here by hand (DOMAIN.md worked example 1 and its variations).
#include "document/sessiondocument.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/scoringpanel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <cmath>

using attn::ui::MainWindow;

namespace {

double weightCell(const MainWindow& w, int row, int column)
{
    return w.heatmap(QStringLiteral("weights"))->controller()->cellValue(row, column);
}

/// Closes the next modal dialog (a message box) as soon as it opens, and remembers its text.
void closeNextModal(QString* text)
{
    QTimer::singleShot(0, [text] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (auto* label = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label")))
                *text = label->text();
            modal->close();
        }
    });
}

} // namespace

TEST(MainWindow, OpensOnTheWaistlineExample)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    EXPECT_NEAR(weightCell(w, 0, 0), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 1), 0.499999971866208, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 2), 5.626758419358835e-08, 1e-20);
    EXPECT_NEAR(w.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0), 112.5000007596124, 1e-12);
    EXPECT_DOUBLE_EQ(w.heatmap(QStringLiteral("scores"))->controller()->cellValue(0, 2), -18.0);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("112.50000076")))
        << w.statusBar()->currentMessage().toStdString();
}

TEST(MainWindow, EditingTheQueryRepaintsEveryHeatmap)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* queries = w.queriesEditor()->model();
    ASSERT_TRUE(queries->setData(queries->index(0, 1), QStringLiteral("64")));
    // Query 64: scores −(4)²/2 = −8, 0, −8; weights e^{−8}/(1+2e^{−8}), 1/(1+2e^{−8}), e^{−8}/(1+2e^{−8}).
    const double z = 1.0 + 2.0 * std::exp(-8.0);
    EXPECT_NEAR(weightCell(w, 0, 0), std::exp(-8.0) / z, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 1), 1.0 / z, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 2), std::exp(-8.0) / z, 1e-15);
    EXPECT_NEAR(w.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0),
                (110.0 * std::exp(-8.0) + 115.0 + 126.0 * std::exp(-8.0)) / z, 1e-12);
    EXPECT_DOUBLE_EQ(w.heatmap(QStringLiteral("scores"))->controller()->cellValue(0, 0), -8.0);
    EXPECT_TRUE(w.isWindowModified());
}

TEST(MainWindow, ANonNumberIsRefusedAndNothingChanges)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* keys = w.keysEditor()->model();
    EXPECT_FALSE(keys->setData(keys->index(2, 1), QStringLiteral("68 cm")));
    EXPECT_EQ(w.document()->session().keys(2, 0), 68.0);
    EXPECT_NEAR(weightCell(w, 0, 2), 5.626758419358835e-08, 1e-20);
    EXPECT_TRUE(w.keysEditor()->message().contains(QStringLiteral("68 cm")));
    EXPECT_FALSE(w.isWindowModified());
}

TEST(MainWindow, AddingAKeyAddsAColumnToScoresAndWeights)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.document()->insertRow(attn::ui::MatrixRole::Keys, 3);
    auto* keys = w.keysEditor()->model();
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(keys->setData(keys->index(3, 1), QStringLiteral("62")));
    ASSERT_TRUE(values->setData(values->index(3, 1), QStringLiteral("112")));
    // Scores −2, −2, −18, 0: weights e^{−2}/Z, e^{−2}/Z, e^{−18}/Z, 1/Z with Z = 1 + 2e^{−2} + e^{−18}.
    const double z = 1.0 + 2.0 * std::exp(-2.0) + std::exp(-18.0);
    EXPECT_NEAR(weightCell(w, 0, 3), 1.0 / z, 1e-15);
    EXPECT_NEAR(weightCell(w, 0, 0), std::exp(-2.0) / z, 1e-15);
}

TEST(MainWindow, SwitchingToScaledDotUsesDotProducts)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    auto* panel = w.findChild<attn::ui::ScoringPanel*>();
    ASSERT_NE(panel, nullptr);
    panel->functionBox()->setCurrentIndex(panel->functionBox()->findText(QStringLiteral("Dot product")));
    // 62·60 = 3720, 62·64 = 3968, 62·68 = 4216: the last key takes all the weight (e^{−248} ≈ 1e−108).
    EXPECT_DOUBLE_EQ(w.heatmap(QStringLiteral("scores"))->controller()->cellValue(0, 0), 3720.0);
    EXPECT_DOUBLE_EQ(w.heatmap(QStringLiteral("scores"))->controller()->cellValue(0, 2), 4216.0);
    EXPECT_DOUBLE_EQ(weightCell(w, 0, 2), 1.0);
    EXPECT_NEAR(weightCell(w, 0, 1), std::exp(-248.0), 1e-120);
    EXPECT_EQ(w.document()->session().scoring.function, attn::ScoringFunction::Dot);
}

TEST(MainWindow, AnUnreadableFileIsReportedAndTheSessionStays)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"queries\": [[1, 2]], \"keys\": ");
    file.close();

    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QString shown;
    closeNextModal(&shown);
    EXPECT_FALSE(w.openSession(path));
    EXPECT_TRUE(shown.contains(QStringLiteral("broken.json"))) << shown.toStdString();
    EXPECT_EQ(w.document()->session().keys.rows(), 3);
    EXPECT_NEAR(weightCell(w, 0, 0), 0.499999971866208, 1e-15);
}

TEST(MainWindow, SavedSessionOpensAgainWithTheEdits)
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("edited.json"));
    {
        MainWindow w;
        w.loadSession(attn::ui::builtInExample(), path);
        auto* values = w.valuesEditor()->model();
        ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
        ASSERT_TRUE(w.save());
        EXPECT_FALSE(w.isWindowModified());
    }
    MainWindow again;
    ASSERT_TRUE(again.openSession(path));
    EXPECT_EQ(again.document()->session().values(0, 0), 100.0);
    // Output 0.49999997·100 + 0.49999997·115 + 5.63e−08·126, with DOMAIN.md's weights.
    EXPECT_NEAR(again.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0),
                0.499999971866208 * 215.0 + 5.626758419358835e-08 * 126.0, 1e-11);
}

TEST(MainWindow, ClosingWithUnsavedChangesAsksAndCancelKeepsTheWindow)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.show();
    auto* values = w.valuesEditor()->model();
    ASSERT_TRUE(values->setData(values->index(0, 1), QStringLiteral("100")));
    QString asked;
    closeNextModal(&asked); // closing the question box is its Cancel
    EXPECT_FALSE(w.close());
    EXPECT_TRUE(asked.contains(QStringLiteral("not saved"))) << asked.toStdString();
    EXPECT_TRUE(w.isVisible());
    EXPECT_EQ(w.document()->session().values(0, 0), 100.0);
    w.document()->setClean();
    EXPECT_TRUE(w.close()); // nothing to save: no question
}
