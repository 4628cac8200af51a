// A session that cannot be computed is still a session: it is saved as it is and reads back exactly for the
// window (SessionCheck::Editable), while `attnlab compute` (SessionCheck::Computable) refuses it naming the
// fault. Numbers at the edges of a double (1e200, the largest double, subnormals) keep every bit.

#include "attn/errors.h"
#include "fixtures.h"
#include "io/sessionjson.h"

#include "../support/writeresultcheck.h"
#include "iotesthelpers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <limits>

using namespace iotest;
using namespace Qt::Literals::StringLiterals;
using attn::io::SessionCheck;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// Writes `s` to a temporary file and reads it back as the window does.
attn::Session saveAndOpen(const attn::Session& s, QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"s.json"_s);
    EXPECT_TRUE(writecheck::succeeded(attn::io::writeSessionFile(path, s)));
    return attn::io::readSessionFile(path);
}

} // namespace

TEST(Uncomputable, AnOverflowingScoreIsSavedAndReadsBackExactly)
{
    // 1e200 in a query under Gaussian scoring: (q − k)² = 1e400 overflows a double.
    attn::Session s = attn::waistlineExample();
    s.queries(0, 0) = 1e200;
    s.keys(0, 0) = std::numeric_limits<double>::max();
    s.keys(1, 0) = 4.9406564584124654e-324; // the smallest subnormal
    s.keys(2, 0) = -1e-300;
    s.values(0, 0) = 999.0;
    ASSERT_THROW(attn::validate(s), attn::AttentionError);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const attn::Session back = saveAndOpen(s, dir);
    EXPECT_TRUE(sameBits(back.queries(0, 0), 1e200));
    EXPECT_TRUE(sameBits(back.keys(0, 0), 1.7976931348623157e308));
    EXPECT_TRUE(sameBits(back.keys(1, 0), 4.9406564584124654e-324));
    EXPECT_TRUE(sameBits(back.keys(2, 0), -1e-300));
    EXPECT_EQ(back.values(0, 0), 999.0);
    EXPECT_EQ(back.scoring.function, attn::ScoringFunction::Gaussian);
    EXPECT_EQ(attn::io::sessionToJson(back), attn::io::sessionToJson(s));

    // `attnlab compute` reads the same file as it always did: refused, naming the file and the fault.
    const QString path = dir.filePath(u"s.json"_s);
    const std::string message = readError(path, SessionCheck::Computable);
    EXPECT_TRUE(startsWith(message, path.toStdString() + ": ")) << message;
    EXPECT_NE(message.find("is not a finite number"), std::string::npos) << message;
}

TEST(Uncomputable, HeadsThatDoNotDivideDModelAreSavedAndRead)
{
    // The fixture (3 heads, d_model = 4) as the window holds it after the heads box is set to 3.
    const attn::Session s = attn::io::readSessionFile(sessionData("heads_not_dividing.json"));
    ASSERT_TRUE(s.multi_head.has_value());
    EXPECT_EQ(s.multi_head->heads, 3);
    EXPECT_EQ(s.self_attention->X.cols(), 4);
    EXPECT_EQ(readError(sessionData("heads_not_dividing.json"), SessionCheck::Computable),
              sessionData("heads_not_dividing.json").toStdString() +
                  ": \"multi_head\": 3 heads do not divide d_model = 4");

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const attn::Session back = saveAndOpen(s, dir);
    ASSERT_TRUE(back.multi_head.has_value());
    EXPECT_EQ(back.multi_head->heads, 3);
    EXPECT_EQ(back.self_attention->X, s.self_attention->X);
    EXPECT_EQ(back.multi_head->W_O, s.multi_head->W_O);
}

TEST(Uncomputable, AZeroLengthKeyUnderCosineScoringIsSaved)
{
    attn::Session s;
    s.queries = attn::Matrix{{1.0, 0.0}};
    s.keys = attn::Matrix{{0.0, 0.0}, {0.0, 1.0}}; // cos(q, 0) is 0 / 0
    s.values = attn::Matrix{{1.0}, {2.0}};
    s.scoring.function = attn::ScoringFunction::Cosine;
    ASSERT_THROW(attn::validate(s), attn::AttentionError);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const attn::Session back = saveAndOpen(s, dir);
    EXPECT_EQ(back.scoring.function, attn::ScoringFunction::Cosine);
    EXPECT_EQ(back.keys, s.keys);
}

TEST(Uncomputable, TheWindowsReadingStillRefusesWhatItCannotHold)
{
    // Shapes that do not fit and invalid parameters are refused by both readings, with the same message.
    for (const char* file : {"dk_mismatch.json", "nk_mismatch.json", "valid_lengths_count.json",
                             "negative_sigma.json", "zero_temperature.json", "label_count.json"}) {
        SCOPED_TRACE(file);
        const std::string editable = readError(sessionData(file), SessionCheck::Editable);
        EXPECT_FALSE(editable.empty());
        EXPECT_EQ(editable, readError(sessionData(file), SessionCheck::Computable));
    }
    // More heads than d_model: the window's heads box stops at d_model.
    EXPECT_EQ(parseError(R"({"queries": [[1, 0]], "keys": [[1, 0]], "values": [[1, 0]], "multi_head": {"heads": 3,
                          "W_Q": [[1, 0], [0, 1]], "W_K": [[1, 0], [0, 1]], "W_V": [[1, 0], [0, 1]],
                          "W_O": [[1, 0], [0, 1]]}})",
                         "inline.json", SessionCheck::Editable),
              "inline.json: \"multi_head\": 3 heads are more than d_model = 2");
}

TEST(Uncomputable, OnlyWhatJsonCannotHoldIsRefused)
{
    attn::Session s = attn::waistlineExample();
    s.scoring.function = attn::ScoringFunction::General;
    s.scoring.W = attn::Matrix{{std::numeric_limits<double>::infinity()}};
    EXPECT_EQ(attn::io::unwritableReason(s), u"\"scoring\".\"W\" has an entry that is not a finite number"_s);
    s.scoring.W(0, 0) = 1e200; // finite: written, however large
    EXPECT_EQ(attn::io::unwritableReason(s), QString());
    attn::Session tall = attn::waistlineExample();
    tall.keys = attn::Matrix::Zero(8193, 1); // past the reader's limit of 8192 rows
    tall.values = attn::Matrix::Zero(8193, 1);
    tall.key_labels.clear();
    EXPECT_EQ(attn::io::unwritableReason(tall),
              u"\"keys\" has 8193 rows, more than the limit of 8192 (docs/session-format.md)"_s);
    s.normalization.temperature = 0.0;
    EXPECT_EQ(attn::io::unwritableReason(s), u"\"normalization\".\"temperature\" must be > 0, got 0"_s);
}
