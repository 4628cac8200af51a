#pragma once

// Test helpers for attn::io::WriteResult, the result of every writer: succeeded() for the success path (failing
// with the writer's errorString()), errorOf() for the failure path.

#include "io/writeresult.h"

#include <gtest/gtest.h>

#include <QString>

namespace writecheck {

/// Success if `result` is ok; otherwise a failure that shows its errorString().
inline ::testing::AssertionResult succeeded(const attn::io::WriteResult& result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "write failed: " << result.errorString().toStdString();
}

/// The errorString() of `result`, after checking that it failed (ok() false) with a message.
inline QString errorOf(const attn::io::WriteResult& result)
{
    EXPECT_FALSE(result.ok()) << "the write was expected to fail";
    EXPECT_FALSE(result.errorString().isEmpty()) << "a failure without errorString()";
    return result.errorString();
}

} // namespace writecheck
