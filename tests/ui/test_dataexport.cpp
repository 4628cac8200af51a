// Export of data: a heatmap's numbers and a table, as CSV and .npy, read back with the io readers; the exact CSV
// text stated by hand (shortest round-trip numbers); failures named with the path.
#include "filetestsupport.h"

#include "../support/writeresultcheck.h"
#include "base/dataexport.h"
#include "export/heatmapwidgetexport.h"
#include "export/matrixexport.h"
#include "heatmap/heatmapwidget.h"
#include "heatmaptestsupport.h"
#include "io/matrixfile.h"
#include "tables/matrixeditor.h"
#include "window/mainwindow.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFileInfo>
#include <QTemporaryDir>

using attn::ui::DataFormat;
using attn::ui::HeatmapWidget;
using attn::ui::MainWindow;

namespace {

QAction* actionNamed(const QWidget& widget, const QString& text)
{
    for (QAction* action : widget.actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

const attn::Matrix kThirds{{0.1, 0.9}, {1.0 / 3.0, 2.0 / 3.0}};

} // namespace

TEST(DataExport, HeatmapCsvHasTheLabelsAndExactNumbers)
{
    QTemporaryDir dir;
    HeatmapWidget widget;
    widget.setSpec(heatmaptest::labelledSpec(attn::ui::HeatmapKind::Weights, kThirds));
    const QString path = dir.filePath(QStringLiteral("weights.csv"));
    ASSERT_TRUE(
        writecheck::succeeded(attn::ui::writeMatrixData(path, DataFormat::Csv, attn::ui::heatmapData(widget))));
    const QByteArray text = filetest::readAll(path);
    // 1/3 and 2/3 need 16 digits to read back exactly; 0.1 needs one.
    EXPECT_EQ(text, QByteArray(",k1,k2\nq1,0.1,0.9\nq2,0.3333333333333333,0.6666666666666666\n"));
    const attn::io::LabelledMatrix back = attn::io::parseDelimited(text, path);
    EXPECT_EQ(back.values, kThirds);
    EXPECT_EQ(back.rowLabels, (std::vector<std::string>{"q1", "q2"}));
    EXPECT_EQ(back.columnLabels, (std::vector<std::string>{"k1", "k2"}));
}

TEST(DataExport, ARowWithoutWeightsIsWrittenAsNaN)
{
    QTemporaryDir dir;
    attn::Matrix weights = kThirds;
    weights.row(0).setZero(); // a query whose keys are all masked: its weights are 0, drawn empty
    attn::ui::HeatmapSpec spec = heatmaptest::labelledSpec(attn::ui::HeatmapKind::Weights, weights);
    spec.rowNotes = QStringList{QStringLiteral("every key is masked for this query"), QString()};
    HeatmapWidget widget;
    widget.setSpec(spec);
    const QString path = dir.filePath(QStringLiteral("weights.csv"));
    ASSERT_TRUE(
        writecheck::succeeded(attn::ui::writeMatrixData(path, DataFormat::Csv, attn::ui::heatmapData(widget))));
    EXPECT_EQ(filetest::readAll(path),
              QByteArray(",k1,k2\nq1,nan,nan\nq2,0.3333333333333333,0.6666666666666666\n"));
}

TEST(DataExport, HeatmapNpyReadsBackBitForBit)
{
    QTemporaryDir dir;
    HeatmapWidget widget;
    widget.setSpec(heatmaptest::labelledSpec(attn::ui::HeatmapKind::Weights, kThirds));
    const QString path = dir.filePath(QStringLiteral("weights.npy"));
    ASSERT_TRUE(
        writecheck::succeeded(attn::ui::writeMatrixData(path, DataFormat::Npy, attn::ui::heatmapData(widget))));
    const attn::io::NpyArray array = attn::io::parseNpy(filetest::readAll(path), path);
    EXPECT_EQ(array.shape(), (std::vector<long>{2, 2}));
    EXPECT_EQ(array.dtype(), "<f8");
    EXPECT_EQ(array.slice(), kThirds);
}

TEST(DataExport, TheHeatmapMenuExportsThroughTheFileDialog)
{
    QTemporaryDir dir;
    HeatmapWidget widget;
    attn::ui::addExportActions(&widget);
    widget.setSpec(heatmaptest::labelledSpec(attn::ui::HeatmapKind::Weights, kThirds));
    QAction* csv = actionNamed(widget, QStringLiteral("Export Data as CSV\u2026"));
    QAction* npy = actionNamed(widget, QStringLiteral("Export Data as NumPy (.npy)\u2026"));
    ASSERT_NE(csv, nullptr);
    ASSERT_NE(npy, nullptr);
    const QString base = dir.filePath(QStringLiteral("chosen")); // no suffix: the format's is added
    filetest::chooseInNextFileDialog(base);
    npy->trigger();
    EXPECT_EQ(attn::io::parseNpy(filetest::readAll(base + QStringLiteral(".npy")), base).slice(), kThirds);
    filetest::chooseInNextFileDialog(QString()); // cancelled: nothing written, no message
    csv->trigger();
    EXPECT_FALSE(QFile::exists(base + QStringLiteral(".csv")));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST(DataExport, AFailureNamesThePathAndTheReason)
{
    const QString path = QStringLiteral("/proc/weights.csv"); // /proc takes no new files, even from root
    const QString error =
        writecheck::errorOf(attn::ui::writeMatrixData(path, DataFormat::Csv, {kThirds, {}, {}, {}}));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot write /proc/weights.csv: "))) << error.toStdString();
    EXPECT_GT(error.size(), QStringLiteral("Cannot write /proc/weights.csv: ").size());

    // Through the dialog, in a temporary folder (never /proc: the dialog reads the first bytes of each file it
    // lists, and some files there block; and it remembers the folder): a folder that does not exist.
    QTemporaryDir dir;
    const QString chosen = dir.filePath(QStringLiteral("missing/weights.csv"));
    HeatmapWidget widget;
    widget.setSpec(heatmaptest::labelledSpec(attn::ui::HeatmapKind::Weights, kThirds));
    QString shown;
    filetest::chooseInNextFileDialog(chosen);
    filetest::closeNextMessage(&shown);
    EXPECT_FALSE(attn::ui::exportHeatmapDataInteractively(&widget, DataFormat::Csv));
    // (The dialog resolves a name in a missing folder against its own folder, so only the end is certain.)
    EXPECT_TRUE(shown.startsWith(QStringLiteral("Cannot write "))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("missing/weights.csv: "))) << shown.toStdString();
}

TEST(DataExport, ExportIntoAFolderThatCannotBeMadeFailsNamingIt)
{
    const QString dir = QStringLiteral("/proc/attnlab-matrices"); // /proc takes no new folders, even from root
    const attn::io::WriteResult result = attn::ui::exportMatrices({}, dir, {DataFormat::Csv});
    EXPECT_FALSE(result);
    EXPECT_TRUE(result.errorString().contains(dir)) << result.errorString().toStdString();
    EXPECT_TRUE(result.written().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dir));
}

TEST(DataExport, ATableExportsWithItsTokenLabels)
{
    QTemporaryDir dir;
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    const QString path = dir.filePath(QStringLiteral("keys.csv"));
    filetest::chooseInNextFileDialog(path);
    w.keysEditor()->exportData(DataFormat::Csv);
    const QByteArray text = filetest::readAll(path);
    EXPECT_EQ(text, QByteArray(",1\n60 cm,60\n64 cm,64\n68 cm,68\n"));
    const attn::io::LabelledMatrix back = attn::io::parseDelimited(text, path);
    EXPECT_EQ(back.values, (attn::Matrix{{60.0}, {64.0}, {68.0}}));
    EXPECT_EQ(back.rowLabels, (std::vector<std::string>{"60 cm", "64 cm", "68 cm"}));

    const QString npy = dir.filePath(QStringLiteral("values.npy"));
    filetest::chooseInNextFileDialog(npy);
    w.valuesEditor()->exportData(DataFormat::Npy);
    EXPECT_EQ(attn::io::parseNpy(filetest::readAll(npy), npy).slice(), (attn::Matrix{{110.0}, {115.0}, {126.0}}));
}
