#include "window/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

/// The index of each line's entry in the item's data (group items have none).
constexpr int kEntryRole = Qt::UserRole + 1;

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window) : QDialog(window), m_window(window)
{
    setObjectName(u"keyboard-shortcuts"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys or mouse")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    m_nothingFound = new QLabel(tr("No shortcut matches the search."), this);
    m_nothingFound->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_nothingFound);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 110, metrics.height() * 36);
    refresh();
}

void ShortcutsDialog::refresh()
{
    m_entries = ShortcutList::all(*m_window);
    m_tree->clear();
    QTreeWidgetItem* group = nullptr;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ShortcutEntry& entry = m_entries.at(i);
        if (group == nullptr || group->text(0) != entry.group) {
            // An entry's group may come back later (the other actions of a menu): join the first item of it.
            const QList<QTreeWidgetItem*> existing = m_tree->findItems(entry.group, Qt::MatchExactly, 0);
            group = existing.isEmpty() ? nullptr : existing.first();
            if (group == nullptr) {
                group = new QTreeWidgetItem(m_tree, {entry.group});
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
                group->setFlags(Qt::ItemIsEnabled);
            }
        }
        auto* item = new QTreeWidgetItem(group, {entry.action, entry.keys});
        item->setData(0, kEntryRole, static_cast<int>(i));
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::setFilter(const QString& text)
{
    m_search->setText(text); // applies it through textChanged
}

QList<ShortcutEntry> ShortcutsDialog::visibleEntries() const
{
    QList<ShortcutEntry> result;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            const QTreeWidgetItem* item = group->child(c);
            if (!item->isHidden())
                result.append(m_entries.at(item->data(0, kEntryRole).toInt()));
        }
    }
    return result;
}

void ShortcutsDialog::applyFilter()
{
    const QString text = m_search->text().trimmed();
    bool any = false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        bool shown = false;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem* item = group->child(c);
            const bool match = text.isEmpty() || groupMatches ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown = shown || match;
        }
        group->setHidden(!shown);
        any = any || shown;
    }
    m_nothingFound->setVisible(!any);
}

} // namespace attn::ui
