// Duplicate keys in a JSON object (issue 15, item 5): QJsonDocument keeps the last one silently; the scan in
// io/duplicatekeys.h finds them, and a session file that has one is refused with the key and its place.
#include "io/duplicatekeys.h"

#include "iotesthelpers.h"

#include <gtest/gtest.h>

using attn::io::detail::findDuplicateKey;
using iotest::parseError;

TEST(DuplicateKeys, NoneInObjectsWithDistinctKeys)
{
    EXPECT_FALSE(findDuplicateKey(R"({"a": 1, "b": {"a": 2, "b": [{"a": 3}, {"a": 4}]}})"));
    EXPECT_FALSE(findDuplicateKey(R"([{"x": 1}, {"x": 2}])"));
    EXPECT_FALSE(findDuplicateKey(R"({})"));
}

TEST(DuplicateKeys, ValuesEqualToKeysAreNoKeys)
{
    // "a" appears as a value and in an array of strings, but only once as a key.
    EXPECT_FALSE(findDuplicateKey(R"({"a": "a", "b": ["a", "a"], "c": {"d": "a"}})"));
}

TEST(DuplicateKeys, FindsTheSecondOccurrenceWithLineAndColumn)
{
    const auto duplicate = findDuplicateKey("{\n  \"queries\": [[1]],\n  \"queries\": [[2]]\n}");
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->key, QStringLiteral("queries"));
    EXPECT_EQ(duplicate->line, 3);
    EXPECT_EQ(duplicate->column, 3);
    EXPECT_EQ(duplicate->offset, 24); // "{\n" 2 + "  \"queries\": [[1]],\n" 20 + 2 blanks
}

TEST(DuplicateKeys, FindsThemInNestedObjects)
{
    const auto duplicate = findDuplicateKey(R"({"mask": {"kind": "window", "window": 1, "kind": "causal"}})");
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->key, QStringLiteral("kind"));
    EXPECT_EQ(duplicate->column, 42);
}

TEST(DuplicateKeys, FindsThemInObjectsInsideArrays)
{
    const auto duplicate = findDuplicateKey(R"({"list": [{"a": 1}, {"b": 1, "b": 2}]})");
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->key, QStringLiteral("b"));
}

TEST(DuplicateKeys, DecodesEscapesInKeys)
{
    // \u0071 is "q": the two keys are the same. A quote and a backslash escaped in a key do not end it.
    const auto same = findDuplicateKey(R"({"q": 1, "\u0071": 2})");
    ASSERT_TRUE(same);
    EXPECT_EQ(same->key, QStringLiteral("q"));
    EXPECT_FALSE(findDuplicateKey(R"({"a\"": 1, "a": 2, "a\\": 3})"));
    const auto quoted = findDuplicateKey(R"({"a\", \"a": 1, "a\", \"a": 2})");
    ASSERT_TRUE(quoted);
    EXPECT_EQ(quoted->key, QStringLiteral("a\", \"a"));
}

TEST(DuplicateKeys, BracesInsideStringsAreText)
{
    EXPECT_FALSE(findDuplicateKey(R"({"t": "{\"t\": 1, ", "u": "}], ["})"));
}

TEST(DuplicateKeys, SessionFileIsRefusedWithTheKeyAndItsLine)
{
    const QByteArray json = "{\n  \"queries\": [[1]],\n  \"keys\": [[1]],\n  \"values\": [[1]],\n"
                            "  \"queries\": [[2]]\n}\n";
    EXPECT_EQ(parseError(json), "inline.json: duplicate key \"queries\" at line 5, column 3: a key may appear only "
                                "once in an object");
    const QByteArray nested = R"({"queries": [[1]], "keys": [[1]], "values": [[1]],
 "scoring": {"function": "gaussian", "sigma": 1, "sigma": 2}})";
    EXPECT_EQ(parseError(nested), "inline.json: duplicate key \"sigma\" at line 2, column 50: a key may appear "
                                  "only once in an object");
}
