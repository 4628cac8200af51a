#pragma once

// Helpers of the command-line tests: run the real attnlab binary (ATTNLAB_EXE) as a user would, headless.

#include "../support/filebytes.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>
#include <vector>

namespace clitest {

using namespace Qt::Literals::StringLiterals;

inline const QString kWaistline = QStringLiteral(EXAMPLES_DIR "/waistline.json");

struct Outcome {
    int exitCode{-1};
    bool crashed{false};
    QByteArray out;
    QByteArray err;
};

inline Outcome attnlab(const QStringList& arguments,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATTNLAB_EXE), arguments);
    Outcome run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        ADD_FAILURE() << "attnlab did not finish: " << arguments.join(u' ').toStdString();
        return run;
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// A user's environment without a display: no DISPLAY, no Wayland and no QT_QPA_PLATFORM.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    return environment;
}

inline QString dataFile(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/sessions/") + QString::fromUtf8(name);
}

inline std::vector<double> row0(const QJsonObject& root, const QString& field)
{
    std::vector<double> numbers;
    for (const QJsonValue& v : root.value(field).toArray().at(0).toArray())
        numbers.push_back(v.toDouble());
    return numbers;
}

using testfiles::readAll;

inline quint32 bigEndian32(const QByteArray& bytes, int at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(at + i));
    return value;
}

/// Width and height from a PNG's IHDR chunk, or {0, 0} if `png` is not a PNG.
inline std::pair<quint32, quint32> pngSize(const QByteArray& png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {0, 0};
    return {bigEndian32(png, 16), bigEndian32(png, 20)};
}

/// Exit code 2 and a line "attnlab: …<fragment>…" on stderr. Other lines may come before it: Qt's harmless
/// "QStandardPaths: XDG_RUNTIME_DIR not set" when export creates its (offscreen) QApplication.
inline void expectFailure(const Outcome& run, const char* fragment)
{
    EXPECT_FALSE(run.crashed);
    EXPECT_EQ(run.exitCode, 2) << run.err.constData();
    bool found = false;
    for (const QByteArray& line : run.err.split('\n'))
        found = found || (line.startsWith("attnlab: ") && line.contains(fragment));
    EXPECT_TRUE(found) << "no line \"attnlab: ..." << fragment << "...\" in:\n" << run.err.constData();
}

inline QString exampleFile(const char* id)
{
    return QStringLiteral(EXAMPLES_DIR "/") + QString::fromUtf8(id) + u".json"_s;
}

/// The waistline example with a boxcar kernel of σ = 1: no key within the bandwidth (DOMAIN.md example 1).
inline QString writeBoxcarSigmaOne(const QTemporaryDir& dir)
{
    QByteArray json = readAll(exampleFile("waistline-boxcar"));
    EXPECT_TRUE(json.contains("\"sigma\": 3"));
    json.replace("\"sigma\": 3", "\"sigma\": 1");
    const QString path = dir.filePath(QStringLiteral("boxcar-sigma1.json"));
    EXPECT_TRUE(testfiles::writeAll(path, json));
    return path;
}

} // namespace clitest
