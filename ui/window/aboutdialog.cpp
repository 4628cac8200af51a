#include "window/aboutdialog.h"

#include "icons/applicationicon.h"

#include "attn/version.h"

#include <Eigen/Core>
#include <qcustomplot.h>

#include <QDialogButtonBox>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

namespace {

QString eigenVersion()
{
    return u"%1.%2.%3"_s.arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION);
}

QLabel* label(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* result = new QLabel(text, parent);
    result->setObjectName(objectName);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return result;
}

} // namespace

QString AboutDialog::applicationVersion()
{
    return QStringLiteral(ATTNLAB_VERSION);
}

QList<ComponentVersion> AboutDialog::componentVersions()
{
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    return {
        {tr("Attention Lab"), applicationVersion()},
        {u"Qt"_s, runtimeQt == builtQt ? runtimeQt : tr("%1 (built with %2)").arg(runtimeQt, builtQt)},
        {u"Eigen"_s, eigenVersion()},
        {u"QCustomPlot"_s, QStringLiteral(QCUSTOMPLOT_VERSION_STR)},
    };
}

QString AboutDialog::licenceText()
{
    return tr("Free software under the GNU General Public License, version 3 or any later version "
              "(GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.");
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Attention Lab"));
    setObjectName(u"about"_s);

    auto* icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* title = label(tr("Attention Lab %1").arg(applicationVersion()), u"title"_s, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* description =
        label(tr("Type query, key and value vectors and watch attention happen: every stage as a heatmap, every "
                 "number explained with its formula."),
              u"description"_s, this);
    description->setWordWrap(true);

    auto* versions = new QGridLayout;
    versions->setHorizontalSpacing(16);
    const QList<ComponentVersion> components = componentVersions();
    for (int row = 0; row < components.size(); ++row) {
        versions->addWidget(label(components.at(row).name, u"name-%1"_s.arg(row), this), row, 0);
        versions->addWidget(label(components.at(row).version, u"version-%1"_s.arg(row), this), row, 1);
    }
    versions->setColumnStretch(1, 1);

    auto* licence = label(licenceText(), u"licence"_s, this);
    licence->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addSpacing(8);
    text->addLayout(versions);
    text->addSpacing(8);
    text->addWidget(licence);

    auto* body = new QHBoxLayout;
    body->addWidget(icon, 0, Qt::AlignTop);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
}

} // namespace attn::ui
