#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace attn::ui {

/// The kinds of file whose folder Settings remembers (Settings::lastFolder), each on its own.
enum class FileKind {
    Session,      ///< Open Session, Save Session As.
    Data,         ///< Import Data and Export Data (CSV, TSV, NumPy): one folder for both directions.
    HeatmapImage, ///< Export Heatmap (PNG, SVG, PDF).
    Handout,      ///< Export Handout (PDF or a folder of PNG pages).
};

/// The application's settings: the one owner of QSettings (user scope, organisation "Attention Lab",
/// application "attnlab"). Each value has a typed getter that returns its default when the stored value is
/// missing, unreadable or out of range, and a setter that stores it; a setter that changes the stored value emits
/// changed() once (a setter given the value already stored emits nothing). Values are read from QSettings on each
/// call, so every window and the next start see the same ones.
class Settings : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinFontScale = 0.6;
    static constexpr double kMaxFontScale = 3.0;
    static constexpr double kDefaultFontScale = 1.0;
    static constexpr int kMinCellDigits = 1;
    static constexpr int kMaxCellDigits = 10;
    static constexpr int kDefaultCellDigits = 4;
    static constexpr int kDefaultExportScale = 2;
    static constexpr int kDefaultAutosaveIntervalSeconds = 60;

    /// The one instance (created on first use).
    static Settings& instance();

    /// The user-interface language chosen in Preferences: "" (the system's, default), "en" or "zh_CN"; applies
    /// at the next start (i18n::installTranslations).
    QString language() const;
    void setLanguage(const QString& code);
    /// The dark theme (window palette and heatmaps), default false.
    bool darkTheme() const;
    void setDarkTheme(bool dark);
    /// The id of the colour map of sequential heatmaps, as stored: "viridis" (default), "cividis", "magma" or
    /// "grey" (sequentialMapId); the caller reads an unknown id as the default.
    QString colourMap() const;
    void setColourMap(const QString& id);
    /// The factor on every font, kMinFontScale … kMaxFontScale (stored values outside are clamped), default 1.
    double fontScale() const;
    void setFontScale(double scale);
    /// Significant digits of the numbers printed in heatmap cells, kMinCellDigits … kMaxCellDigits, default 4.
    int cellDigits() const;
    void setCellDigits(int digits);
    /// The format first offered by the heatmap exports, as stored: "png" (default), "pdf" or "svg"; the caller
    /// reads an unknown name as the default.
    QString exportFormat() const;
    void setExportFormat(const QString& suffix);
    /// The PNG scale first offered by the exports: 1, 2 (default) or 4 pixels per logical pixel.
    int exportScale() const;
    void setExportScale(int scale);

    /// Seconds between autosaves of a modified session, default 60; 0 turns the timer off.
    int autosaveIntervalSeconds() const;
    void setAutosaveIntervalSeconds(int seconds);
    /// File → Open Recent: absolute paths, most recent first (RecentFiles keeps the count).
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList& files);
    /// The folder of the last file of `kind` opened or written; "" if none or if it no longer exists.
    QString lastFolder(FileKind kind) const;
    /// Remembers `folder` (an absolute path) for `kind`.
    void setLastFolder(FileKind kind, const QString& folder);
    /// The folder of the session file shown in the window ("" for an unsaved session or an example); not stored,
    /// set by the window whenever its file changes.
    QString sessionFolder() const;
    void setSessionFolder(const QString& folder);
    /// Where a save or export dialog for `kind` opens: the session's folder, else lastFolder(kind), else the
    /// last session folder, else `fallback` (a QStandardPaths location, e.g. Pictures) if it exists, else home.
    QString startFolder(FileKind kind, QStandardPaths::StandardLocation fallback) const;

    /// The main window as it was left: QMainWindow::saveGeometry() (empty if never saved).
    QByteArray windowGeometry() const;
    /// QMainWindow::saveState() (tool bars and dock widgets), empty if never saved.
    QByteArray windowState() const;
    /// QSplitter::saveState() of each named splitter in the window, by the splitter's objectName.
    QMap<QString, QByteArray> splitterStates() const;
    /// Stores the window's layout, replacing the last one (splitters not in `splitters` are forgotten).
    void setWindowLayout(const QByteArray& geometry, const QByteArray& state,
                         const QMap<QString, QByteArray>& splitters);
    /// The folded sections of the settings panel, by id ("inputs", "scoring", "mask"); none by default.
    QStringList foldedSections() const;
    void setFoldedSections(const QStringList& ids);

signals:
    /// A stored value changed; `key` is its QSettings key, e.g. "view/darkTheme" (the window's layout:
    /// "window").
    void changed(const QString& key);

private:
    Settings() = default;

    QString m_sessionFolder;

    QVariant value(const QString& key, const QVariant& fallback = {}) const;
    /// Stores `value` under `key` and emits changed(key), unless it is already the stored value.
    void store(const QString& key, const QVariant& value);
};

} // namespace attn::ui
