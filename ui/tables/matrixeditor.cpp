#include "tables/matrixeditor.h"

#include "tables/matrixmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace attn::ui {

namespace {

struct RoleTexts {
    QString title;
    QString symbol;
    QString rowName;
    QString columnName;
};

RoleTexts textsFor(MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return {MatrixEditor::tr("Queries"), QStringLiteral("Q"), MatrixEditor::tr("query"),
                QStringLiteral("d_k")};
    case MatrixRole::Keys:
        return {MatrixEditor::tr("Keys"), QStringLiteral("K"), MatrixEditor::tr("key"), QStringLiteral("d_k")};
    case MatrixRole::Values:
        break;
    }
    return {MatrixEditor::tr("Values"), QStringLiteral("V"), MatrixEditor::tr("key"), QStringLiteral("d_v")};
}

QToolButton* makeButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(false);
    return button;
}

} // namespace

MatrixEditor::MatrixEditor(SessionDocument* document, MatrixRole role, QWidget* parent)
    : QWidget(parent), m_document(document), m_role(role), m_model(new MatrixModel(document, role, this))
{
    const RoleTexts texts = textsFor(role);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_view = new QTableView(this);
    m_view->setObjectName(texts.symbol + QStringLiteral("-table"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto* addRow = makeButton(tr("+ %1").arg(texts.rowName), tr("Add a %1 row").arg(texts.rowName), this);
    m_removeRow = makeButton(tr("\u2212 %1").arg(texts.rowName), tr("Remove the selected %1 row").arg(texts.rowName),
                             this);
    auto* addColumn = makeButton(tr("+ dim"), tr("Add a dimension (%1)").arg(texts.columnName), this);
    m_removeColumn = makeButton(tr("\u2212 dim"), tr("Remove the selected dimension (%1)").arg(texts.columnName),
                                this);
    if (role != MatrixRole::Queries) {
        addRow->setToolTip(tr("Add a key and its value"));
        m_removeRow->setToolTip(tr("Remove the selected key and its value"));
    }
    if (role != MatrixRole::Values) {
        addColumn->setToolTip(tr("Add a dimension to both queries and keys (they share d_k)"));
        m_removeColumn->setToolTip(tr("Remove the selected dimension from both queries and keys"));
    }
    connect(addRow, &QToolButton::clicked, this, [this] {
        m_document->insertRow(m_role, currentRow() + 1);
    });
    connect(m_removeRow, &QToolButton::clicked, this, [this] {
        m_document->removeRow(m_role, currentRow());
    });
    connect(addColumn, &QToolButton::clicked, this, [this] {
        m_document->insertColumn(m_role, currentMatrixColumn() + 1);
    });
    connect(m_removeColumn, &QToolButton::clicked, this, [this] {
        m_document->removeColumn(m_role, currentMatrixColumn());
    });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    for (QToolButton* b : {addRow, m_removeRow, addColumn, m_removeColumn})
        header->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_model, &MatrixModel::inputRejected, this, &MatrixEditor::showMessage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixEditor::updateTitle);
    connect(m_document, &SessionDocument::changed, m_message, &QLabel::hide);
    updateTitle();
}

QString MatrixEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MatrixEditor::updateTitle()
{
    const RoleTexts texts = textsFor(m_role);
    const attn::Matrix& m = m_document->matrix(m_role);
    const QString rowsName = m_role == MatrixRole::Queries ? QStringLiteral("n_q") : QStringLiteral("n_k");
    m_title->setText(tr("%1 %2 (%3 \u00d7 %4 = %5 \u00d7 %6)")
                         .arg(texts.title, texts.symbol, rowsName, texts.columnName)
                         .arg(m.rows())
                         .arg(m.cols()));
    m_removeRow->setEnabled(m.rows() > 1);
    m_removeColumn->setEnabled(m.cols() > 1);
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
    if (!current.isValid() || current.column() == 0)
        return m_model->columnCount() - 2;
    return MatrixModel::matrixColumn(current.column());
}

} // namespace attn::ui
