// attnlab --help and --version in the conventions of command-line tools: the text on stdout and exit code 0;
// a bad option gives exit code 2, nothing on stdout, and the message on stderr.

#include "clitesthelpers.h"

#include "attn/version.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

TEST(CliVersion, GeneratedVersionHeaderIsTheProjectVersion)
{
    // attn/version.h is configured from project(VERSION); the test gets PROJECT_VERSION on its own.
    EXPECT_STREQ(ATTNLAB_VERSION, ATTNLAB_PROJECT_VERSION);
}

TEST(CliVersion, VersionPrintsTheProjectVersionOnStdout)
{
    for (const QString& option : {u"--version"_s, u"-v"_s}) {
        const Outcome run = attnlab({option}, headlessEnvironment());
        EXPECT_EQ(run.exitCode, 0) << option.toStdString();
        EXPECT_EQ(run.out, QByteArray("attnlab " ATTNLAB_PROJECT_VERSION "\n")) << option.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    }
}

TEST(CliVersion, HelpPrintsUsageOnStdout)
{
    for (const QString& option : {u"--help"_s, u"-h"_s}) {
        const Outcome run = attnlab({option}, headlessEnvironment());
        EXPECT_EQ(run.exitCode, 0) << option.toStdString();
        EXPECT_TRUE(run.out.startsWith("Usage: attnlab [options] [compute|export] [SESSION.json]\n"))
            << run.out.constData();
        for (const char* text : {"-h, -?, --help", "-v, --version", "compute SESSION.json", "--screenshot <file>"})
            EXPECT_TRUE(run.out.contains(text)) << text << "\n" << run.out.constData();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    }
}

TEST(CliVersion, HelpAndVersionComeBeforeEverythingElse)
{
    // As in coreutils: --help/--version answer even beside a command and a file that does not exist.
    const Outcome version = attnlab({u"compute"_s, u"/nonexistent.json"_s, u"--version"_s}, headlessEnvironment());
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QByteArray("attnlab " ATTNLAB_PROJECT_VERSION "\n"));
    const Outcome help = attnlab({u"export"_s, u"--help"_s}, headlessEnvironment());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith("Usage: attnlab")) << help.out.constData();
}

TEST(CliVersion, UnknownOptionsExitTwoWithTheMessageOnStderr)
{
    const Outcome run = attnlab({u"--frobnicate"_s}, headlessEnvironment());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.constData();
    EXPECT_EQ(run.err, QByteArray("attnlab: Unknown option 'frobnicate' (see attnlab --help)\n"));

    const Outcome shortOption = attnlab({u"-x"_s, u"compute"_s, kWaistline}, headlessEnvironment());
    EXPECT_EQ(shortOption.exitCode, 2);
    EXPECT_TRUE(shortOption.out.isEmpty()) << shortOption.out.constData();
    EXPECT_EQ(shortOption.err, QByteArray("attnlab: Unknown option 'x' (see attnlab --help)\n"));

    const Outcome missingValue = attnlab({u"export"_s, kWaistline, u"--out"_s}, headlessEnvironment());
    EXPECT_EQ(missingValue.exitCode, 2);
    EXPECT_EQ(missingValue.err, QByteArray("attnlab: Missing value after '--out' (see attnlab --help)\n"));
}
