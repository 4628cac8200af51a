// attnlab --help lists what the program does (both commands and the window's options), and every usage error
// points to it: exit code 2, nothing on stdout, one line "attnlab: … (see attnlab --help)" on stderr.

#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

namespace {

/// A headless environment under a Chinese locale with no language chosen in Preferences (settings in `folder`).
QProcessEnvironment chineseEnvironment(const QString& folder)
{
    QProcessEnvironment chinese = headlessEnvironment();
    chinese.insert(u"XDG_CONFIG_HOME"_s, folder);
    chinese.remove(u"LC_ALL"_s);
    chinese.remove(u"LC_MESSAGES"_s);
    chinese.remove(u"LANGUAGE"_s);
    chinese.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
    return chinese;
}

} // namespace

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

// Under a Chinese locale the messages are Chinese, usage errors included (they are parsed before the program's
// translation is installed, so they are worded again once it is), and still exit 2 on stderr.
TEST(CliHelp, UsageErrorsAndHelpFollowAChineseLocale)
{
    QTemporaryDir settings; // no language chosen in a user's Preferences: the locale decides
    ASSERT_TRUE(settings.isValid());
    QProcessEnvironment chinese = chineseEnvironment(settings.path());
    const auto hasChinese = [](const QByteArray& bytes) {
        const QString text = QString::fromUtf8(bytes);
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };

    const Outcome unknown = attnlab({u"--no-such-option"_s}, chinese);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(hasChinese(unknown.err)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains("no-such-option")) << unknown.err.toStdString(); // the option is named

    const Outcome noDisplay = attnlab({}, chinese); // the window, but no display
    EXPECT_EQ(noDisplay.exitCode, 2);
    EXPECT_TRUE(hasChinese(noDisplay.err)) << noDisplay.err.toStdString();

    const Outcome help = attnlab({u"--help"_s}, chinese);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(hasChinese(help.out)) << help.out.toStdString();

    QProcessEnvironment english = chinese;
    english.insert(u"LANG"_s, u"C.UTF-8"_s);
    const Outcome plain = attnlab({u"--no-such-option"_s}, english);
    EXPECT_EQ(plain.exitCode, 2);
    EXPECT_FALSE(hasChinese(plain.err)) << plain.err.toStdString();
}

// A translation we ship that is missing from the installation (share/attnlab/translations beside the program's
// folder) is said on stderr, once, instead of silently falling back to English.
TEST(CliHelp, AMissingChineseTranslationIsReported)
{
    QTemporaryDir install; // <install>/bin/attnlab without <install>/share/attnlab/translations
    ASSERT_TRUE(install.isValid());
    ASSERT_TRUE(QDir(install.path()).mkpath(u"bin"_s));
    const QString program = install.filePath(u"bin/attnlab"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(ATTNLAB_EXE), program));
    QTemporaryDir settings;
    ASSERT_TRUE(settings.isValid());
    QProcessEnvironment chinese = chineseEnvironment(settings.path());
    const auto run = [&chinese](const QString& path) {
        QProcess process;
        process.setProcessEnvironment(chinese);
        process.start(path, {u"compute"_s, kWaistline});
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0);
        return process.readAllStandardError();
    };
    const QString folder = QDir::toNativeSeparators(install.filePath(u"share/attnlab/translations"_s));
    const std::string expected = "attnlab: No Chinese translation (attnlab_zh_CN.qm) in " + folder.toStdString() +
                                 ": the texts stay in English.\n";
    EXPECT_EQ(run(program).toStdString(), expected);
    // Installed beside it: nothing to say.
    ASSERT_TRUE(QDir(install.path()).mkpath(u"share/attnlab/translations"_s));
    const QString qm = QFileInfo(QStringLiteral(ATTNLAB_EXE))
                           .dir()
                           .absoluteFilePath(u"../share/attnlab/translations/attnlab_zh_CN.qm"_s);
    ASSERT_TRUE(QFile::copy(qm, install.filePath(u"share/attnlab/translations/attnlab_zh_CN.qm"_s)))
        << qm.toStdString();
    EXPECT_EQ(run(program), QByteArray());
}
