#pragma once

// Helpers shared by the io tests: reading JSON back, comparing matrices bit for bit, catching messages.

#include "../support/filebytes.h"

#include "io/sessionjson.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <bit>
#include <cstdint>
#include <string>

namespace iotest {

inline QString sessionData(const char* name)
{
    return QStringLiteral(TEST_DATA_DIR "/sessions/") + QString::fromUtf8(name);
}

inline QString example(const char* id)
{
    return QStringLiteral(EXAMPLES_DIR "/") + QString::fromUtf8(id) + QStringLiteral(".json");
}

/// The message of the SessionFileError that reading `path` throws ("" if it does not throw); by default as
/// `attnlab compute` reads it (SessionCheck::Computable), which finds every fault the window's reading finds.
inline std::string readError(const QString& path,
                             attn::io::SessionCheck check = attn::io::SessionCheck::Computable)
{
    try {
        (void)attn::io::readSessionFile(path, check);
    } catch (const attn::io::SessionFileError& error) {
        return error.what();
    }
    return {};
}

/// The message of the SessionFileError that parsing `json` throws ("" if it does not throw); SessionCheck as
/// readError().
inline std::string parseError(const QByteArray& json, const char* sourceName = "inline.json",
                              attn::io::SessionCheck check = attn::io::SessionCheck::Computable)
{
    try {
        (void)attn::io::sessionFromJson(json, QString::fromUtf8(sourceName), check);
    } catch (const attn::io::SessionFileError& error) {
        return error.what();
    }
    return {};
}

inline attn::Session parse(const char* json)
{
    return attn::io::sessionFromJson(QByteArray(json), QStringLiteral("inline.json"));
}

inline bool startsWith(const std::string& text, const std::string& prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

inline QJsonObject jsonObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.isObject());
    return document.object();
}

/// An array of rows of numbers as a matrix (empty for anything else); null rows are not allowed here.
inline attn::Matrix matrixFrom(const QJsonValue& value)
{
    const QJsonArray rows = value.toArray();
    if (rows.isEmpty())
        return {};
    attn::Matrix m(rows.size(), rows.at(0).toArray().size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        EXPECT_EQ(row.size(), m.cols()) << "ragged or null row " << i;
        for (qsizetype j = 0; j < row.size() && j < m.cols(); ++j) {
            EXPECT_TRUE(row.at(j).isDouble());
            m(i, j) = row.at(j).toDouble();
        }
    }
    return m;
}

inline QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& v : value.toArray())
        strings.append(v.toString());
    return strings;
}

inline void expectBitwiseEqual(const attn::Matrix& actual, const attn::Matrix& expected, const char* what)
{
    ASSERT_EQ(actual.rows(), expected.rows()) << what;
    ASSERT_EQ(actual.cols(), expected.cols()) << what;
    for (Eigen::Index i = 0; i < expected.rows(); ++i)
        for (Eigen::Index j = 0; j < expected.cols(); ++j)
            EXPECT_EQ(std::bit_cast<std::uint64_t>(actual(i, j)), std::bit_cast<std::uint64_t>(expected(i, j)))
                << what << "(" << i << ", " << j << "): " << actual(i, j) << " vs " << expected(i, j);
}

using testfiles::readAll;
using testfiles::writeAll;

} // namespace iotest
