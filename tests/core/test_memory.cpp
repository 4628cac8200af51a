// The memory a computation needs is estimated before it runs, and a computation that needs more than is available
// is refused with a message naming the size and both amounts (issue 15: an 8192 × 8192 session took > 9 GB).
// The limits are injected: nothing here allocates gigabytes.
#include "attn/errors.h"
#include "attn/evaluation.h"

#include <gtest/gtest.h>

#include <string>

namespace {

/// n queries and keys of dimension 1, values of dimension 1 (the matrices themselves are small).
attn::Session square(long n)
{
    attn::Session s;
    s.queries = attn::Matrix::Zero(n, 1);
    s.keys = attn::Matrix::Zero(n, 1);
    s.values = attn::Matrix::Zero(n, 1);
    return s;
}

} // namespace

TEST(Memory, TextReadsAsAPersonWritesIt)
{
    EXPECT_EQ(attn::memoryText(512), "512 bytes");
    EXPECT_EQ(attn::memoryText(1500), "1.5 kB");
    EXPECT_EQ(attn::memoryText(540'000'000), "540 MB");
    EXPECT_EQ(attn::memoryText(11'300'000'000), "11.3 GB");
}

TEST(Memory, AnEstimateCountsTheMatricesTheTraceKeeps)
{
    // 8192 × 8192 single head: raw scores, scores and weights are three matrices of 8192² doubles each,
    // 3 · 8 · 67 108 864 = 1 610 612 736 bytes, and the mask 67 108 864 bytes more: at least 1.68 GB.
    const std::uint64_t single = attn::evaluationBytes(square(8192));
    EXPECT_GE(single, 1'677'721'600u);
    EXPECT_LT(single, 4'000'000'000u);
    // Four heads keep four traces.
    attn::Session heads = square(8192);
    heads.multi_head = attn::MultiHead{};
    heads.multi_head->heads = 4;
    EXPECT_GE(attn::evaluationBytes(heads), 4u * 1'677'721'600u);
}

TEST(Memory, AComputationBeyondTheAvailableMemoryIsRefused)
{
    const attn::Session s = square(8192);
    try {
        attn::requireMemory(s, attn::evaluationBytes(s), 1'000'000'000);
        FAIL() << "an 8192 × 8192 computation was allowed in 1 GB";
    } catch (const attn::ResourceError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind("8192 \u00d7 8192 needs about ", 0), 0u) << message;
        EXPECT_NE(message.find("this machine has 1.0 GB available"), std::string::npos) << message;
    }
    EXPECT_NO_THROW(attn::requireMemory(s, attn::evaluationBytes(s), 100'000'000'000));
}
