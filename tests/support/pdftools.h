// Reading PDF files in tests through poppler-utils (pdfinfo, pdftotext; installed by scripts/install-deps.sh).
// A missing tool is a test failure, not a skip.
#pragma once

#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace pdftools {

/// Runs `program` with `arguments`; its standard output, or an empty string after a test failure.
inline QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << program.toStdString() << " could not be started (install poppler-utils: "
                      << "scripts/install-deps.sh)";
        return {};
    }
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << ' ' << arguments.join(u' ').toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The number of pages of the PDF file `path` (pdfinfo's "Pages:"), or -1.
inline int pageCount(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The text of page `page` (1-based) of the PDF file `path`, as pdftotext extracts it (UTF-8).
inline QString pageText(const QString& path, int page)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), QString::number(page),
                QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
}

/// The (first-line) page size of the PDF file `path` in points, e.g. "841.89 x 595.276 pts (A4)".
inline QString pageSize(const QString& path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+(.+)$"),
                                         QRegularExpression::MultilineOption);
    return size.match(info).captured(1).trimmed();
}

} // namespace pdftools
