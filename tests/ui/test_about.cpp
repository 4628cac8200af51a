// Help → About Attention Lab and About Qt on the real window, the About box's versions, and the application icon
// (its PNG sizes rendered from the SVG designs at build time).
#include "dialoganswers.h"

#include "icons/applicationicon.h"
#include "window/aboutdialog.h"
#include "window/mainwindow.h"

#include <gtest/gtest.h>

#include <Eigen/Core>
#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>

using attn::ui::AboutDialog;
using attn::ui::MainWindow;
using namespace Qt::Literals::StringLiterals;

namespace {

QAction* helpAction(const MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != u"&Help"_s || menu->menu() == nullptr)
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text() == text)
                return action;
    }
    return nullptr;
}

QString labelText(const QWidget& dialog, const QString& objectName)
{
    const auto* label = dialog.findChild<QLabel*>(objectName);
    return label ? label->text() : u"<no label %1>"_s.arg(objectName);
}

} // namespace

TEST(About, HelpMenuOpensOneAboutBoxWithTheVersions)
{
    MainWindow window;
    QAction* about = helpAction(window, u"&About Attention Lab"_s);
    ASSERT_NE(about, nullptr);
    EXPECT_EQ(about->menuRole(), QAction::AboutRole);

    about->trigger();
    const QList<AboutDialog*> open = window.findChildren<AboutDialog*>();
    ASSERT_EQ(open.size(), 1);
    AboutDialog* dialog = open.first();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    about->trigger(); // raises the open one
    EXPECT_EQ(window.findChildren<AboutDialog*>().size(), 1);

    EXPECT_EQ(labelText(*dialog, u"title"_s), u"Attention Lab " ATTNLAB_PROJECT_VERSION ""_s);
    EXPECT_EQ(labelText(*dialog, u"name-1"_s), u"Qt"_s);
    EXPECT_TRUE(labelText(*dialog, u"version-1"_s).startsWith(QString::fromLatin1(qVersion())));
    if (QString::fromLatin1(qVersion()) != QStringLiteral(QT_VERSION_STR)) {
        EXPECT_TRUE(labelText(*dialog, u"version-1"_s).contains(QStringLiteral(QT_VERSION_STR)));
    }
    EXPECT_EQ(labelText(*dialog, u"name-2"_s), u"Eigen"_s);
    EXPECT_EQ(labelText(*dialog, u"version-2"_s),
              u"%1.%2.%3"_s.arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION));
    EXPECT_EQ(labelText(*dialog, u"name-3"_s), u"QCustomPlot"_s);
    // QCUSTOMPLOT_VERSION is 0xMMmmpp: the string shown must say the same version.
    EXPECT_EQ(labelText(*dialog, u"version-3"_s), u"%1.%2.%3"_s.arg((QCUSTOMPLOT_VERSION >> 16) & 0xff)
                                                      .arg((QCUSTOMPLOT_VERSION >> 8) & 0xff)
                                                      .arg(QCUSTOMPLOT_VERSION & 0xff));
    EXPECT_TRUE(labelText(*dialog, u"licence"_s).contains(u"GPL-3.0-or-later"_s));

    dialog->close(); // deleted on close
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(window.findChildren<AboutDialog*>().isEmpty());
}

TEST(About, AboutQtOpensQtsBox)
{
    MainWindow window;
    QAction* aboutQt = helpAction(window, u"About Q&t"_s);
    ASSERT_NE(aboutQt, nullptr);
    EXPECT_EQ(aboutQt->menuRole(), QAction::AboutQtRole);
    QString title;
    const dialoganswers::Guard guard = std::make_unique<QObject>();
    dialoganswers::whenModalOpens<QMessageBox>(guard.get(), [&title](QMessageBox* box) {
        title = box->windowTitle();
        box->close();
    });
    aboutQt->trigger(); // modal: returns once the helper closed it
    EXPECT_EQ(title, u"About Qt"_s);
}

TEST(About, VersionIsTheProjectVersion)
{
    EXPECT_EQ(AboutDialog::applicationVersion(), QStringLiteral(ATTNLAB_PROJECT_VERSION));
    EXPECT_TRUE(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(AboutDialog::applicationVersion()).hasMatch());
}

TEST(ApplicationIcon, HasEveryInstalledSize)
{
    const QIcon icon = attn::ui::applicationIcon();
    QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        EXPECT_TRUE(sizes.contains(QSize(size, size))) << size;
    EXPECT_EQ(attn::ui::applicationId(), u"io.github.attnlab.AttentionLab"_s);
}

// The cells are on whole pixels at every size: inside a cell the colour is exactly the cell's viridis colour
// (the design's weights 0.779 → #6ece58, 0.217 → #3f4889, 0.005 → #440256, 0.643 → #2db27d, from matplotlib),
// and the pixels on either side of a cell boundary belong wholly to one cell each.
TEST(ApplicationIcon, CellsAreCrispAtSmallSizes)
{
    struct Case {
        int size;
        int gridStart; // first pixel of the 3 × 3 grid
        int cell;      // cell side in pixels
    };
    // 16, 32, 48: the 256-unit design (grid from 80, cells of 48 units); 24: the 24 px design (grid from 6,
    // cells of 5 px); 22: its middle 22 × 22 (grid from 5).
    for (const Case c : {Case{16, 5, 3}, Case{32, 10, 6}, Case{48, 15, 9}, Case{24, 6, 5}, Case{22, 5, 5}}) {
        const QImage image =
            attn::ui::applicationIcon().pixmap(QSize(c.size, c.size)).toImage().convertToFormat(QImage::Format_ARGB32);
        ASSERT_EQ(image.size(), QSize(c.size, c.size)) << c.size;
        const auto at = [&](int column, int row, int dx, int dy) {
            return QColor(image.pixel(c.gridStart + column * c.cell + dx, c.gridStart + row * c.cell + dy)).name();
        };
        const int last = c.cell - 1;
        EXPECT_EQ(at(0, 0, 0, 0), u"#6ece58"_s) << c.size;       // first pixel of the first cell
        EXPECT_EQ(at(0, 0, last, last), u"#6ece58"_s) << c.size; // its last pixel
        EXPECT_EQ(at(1, 0, 0, 0), u"#3f4889"_s) << c.size;       // the next cell's first pixel
        EXPECT_EQ(at(2, 0, last, 0), u"#440256"_s) << c.size;
        EXPECT_EQ(at(1, 1, last, last), u"#2db27d"_s) << c.size;
        EXPECT_EQ(at(2, 2, last, last), u"#6ece58"_s) << c.size;
    }
}
