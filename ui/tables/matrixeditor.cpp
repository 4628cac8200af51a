#include "tables/matrixeditor.h"

#include "base/themecolours.h"
#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "heatmap/heatmaplinks.h"

#include "document/roletitles.h"
#include "tables/celleditdelegate.h"
#include "tables/editoractions.h"
#include "base/fittedlabel.h"
#include "tables/matrixmodel.h"
#include "tables/tableclipboard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace attn::ui {

namespace {

QString rowNoun(MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return MatrixEditor::tr("query");
    case MatrixRole::X:
        return MatrixEditor::tr("token");
    default:
        return MatrixEditor::tr("key");
    }
}

constexpr int kLargeRows = 256;   ///< More rows than this: uniform row heights, not measured row by row.
constexpr int kLargeColumns = 16; ///< More matrix columns than this: fixed widths from a sample, not stretched.
constexpr int kSampleRows = 64;   ///< Rows measured for the column width of a large table.

QToolButton* makeButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

MatrixEditor::MatrixEditor(SessionDocument* document, MatrixRole role, QWidget* parent)
    : QWidget(parent), m_document(document), m_role(role), m_model(new MatrixModel(document, role, this))
{
    m_title = new FittedLabel(this); // one line: the short title "V  3 × 1" when the long one does not fit
    m_title->setObjectName(roleSymbol(role) + QStringLiteral("-title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_view = new QTableView(this);
    m_view->setObjectName(roleSymbol(role) + QStringLiteral("-table"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setMinimumSectionSize(56);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::ContiguousSelection); // a block to copy
    fitMinimumHeight();
    m_clipboard = new TableClipboard(document, m_model, m_view);
    m_view->setItemDelegate(new CellEditDelegate(m_clipboard, m_view)); // any length; a block pastes as a block
    m_actions = new EditorActions(document, m_model, m_view, m_clipboard);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu* menu = createMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    auto* header = new QHBoxLayout;
    if (SessionDocument::hasEditableRows(role)) {
        const QString noun = rowNoun(role);
        auto* addRow =
            makeButton(tr("+ %1").arg(noun),
                       tr("Add a %1 row after the selected one (at the end when none is)").arg(noun), this);
        m_removeRow = makeButton(tr("\u2212 %1").arg(noun), tr("Remove the selected %1 row").arg(noun), this);
        if (role == MatrixRole::Keys || role == MatrixRole::Values) {
            addRow->setToolTip(tr("Add a key and its value after the selected row (at the end when none is)"));
            m_removeRow->setToolTip(tr("Remove the selected key and its value"));
        }
        connect(addRow, &QToolButton::clicked, this, [this] {
            const int row = currentRow() + 1;
            const int column = std::max(0, m_view->currentIndex().column());
            m_document->insertRow(m_role, row);
            // The new row becomes the current one, in view: the class sees where it went, and the next click adds
            // after it.
            if (const QModelIndex added = m_model->index(row, column); added.isValid()) {
                m_view->setCurrentIndex(added);
                m_view->scrollTo(added);
            }
        });
        connect(m_removeRow, &QToolButton::clicked, this, [this] { m_document->removeRow(m_role, currentRow()); });
        header->addWidget(addRow);
        header->addWidget(m_removeRow);
    }
    if (SessionDocument::hasEditableColumns(role)) {
        const QString dimension = shapeNames(role).second;
        auto* addColumn = makeButton(tr("+ dim"), tr("Add a dimension (%1)").arg(dimension), this);
        m_removeColumn =
            makeButton(tr("\u2212 dim"), tr("Remove the selected dimension (%1)").arg(dimension), this);
        connect(addColumn, &QToolButton::clicked, this,
                [this] { m_document->insertColumn(m_role, currentMatrixColumn() + 1); });
        connect(m_removeColumn, &QToolButton::clicked, this,
                [this] { m_document->removeColumn(m_role, currentMatrixColumn()); });
        header->addWidget(addColumn);
        header->addWidget(m_removeColumn);
    }
    auto* random = makeButton(tr("Random"), tr("Fill with seeded random numbers in [−1, 1]"), this);
    auto* identity = makeButton(tr("Identity"), tr("Fill with ones on the diagonal and zeros elsewhere"), this);
    connect(random, &QToolButton::clicked, this, [this] { emit randomizeRequested(m_role); });
    connect(identity, &QToolButton::clicked, this, [this] { m_document->setIdentity(m_role); });
    header->addWidget(random);
    header->addWidget(identity);
    header->addStretch(1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    showAsErrorText(m_message); // red, readable in the light and the dark theme
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title); // a line of its own: the buttons beside it left too little room (it wrapped)
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_model, &MatrixModel::inputRejected, this, &MatrixEditor::showMessage);
    connect(m_clipboard, &TableClipboard::message, this, &MatrixEditor::showMessage);
    connect(m_actions, &EditorActions::message, this, &MatrixEditor::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixEditor::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixEditor::updateSizing);
    connect(m_document, &SessionDocument::changed, m_message, &QLabel::hide);
    updateTitle();
    updateSizing();
}

bool MatrixEditor::isLarge() const
{
    return m_model->rowCount() > kLargeRows || m_model->columnCount() - m_model->labelColumns() > kLargeColumns;
}

void MatrixEditor::updateSizing()
{
    QHeaderView* horizontal = m_view->horizontalHeader();
    QHeaderView* vertical = m_view->verticalHeader();
    if (!isLarge()) { // a teaching table: rows fit their text, columns share the width
        horizontal->setSectionResizeMode(QHeaderView::Stretch);
        vertical->setSectionResizeMode(QHeaderView::ResizeToContents);
        return;
    }
    // A large table is never measured cell by cell: every row is one line high, and every matrix column as
    // wide as the widest number in a sample of rows spread over the table.
    const QFontMetrics metrics(m_view->font());
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const int labels = m_model->labelColumns();
    const int samples = std::min(rows, kSampleRows);
    int widest = 0;
    int widestLabel = 0;
    for (int i = 0; i < samples; ++i) {
        const int row = samples > 1 ? static_cast<int>(static_cast<long long>(i) * (rows - 1) / (samples - 1)) : 0;
        for (int column = 0; column < columns; ++column) {
            const int width = metrics.horizontalAdvance(m_model->index(row, column).data().toString());
            int& widestSoFar = column < labels ? widestLabel : widest;
            widestSoFar = std::max(widestSoFar, width);
        }
    }
    const int padding = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1) + 8;
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(std::max(vertical->minimumSectionSize(), metrics.height() + 8));
    horizontal->setSectionResizeMode(QHeaderView::Interactive);
    horizontal->setDefaultSectionSize(std::max(horizontal->minimumSectionSize(), widest + padding));
    for (int column = 0; column < labels; ++column)
        horizontal->resizeSection(column,
                                  std::clamp(widestLabel + padding, horizontal->minimumSectionSize(), 240));
}

void MatrixEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitMinimumHeight();
        if (isLarge())
            updateSizing();
    }
}

void MatrixEditor::fitMinimumHeight()
{
    // The header and one row, not QAbstractScrollArea's taller default: the settings panel above the tables then
    // gets its whole height at 1440 × 900 and the table scrolls.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() +
                             m_view->verticalHeader()->defaultSectionSize() + 2 * m_view->frameWidth());
}

QString MatrixEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

MatrixData MatrixEditor::data() const
{
    MatrixData data;
    data.values = m_document->matrix(m_role);
    if (isTokenRole(m_role)) {
        for (long row = 0; row < data.values.rows(); ++row)
            data.rowLabels.push_back(m_document->label(m_role, static_cast<int>(row)).toStdString());
        // The column headers as in the table (1, 2, …): with them, labels that look like numbers read back as
        // labels.
        for (int column = m_model->labelColumns(); column < m_model->columnCount(); ++column)
            data.columnLabels.push_back(m_model->headerData(column, Qt::Horizontal).toString().toStdString());
        data.baseName = roleTitle(m_role).toLower();
    } else {
        data.baseName = roleTitle(m_role).toLower().replace(u' ', u'-') + u'_' + roleSymbol(m_role);
    }
    return data;
}

void MatrixEditor::exportData(DataFormat format)
{
    (void)exportMatrixInteractively(this, format, data()); // a failure is shown there
}

QMenu* MatrixEditor::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->addAction(tr("&Import\u2026"), this, [this] { emit importRequested(m_role); });
    menu->addAction(tr("Export as C&SV\u2026"), this, [this] { exportData(DataFormat::Csv); });
    menu->addAction(tr("Export as &NumPy (.npy)\u2026"), this, [this] { exportData(DataFormat::Npy); });
    menu->addSeparator();
    menu->addAction(m_clipboard->copyAction());
    menu->addAction(m_clipboard->pasteAction());
    menu->addSeparator();
    menu->addAction(m_actions->fillAction());
    if (QAction* columns = m_actions->columnsAction())
        menu->addAction(columns);
    if (QAction* label = m_actions->labelAction())
        menu->addAction(label);
    return menu;
}

void MatrixEditor::updateTitle()
{
    const auto [rowsName, columnsName] = shapeNames(m_role);
    const long rows = m_document->rows(m_role);
    const long columns = m_document->columns(m_role);
    // The numbers in the title; what they count (n_q × d_k, …) in its tooltip, so that the title stays short.
    // A narrow column shows the symbol and the shape alone ("V  3 × 1") rather than wrapping the title.
    const QString full =
        tr("%1 %2  %3 \u00d7 %4").arg(roleTitle(m_role), roleSymbol(m_role)).arg(rows).arg(columns);
    m_title->setTexts({full, tr("%1  %2 \u00d7 %3").arg(roleSymbol(m_role)).arg(rows).arg(columns)});
    m_title->setToolTip(
        tr("%1\n%2 \u00d7 %3 = %4 \u00d7 %5\nRight-click the table to import, export, copy, paste, "
           "fill cells, set the columns or label the rows.")
            .arg(full, rowsName, columnsName)
            .arg(rows)
            .arg(columns));
    if (m_removeRow)
        m_removeRow->setEnabled(rows > 1);
    if (m_removeColumn)
        m_removeColumn->setEnabled(columns > 1);
}

void MatrixEditor::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->show();
}

int MatrixEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : m_model->rowCount() - 1;
}

int MatrixEditor::currentMatrixColumn() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.column() < m_model->labelColumns())
        return m_model->columnCount() - m_model->labelColumns() - 1;
    return m_model->matrixColumn(current.column());
}

void MatrixEditor::listenTo(LiveComputation* computation, ViewState* view)
{
    auto highlight = [this, computation, view] {
        QList<int> rows;
        if (const HeatmapSpec* spec = computation->selectedSpec()) {
            const attn::CellDependencies d =
                dependenciesOf(*spec, view->selection()->row, view->selection()->column);
            const bool self = computation->result().session->self_attention.has_value();
            const bool queries = m_role == MatrixRole::Queries || (m_role == MatrixRole::X && self);
            const bool keys =
                m_role == MatrixRole::Keys || m_role == MatrixRole::Values || (m_role == MatrixRole::X && self);
            if (queries && d.query)
                rows << static_cast<int>(*d.query);
            if (keys)
                for (const long key : d.keys) // a Jacobian cell depends on two keys
                    if (!rows.contains(static_cast<int>(key)))
                        rows << static_cast<int>(key);
        }
        m_model->setHighlightedRows(rows);
    };
    connect(computation, &LiveComputation::resultChanged, this, highlight);
    connect(view, &ViewState::selectionChanged, this, highlight);
}

} // namespace attn::ui
