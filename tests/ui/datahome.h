#pragma once

// Tests whose autosaves, recovery files and locks go to a folder of their own.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace uitest {

/// XDG_DATA_HOME points at `path` while it lives (QStandardPaths reads it on every call).
class DataHome {
public:
    explicit DataHome(const QString& path) : m_had(qEnvironmentVariableIsSet("XDG_DATA_HOME"))
    {
        m_old = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", QFile::encodeName(path));
    }
    ~DataHome()
    {
        if (m_had)
            qputenv("XDG_DATA_HOME", m_old);
        else
            qunsetenv("XDG_DATA_HOME");
    }
    DataHome(const DataHome&) = delete;
    DataHome& operator=(const DataHome&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace uitest
