// Every fault in a session file gives a message that names the file, the field and the fault
// (docs/session-format.md, "Errors"). The expected texts are written out here, not copied from the program.

#include "fixtures.h"
#include "io/sessionjson.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

using namespace iotest;

namespace {

// Each fixture, and the fault its message must name after "<path>: ".
struct FileErrorCase {
    const char* file;
    const char* fault;
};

void PrintTo(const FileErrorCase& c, std::ostream* os)
{
    *os << c.file;
}

// Faults in inline JSON; the source name is "inline.json", so the message must start "inline.json: <fault>".
struct JsonErrorCase {
    const char* json;
    const char* fault;
};

void PrintTo(const JsonErrorCase& c, std::ostream* os)
{
    *os << c.json;
}

class SessionFileErrors : public testing::TestWithParam<FileErrorCase> {};
class SessionJsonErrors : public testing::TestWithParam<JsonErrorCase> {};

// Two queries, three keys, d_k = 2, d_v = 1.
#define QKV R"("queries": [[1, 0], [0, 1]], "keys": [[1, 0], [0, 1], [1, 1]], "values": [[1], [2], [3]])"
// Self-attention input: two tokens, d_model = 2.
#define X2 R"("X": [[1, 0], [0, 1]])"
#define I2 R"([[1, 0], [0, 1]])"

} // namespace

TEST_P(SessionFileErrors, MessageNamesTheFileAndTheFault)
{
    const QString path = sessionData(GetParam().file);
    const std::string message = readError(path);
    ASSERT_FALSE(message.empty()) << GetParam().file << " was accepted";
    EXPECT_TRUE(startsWith(message, path.toStdString() + ": ")) << message;
    EXPECT_NE(message.find(GetParam().fault), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, SessionFileErrors,
    testing::Values(
        // 87 bytes; the closing brace is missing, so the parser stops at the end of the text.
        FileErrorCase{"malformed.json",
                      "malformed JSON at byte offset 87 (line 5, column 1): unterminated object"},
        FileErrorCase{"missing_comma.json", "missing value separator"},
        FileErrorCase{"ragged_keys.json", "\"keys\" row 2 has 2 numbers, row 1 has 1"},
        FileErrorCase{"values_not_number.json", "\"values\" row 1, column 1 is not a number (\"abc\")"},
        FileErrorCase{"missing_queries.json", "\"queries\" is missing"},
        FileErrorCase{"dk_mismatch.json", "\"queries\" have d_k = 2 but \"keys\" have d_k = 1"},
        FileErrorCase{"nk_mismatch.json", "3 \"keys\" but 2 \"values\" rows"},
        FileErrorCase{"unknown_function.json",
                      "\"scoring\".\"function\": unknown scoring function \"cosinus\" (expected dot, scaled_dot, "
                      "general, additive, cosine, gaussian, boxcar, epanechnikov or linear)"},
        FileErrorCase{"negative_sigma.json", "\"scoring\".\"sigma\" must be > 0, got -1"},
        FileErrorCase{"newer_version.json",
                      "format version 3 is newer than this Attention Lab reads (up to version 2)"},
        FileErrorCase{"out_of_range.json", "illegal number"},
        FileErrorCase{"label_count.json", "\"key_labels\" has 3 labels but \"keys\" has 2 rows"},
        FileErrorCase{"empty.json", "the file is empty"},
        // 1e200 · 1e200 overflows: attn::validate's ParameterError, with the file name put in front.
        FileErrorCase{"score_overflow.json", "is not a finite number"},
        FileErrorCase{"valid_lengths_count.json", "\"mask\".\"valid_lengths\" has 1 entry for 2 query rows"},
        FileErrorCase{"zero_temperature.json", "\"normalization\".\"temperature\" must be > 0, got 0"},
        FileErrorCase{"heads_not_dividing.json", "\"multi_head\": 3 heads do not divide d_model = 4"},
        FileErrorCase{"unknown_normalization.json",
                      "\"normalization\".\"function\": unknown normalization \"softmx\" (expected softmax, "
                      "sparsemax or relu)"}));

TEST_P(SessionJsonErrors, MessageNamesTheSourceAndTheFault)
{
    const std::string message = parseError(QByteArray(GetParam().json));
    ASSERT_FALSE(message.empty()) << GetParam().json << " was accepted";
    EXPECT_TRUE(startsWith(message, "inline.json: ")) << message;
    EXPECT_NE(message.find(GetParam().fault), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Version1Fields, SessionJsonErrors,
    testing::Values(
        JsonErrorCase{R"([[1]])", "the top level must be a JSON object such as {\"queries\": …, \"keys\": …, "
                                  "\"values\": …}, not an array"},
        // Valid JSON documents that Qt's parser refuses ("illegal value") are named for what they hold.
        JsonErrorCase{"42", "inline.json: the top level must be a JSON object such as {\"queries\": …, \"keys\": "
                            "…, \"values\": …}, not a number"},
        JsonErrorCase{" null\n", "the top level must be a JSON object such as {\"queries\": …, \"keys\": …, "
                                 "\"values\": …}, not null"},
        JsonErrorCase{R"("hello")", "the top level must be a JSON object such as {\"queries\": …, \"keys\": …, "
                                    "\"values\": …}, not a string"},
        JsonErrorCase{"true", "…, \"values\": …}, not true"},
        // Two values are not one document: still malformed JSON.
        JsonErrorCase{"1, 2", "malformed JSON at byte offset"},
        JsonErrorCase{R"({"version": "1", "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be a whole number, got \"1\""},
        JsonErrorCase{R"({"version": 1.5, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be a whole number, got 1.5"},
        JsonErrorCase{R"({"version": 0, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"version\" must be 1 or more, got 0"},
        JsonErrorCase{R"({"title": 3, "queries": [[1]], "keys": [[1]], "values": [[1]]})",
                      "\"title\" must be a string, got 3"},
        JsonErrorCase{R"({"queries": "62", "keys": [[1]], "values": [[1]]})",
                      "\"queries\" must be an array of rows such as [[1, 2], [3, 4]], got \"62\""},
        JsonErrorCase{R"({"queries": [], "keys": [[1]], "values": [[1]]})", "\"queries\" has no rows"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [60, 64], "values": [[1], [2]]})",
                      "\"keys\" row 1 is not an array of numbers but 60"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1], []], "values": [[1], [2]]})", "\"keys\" row 2 is empty"},
        JsonErrorCase{R"({"queries": [[1, 2]], "keys": [[1, 2]], "values": [[1], [2, 3]]})",
                      "\"values\" row 2 has 2 numbers, row 1 has 1"},
        JsonErrorCase{R"({"queries": [[1, 2]], "keys": [[1, 2], [3]], "values": [[1], [2]]})",
                      "\"keys\" row 2 has 1 number, row 1 has 2"},
        JsonErrorCase{R"({"queries": [[1, null]], "keys": [[1, 2]], "values": [[1]]})",
                      "\"queries\" row 1, column 2 is not a number (null)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[true]], "values": [[1]]})",
                      "\"keys\" row 1, column 1 is not a number (true)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "query_labels": "q"})",
                      "\"query_labels\" must be an array of strings, got \"q\""},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "query_labels": ["a", "b"]})",
                      "\"query_labels\" has 2 labels but \"queries\" has 1 row"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1], [2]], "values": [[1], [2]], "key_labels": ["a", 2]})",
                      "\"key_labels\" item 2 is not a string (2)"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": "gaussian"})",
                      "\"scoring\" must be an object such as {\"function\": \"gaussian\", \"sigma\": 1}, got "
                      "\"gaussian\""},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"function": 1}})",
                      "\"scoring\".\"function\" must be a string (dot, scaled_dot, general, additive, cosine, "
                      "gaussian, boxcar, epanechnikov or linear), got 1"},
        // A place marker in the file's text stays as it is in the message.
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"function": "%4"}})",
                      "\"scoring\".\"function\": unknown scoring function \"%4\" (expected dot, scaled_dot,"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"sigma": "wide"}})",
                      "\"scoring\".\"sigma\" must be a number, got \"wide\""},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "scoring": {"sigma": 0}})",
                      "\"scoring\".\"sigma\" must be > 0, got 0"},
        JsonErrorCase{R"({"queries": [[1]], "keys": [[1]], "values": [[1]])",
                      "malformed JSON at byte offset 49 (line 1, column 50): unterminated object"},
        JsonErrorCase{R"({"queries": [[NaN]], "keys": [[1]], "values": [[1]]})", "illegal number"},
        JsonErrorCase{R"({"queries": [[-1e400]], "keys": [[1]], "values": [[1]]})", "illegal number"}));

INSTANTIATE_TEST_SUITE_P(
    Version2Fields, SessionJsonErrors,
    testing::Values(
        // normalization
        JsonErrorCase{
            "{" QKV R"(, "normalization": "softmax"})",
            "\"normalization\" must be an object such as {\"function\": \"softmax\", \"temperature\": 1}, "
            "got \"softmax\""},
        JsonErrorCase{"{" QKV R"(, "normalization": {"temperature": -0.5}})",
                      "\"normalization\".\"temperature\" must be > 0, got -0.5"},
        JsonErrorCase{"{" QKV R"(, "normalization": {"temperature": "hot"}})",
                      "\"normalization\".\"temperature\" must be a number, got \"hot\""},
        // mask
        JsonErrorCase{"{" QKV R"(, "mask": {}})",
                      "\"mask\".\"kind\" is missing (expected none, causal, valid_lengths, window or cells)"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "diagonal"}})",
                      "\"mask\".\"kind\": unknown mask kind \"diagonal\" (expected none, causal, valid_lengths, "
                      "window or cells)"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths"}})",
                      "\"mask\".\"valid_lengths\" is missing (one length per query row, e.g. [2, 6])"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": "2"}})",
                      "\"mask\".\"valid_lengths\" must be an array of whole numbers such as [2, 6], got \"2\""},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": [1, 2, 3]}})",
                      "\"mask\".\"valid_lengths\" has 3 entries for 2 query rows"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": [1, 2.5]}})",
                      "\"mask\".\"valid_lengths\" item 2 must be a whole number \u2265 0, got 2.5"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": [-1, 2]}})",
                      "\"mask\".\"valid_lengths\" item 1 must be a whole number \u2265 0, got -1"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": [1, 4]}})",
                      "\"mask\".\"valid_lengths\" item 2 is 4, more than the 3 keys"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "window"}})",
                      "\"mask\".\"window\" is missing (the window width w \u2265 0)"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "window", "window": -1}})",
                      "\"mask\".\"window\" must be a whole number \u2265 0, got -1"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "cells", "cells": [[0, 1], [2, 0]]}})",
                      "\"mask\".\"cells\" item 2 is [2, 0], outside the 2 \u00d7 3 scores (queries 0 \u2026 1, "
                      "keys 0 \u2026 2, counted from 0)"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "cells", "cells": [[0, -1]]}})",
                      "\"mask\".\"cells\" item 1 must be a [query, key] pair of 0-based whole numbers such as "
                      "[0, 1], got [0,-1]"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "cells", "cells": [1, 2]}})",
                      "\"mask\".\"cells\" item 1 must be a [query, key] pair of 0-based whole numbers such as "
                      "[0, 1], got 1"},
        // scoring parameters
        JsonErrorCase{"{" QKV R"(, "scoring": {"function": "general"}})",
                      "\"scoring\".\"W\" is missing (general scoring needs W, d_q \u00d7 d_k)"},
        JsonErrorCase{"{" QKV R"(, "scoring": {"function": "general", "W": [[1, 2, 3]]}})",
                      "\"scoring\".\"W\" is 1 \u00d7 3 but general scoring needs d_q \u00d7 d_k = 2 \u00d7 2"},
        JsonErrorCase{
            "{" QKV R"(, "scoring": {"function": "additive", "W_q": [[1], [1]], "W_k": [[1], [1]]}})",
            "\"scoring\".\"w_v\" is missing (additive scoring needs W_q, d_q \u00d7 h; W_k, d_k \u00d7 h; "
            "w_v, h)"},
        JsonErrorCase{"{" QKV
                      R"(, "scoring": {"function": "additive", "W_q": [[1], [1]], "W_k": [[1]], "w_v": [1]}})",
                      "\"scoring\".\"W_k\" is 1 \u00d7 1 but additive scoring needs 2 \u00d7 1 (h = 1, the length "
                      "of \"w_v\")"},
        JsonErrorCase{"{" QKV
                      R"(, "scoring": {"function": "additive", "W_q": [[1], [1]], "W_k": [[1], [1]], "w_v": []}})",
                      "\"scoring\".\"w_v\" must be a non-empty array of numbers such as [1, -1], got []"},
        // self-attention
        JsonErrorCase{R"({"self_attention": [[1]]})", "\"self_attention\" must be an object such as {\"X\""},
        JsonErrorCase{R"({"self_attention": {"W_Q": [[1]]}})", "\"self_attention\".\"X\" is missing"},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(, "W_Q": )" I2 R"(, "W_K": )" I2 R"(}})",
                      "\"self_attention\".\"W_V\" is missing (self-attention needs W_Q, W_K and W_V unless "
                      "\"multi_head\" is given)"},
        JsonErrorCase{
            R"({"self_attention": {)" X2 R"(, "W_Q": [[1], [0], [0]], "W_K": )" I2 R"(, "W_V": )" I2 R"(}})",
            "\"self_attention\".\"W_Q\" has 3 rows but \"self_attention\".\"X\" has d_model = 2 columns"},
        JsonErrorCase{
            R"({"self_attention": {)" X2 R"(, "W_Q": [[1], [0]], "W_K": )" I2 R"(, "W_V": )" I2 R"(}})",
            "\"self_attention\".\"W_Q\" has 1 column but \"W_K\" has 2 columns: scaled_dot scoring needs "
            "queries and keys of equal d_k"},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(, "W_Q": )" I2 R"(, "W_K": )" I2 R"(, "W_V": )" I2
                      R"(, "positional_encoding": "yes"}})",
                      "\"self_attention\".\"positional_encoding\" must be true or false, got \"yes\""},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(, "W_Q": )" I2 R"(, "W_K": )" I2 R"(, "W_V": )" I2
                      R"(}, "query_labels": ["a", "b", "c"]})",
                      "\"query_labels\" has 3 labels but \"self_attention\".\"X\" has 2 rows"},
        // multi-head
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": 0, "W_Q": )" I2 R"(, "W_K": )" I2
                      R"(, "W_V": )" I2 R"(, "W_O": )" I2 R"(}})",
                      "\"multi_head\".\"heads\" must be a whole number \u2265 1, got 0"},
        JsonErrorCase{
            R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": 2, "W_Q": )" I2 R"(, "W_K": )" I2
            R"(, "W_V": )" I2 R"(}})",
            "\"multi_head\".\"W_O\" is missing (multi-head attention needs heads, W_Q, W_K, W_V and W_O)"},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": 2, "W_Q": )" I2 R"(, "W_K": )" I2
                      R"(, "W_V": )" I2 R"(, "W_O": [[1, 0, 0], [0, 1, 0]]}})",
                      "\"multi_head\".\"W_O\" is 2 \u00d7 3 but must be d_model \u00d7 d_model = 2 \u00d7 2"},
        JsonErrorCase{"{" QKV R"(, "multi_head": {"heads": 1, "W_Q": )" I2 R"(, "W_K": )" I2 R"(, "W_V": )" I2
                      R"(, "W_O": )" I2 R"(}})",
                      "\"values\" have 1 column but multi-head attention needs d_model = 2 (the columns of "
                      "\"queries\")"},
        // attn::validate's own message, with the source name in front.
        JsonErrorCase{
            R"({"queries": [[0, 0]], "keys": [[1, 0]], "values": [[1]], "scoring": {"function": "cosine"}})",
            "inline.json: cosine scoring: query 1 has zero length, so its angle to a key is undefined"}));

// A wrong type in every kind of field that the earlier lists do not cover yet.
INSTANTIATE_TEST_SUITE_P(
    WrongTypes, SessionJsonErrors,
    testing::Values(
        JsonErrorCase{"{" QKV R"(, "scoring": {"function": "general", "W": 5}})",
                      "\"scoring\".\"W\" must be an array of rows such as [[1, 2], [3, 4]], got 5"},
        JsonErrorCase{"{" QKV R"(, "scoring": {"function": "additive", "W_q": [[1]], "W_k": [[1]], "w_v": "x"}})",
                      "\"scoring\".\"w_v\" must be a non-empty array of numbers such as [1, -1], got \"x\""},
        JsonErrorCase{
            "{" QKV R"(, "scoring": {"function": "additive", "W_q": [[1, 1]], "W_k": [[1, 1]], "w_v": [1, "b"]}})",
            "\"scoring\".\"w_v\" item 2 is not a number (\"b\")"},
        JsonErrorCase{"{" QKV R"(, "normalization": {"function": 2}})",
                      "\"normalization\".\"function\" must be a string (softmax, sparsemax or relu), got 2"},
        JsonErrorCase{"{" QKV R"(, "mask": "causal"})",
                      "\"mask\" must be an object such as {\"kind\": \"causal\"}, got \"causal\""},
        JsonErrorCase{
            "{" QKV R"(, "mask": {"kind": true}})",
            "\"mask\".\"kind\" must be a string (none, causal, valid_lengths, window or cells), got true"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "valid_lengths", "valid_lengths": ["2", 1]}})",
                      "\"mask\".\"valid_lengths\" item 1 must be a whole number \u2265 0, got \"2\""},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "window", "window": "2"}})",
                      "\"mask\".\"window\" must be a whole number \u2265 0, got \"2\""},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "window", "window": 1e300}})",
                      "\"mask\".\"window\" must be a whole number \u2265 0, got 1e+300"},
        JsonErrorCase{"{" QKV R"(, "mask": {"kind": "cells", "cells": {}}})",
                      "\"mask\".\"cells\" must be an array of [query, key] pairs such as [[0, 1]], got {}"},
        JsonErrorCase{
            R"({"self_attention": {"X": "tokens"}})",
            "\"self_attention\".\"X\" must be an array of rows such as [[1, 2], [3, 4]], got \"tokens\""},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(, "W_Q": {}, "W_K": )" I2 R"(, "W_V": )" I2 R"(}})",
                      "\"self_attention\".\"W_Q\" must be an array of rows such as [[1, 2], [3, 4]], got {}"},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": 2})",
                      "\"multi_head\" must be an object such as {\"heads\": 2, "},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": "two", "W_Q": )" I2
                      R"(, "W_K": )" I2 R"(, "W_V": )" I2 R"(, "W_O": )" I2 R"(}})",
                      "\"multi_head\".\"heads\" must be a whole number \u2265 1, got \"two\""},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": 1.5, "W_Q": )" I2
                      R"(, "W_K": )" I2 R"(, "W_V": )" I2 R"(, "W_O": )" I2 R"(}})",
                      "\"multi_head\".\"heads\" must be a whole number \u2265 1, got 1.5"},
        JsonErrorCase{R"({"self_attention": {)" X2 R"(}, "multi_head": {"heads": 1, "W_Q": [1, 0], "W_K": )" I2
                      R"(, "W_V": )" I2 R"(, "W_O": )" I2 R"(}})",
                      "\"multi_head\".\"W_Q\" row 1 is not an array of numbers but 1"}));

// Binary data is named as such, with its byte offset, instead of a JSON parse error.
INSTANTIATE_TEST_SUITE_P(
    BinaryData, SessionJsonErrors,
    testing::Values(
        // "é" in Latin-1 (0xE9) is not UTF-8: byte 14 of the text.
        JsonErrorCase{
            "{\"title\": \"caf\xE9\", " QKV "}",
            "inline.json: binary data at byte 14 (line 1, column 15): a session file is JSON text in UTF-8"},
        JsonErrorCase{"\xFF\xFE{\0",
                      "inline.json: binary data at byte 0 (line 1, column 1): a session file is JSON "
                      "text in UTF-8"},
        JsonErrorCase{"\x93NUMPY\x01",
                      "inline.json: binary data at byte 0: this is a NumPy .npy file, not a session "
                      "file (import it into a table instead)"}));

TEST(SessionErrors, NulByteIsBinaryData)
{
    const QByteArray json("{\"queries\": [[1]],\n \"keys\"\0: [[1]]}", 33);
    EXPECT_EQ(parseError(json),
              "inline.json: binary data at byte 26 (line 2, column 8): a session file is JSON text "
              "in UTF-8");
}

TEST(SessionErrors, BinaryDataAtTheFirstByteIsInColumnOne)
{
    // A binary file whose first byte is not UTF-8 and that has a newline further on: line 1, column 1 (the
    // breaker's PNG-like file was placed at "column -120").
    const QByteArray json("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    EXPECT_EQ(parseError(json),
              "inline.json: binary data at byte 0 (line 1, column 1): a session file is JSON text in UTF-8");
}

TEST(SessionErrors, NpyFileGivenAsSessionIsNamed)
{
    const QString path = QStringLiteral(TEST_DATA_DIR "/npy/f8_c.npy");
    EXPECT_EQ(readError(path), path.toStdString() + ": binary data at byte 0: this is a NumPy .npy file, not a "
                                                    "session file (import it into a table instead)");
}

TEST(SessionErrors, TruncatedJsonSaysTheFileEndsEarly)
{
    // Waistline queries, keys and values, cut off after 83 bytes inside the number 126 on line 4.
    const QString path = sessionData("truncated.json");
    ASSERT_EQ(readAll(path).size(), 83);
    EXPECT_EQ(readError(path), path.toStdString() +
                                   ": malformed JSON at byte offset 83 (line 4, column 31): invalid "
                                   "termination by number; the file ends after 83 bytes, before the "
                                   "JSON is complete (is it cut off?)");

    // Inside a number, inside a string, and after the last member: each ends early.
    for (const char* json : {R"({"queries": [[1]], "keys": [[1]], "values": [[1)",
                             R"({"queries": [[1]], "keys": [[1]], "values": [[1]], "title": "ab)",
                             "{\"queries\": [[1]], \"keys\": [[1]], \"values\": [[1]],  \n\n"}) {
        const std::string inlineMessage = parseError(json);
        EXPECT_NE(inlineMessage.find("before the JSON is complete (is it cut off?)"), std::string::npos)
            << inlineMessage;
    }
    // A fault in the middle is not called a cut-off file.
    EXPECT_EQ(parseError(R"({"queries": [[1]], "keys": [[1]] "values": [[1]]})").find("cut off"),
              std::string::npos);
}

TEST(SessionErrors, MatricesAboveTheLimitAreRefused)
{
    // kMaxMatrixSide = 8192 rows and columns (docs/session-format.md).
    const auto repeated = [](const char* item, int count) {
        QByteArray text = item;
        for (int i = 1; i < count; ++i)
            text += QByteArray(", ") + item;
        return text;
    };
    const QByteArray wide = "[" + repeated("0", 8192) + "]";
    EXPECT_EQ(parse(("{\"queries\": [" + wide + "], \"keys\": [" + wide + "], \"values\": [[1]]}").constData())
                  .queries.cols(),
              8192);
    EXPECT_EQ(parseError("{\"queries\": [[1]], \"keys\": [" + repeated("[1]", 8193) + "], \"values\": [" +
                         repeated("[1]", 8193) + "]}"),
              "inline.json: \"keys\" has 8193 rows, more than the limit of 8192 (docs/session-format.md)");
    EXPECT_EQ(
        parseError("{\"queries\": [[1], [" + repeated("1", 8193) + "]], \"keys\": [[1]], \"values\": [[1]]}"),
        "inline.json: \"queries\" row 2 has 8193 numbers, more than the limit of 8192 columns "
        "(docs/session-format.md)");
    EXPECT_EQ(parseError("{" QKV ", \"scoring\": {\"function\": \"additive\", \"W_q\": [[1]], \"W_k\": [[1]], "
                         "\"w_v\": [" +
                         repeated("1", 8193) + "]}}"),
              "inline.json: \"scoring\".\"w_v\" has 8193 numbers, more than the limit of 8192 "
              "(docs/session-format.md)");
}

TEST(SessionErrors, SavingUnderARegularFileFailsAndSaysWhere)
{
    // /etc/passwd is a file, so no directory can be made under it, not even by root.
    const QString error = writecheck::errorOf(
        attn::io::writeSessionFile(QStringLiteral("/etc/passwd/x.json"), attn::waistlineExample()));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot save /etc/passwd/x.json: "))) << error.toStdString();
}
