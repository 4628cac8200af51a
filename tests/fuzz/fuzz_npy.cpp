// libFuzzer target for the .npy reader: attn::io::parseNpy (ui/io/matrixfile.h) on arbitrary bytes, and on every
// array it accepts, NpyArray::slice at the first and the last leading index (and at indices it must refuse), and
// a write/read round trip of each slice through toNpy.
//
// Expected: MatrixFileError from parseNpy and slice. A failure: any other exception, a slice of the wrong shape, a
// bad index that slice accepts, a written slice that does not read back bit for bit, and every crash or
// sanitizer report.

#include "fuzzcheck.h"

#include "io/matrixfile.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr const char* kTarget = "fuzz_npy";

bool sameBits(const attn::Matrix& a, const attn::Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    return a.size() == 0 || std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

/// slice(leading), or nothing when it throws the documented MatrixFileError (a NaN, a slice that is too large).
std::optional<attn::Matrix> trySlice(const attn::io::NpyArray& array, const std::vector<long>& leading)
{
    try {
        return array.slice(leading);
    } catch (const attn::io::MatrixFileError&) {
        return std::nullopt;
    } catch (const std::exception& error) {
        attn::fuzz::unexpectedException(kTarget, "NpyArray::slice", error);
    }
}

/// slice(leading) must refuse `leading` (wrong length or out of range) with MatrixFileError.
void requireRefused(const attn::io::NpyArray& array, const std::vector<long>& leading, const char* why)
{
    try {
        (void)array.slice(leading);
    } catch (const attn::io::MatrixFileError&) {
        return;
    } catch (const std::exception& error) {
        attn::fuzz::unexpectedException(kTarget, "NpyArray::slice", error);
    }
    attn::fuzz::failure(kTarget, std::string("NpyArray::slice accepted ") + why);
}

void checkSlice(const attn::io::NpyArray& array, const std::vector<long>& leading)
{
    const std::optional<attn::Matrix> m = trySlice(array, leading);
    if (!m)
        return;
    // The header's shapes: the last two dimensions; a 1-D array of n numbers is 1 × n, a 0-d array 1 × 1.
    const std::vector<long>& shape = array.shape();
    const std::size_t d = shape.size();
    const long rows = d >= 2 ? shape[d - 2] : 1;
    const long cols = d >= 1 ? shape[d - 1] : 1;
    if (m->rows() != rows || m->cols() != cols)
        attn::fuzz::failure(kTarget, "a slice is " + std::to_string(m->rows()) + " x " + std::to_string(m->cols()) +
                                         ", expected " + std::to_string(rows) + " x " + std::to_string(cols));
    if (!m->allFinite())
        attn::fuzz::failure(kTarget, "a slice has a value that is not finite");

    // Exporting the slice and importing it again gives the same numbers, bit for bit.
    const QByteArray written = attn::fuzz::mustSucceed(kTarget, "attn::io::toNpy", [&] { return attn::io::toNpy(*m); });
    const attn::io::NpyArray reread = attn::fuzz::mustSucceed(
        kTarget, "reading an exported .npy", [&] { return attn::io::parseNpy(written, u"export.npy"_s); });
    const attn::Matrix back =
        attn::fuzz::mustSucceed(kTarget, "slicing an exported .npy", [&] { return reread.slice(); });
    if (reread.shape() != std::vector<long>{rows, cols} || reread.dtype() != "<f8" || !sameBits(back, *m))
        attn::fuzz::failure(kTarget, "an exported slice reads back differently");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = attn::fuzz::bytesOf(data, size);
    std::optional<attn::io::NpyArray> parsed;
    try {
        parsed = attn::io::parseNpy(bytes, u"fuzz.npy"_s);
    } catch (const attn::io::MatrixFileError&) {
        return 0; // the documented result for a file that cannot be read
    } catch (const std::exception& error) {
        attn::fuzz::unexpectedException(kTarget, "attn::io::parseNpy", error);
    }
    const attn::io::NpyArray& array = *parsed;
    const std::string dtype = array.dtype();
    if (dtype != "<f4" && dtype != ">f4" && dtype != "<f8" && dtype != ">f8")
        attn::fuzz::failure(kTarget, "unexpected dtype " + dtype);
    if (array.dimensions() != long(array.shape().size()))
        attn::fuzz::failure(kTarget, "dimensions() differs from the shape's length");
    for (const long side : array.shape())
        if (side < 0)
            attn::fuzz::failure(kTarget, "a negative side in the shape");

    // The leading indices: all first, all last; then indices that must be refused.
    const std::size_t leadingCount = array.shape().size() > 2 ? array.shape().size() - 2 : 0;
    std::vector<long> first(leadingCount, 0);
    std::vector<long> last(leadingCount, 0);
    for (std::size_t k = 0; k < leadingCount; ++k)
        last[k] = array.shape()[k] - 1;
    checkSlice(array, first);
    if (last != first)
        checkSlice(array, last);

    std::vector<long> tooMany = first;
    tooMany.push_back(0);
    requireRefused(array, tooMany, "one leading index too many");
    if (leadingCount > 0) {
        requireRefused(array, std::vector<long>(leadingCount - 1, 0), "one leading index too few");
        std::vector<long> past = last;
        past.front() += 1;
        requireRefused(array, past, "an index past the end");
        std::vector<long> negative = first;
        negative.back() = -1;
        requireRefused(array, negative, "a negative index");
    }
    return 0;
}
