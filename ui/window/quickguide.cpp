#include "window/quickguide.h"

#include "window/mainwindow.h"
#include "window/quickguidecontent.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

QuickGuide::QuickGuide(MainWindow* window) : QDialog(window), m_window(window)
{
    setObjectName(u"quick-guide"_s);
    setWindowTitle(QuickGuideContent::title());
    setModal(false);

    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(true);          // the contents' links jump to the sections
    m_browser->setOpenExternalLinks(false); // the guide has none; nothing leaves the application
    m_browser->document()->setDocumentMargin(12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 100, metrics.height() * 42);
    refresh();
}

void QuickGuide::refresh()
{
    const QuickGuideContent content(*m_window);
    m_browser->setHtml(content.html());
}

QString QuickGuide::text() const
{
    return m_browser->toPlainText();
}

} // namespace attn::ui
