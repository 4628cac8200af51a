#include "window/mainwindow.h"

#include "attn/errors.h"
#include "base/language.h"
#include "base/settings.h"
#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"
#include "files/autosaver.h"
#include "files/autosavewarning.h"
#include "files/filedrop.h"
#include "files/importactions.h"
#include "files/sessionfileguard.h"
#include "io/examples.h"
#include "io/sessionjson.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/handout.h"
#include "teach/heatmapboard.h"
#include "window/controlguard.h"
#include "window/exportactions.h"
#include "window/handoutchoice.h"
#include "window/helpactions.h"
#include "window/maskpanel.h"
#include "window/modepanel.h"
#include "window/preferencesdialog.h"
#include "window/resultsarea.h"
#include "window/scoringpanel.h"
#include "window/sessionfileactions.h"
#include "window/settingssection.h"
#include "window/viewactions.h"
#include "window/windowlayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace attn::ui {

namespace {

constexpr QSize kPreferredSize{1440, 900}; ///< The first size, where the screen has room for it.

} // namespace

attn::Session builtInExample(const QString& name)
{
    const QString path = QStringLiteral(":/examples/%1.json").arg(name);
    attn::Session session = attn::io::readSessionFile(path);
    session.title = attn::io::readExampleInfo(path, i18n::currentLanguage()).title.toStdString();
    return session;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_document(new SessionDocument(this))
{
    m_files = new SessionFileActions(m_document, this);
    m_autosaver = new Autosaver(m_document, {}, this);
    m_inputs = new QSplitter(Qt::Vertical, this);
    m_inputs->setObjectName(QStringLiteral("inputs-splitter")); // named splitters are restored at start
    m_inputs->addWidget(buildSettings());
    m_inputs->addWidget(buildTables());
    m_inputs->setStretchFactor(1, 1);
    m_inputs->setSizes({330, 570});

    // The path of an edit: document → computation → views. The views (heatmaps, stage bar, explanation, regression
    // view, tables) listen to the computation and to the view state (selected cell, heads, step) themselves.
    m_viewState = new ViewState(this);
    m_viewState->setHeads(m_mode->selection().mode, m_mode->selection().head);
    m_computation = new LiveComputation(m_document, m_viewState, this);
    for (MatrixEditor* editor : std::as_const(m_editors))
        editor->listenTo(m_computation, m_viewState);
    connect(m_mode, &ModePanel::selectionChanged, m_viewState, [this] {
        const HeatmapSelection heads = m_mode->selection();
        m_viewState->setHeads(heads.mode, heads.head);
    });
    m_results = new ResultsArea(m_document, m_computation, m_viewState, this);
    connect(m_results, &ResultsArea::summaryChanged, this, [this](const QString& s) {
        if (s.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(s);
    });

    auto* main = new QSplitter(Qt::Horizontal, this);
    main->setObjectName(QStringLiteral("main-splitter"));
    main->addWidget(m_inputs);
    main->addWidget(m_results);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({470, 970}); // the heatmaps get the room; the settings column keeps a readable width
    // Above everything, also in presentation mode: the bar that says when autosave cannot protect the work.
    m_autosaveWarning = new AutosaveWarning(m_autosaver, this);
    m_autosaveWarning->followLock(m_files->guard()); // and when other windows cannot be warned of this one
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_autosaveWarning);
    centralLayout->addWidget(main, 1);
    setCentralWidget(central);

    m_exports = new ExportActions(
        m_results->board(), [this] { return m_results->allSpecs(); }, this);
    // What a heatmap's export wrote and where, or why not: from the Export menu and from a heatmap's own menu.
    const auto showExport = [this](const QString& message) { statusBar()->showMessage(message, 15000); };
    connect(m_exports, &ExportActions::exportReported, this, showExport);
    connect(m_results->board(), &HeatmapBoard::exportReported, this, showExport);
    m_view = new ViewActions(this);
    buildMenus();

    connect(m_document, &SessionDocument::shapeChanged, this, &MainWindow::updateTabs);
    connect(m_document, &SessionDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &SessionDocument::filePathChanged, this, &MainWindow::updateTitle);
    // Save and export dialogs open in the saved session's folder (not for an unsaved session, nor for an example,
    // built in or opened from the read-only folder where it is installed: they open in Pictures or Documents).
    const auto followSessionFolder = [this] {
        const QString path = m_document->filePath();
        const bool example = path.startsWith(u':') || attn::io::isBuiltInExampleFile(path);
        Settings::instance().setSessionFolder(path.isEmpty() || example ? QString()
                                                                        : QFileInfo(path).absolutePath());
    };
    connect(m_document, &SessionDocument::filePathChanged, this, followSessionFolder);
    followSessionFolder();
    connect(this, &QObject::destroyed, qApp, [] { Settings::instance().setSessionFolder({}); });
    connect(m_document, &SessionDocument::changed, this, &MainWindow::updateTitle); // an example's title
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (auto* field = qobject_cast<QLineEdit*>(now); field && isAncestorOf(field))
            field->installEventFilter(this); // see eventFilter(): the field keeps Ctrl+Z only while it can use it
    });

    resize(fittedWindowSize(*this, kPreferredSize));
    main->setSizes({470, 970});
    restoreWindowGeometry(*this); // as the window was left when it last closed; the splitters in showEvent()
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
    layout->setSpacing(4);
    // Sections that fold (remembered in Settings), so that the mask stays in reach beside tall tables.
    m_sections = {new SettingsSection(QStringLiteral("inputs"), tr("Inputs"), m_mode, settings),
                  new SettingsSection(QStringLiteral("scoring"), tr("Scores and weights"), m_scoring, settings),
                  new SettingsSection(QStringLiteral("mask"), tr("Mask"), m_mask, settings)};
    for (SettingsSection* section : std::as_const(m_sections)) {
        layout->addWidget(section);
        connect(section, &SettingsSection::openChanged, this, &MainWindow::fitSettings);
    }
    layout->addStretch(1);
    ControlGuard::guard(settings); // the wheel scrolls the panel; it changes a control only when focused
    m_settingsScroll = new QScrollArea(this);
    m_settingsScroll->setObjectName(QStringLiteral("settings-scroll"));
    m_settingsScroll->setWidget(settings);
    settings->installEventFilter(this); // growSettingsToFit() when a field appears
    m_settingsScroll->setWidgetResizable(true);
    m_settingsScroll->setFrameShape(QFrame::NoFrame);
    return m_settingsScroll;
}

QWidget* MainWindow::buildTables()
{
    m_tabs = new QTabWidget(this);
    const QList<QPair<QString, QList<MatrixRole>>> pages = {
        {tr("Q, K, V"), {MatrixRole::Queries, MatrixRole::Keys, MatrixRole::Values}},
        {tr("Tokens X"), {MatrixRole::X}},
        {tr("Projections"), {MatrixRole::SelfW_Q, MatrixRole::SelfW_K, MatrixRole::SelfW_V}},
        {tr("Scoring W"),
         {MatrixRole::GeneralW, MatrixRole::AdditiveW_q, MatrixRole::AdditiveW_k, MatrixRole::AdditiveW_v}},
        {tr("Heads"), {MatrixRole::HeadW_Q, MatrixRole::HeadW_K, MatrixRole::HeadW_V, MatrixRole::HeadW_O}},
    };
    for (const auto& [title, roles] : pages) {
        auto* page = new QSplitter(Qt::Vertical, m_tabs);
        page->setObjectName(QStringLiteral("tables-splitter-%1").arg(m_tabs->count() + 1));
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
    auto* imports = new ImportActions(this, m_document, m_editors.values(), [this] { return m_view->style(); });
    imports->populate(file->addMenu(tr("&Import")));
    auto openSession = [this](const QString& path) { return m_files->maybeSave() && m_files->open(path); };
    new FileDrop(this, openSession, imports); // drops of sessions and data files on the window
    m_exports->populate(file->addMenu(tr("&Export")));
    file->addAction(tr("Export &Handout\u2026"), this, &MainWindow::exportHandout);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    m_preferencesAction = edit->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferencesKeys.contains(QKeySequence(tr("Ctrl+,"))))
        preferencesKeys.append(QKeySequence(tr("Ctrl+,"))); // the platform may have none (GNOME, offscreen)
    m_preferencesAction->setShortcuts(preferencesKeys);

    m_view->populate(menuBar()->addMenu(tr("&View")));

    QMenu* examples = menuBar()->addMenu(tr("E&xamples"));
    examples->setToolTipsVisible(true);
    for (const attn::io::ExampleInfo& example :
         attn::io::builtInExamples(QStringLiteral(":/examples"), i18n::currentLanguage())) {
        QAction* action = examples->addAction(example.title, this, [this, example] {
            if (!m_files->maybeSave())
                return;
            try {
                attn::Session session = attn::io::readSessionFile(example.path);
                session.title = example.title.toStdString(); // in the language of the window
                m_document->load(session, {}, tr("Load example \u201c%1\u201d").arg(example.title));
                // Elided with "…" where the bar ends, never cut off mid-word (the menu's tooltip has it all).
                statusBar()->showMessage(statusBar()->fontMetrics().elidedText(example.description, Qt::ElideRight,
                                                                               statusBar()->width() - 32),
                                         15000);
            } catch (const attn::io::SessionFileError& e) {
                QMessageBox::warning(this, tr("Cannot Open Example"), QString::fromStdString(e.what()));
            }
        });
        // Rich text, so that the tooltip wraps and shows the whole description (the status bar cuts it off).
        action->setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(example.title.toHtmlEscaped(), example.description.toHtmlEscaped()));
        action->setStatusTip(example.description);
    }

    (new HelpActions(this))->populate(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_files->maybeSave()) {
        m_autosaver->removeRecoveryFile(); // closed normally: nothing to recover
        if (m_view->isPresenting())
            m_view->setPresenting(false); // keep the layout of the normal window, with the settings column
        saveWindowLayout(captureWindowLayout(*this));
        event->accept();
    } else {
        event->ignore();
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_settingsScroll->widget() && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &MainWindow::growSettingsToFit); // once the panel's new size hint is known
    if (event->type() == QEvent::ShortcutOverride) {
        if (auto* field = qobject_cast<QLineEdit*>(watched)) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->matches(QKeySequence::Undo) && !field->isUndoAvailable()) ||
                (key->matches(QKeySequence::Redo) && !field->isRedoAvailable()))
                return true; // left unaccepted: the Undo / Redo shortcut of the Edit menu takes it
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_shown && !event->spontaneous()) {
        m_shown = true;
        bool inputsRestored = false;
        if (!m_splittersRestored) {
            m_splittersRestored = true;
            restoreSplitters(*this); // now that each splitter has its size to divide
            inputsRestored = Settings::instance().splitterStates().contains(m_inputs->objectName());
        }
        if (!inputsRestored)
            fitSettings(); // as the user left it, else the settings as tall as they are
        // The keyboard starts on the results, not on the first control of the tab chain (the scoring function,
        // which Home or an arrow would change in a window where nothing shows it has the focus).
        m_results->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::fitSettings()
{
    const QList<int> sizes = m_inputs->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0)
        return;
    // The whole panel where it leaves the tables at least 40 % of the column; otherwise it scrolls.
    const int wanted = settingsHeightHint();
    m_settingsWanted = wanted;
    const int settings = std::min(wanted, total * 6 / 10);
    m_inputs->setSizes({settings, total - settings});
}

int MainWindow::settingsHeightHint() const
{
    return m_settingsScroll->widget()->sizeHint().height() + 2 * m_settingsScroll->frameWidth();
}

void MainWindow::growSettingsToFit()
{
    // A field that appears (the valid lengths of a mask) gets room, as far as fitSettings() would give it; a
    // panel the user made taller, or one that fits, stays as it is.
    const int wanted = settingsHeightHint();
    const bool grew = wanted > m_settingsWanted;
    m_settingsWanted = wanted;
    if (m_shown && grew && m_inputs->sizes().value(0) < wanted)
        fitSettings();
}

void MainWindow::useDefaultLayout()
{
    m_splittersRestored = true;
    resize(kPreferredSize); // the same size on every screen: screenshots and tests
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_view, this);
    dialog.exec();
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

HeatmapBoard* MainWindow::board() const
{
    return m_results->board();
}

HeatmapWidget* MainWindow::heatmap(const QString& id) const
{
    return m_results->board()->heatmap(id);
}

QString MainWindow::notice() const
{
    return m_results->notice();
}

QWidget* MainWindow::inputsColumn() const
{
    return m_inputs;
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

HandoutOptions MainWindow::handoutOptions() const
{
    return handoutOptionsFor(*m_document, *m_viewState, *m_computation, m_view->style().cellDigits);
}

void MainWindow::exportHandout()
{
    const QString written = exportHandoutInteractively(this, m_document->session(), handoutOptions());
    if (!written.isEmpty())
        statusBar()->showMessage(tr("Handout written to %1").arg(QDir::toNativeSeparators(written)), 15000);
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
