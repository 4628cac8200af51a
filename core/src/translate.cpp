// The core's translation hook and Qt-style placeholder substitution (attn/translate.h).
#include "attn/translate.h"

#include "placeholders.h"

#include <atomic>

namespace attn {

namespace {

std::atomic<Translator> g_translator{nullptr};

} // namespace

void setTranslator(Translator translator)
{
    g_translator.store(translator, std::memory_order_release);
}

std::string translate(const char* context, const char* source)
{
    const Translator translator = g_translator.load(std::memory_order_acquire);
    if (translator == nullptr)
        return source;
    std::string translated = translator(context, source);
    if (translated.empty())
        return source;
    return translated;
}

std::string substitute(std::string_view pattern, std::initializer_list<std::string> args)
{
    const std::string* const arg = args.begin();
    std::string out;
    out.reserve(pattern.size());
    detail::forEachPlaceholder(
        pattern, args.size(), [&](std::string_view text) { out += text; },
        [&](std::size_t index) { out += arg[index]; });
    return out;
}

} // namespace attn
