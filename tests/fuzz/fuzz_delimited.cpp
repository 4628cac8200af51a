// libFuzzer target for the CSV/TSV reader: attn::io::parseDelimited (ui/io/matrixfile.h) on arbitrary bytes, and on
// every matrix it accepts, a write/read round trip through toDelimited with commas and with tabs.
//
// Expected: MatrixFileError from the reader. A failure: any other exception, a result that breaks the header's
// promises (an empty matrix, a non-finite entry, more than kMaxMatrixSide rows or columns, label lists of the
// wrong length), an exported file that does not read back to the same numbers and labels, and every crash or
// sanitizer report.

#include "fuzzcheck.h"

#include "io/matrixfile.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr const char* kTarget = "fuzz_delimited";

/// Bit-for-bit equality (so that −0 and 0 differ): the writer promises the shortest form that reads back exactly.
bool sameBits(const attn::Matrix& a, const attn::Matrix& b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    return a.size() == 0 || std::memcmp(a.data(), b.data(), sizeof(double) * std::size_t(a.size())) == 0;
}

void checkResult(const attn::io::LabelledMatrix& m)
{
    const attn::Matrix& v = m.values;
    if (v.rows() < 1 || v.cols() < 1 || v.rows() > attn::io::kMaxMatrixSide || v.cols() > attn::io::kMaxMatrixSide)
        attn::fuzz::failure(kTarget, "the matrix is " + std::to_string(v.rows()) + " x " + std::to_string(v.cols()));
    if (!v.allFinite())
        attn::fuzz::failure(kTarget, "the matrix has a value that is not finite");
    if (!m.rowLabels.empty() && long(m.rowLabels.size()) != v.rows())
        attn::fuzz::failure(kTarget, std::to_string(m.rowLabels.size()) + " row labels for " +
                                         std::to_string(v.rows()) + " rows");
    if (!m.columnLabels.empty() && long(m.columnLabels.size()) != v.cols())
        attn::fuzz::failure(kTarget, std::to_string(m.columnLabels.size()) + " column labels for " +
                                         std::to_string(v.cols()) + " columns");
}

/// Known faults of toDelimited, reported (issue 5) and not fixed yet: a label holding the other delimiter (a tab
/// in CSV, a comma in TSV) or a ';' is written unquoted, and the reader may take it for the file's delimiter; a
/// label that starts with U+FEFF, written first in the file, reads back as a byte-order mark. The labelled round
/// trip is not checked for such labels (the numbers-only one still is).
bool hasKnownLabelFault(const attn::io::LabelledMatrix& m, char delimiter)
{
    const std::string others = delimiter == ',' ? "\t;" : ",;";
    const auto fault = [&](const std::string& label) {
        return label.find_first_of(others) != std::string::npos || label.rfind("\xEF\xBB\xBF", 0) == 0;
    };
    return std::any_of(m.rowLabels.begin(), m.rowLabels.end(), fault) ||
           std::any_of(m.columnLabels.begin(), m.columnLabels.end(), fault);
}

/// Exporting `m` (with or without its labels) and importing the file again gives the same matrix.
void checkRoundTrip(const attn::io::LabelledMatrix& m, char delimiter, bool withLabels)
{
    if (withLabels && hasKnownLabelFault(m, delimiter))
        return;
    const std::vector<std::string> none;
    const QByteArray written = attn::fuzz::mustSucceed(kTarget, "attn::io::toDelimited", [&] {
        return attn::io::toDelimited(m.values, withLabels ? m.rowLabels : none, withLabels ? m.columnLabels : none,
                                     delimiter);
    });
    const attn::io::LabelledMatrix reread = attn::fuzz::mustSucceed(
        kTarget, "reading an exported file", [&] { return attn::io::parseDelimited(written, u"export.csv"_s); });
    const bool same = sameBits(reread.values, m.values) &&
                      (!withLabels || (reread.rowLabels == m.rowLabels && reread.columnLabels == m.columnLabels));
    if (!same)
        attn::fuzz::failure(kTarget, std::string("an exported file reads back differently (") +
                                         (delimiter == '\t' ? "TSV" : "CSV") +
                                         (withLabels ? ", with labels" : "") + "):\n" + written.toStdString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    attn::io::LabelledMatrix matrix;
    try {
        matrix = attn::io::parseDelimited(attn::fuzz::bytesOf(data, size), u"fuzz.csv"_s);
    } catch (const attn::io::MatrixFileError&) {
        return 0; // the documented result for a file that cannot be read
    } catch (const std::exception& error) {
        attn::fuzz::unexpectedException(kTarget, "attn::io::parseDelimited", error);
    }
    checkResult(matrix);
    for (const char delimiter : {',', '\t'}) {
        checkRoundTrip(matrix, delimiter, false);
        checkRoundTrip(matrix, delimiter, true);
    }
    return 0;
}
