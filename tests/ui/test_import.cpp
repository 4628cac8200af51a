// Import into the window's tables from the committed fixtures (tests/data/npy/make_fixtures.py states every
// entry; tests/data/csv), the import dialog, the viewer route, and the messages for files that cannot be read.
// Expected values are stated by hand from the fixtures' formulas, never read back from the code under test.
#include "filetestsupport.h"

#include "document/sessiondocument.h"
#include "files/filedrop.h"
#include "files/importactions.h"
#include "files/importdialog.h"
#include "files/importedfile.h"
#include "files/matrixviewer.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "window/mainwindow.h"
#include "window/viewactions.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>

#include <cmath>

using attn::ui::ImportActions;
using attn::ui::ImportDialog;
using attn::ui::ImportedFile;
using attn::ui::ImportTarget;
using attn::ui::MainWindow;
using attn::ui::MatrixEditor;
using attn::ui::MatrixRole;
using filetest::fixture;

namespace {

/// attention[l, h, q, k] = 1000 l + 100 h + 10 q + k (make_fixtures.py).
double attention(int l, int h, int q, int k)
{
    return 1000.0 * l + 100.0 * h + 10.0 * q + k;
}

/// Dot scoring, one query [1, 2, 0], two keys of d_k = 3 (zeros) and values 10, 20: the shapes of f8_c.npy.
attn::Session twoKeysOfThree()
{
    attn::Session session;
    session.queries = attn::Matrix{{1.0, 2.0, 0.0}};
    session.keys = attn::Matrix::Zero(2, 3);
    session.values = attn::Matrix{{10.0}, {20.0}};
    session.query_labels = {"q"};
    session.key_labels = {"k1", "k2"};
    session.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    return session;
}

ImportActions* importsOf(const MainWindow& w)
{
    return w.findChild<ImportActions*>();
}

/// Accepts the next import dialog with `target`, storing the dialog's texts.
struct DialogAnswer {
    QString description;
    QString preview;
    std::optional<MatrixRole> preselected;
    bool seen{false};
};

void acceptNextImport(const ImportTarget& target, DialogAnswer* answer)
{
    filetest::whenModalOpens<ImportDialog>([target, answer](ImportDialog* dialog) {
        answer->seen = true;
        answer->preselected = dialog->target().role;
        dialog->setTarget(target);
        answer->preview = dialog->preview();
        dialog->accept();
    });
}

} // namespace

TEST(ImportedFile, SaysWhatItHolds)
{
    EXPECT_EQ(ImportedFile::read(fixture(QStringLiteral("npy/attention_4d.npy"))).description(),
              QStringLiteral("NumPy array float32, shape 2 \u00d7 3 \u00d7 4 \u00d7 5, C order"));
    EXPECT_EQ(
        ImportedFile::read(fixture(QStringLiteral("npy/attention_4d_fortran.npy"))).description(),
        QStringLiteral("NumPy array float64 (big-endian), shape 2 \u00d7 3 \u00d7 4 \u00d7 5, Fortran order"));
    EXPECT_EQ(ImportedFile::read(fixture(QStringLiteral("csv/header.csv"))).description(),
              QStringLiteral("CSV, 2 rows \u00d7 3 columns, header row of labels"));
    EXPECT_EQ(ImportedFile::read(fixture(QStringLiteral("csv/labels.csv"))).description(),
              QStringLiteral("CSV, 2 rows \u00d7 3 columns, header row of labels, first column of row labels"));
    EXPECT_EQ(ImportedFile::read(fixture(QStringLiteral("csv/rowlabels.tsv"))).description(),
              QStringLiteral("TSV, 2 rows \u00d7 2 columns, first column of row labels"));
}

TEST(ImportedFile, KnowsANumPyFileByItsContentWhateverItsName)
{
    // binary.csv is f8_c.npy's bytes (make_fixtures.py): m23 = [[0, 0.25, 0.5], [0.75, 1, 1.25]].
    const ImportedFile file = ImportedFile::read(fixture(QStringLiteral("csv/binary.csv")));
    EXPECT_TRUE(file.isArray());
    EXPECT_EQ(file.matrix(), (attn::Matrix{{0.0, 0.25, 0.5}, {0.75, 1.0, 1.25}}));
}

TEST(ImportedFile, NamesLeadingDimensionsAndSlices)
{
    const ImportedFile four = ImportedFile::read(fixture(QStringLiteral("npy/attention_4d.npy")));
    EXPECT_EQ(four.leadingDimensions(), 2);
    EXPECT_EQ(four.dimensionName(0), QStringLiteral("Layer"));
    EXPECT_EQ(four.dimensionName(1), QStringLiteral("Head"));
    EXPECT_EQ(four.sliceShape(), (std::pair<long, long>{4, 5}));
    EXPECT_EQ(four.sliceTitle({1, 2}), QStringLiteral("attention_4d.npy [layer 1, head 2]"));
    const ImportedFile three = ImportedFile::read(fixture(QStringLiteral("npy/heads_3d_big.npy")));
    EXPECT_EQ(three.leadingDimensions(), 1);
    EXPECT_EQ(three.dimensionName(0), QStringLiteral("Head"));
    // heads[h, q, k] = 100 h + 10 q + k: head 1, query 2, key 3 is 123.
    EXPECT_EQ(three.matrix({1})(2, 3), 123.0);
    EXPECT_EQ(ImportedFile::read(fixture(QStringLiteral("npy/vector_1d.npy"))).sliceShape(),
              (std::pair<long, long>{1, 3}));
}

TEST(ImportedFile, ABadFileThrowsNamingTheFile)
{
    for (const QString& name :
         {QStringLiteral("csv/nonnumeric.csv"), QStringLiteral("npy/int64.npy"), QStringLiteral("csv/nan.csv"),
          QStringLiteral("csv/empty.csv"), QStringLiteral("npy/missing.npy")}) {
        try {
            ImportedFile::read(fixture(name));
            ADD_FAILURE() << name.toStdString() << " was read";
        } catch (const attn::io::MatrixFileError& e) {
            const QString fileName = name.section(u'/', -1);
            EXPECT_TRUE(QString::fromStdString(e.what()).contains(fileName)) << e.what();
        }
    }
}

TEST(ImportDialog, OffersOneSpinBoxPerLeadingDimensionAndTheSessionsTables)
{
    const ImportedFile file = ImportedFile::read(fixture(QStringLiteral("npy/attention_4d.npy")));
    const attn::Session session = attn::ui::builtInExample();
    ImportDialog dialog(file, session, ImportTarget{MatrixRole::Keys, {}});
    auto* form = dialog.findChild<QFormLayout*>();
    ASSERT_NE(form, nullptr);
    auto labelOf = [form](QWidget* field) {
        auto* label = qobject_cast<QLabel*>(form->labelForField(field));
        return label ? label->text() : QString();
    };
    ASSERT_NE(dialog.indexBox(0), nullptr);
    ASSERT_NE(dialog.indexBox(1), nullptr);
    EXPECT_EQ(dialog.indexBox(2), nullptr);
    EXPECT_EQ(labelOf(dialog.indexBox(0)), QStringLiteral("Layer (0\u20131):"));
    EXPECT_EQ(labelOf(dialog.indexBox(1)), QStringLiteral("Head (0\u20132):"));
    EXPECT_EQ(dialog.indexBox(1)->maximum(), 2);

    QStringList targets;
    for (int i = 0; i < dialog.targetBox()->count(); ++i)
        targets << dialog.targetBox()->itemText(i);
    EXPECT_EQ(targets, (QStringList{QStringLiteral("Queries Q (1 \u00d7 1)"),
                                    QStringLiteral("Keys K (3 \u00d7 1)"), QStringLiteral("Values V (3 \u00d7 1)"),
                                    QStringLiteral("View as an attention matrix (no computation)")}));
    EXPECT_EQ(dialog.target().role, MatrixRole::Keys);

    dialog.indexBox(0)->setValue(1);
    dialog.indexBox(1)->setValue(2);
    EXPECT_EQ(dialog.target().leading, (std::vector<long>{1, 2}));
    ASSERT_EQ(dialog.slice().rows(), 4);
    ASSERT_EQ(dialog.slice().cols(), 5);
    EXPECT_EQ(dialog.slice()(3, 4), attention(1, 2, 3, 4));
    EXPECT_EQ(dialog.preview(), QStringLiteral("4 \u00d7 5: Keys K becomes 4 \u00d7 5 (now 3 \u00d7 1)"));
}

TEST(ImportDialog, ASliceWithANaNCannotBeImported)
{
    const ImportedFile file = ImportedFile::read(fixture(QStringLiteral("npy/nan.npy")));
    const attn::Session session = attn::ui::builtInExample();
    ImportDialog dialog(file, session, ImportTarget{});
    EXPECT_EQ(dialog.target().role, std::nullopt);
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("nan.npy"))) << dialog.preview().toStdString();
    EXPECT_EQ(dialog.slice().size(), 0);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
}

TEST(Import, NpyIntoKeysSetsTheTableAndTheWeights)
{
    for (const QString& name :
         {QStringLiteral("npy/f8_c.npy"), QStringLiteral("npy/f4_big.npy"), QStringLiteral("npy/f8_fortran.npy"),
          QStringLiteral("npy/f4_big_fortran.npy"), QStringLiteral("npy/f8_v3.npy")}) {
        SCOPED_TRACE(name.toStdString());
        MainWindow w;
        w.loadSession(twoKeysOfThree());
        DialogAnswer answer;
        acceptNextImport(ImportTarget{MatrixRole::Keys, {}}, &answer);
        ASSERT_TRUE(importsOf(w)->importFile(fixture(name)));
        ASSERT_TRUE(answer.seen);
        // m23 = [[0, 0.25, 0.5], [0.75, 1, 1.25]]; all exact in float32 too.
        const attn::Matrix expected{{0.0, 0.25, 0.5}, {0.75, 1.0, 1.25}};
        EXPECT_EQ(w.document()->session().keys, expected);
        auto* keys = w.keysEditor()->model();
        EXPECT_EQ(keys->data(keys->index(1, 3)).toString(), QStringLiteral("1.25"));
        // Scores q·k with q = [1, 2, 0]: 0.5 and 2.75; weights 1/(1 + e^{2.25}) and 1/(1 + e^{−2.25}).
        auto* weights = w.heatmap(QStringLiteral("weights"))->controller();
        EXPECT_NEAR(weights->cellValue(0, 0), 1.0 / (1.0 + std::exp(2.25)), 1e-15);
        EXPECT_NEAR(weights->cellValue(0, 1), 1.0 / (1.0 + std::exp(-2.25)), 1e-15);
        EXPECT_NEAR(w.heatmap(QStringLiteral("outputs"))->controller()->cellValue(0, 0),
                    (10.0 + 20.0 * std::exp(2.25)) / (1.0 + std::exp(2.25)), 1e-12);
        EXPECT_TRUE(w.isWindowModified());
    }
}

TEST(Import, TheSliceChosenInTheDialogLands)
{
    for (const QString& name :
         {QStringLiteral("npy/attention_4d.npy"), QStringLiteral("npy/attention_4d_fortran.npy")}) {
        SCOPED_TRACE(name.toStdString());
        attn::Session session;
        session.queries = attn::Matrix::Zero(1, 5);
        session.keys = attn::Matrix::Zero(4, 5);
        session.values = attn::Matrix::Zero(4, 1);
        MainWindow w;
        w.loadSession(session);
        DialogAnswer answer;
        acceptNextImport(ImportTarget{MatrixRole::Keys, {1, 2}}, &answer);
        ASSERT_TRUE(importsOf(w)->importFile(fixture(name), MatrixRole::Keys));
        EXPECT_EQ(answer.preselected, MatrixRole::Keys);
        const attn::Matrix& keys = w.document()->session().keys;
        ASSERT_EQ(keys.rows(), 4);
        ASSERT_EQ(keys.cols(), 5);
        for (int q = 0; q < 4; ++q)
            for (int k = 0; k < 5; ++k)
                EXPECT_EQ(keys(q, k), attention(1, 2, q, k)) << q << ", " << k;
        auto* model = w.keysEditor()->model();
        EXPECT_EQ(model->data(model->index(2, 4)).toString(), QStringLiteral("1223"));
    }
}

TEST(Import, CsvRowLabelsBecomeTokenLabels)
{
    MainWindow w;
    w.loadSession(twoKeysOfThree());
    DialogAnswer answer;
    acceptNextImport(ImportTarget{MatrixRole::Keys, {}}, &answer);
    ASSERT_TRUE(importsOf(w)->importFile(fixture(QStringLiteral("csv/labels.csv")), MatrixRole::Keys));
    EXPECT_TRUE(answer.preview.contains(QStringLiteral("row labels become token labels")))
        << answer.preview.toStdString();
    // labels.csv: 62 cm → 0.5, 0.5, 5.6e-08; 66 cm → -1, 2.5, 1e+21.
    const attn::Session& s = w.document()->session();
    EXPECT_EQ(s.keys, (attn::Matrix{{0.5, 0.5, 5.6e-08}, {-1.0, 2.5, 1e21}}));
    EXPECT_EQ(s.key_labels, (std::vector<std::string>{"62 cm", "66 cm"}));
    auto* model = w.keysEditor()->model();
    EXPECT_EQ(model->data(model->index(1, 0)).toString(), QStringLiteral("66 cm"));
    EXPECT_EQ(w.heatmap(QStringLiteral("weights"))->controller()->spec().columnLabels,
              (QStringList{QStringLiteral("62 cm"), QStringLiteral("66 cm")}));
}

TEST(Import, ABadFileIsReportedAndTheSessionStays)
{
    for (const QString& name : {QStringLiteral("csv/nonnumeric.csv"), QStringLiteral("csv/ragged.csv"),
                                QStringLiteral("npy/complex.npy"), QStringLiteral("npy/empty.npy")}) {
        SCOPED_TRACE(name.toStdString());
        MainWindow w;
        w.loadSession(attn::ui::builtInExample());
        QString shown;
        filetest::closeNextMessage(&shown);
        EXPECT_FALSE(importsOf(w)->importFile(fixture(name), MatrixRole::Keys));
        EXPECT_TRUE(shown.contains(name.section(u'/', -1))) << shown.toStdString();
        EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{60.0}, {64.0}, {68.0}}));
        EXPECT_FALSE(w.isWindowModified());
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    }
}

TEST(Import, UndoRestoresTheOldMatrix)
{
    MainWindow w;
    w.loadSession(twoKeysOfThree());
    DialogAnswer answer;
    acceptNextImport(ImportTarget{MatrixRole::Keys, {}}, &answer);
    ASSERT_TRUE(importsOf(w)->importFile(fixture(QStringLiteral("csv/labels.csv"))));
    ASSERT_EQ(w.document()->session().keys(1, 1), 2.5);
    QUndoStack* stack = w.document()->undoStack();
    EXPECT_EQ(stack->undoText(), QStringLiteral("Import Keys K from labels.csv"));
    stack->undo();
    EXPECT_EQ(w.document()->session().keys, attn::Matrix::Zero(2, 3));
    EXPECT_EQ(w.document()->session().key_labels, (std::vector<std::string>{"k1", "k2"}));
    // Weights back to equal scores 0, 0: one half each.
    EXPECT_DOUBLE_EQ(w.heatmap(QStringLiteral("weights"))->controller()->cellValue(0, 0), 0.5);
}

TEST(Import, ViewAttentionMatrixOpensAViewerWithoutComputing)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.viewActions()->setColourMap(attn::ui::SequentialMap::Magma);
    DialogAnswer answer;
    acceptNextImport(ImportTarget{std::nullopt, {0, 1}}, &answer);
    attn::ui::MatrixViewer* viewer = importsOf(w)->viewFile(fixture(QStringLiteral("npy/attention_4d.npy")));
    ASSERT_NE(viewer, nullptr);
    EXPECT_TRUE(answer.seen); // a 4-D array asks for its slice
    EXPECT_EQ(viewer->heatmap()->controller()->cellValue(3, 2), attention(0, 1, 3, 2));
    EXPECT_EQ(viewer->heatmap()->controller()->spec().title, QStringLiteral("attention_4d.npy [layer 0, head 1]"));
    // In the window's style, and following it when the viewer becomes the active window again.
    EXPECT_EQ(viewer->heatmap()->controller()->style().map, attn::ui::SequentialMap::Magma);
    w.viewActions()->setColourMap(attn::ui::SequentialMap::Grey);
    QEvent activate(QEvent::WindowActivate);
    QCoreApplication::sendEvent(viewer, &activate);
    EXPECT_EQ(viewer->heatmap()->controller()->style().map, attn::ui::SequentialMap::Grey);
    // A 2-D file goes straight to the viewer, with its labels.
    attn::ui::MatrixViewer* second = importsOf(w)->viewFile(fixture(QStringLiteral("csv/labels.csv")));
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->heatmap()->controller()->spec().columnLabels.value(2), QStringLiteral("68 cm"));
    EXPECT_EQ(second->heatmap()->controller()->cellValue(1, 1), 2.5);
    EXPECT_EQ(importsOf(w)->viewers().size(), 2);
    EXPECT_EQ(w.document()->session().keys, (attn::Matrix{{60.0}, {64.0}, {68.0}})); // nothing imported
    EXPECT_FALSE(w.isWindowModified());
}

namespace {

/// Sends a drag-enter and then a drop of `path` at `pos` (window coordinates) to `w`, as the window system does,
/// and lets the queued opening run. Returns whether the drag was accepted.
bool dropFile(MainWindow& w, const QString& path, QPoint pos = {10, 10})
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &enter);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(); // the file opens after the drop has returned
    return enter.isAccepted() && drop.isAccepted();
}

} // namespace

TEST(FileDrop, ASessionFileOpens)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    const QString path = QStringLiteral(EXAMPLES_DIR "/two-head.json");
    EXPECT_TRUE(dropFile(w, path));
    EXPECT_EQ(w.document()->filePath(), path);
    ASSERT_TRUE(w.document()->session().multi_head.has_value());
    EXPECT_EQ(w.document()->session().multi_head->heads, 2);
}

TEST(FileDrop, UnsavedChangesAreAskedAboutFirst)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.document()->setCell(MatrixRole::Keys, 0, 0, 61.0);
    QString asked;
    filetest::closeNextMessage(&asked); // Cancel
    dropFile(w, QStringLiteral(EXAMPLES_DIR "/two-head.json"));
    EXPECT_TRUE(asked.contains(QStringLiteral("not saved"))) << asked.toStdString();
    EXPECT_EQ(w.document()->session().keys(0, 0), 61.0);
    EXPECT_FALSE(w.document()->session().multi_head.has_value());
}

TEST(FileDrop, ADataFileOnATableOpensTheImportDialogForThatTable)
{
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    w.show();
    QApplication::processEvents();
    MatrixEditor* values = w.valuesEditor();
    const QPoint onValues = values->mapTo(&w, values->rect().center());
    std::optional<MatrixRole> preselected;
    bool seen = false;
    filetest::whenModalOpens<ImportDialog>([&](ImportDialog* dialog) {
        seen = true;
        preselected = dialog->target().role;
        dialog->reject();
    });
    EXPECT_TRUE(dropFile(w, fixture(QStringLiteral("npy/vector_1d.npy")), onValues));
    EXPECT_TRUE(seen);
    EXPECT_EQ(preselected, MatrixRole::Values);
    EXPECT_EQ(w.document()->session().values, (attn::Matrix{{110.0}, {115.0}, {126.0}}));
}

TEST(FileDrop, AnUnknownFileGetsAMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picture.png"));
    ASSERT_TRUE(filetest::writeAll(path, "\x89PNG"));
    MainWindow w;
    w.loadSession(attn::ui::builtInExample());
    QString shown;
    filetest::closeNextMessage(&shown);
    dropFile(w, path);
    EXPECT_TRUE(shown.contains(QStringLiteral("picture.png"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral(".npy"))) << shown.toStdString();
    EXPECT_EQ(w.document()->filePath(), QString());
}

TEST(FileDrop, TextIsNotTakenForAFile)
{
    MainWindow w;
    QMimeData mime;
    mime.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(&w, &enter);
    EXPECT_FALSE(enter.isAccepted());
    EXPECT_EQ(attn::ui::FileDrop::kindOf(QStringLiteral("/a/b/W.NPY")), attn::ui::FileDrop::Kind::Data);
    EXPECT_EQ(attn::ui::FileDrop::kindOf(QStringLiteral("s.json")), attn::ui::FileDrop::Kind::Session);
    EXPECT_EQ(attn::ui::FileDrop::kindOf(QStringLiteral("s.xlsx")), attn::ui::FileDrop::Kind::Unknown);
}
