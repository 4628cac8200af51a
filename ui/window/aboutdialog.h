#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace attn::ui {

/// One line of the About box's version list.
struct ComponentVersion {
    QString name;    ///< "Attention Lab", "Qt", "Eigen", "QCustomPlot".
    QString version; ///< e.g. "6.4.2", or "6.4.6 (built with 6.4.2)" when Qt at run time differs from the headers.
};

/// Help → About Attention Lab: the icon, the application's version (CMake's project version), a short description,
/// the versions of the libraries it runs on, and the licence.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The application's version, CMake's project version (e.g. "0.1.0"), as `attnlab --version` prints it.
    static QString applicationVersion();

    /// The versions shown, in order: Attention Lab; Qt at run time (qVersion()), with the version of the headers
    /// (QT_VERSION_STR) when they differ; Eigen (EIGEN_WORLD_VERSION.EIGEN_MAJOR_VERSION.EIGEN_MINOR_VERSION,
    /// header-only, so the build's); QCustomPlot (QCUSTOMPLOT_VERSION_STR of the headers built against).
    static QList<ComponentVersion> componentVersions();

    /// The licence line: GPL-3.0-or-later (QCustomPlot, which the program links, is GPL-3.0-or-later).
    static QString licenceText();
};

} // namespace attn::ui
