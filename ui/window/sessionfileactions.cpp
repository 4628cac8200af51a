#include "window/sessionfileactions.h"

#include "document/sessiondocument.h"
#include "io/sessionjson.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace attn::ui {

namespace {

QString sessionFilter()
{
    return SessionFileActions::tr("Attention Lab sessions (*.json);;All files (*)");
}

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':'));
}

} // namespace

SessionFileActions::SessionFileActions(SessionDocument* document, QWidget* parent)
    : QObject(parent), m_document(document), m_parent(parent)
{
}

void SessionFileActions::populate(QMenu* menu)
{
    menu->addAction(tr("&Open\u2026"), QKeySequence::Open, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_parent, tr("Open Session"), lastDirectory(), sessionFilter());
        if (!path.isEmpty() && maybeSave())
            open(path);
    });
    menu->addAction(tr("&Save"), QKeySequence::Save, this, &SessionFileActions::save);
    menu->addAction(tr("Save &As\u2026"), QKeySequence::SaveAs, this, &SessionFileActions::saveAs);
}

bool SessionFileActions::open(const QString& path)
{
    try {
        m_document->reset(attn::io::readSessionFile(path), path);
        return true;
    } catch (const attn::io::SessionFileError& e) {
        QMessageBox::warning(m_parent, tr("Cannot Open Session"), QString::fromStdString(e.what()));
        return false;
    }
}

bool SessionFileActions::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || isResource(path))
        return saveAs();
    return saveTo(path);
}

bool SessionFileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Session As"), lastDirectory(), sessionFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool SessionFileActions::saveTo(const QString& path)
{
    const QString error = attn::io::writeSessionFile(path, m_document->session());
    if (!error.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Cannot Save Session"), error);
        return false;
    }
    m_document->setFilePath(path);
    m_document->setClean();
    return true;
}

bool SessionFileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        m_parent, tr("Unsaved Changes"), tr("The session has changes that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString SessionFileActions::lastDirectory() const
{
    const QString path = m_document->filePath();
    if (!path.isEmpty() && !isResource(path))
        return QFileInfo(path).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace attn::ui
