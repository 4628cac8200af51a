#pragma once

// Shared by the fuzz targets (tests/fuzz/): what counts as a failure. A reader's documented exception
// (SessionFileError, MatrixFileError) is an expected result; anything else — another exception type escaping, a
// broken invariant — aborts, so that libFuzzer (or the replay driver) records the input as a crash. Crashes,
// AddressSanitizer/UndefinedBehaviorSanitizer reports, timeouts and running out of memory are caught by libFuzzer
// and the sanitizers themselves.

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cxxabi.h>
#include <exception>
#include <memory>
#include <string>
#include <typeinfo>

namespace attn::fuzz {

/// Prints "<target>: FAILURE: <what>" on stderr and aborts.
[[noreturn]] inline void failure(const char* target, const std::string& what)
{
    std::fprintf(stderr, "%s: FAILURE: %s\n", target, what.c_str());
    std::fflush(stderr);
    std::abort();
}

/// The demangled dynamic type of `error`, e.g. "attn::ShapeError".
inline std::string typeName(const std::exception& error)
{
    const char* mangled = typeid(error).name();
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> demangled{
        abi::__cxa_demangle(mangled, nullptr, nullptr, &status), &std::free};
    return status == 0 && demangled ? std::string(demangled.get()) : std::string(mangled);
}

/// Aborts with "<step> threw <type>: <message>".
[[noreturn]] inline void unexpectedException(const char* target, const char* step, const std::exception& error)
{
    failure(target, std::string(step) + " threw " + typeName(error) + ": " + error.what());
}

/// Runs `body` (a step that must succeed) and returns its result; any exception escaping it is a failure.
template <typename Body>
auto mustSucceed(const char* target, const char* step, Body&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const std::exception& error) {
        unexpectedException(target, step, error);
    } catch (...) {
        failure(target, std::string(step) + " threw something that is not a std::exception");
    }
}

/// The fuzzer's bytes without a copy (and without a terminating NUL, so that AddressSanitizer sees a read past
/// the end).
inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace attn::fuzz
