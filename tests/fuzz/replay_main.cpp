// The main() of a fuzz target when it is built without libFuzzer (the normal and the ATTN_SANITIZE builds): runs
// LLVMFuzzerTestOneInput once on every file named on the command line, or in a directory named there. CTest
// replays the seed corpus this way, and a crash artifact from scripts/fuzz.sh can be replayed under gdb with it:
//   fuzz_npy build-fuzz/artifacts/fuzz_npy/crash-…
// Exit code 0 when every input ran (a failing input aborts the program), 2 for a missing or unreadable path.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

bool runFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "%s: cannot be read\n", path.c_str());
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::fprintf(stderr, "Running %s (%zu bytes)\n", path.c_str(), bytes.size());
    // Copied into an allocation of exactly the file's size, so that AddressSanitizer sees a read past the end.
    std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
    std::uint8_t none = 0;
    LLVMFuzzerTestOneInput(input.empty() ? &none : input.data(), input.size());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY…\n", argv[0]);
        return 2;
    }
    long count = 0;
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path arg{argv[a]};
        std::error_code error;
        if (std::filesystem::is_directory(arg, error)) {
            std::vector<std::filesystem::path> files;
            for (const auto& entry : std::filesystem::directory_iterator(arg))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            if (files.empty()) {
                std::fprintf(stderr, "%s: no files in this directory\n", arg.c_str());
                return 2;
            }
            for (const auto& file : files) {
                if (!runFile(file))
                    return 2;
                ++count;
            }
        } else if (std::filesystem::is_regular_file(arg, error)) {
            if (!runFile(arg))
                return 2;
            ++count;
        } else {
            std::fprintf(stderr, "%s: no such file or directory\n", arg.c_str());
            return 2;
        }
    }
    std::fprintf(stderr, "Ran %ld inputs\n", count);
    return 0;
}
