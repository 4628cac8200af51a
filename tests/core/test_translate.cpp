// The core's translation hook (attn/translate.h): substitute() against Qt's placeholder rules worked by hand,
// a test translator (hand-written Chinese for a few known sources) changing explanations and error messages,
// nullptr restoring the English, and translate() from several threads at once.
#include "attn/errors.h"
#include "attn/evaluation.h"
#include "attn/explain.h"
#include "attn/session.h"
#include "attn/translate.h"
#include "fixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using attn::substitute;

namespace {

// --- substitute() ---------------------------------------------------------------------------------------------

TEST(Substitute, FillsPlaceholdersInOrder)
{
    EXPECT_EQ(substitute("Score of %1 for %2", {"k", "q"}), "Score of k for q");
    EXPECT_EQ(substitute("%1", {"only"}), "only");
    EXPECT_EQ(substitute("no placeholder", {"unused"}), "no placeholder");
    EXPECT_EQ(substitute("", {"x"}), "");
}

TEST(Substitute, TranslatorMayReorderAndRepeat)
{
    EXPECT_EQ(substitute("%2 \u7684 %1", {"key", "query"}), "query \u7684 key");
    EXPECT_EQ(substitute("j = %3 > %1, len %1", {"2", "1", "3"}), "j = 3 > 2, len 2");
}

TEST(Substitute, AllNinePlaceholders)
{
    EXPECT_EQ(substitute("%9%8%7%6%5%4%3%2%1", {"a", "b", "c", "d", "e", "f", "g", "h", "i"}), "ihgfedcba");
}

TEST(Substitute, MissingArgumentsStayAsTheyAre)
{
    EXPECT_EQ(substitute("%1 and %3", {"x", "y"}), "x and %3");
    EXPECT_EQ(substitute("%1 %2", {}), "%1 %2");
}

TEST(Substitute, OneDigitPlaceholders)
{
    // Documented choice: %10 is %1 followed by "0" (QString::arg would read the tenth argument).
    EXPECT_EQ(substitute("%10", {"x"}), "x0");
    EXPECT_EQ(substitute("%0 and %1", {"x"}), "%0 and x");
}

TEST(Substitute, LonePercentSignsStay)
{
    EXPECT_EQ(substitute("100%", {"x"}), "100%");
    EXPECT_EQ(substitute("50% of %1", {"x"}), "50% of x");
    EXPECT_EQ(substitute("%a%", {"x"}), "%a%");
    EXPECT_EQ(substitute("%%1", {"x"}), "%x"); // as in Qt: "%%" is no escape
}

TEST(Substitute, InsertedTextIsNotSubstitutedAgain)
{
    EXPECT_EQ(substitute("%1 then %2", {"%2", "b"}), "%2 then b");
    EXPECT_EQ(substitute("%1", {"%1%1"}), "%1%1");
}

TEST(Substitute, KeepsMultiByteUtf8)
{
    EXPECT_EQ(substitute("\u03c3 = %1 \u2264 %2", {"\u22122", "\u2082"}), "\u03c3 = \u22122 \u2264 \u2082");
}

// --- a test translator ------------------------------------------------------------------------------------------

struct Entry {
    const char* context;
    const char* source;
    const char* translation;
};

// Hand-written Simplified Chinese for a few sources, some with their placeholders reordered.
constexpr Entry kChinese[] = {
    {"attn::Explain", "Attention weight of key \u201c%1\u201d for query \u201c%2\u201d",
     "\u67e5\u8be2\u201c%2\u201d\u5bf9\u952e\u201c%1\u201d\u7684\u6ce8\u610f\u529b\u6743\u91cd"},
    {"attn::Errors", "bandwidth \u03c3 must be a finite number > 0, got %1",
     "\u5e26\u5bbd \u03c3 \u5fc5\u987b\u662f\u5927\u4e8e 0 \u7684\u6709\u9650\u6570\uff0c\u5b9e\u9645\u4e3a %1"},
    {"attn::Explain", "%1 (masked keys left out)",
     "\uff08\u5df2\u7565\u53bb\u88ab\u63a9\u7801\u7684\u952e\uff09%1"},
    {"attn::Explain",
     "Key \u201c%1\u201d is masked for query \u201c%2\u201d (%3), so its weight %4 is exactly 0 and it is left "
     "out "
     "of the normalisation.",
     "\u5bf9\u67e5\u8be2\u201c%2\u201d\u800c\u8a00\u952e\u201c%1\u201d\u88ab\u63a9\u7801\uff08%"
     "3\uff09\uff0c\u6240\u4ee5\u5b83\u7684"
     "\u6743\u91cd %4 \u6070\u4e3a 0\uff0c\u4e0d\u53c2\u4e0e\u5f52\u4e00\u5316\u3002"},
    {"attn::Masks", "causal mask: j = %1 > i = %2", "\u56e0\u679c\u63a9\u7801\uff1aj = %1 > i = %2"},
    // The same source in another context is another message.
    {"attn::Masks", "Attention weight of key \u201c%1\u201d for query \u201c%2\u201d", "WRONG CONTEXT"},
};

std::atomic<int> g_calls{0};

std::string chinese(const char* context, const char* source)
{
    g_calls.fetch_add(1, std::memory_order_relaxed);
    for (const Entry& e : kChinese)
        if (std::strcmp(e.context, context) == 0 && std::strcmp(e.source, source) == 0)
            return e.translation;
    return source; // what QCoreApplication::translate returns for a missing translation
}

std::string marked(const char* /*context*/, const char* source)
{
    return std::string("[zh]") + source;
}

std::string empty(const char* /*context*/, const char* /*source*/)
{
    return {};
}

/// Installs a translator for one test and always restores "no translation", so no other test sees it.
class Translated : public ::testing::Test {
protected:
    void TearDown() override { attn::setTranslator(nullptr); }
};

std::string sigmaError(const attn::Session& s)
{
    try {
        attn::evaluate(s);
    } catch (const attn::ParameterError& e) {
        return e.what();
    }
    return "no ParameterError";
}

attn::Explanation weightOfSixty()
{
    const attn::Session s = attn::waistlineExample();
    return attn::explain(s, attn::evaluate(s), attn::CellRef{attn::Stage::Weights, -1, 0, 0});
}

TEST_F(Translated, NoTranslatorReturnsTheSource)
{
    attn::setTranslator(nullptr);
    EXPECT_EQ(attn::translate("attn::Errors", "window w must be \u2265 0, got %1"),
              "window w must be \u2265 0, got %1");
    EXPECT_EQ(ATTN_TR("attn::Explain", "Head %1: %2"), "Head %1: %2");
}

TEST_F(Translated, TranslatorSeesContextAndSource)
{
    attn::setTranslator(&chinese);
    EXPECT_EQ(ATTN_TR("attn::Masks", "causal mask: j = %1 > i = %2"),
              "\u56e0\u679c\u63a9\u7801\uff1aj = %1 > i = %2");
    EXPECT_EQ(ATTN_TR("attn::Masks", "Attention weight of key \u201c%1\u201d for query \u201c%2\u201d"),
              "WRONG CONTEXT");
    EXPECT_EQ(ATTN_TR("attn::Masks", "not in the table"), "not in the table");
}

TEST_F(Translated, EmptyTranslationFallsBackToTheSource)
{
    attn::setTranslator(&empty);
    EXPECT_EQ(ATTN_TR("attn::Errors", "keys are empty (%1)"), "keys are empty (%1)");
}

TEST_F(Translated, ExplanationTitleAndErrorMessage)
{
    attn::Session bad = attn::waistlineExample();
    bad.scoring.sigma = 0.0;

    attn::setTranslator(&chinese);
    const attn::Explanation zh = weightOfSixty();
    EXPECT_EQ(zh.title,
              "\u67e5\u8be2\u201c62 cm\u201d\u5bf9\u952e\u201c60 cm\u201d\u7684\u6ce8\u610f\u529b\u6743\u91cd");
    EXPECT_EQ(sigmaError(bad), "\u5e26\u5bbd \u03c3 \u5fc5\u987b\u662f\u5927\u4e8e 0 \u7684\u6709\u9650\u6570"
                               "\uff0c\u5b9e\u9645\u4e3a 0.000000");
    // The formula itself is math: the same as in English (tests/core/test_explain.cpp).
    EXPECT_EQ(zh.text, "a(62, 60) = exp(\u2212(62 \u2212 60)\u00b2/2) / [exp(\u22122) + exp(\u22122) + "
                       "exp(\u221218)] = 0.49999997");

    attn::setTranslator(nullptr);
    const attn::Explanation en = weightOfSixty();
    EXPECT_EQ(en.title, "Attention weight of key \u201c60 cm\u201d for query \u201c62 cm\u201d");
    EXPECT_EQ(sigmaError(bad), "bandwidth \u03c3 must be a finite number > 0, got 0.000000");
    EXPECT_EQ(en.latex, zh.latex);
}

TEST_F(Translated, MarkedTranslatorReachesEveryError)
{
    attn::setTranslator(&marked);
    attn::Session s = attn::waistlineExample();
    s.mask.kind = attn::MaskKind::Window;
    s.mask.window = -2;
    try {
        attn::evaluate(s);
        FAIL() << "no error";
    } catch (const attn::ParameterError& e) {
        EXPECT_STREQ(e.what(), "[zh]window w must be \u2265 0, got -2");
    }
    try {
        attn::explain(attn::waistlineExample(), attn::evaluate(attn::waistlineExample()),
                      attn::CellRef{attn::Stage::Weights, -1, 0, 3});
        FAIL() << "no error";
    } catch (const attn::ShapeError& e) {
        // The stage name is a translated phrase of its own inside the translated sentence.
        EXPECT_STREQ(
            e.what(),
            "[zh]explain: cell [0, 3] (row, column; 0-based) lies outside the 1 \u00d7 3 [zh]attention weights");
    }
}

/// One query 1 against keys 1 … 6 (dot scoring), valid length 5: the sixth key is masked. Softmax weight a₁₁ =
/// e¹ / (e¹ + … + e⁵) = 0.011656230956 (NumPy), a sum of five terms that the short text shortens.
attn::Session fiveVisibleKeys()
{
    attn::Session s;
    s.queries = attn::Matrix{{1.0}};
    s.keys = attn::Matrix{{1.0}, {2.0}, {3.0}, {4.0}, {5.0}, {6.0}};
    s.values = s.keys;
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    s.mask.kind = attn::MaskKind::ValidLengths;
    s.mask.valid_lengths = {5};
    return s;
}

TEST_F(Translated, SentenceAroundASumKeepsTheSumShortened)
{
    const attn::Session s = fiveVisibleKeys();
    const attn::Computation c = attn::evaluate(s);
    const attn::CellRef cell{attn::Stage::Weights, -1, 0, 0};
    const std::string formula = "a\u2081\u2081 = exp(s\u2081\u2081) / \u03a3\u2c7c exp(s\u2081\u2c7c) = exp(1)/[";
    const std::string note = "\uff08\u5df2\u7565\u53bb\u88ab\u63a9\u7801\u7684\u952e\uff09";

    const attn::Explanation en = attn::explain(s, c, cell);
    EXPECT_EQ(en.text,
              formula + "exp(1) + exp(2) + exp(3) + \u2026 + exp(5)] = 0.01165623 (masked keys left out)");

    attn::setTranslator(&chinese);
    const attn::Explanation zh = attn::explain(s, c, cell);
    // The note moved in front; the sum after it is still shortened in the text and whole in the full text.
    EXPECT_EQ(zh.text, note + formula + "exp(1) + exp(2) + exp(3) + \u2026 + exp(5)] = 0.01165623");
    EXPECT_EQ(zh.full_text, note + formula + "exp(1) + exp(2) + exp(3) + exp(4) + exp(5)] = 0.01165623");
    EXPECT_EQ(zh.latex, en.latex);
}

TEST_F(Translated, MaskRuleInsideAnExplanationSentence)
{
    attn::Session s;
    s.queries = attn::Matrix{{1.0}, {2.0}};
    s.keys = attn::Matrix{{1.0}, {2.0}};
    s.values = s.keys;
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    s.mask.kind = attn::MaskKind::Causal;
    const attn::Computation c = attn::evaluate(s);
    const attn::CellRef cell{attn::Stage::Mask, -1, 0, 1};

    EXPECT_EQ(attn::explain(s, c, cell).text, "Key \u201ck2\u201d is masked for query \u201cq1\u201d (causal "
                                              "mask: j = 2 > i = 1), so its weight a\u2081\u2082 is exactly 0 "
                                              "and it is left out of the normalisation.");
    attn::setTranslator(&chinese);
    EXPECT_EQ(
        attn::explain(s, c, cell).text,
        "\u5bf9\u67e5\u8be2\u201cq1\u201d\u800c\u8a00\u952e\u201ck2\u201d\u88ab\u63a9\u7801\uff08\u56e0\u679c"
        "\u63a9\u7801\uff1aj = 2 "
        "> "
        "i = 1\uff09\uff0c\u6240\u4ee5\u5b83\u7684\u6743\u91cd a\u2081\u2082 \u6070\u4e3a 0\uff0c\u4e0d\u53c2"
        "\u4e0e\u5f52\u4e00\u5316\u3002");
}

TEST_F(Translated, ConcurrentCallsFromTwoThreads)
{
    attn::Session bad = attn::waistlineExample();
    bad.scoring.sigma = -1.0;
    const std::string zhTitle =
        "\u67e5\u8be2\u201c62 cm\u201d\u5bf9\u952e\u201c60 cm\u201d\u7684\u6ce8\u610f\u529b\u6743\u91cd";
    const std::string zhError = "\u5e26\u5bbd \u03c3 \u5fc5\u987b\u662f\u5927\u4e8e 0 \u7684\u6709\u9650\u6570"
                                "\uff0c\u5b9e\u9645\u4e3a -1.000000";
    attn::setTranslator(&chinese);
    g_calls = 0;
    constexpr int kRounds = 300;
    std::atomic<int> wrong{0};
    auto work = [&] {
        for (int r = 0; r < kRounds; ++r) {
            if (weightOfSixty().title != zhTitle)
                wrong.fetch_add(1);
            if (sigmaError(bad) != zhError)
                wrong.fetch_add(1);
        }
    };
    std::thread a(work);
    std::thread b(work);
    a.join();
    b.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_GE(g_calls.load(), 2 * 2 * kRounds); // every call went through the translator

    // A third thread switching the translator on and off while two translate: each text is whole, English or
    // Chinese, never a mixture or a crash.
    std::atomic<bool> stop{false};
    std::thread toggler([&] {
        for (int r = 0; !stop.load(); ++r)
            attn::setTranslator(r % 2 == 0 ? nullptr : &chinese);
    });
    auto either = [&] {
        for (int r = 0; r < kRounds; ++r) {
            const std::string t = weightOfSixty().title;
            if (t != zhTitle && t != "Attention weight of key \u201c60 cm\u201d for query \u201c62 cm\u201d")
                wrong.fetch_add(1);
        }
    };
    std::thread c(either);
    std::thread d(either);
    c.join();
    d.join();
    stop = true;
    toggler.join();
    EXPECT_EQ(wrong.load(), 0);
}

} // namespace
