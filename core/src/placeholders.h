#pragma once

// The placeholder scanner behind attn::substitute() and the explanation sentences. Not part of the public API.

#include <cstddef>
#include <string_view>

namespace attn::detail {

/// Splits `pattern` at its placeholders %1 … %9 whose argument exists (index < `count`): calls
/// `literal(std::string_view)` for each run of text between them and `argument(std::size_t index)` (0-based)
/// for each placeholder, in order. Everything else, "%0", "%" before a non-digit or at the end, and %n with
/// n > count, is literal text. See attn::substitute() for the rules.
template <typename Literal, typename Argument>
void forEachPlaceholder(std::string_view pattern, std::size_t count, Literal&& literal, Argument&& argument)
{
    std::size_t start = 0; // start of the pending literal text
    for (std::size_t at = pattern.find('%'); at != std::string_view::npos; at = pattern.find('%', at + 1)) {
        if (at + 1 >= pattern.size())
            break;
        const char digit = pattern[at + 1];
        if (digit < '1' || digit > '9')
            continue;
        const auto index = static_cast<std::size_t>(digit - '1');
        if (index >= count)
            continue;
        if (at > start)
            literal(pattern.substr(start, at - start));
        argument(index);
        start = at + 2;
        at = start - 1; // the search resumes after the digit
    }
    if (start < pattern.size())
        literal(pattern.substr(start));
}

} // namespace attn::detail
