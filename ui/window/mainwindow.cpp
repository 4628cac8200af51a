#include "window/mainwindow.h"

#include "attn/errors.h"

#include "document/sessiondocument.h"
#include "heatmap/heatmapwidget.h"
#include "heatmap/numberformat.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "window/exportactions.h"
#include "window/scoringpanel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace attn::ui {

namespace {

const QString kSessionFilter = QCoreApplication::translate("attn::ui::MainWindow",
                                                           "Attention Lab sessions (*.json);;All files (*)");

/// "62 cm → 112.50000076" lines for the status bar, or a count when there are too many to read.
QString outputsSummary(const attn::Session& session, const attn::Trace& trace)
{
    if (trace.outputs.rows() > 3 || trace.outputs.cols() > 4)
        return MainWindow::tr("%1 \u00d7 %2 outputs computed").arg(trace.outputs.rows()).arg(trace.outputs.cols());
    QStringList parts;
    for (Eigen::Index i = 0; i < trace.outputs.rows(); ++i) {
        QStringList values;
        for (Eigen::Index j = 0; j < trace.outputs.cols(); ++j)
            values << QString::number(trace.outputs(i, j), 'g', 11);
        const QString vector = values.size() == 1 ? values.first() : QStringLiteral("[%1]").arg(values.join(u", "));
        parts << MainWindow::tr("output for %1 = %2")
                     .arg(QString::fromStdString(attn::queryLabel(session, static_cast<long>(i))), vector);
    }
    return parts.join(QStringLiteral(";   "));
}

} // namespace

attn::Session builtInExample(const QString& name)
{
    return attn::io::readSessionFile(QStringLiteral(":/examples/%1.json").arg(name));
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new SessionDocument(this))
{
    m_scoring = new ScoringPanel(m_document, this);
    m_queries = new MatrixEditor(m_document, MatrixRole::Queries, this);
    m_keys = new MatrixEditor(m_document, MatrixRole::Keys, this);
    m_values = new MatrixEditor(m_document, MatrixRole::Values, this);

    auto* inputs = new QWidget(this);
    auto* inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->addWidget(m_scoring);
    auto* tables = new QSplitter(Qt::Vertical, inputs);
    for (MatrixEditor* editor : {m_queries, m_keys, m_values})
        tables->addWidget(editor);
    inputsLayout->addWidget(tables, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("compute-error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a0014; padding: 6px; }"));
    m_error->hide();

    auto* heatmapRow = new QSplitter(Qt::Horizontal, this);
    m_heatmapSplitter = heatmapRow;
    const QStringList titles = {tr("Scores"), tr("Attention weights"), tr("Outputs")};
    for (const QString& title : titles) {
        auto* heatmap = new HeatmapWidget(heatmapRow);
        heatmap->setAccessibleName(title);
        heatmapRow->addWidget(heatmap);
        m_heatmaps.append(heatmap);
    }
    heatmapRow->setStretchFactor(0, 3);
    heatmapRow->setStretchFactor(1, 3);
    heatmapRow->setStretchFactor(2, 2);

    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_error);
    resultsLayout->addWidget(heatmapRow, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(inputs);
    main->addWidget(results);
    main->setStretchFactor(0, 2);
    main->setStretchFactor(1, 5);
    setCentralWidget(main);

    m_exports = new ExportActions(m_heatmaps, [this] { return m_specs; }, this);
    buildMenus();

    connect(m_document, &SessionDocument::changed, this, &MainWindow::refresh);
    connect(m_document, &SessionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SessionDocument::filePathChanged, this, &MainWindow::updateTitle);

    resize(1440, 860);
    updateTitle();
}

HeatmapWidget* MainWindow::heatmap(const QString& id) const
{
    static const QStringList ids = {QStringLiteral("scores"), QStringLiteral("weights"), QStringLiteral("outputs")};
    const auto position = ids.indexOf(id);
    return position < 0 ? nullptr : m_heatmaps.value(position);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As\u2026"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    m_exports->populate(file->addMenu(tr("&Export")));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
    examples->addAction(tr("&Waistline \u2192 weight (Gaussian kernel)"), this, [this] {
        loadSession(builtInExample(QStringLiteral("waistline")));
    });
}

bool MainWindow::openSession(const QString& path)
{
    try {
        loadSession(attn::io::readSessionFile(path), path);
        return true;
    } catch (const attn::io::SessionFileError& e) {
        QMessageBox::warning(this, tr("Cannot Open Session"), QString::fromStdString(e.what()));
        return false;
    }
}

void MainWindow::loadSession(const attn::Session& session, const QString& filePath)
{
    m_document->reset(session, filePath);
}

void MainWindow::refresh()
{
    const attn::Session& session = m_document->session();
    try {
        const attn::Trace trace = attn::compute(session);
        m_specs = heatmapsFor(session, trace);
        arrangeHeatmaps(trace.weights.rows(), trace.weights.cols());
        for (qsizetype i = 0; i < m_heatmaps.size() && i < m_specs.size(); ++i)
            m_heatmaps[i]->setSpec(m_specs[i]);
        m_error->hide();
        statusBar()->showMessage(outputsSummary(session, trace));
    } catch (const attn::AttentionError& e) {
        m_specs.clear();
        m_error->setText(tr("Cannot compute attention: %1").arg(QString::fromStdString(e.what())));
        m_error->show();
        statusBar()->clearMessage();
    }
}

void MainWindow::arrangeHeatmaps(long queries, long keys)
{
    // Few queries against many keys make wide, flat heatmaps: stack them so that each gets the full width.
    const Qt::Orientation wanted = queries == 1 || queries * 3 <= keys ? Qt::Vertical : Qt::Horizontal;
    if (m_heatmapSplitter->orientation() == wanted)
        return;
    m_heatmapSplitter->setOrientation(wanted);
    const int extent = wanted == Qt::Vertical ? m_heatmapSplitter->height() : m_heatmapSplitter->width();
    m_heatmapSplitter->setSizes(wanted == Qt::Vertical ? QList<int>{extent / 3, extent / 3, extent / 3}
                                                       : QList<int>{extent * 3 / 8, extent * 3 / 8, extent / 4});
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = path.isEmpty() || path.startsWith(u':') ? QString::fromStdString(m_document->session().title)
                                                           : QFileInfo(path).fileName();
    if (name.isEmpty())
        name = tr("Untitled");
    setWindowTitle(tr("%1[*] \u2014 Attention Lab").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), lastDirectory(), kSessionFilter);
    if (!path.isEmpty())
        openSession(path);
}

bool MainWindow::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || path.startsWith(u':'))
        return saveAs();
    return saveTo(path);
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Session As"), lastDirectory(), kSessionFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    const QString error = attn::io::writeSessionFile(path, m_document->session());
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Save Session"), error);
        return false;
    }
    m_document->setFilePath(path);
    m_document->setClean();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

QString MainWindow::lastDirectory() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty() && !path.startsWith(u':'))
        return QFileInfo(path).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace attn::ui
