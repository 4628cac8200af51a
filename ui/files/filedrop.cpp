#include "files/filedrop.h"

#include "files/importactions.h"
#include "tables/matrixeditor.h"

#include <QApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

namespace attn::ui {

FileDrop::FileDrop(QWidget* window, OpenSession openSession, ImportActions* imports)
    : QObject(window), m_window(window), m_openSession(std::move(openSession)), m_imports(imports)
{
    m_window->setAcceptDrops(true);
    qApp->installEventFilter(this);
}

FileDrop::Kind FileDrop::kindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return Kind::Session;
    if (suffix == u"csv" || suffix == u"tsv" || suffix == u"txt" || suffix == u"npy")
        return Kind::Data;
    return Kind::Unknown;
}

bool FileDrop::openDropped(const QString& path, std::optional<MatrixRole> table)
{
    switch (kindOf(path)) {
    case Kind::Session:
        return m_openSession(path);
    case Kind::Data:
        return m_imports->importFile(path, table);
    case Kind::Unknown:
        break;
    }
    QMessageBox::warning(m_window, tr("Cannot Open"),
                         tr("%1 is neither a session (.json) nor a data file (.csv, .tsv, .txt, .npy): Attention "
                            "Lab cannot open it.")
                             .arg(QFileInfo(path).fileName()));
    return false;
}

bool FileDrop::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto* receiver = qobject_cast<QWidget*>(watched);
    if (!receiver || receiver->window() != m_window)
        return false;
    auto* drop = static_cast<QDropEvent*>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
    const QString path = droppedFile(drop->mimeData());
    if (path.isEmpty())
        return false; // not a file: text dragged into a line edit, for instance
    drop->acceptProposedAction();
    if (type == QEvent::Drop) {
        const std::optional<MatrixRole> table = tableAt(receiver, drop);
        QTimer::singleShot(0, this, [this, path, table] { openDropped(path, table); });
    }
    return true;
}

QString FileDrop::droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

std::optional<MatrixRole> FileDrop::tableAt(QWidget* receiver, const QDropEvent* event) const
{
    QWidget* widget = receiver->childAt(event->position().toPoint());
    for (QWidget* w = widget ? widget : receiver; w; w = w->parentWidget())
        if (auto* editor = qobject_cast<MatrixEditor*>(w))
            return editor->role();
    return std::nullopt;
}

} // namespace attn::ui
