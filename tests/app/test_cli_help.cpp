// attnlab --help lists what the program does (both commands and the window's options), and every usage error
// points to it: exit code 2, nothing on stdout, one line "attnlab: … (see attnlab --help)" on stderr.

#include "clitesthelpers.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

TEST(CliHelp, ListsBothCommandsAndEveryOption)
{
    const Outcome run = attnlab({u"--help"_s}, headlessEnvironment());
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.endsWith('\n'));
    // The commands of README's "The command line", each with its session argument.
    for (const char* text :
         {"  compute SESSION.json", "  export SESSION.json --out DIR", "--handout <file>", "--handout-png <dir>",
          "-f, --format <formats>", "-s, --scale <n>", "-o, --out <dir>", "Errors exit with code 2."})
        EXPECT_TRUE(run.out.contains(text)) << text << "\n" << run.out.constData();
    // Not Qt's own options: attnlab does not take them.
    EXPECT_FALSE(run.out.contains("--help-all"));
    EXPECT_FALSE(run.out.contains("-platform"));
}

TEST(CliHelp, UsageErrorsPointToHelp)
{
    struct Case {
        QStringList arguments;
        QByteArray message;
    };
    const Case cases[] = {
        {{u"compute"_s},
         "attnlab: compute needs a session file: attnlab compute SESSION.json (see attnlab --help)\n"},
        {{u"export"_s},
         "attnlab: export needs a session file: attnlab export SESSION.json (see attnlab --help)\n"},
        {{u"frobnicate"_s},
         "attnlab: unknown command \"frobnicate\" (expected compute, export or a session file) (see attnlab "
         "--help)\n"},
        {{u"compute"_s, kWaistline, u"extra.json"_s},
         "attnlab: too many arguments after compute: \"extra.json\" (see attnlab --help)\n"},
    };
    for (const Case& c : cases) {
        const Outcome run = attnlab(c.arguments, headlessEnvironment());
        EXPECT_EQ(run.exitCode, 2) << c.arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.constData();
        EXPECT_EQ(run.err, c.message) << c.arguments.join(u' ').toStdString();
    }
}
