#include "window/mainwindow.h"

#include "attn/errors.h"
#include "document/sessiondocument.h"
#include "heatmap/heatmapboard.h"
#include "io/examples.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "window/exportactions.h"
#include "window/maskpanel.h"
#include "window/modepanel.h"
#include "window/scoringpanel.h"
#include "window/sessionfileactions.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace attn::ui {

namespace {

/// "output for 62 cm = 112.50000076" for the status bar, or a count when there are too many to read.
QString outputsSummary(const attn::Session& session, const attn::Computation& c)
{
    const attn::Matrix& outputs = c.outputs;
    if (outputs.rows() > 3 || outputs.cols() > 4)
        return MainWindow::tr("%1 \u00d7 %2 outputs computed").arg(outputs.rows()).arg(outputs.cols());
    QStringList parts;
    for (Eigen::Index i = 0; i < outputs.rows(); ++i) {
        if (!c.multi_head && !c.trace.hasOutput(i))
            continue;
        QStringList values;
        for (Eigen::Index j = 0; j < outputs.cols(); ++j)
            values << QString::number(outputs(i, j), 'g', 11);
        const QString vector = values.size() == 1 ? values.first() : QStringLiteral("[%1]").arg(values.join(u", "));
        parts << MainWindow::tr("output for %1 = %2")
                     .arg(QString::fromStdString(attn::queryLabel(session, static_cast<long>(i))), vector);
    }
    return parts.join(QStringLiteral(";   "));
}

/// One sentence per query row without weights, e.g. "62 cm has no weights: no key lies within …".
QStringList emptyRowNotes(const attn::Session& session, const attn::Trace& trace, const QString& head)
{
    QStringList notes;
    for (std::size_t i = 0; i < trace.row_status.size(); ++i)
        if (trace.row_status[i] != attn::RowStatus::Ok)
            notes << MainWindow::tr("%1%2 has no weights and no output: %3.")
                         .arg(head, QString::fromStdString(attn::queryLabel(session, static_cast<long>(i))),
                              rowStatusNote(trace.row_status[i], session));
    return notes;
}

QGroupBox* groupOf(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

attn::Session builtInExample(const QString& name)
{
    return attn::io::readSessionFile(QStringLiteral(":/examples/%1.json").arg(name));
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new SessionDocument(this))
{
    m_files = new SessionFileActions(m_document, this);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(buildSettings());
    left->addWidget(buildTables());
    left->setStretchFactor(1, 1);
    left->setSizes({330, 570});

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_board = new HeatmapBoard(this);
    connect(m_board, &HeatmapBoard::cellClicked, this, &MainWindow::onCellClicked);
    auto* results = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_notice);
    resultsLayout->addWidget(m_board, 1);

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(results);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({470, 970}); // the heatmaps get the room; the settings column keeps a readable width
    setCentralWidget(main);

    m_exports = new ExportActions(m_board, [this] { return m_allSpecs; }, this);
    buildMenus();

    connect(m_document, &SessionDocument::changed, this, &MainWindow::refresh);
    connect(m_document, &SessionDocument::shapeChanged, this, &MainWindow::updateTabs);
    connect(m_document, &SessionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SessionDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_mode, &ModePanel::selectionChanged, this, &MainWindow::refresh);

    resize(1440, 900);
    main->setSizes({470, 970});
    updateTabs();
    updateTitle();
}

QWidget* MainWindow::buildSettings()
{
    m_scoring = new ScoringPanel(m_document, this);
    m_mask = new MaskPanel(m_document, this);
    m_mode = new ModePanel(m_document, this);
    auto* settings = new QWidget(this);
    auto* layout = new QVBoxLayout(settings);
    layout->addWidget(groupOf(tr("Inputs"), m_mode, settings));
    layout->addWidget(groupOf(tr("Scores and weights"), m_scoring, settings));
    layout->addWidget(groupOf(tr("Mask"), m_mask, settings));
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(settings);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

QWidget* MainWindow::buildTables()
{
    m_tabs = new QTabWidget(this);
    const QList<QPair<QString, QList<MatrixRole>>> pages = {
        {tr("Q, K, V"), {MatrixRole::Queries, MatrixRole::Keys, MatrixRole::Values}},
        {tr("Tokens X"), {MatrixRole::X}},
        {tr("Projections"), {MatrixRole::SelfW_Q, MatrixRole::SelfW_K, MatrixRole::SelfW_V}},
        {tr("Scoring W"), {MatrixRole::GeneralW, MatrixRole::AdditiveW_q, MatrixRole::AdditiveW_k,
                           MatrixRole::AdditiveW_v}},
        {tr("Heads"), {MatrixRole::HeadW_Q, MatrixRole::HeadW_K, MatrixRole::HeadW_V, MatrixRole::HeadW_O}},
    };
    for (const auto& [title, roles] : pages) {
        auto* page = new QSplitter(Qt::Vertical, m_tabs);
        for (MatrixRole role : roles) {
            auto* editor = new MatrixEditor(m_document, role, page);
            connect(editor, &MatrixEditor::randomizeRequested, this,
                    [this](MatrixRole r) { m_document->randomize(r, m_mode->seed()); });
            page->addWidget(editor);
            m_editors.insert(role, editor);
        }
        m_tabs->addTab(page, title);
    }
    return m_tabs;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_files->populate(file);
    file->addSeparator();
    m_exports->populate(file->addMenu(tr("&Export")));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
    examples->setToolTipsVisible(true);
    for (const attn::io::ExampleInfo& example : attn::io::builtInExamples()) {
        QAction* action = examples->addAction(example.title, this, [this, example] {
            try {
                loadSession(attn::io::readSessionFile(example.path));
                statusBar()->showMessage(example.description, 15000);
            } catch (const attn::io::SessionFileError& e) {
                m_notice->setText(QString::fromStdString(e.what()));
                m_notice->show();
            }
        });
        action->setToolTip(example.description);
        action->setStatusTip(example.description);
    }
}

bool MainWindow::openSession(const QString& path)
{
    return m_files->open(path);
}

void MainWindow::loadSession(const attn::Session& session, const QString& filePath)
{
    m_document->reset(session, filePath);
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

HeatmapWidget* MainWindow::heatmap(const QString& id) const
{
    return m_board->heatmap(id);
}

QString MainWindow::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void MainWindow::refresh()
{
    const attn::Session& session = m_document->session();
    try {
        const attn::Computation computation = attn::evaluate(session);
        m_board->setSpecs(heatmapsFor(session, computation, m_mode->selection()));
        m_allSpecs = heatmapsFor(session, computation, {HeatmapSelection::Mode::Everything, 0});
        QStringList notes = emptyRowNotes(session, computation.trace, {});
        if (computation.multi_head)
            for (std::size_t t = 0; t < computation.multi_head->heads.size(); ++t)
                notes += emptyRowNotes(session, computation.multi_head->heads[t], tr("Head %1: ").arg(t + 1));
        m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
        m_notice->setText(notes.join(QLatin1Char('\n')));
        m_notice->setVisible(!notes.isEmpty());
        statusBar()->showMessage(outputsSummary(session, computation));
    } catch (const attn::AttentionError& e) {
        m_board->setSpecs({});
        m_allSpecs.clear();
        m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #8a0014; padding: 6px; }"));
        m_notice->setText(tr("Cannot compute attention: %1").arg(QString::fromStdString(e.what())));
        m_notice->show();
        statusBar()->clearMessage();
    }
}

void MainWindow::updateTabs()
{
    const attn::Session& s = m_document->session();
    const bool self = s.self_attention.has_value();
    const attn::ScoringFunction f = s.scoring.function;
    m_tabs->setTabVisible(0, !self);
    m_tabs->setTabVisible(1, self);
    m_tabs->setTabVisible(2, self && !s.multi_head);
    m_tabs->setTabVisible(3, f == attn::ScoringFunction::General || f == attn::ScoringFunction::Additive);
    m_tabs->setTabVisible(4, s.multi_head.has_value());
    m_editors.value(MatrixRole::GeneralW)->setVisible(f == attn::ScoringFunction::General);
    for (MatrixRole r : {MatrixRole::AdditiveW_q, MatrixRole::AdditiveW_k, MatrixRole::AdditiveW_v})
        m_editors.value(r)->setVisible(f == attn::ScoringFunction::Additive);
    if (!m_tabs->isTabVisible(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(self ? 1 : 0);
}

void MainWindow::onCellClicked(const QString& id, int row, int column)
{
    // A click on a score, mask or weight cell masks or unmasks that key for that query (in every head).
    const bool maskable = id.endsWith(QStringLiteral("scores")) || id.endsWith(QStringLiteral("weights"))
                          || id.endsWith(QStringLiteral("mask"));
    if (maskable)
        m_document->toggleMaskCell(row, column);
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

} // namespace attn::ui
