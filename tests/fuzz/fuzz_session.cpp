// libFuzzer target for the session reader: attn::io::sessionFromJson (ui/io/sessionjson.h) on arbitrary bytes,
// and on every session it accepts, what the window and `attnlab compute` then do with it — attn::evaluate, the
// compute JSON, attn::explain on the corner cells of every stage and head — plus a write/read round trip.
//
// Expected: SessionFileError from the reader. A failure: any other exception (an AttentionError escaping the
// reader, evaluate refusing a session the reader accepted, explain refusing a cell inside the matrices), a JSON
// output that does not parse, a written session that does not read back the same, and every crash or sanitizer
// report.

#include "fuzzcheck.h"

#include "attn/evaluation.h"
#include "attn/explain.h"
#include "attn/session.h"
#include "io/computationjson.h"
#include "io/sessionjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr const char* kTarget = "fuzz_session";
/// The compute JSON is checked for sessions of at most this many score cells (256 × 256).
constexpr long kMaxJsonScoreCells = 256L * 256L;

/// The first and the last row and column of an n_rows × n_cols matrix (one entry when they coincide).
std::vector<std::pair<long, long>> corners(long rows, long cols)
{
    std::vector<std::pair<long, long>> cells;
    for (const long i : {0L, rows - 1})
        for (const long j : {0L, cols - 1})
            if (i >= 0 && j >= 0 && std::find(cells.begin(), cells.end(), std::pair{i, j}) == cells.end())
                cells.emplace_back(i, j);
    return cells;
}

void explainCorners(const attn::Session& session, const attn::Computation& c, attn::Stage stage, int head,
                    const attn::Matrix& shapeOf)
{
    for (const auto& [row, column] : corners(shapeOf.rows(), shapeOf.cols())) {
        const attn::CellRef cell{stage, head, row, column}; // (clang 14 cannot capture structured bindings)
        const attn::Explanation e =
            attn::fuzz::mustSucceed(kTarget, "attn::explain", [&] { return attn::explain(session, c, cell); });
        if (e.text.empty() || e.full_text.empty() || e.latex.empty())
            attn::fuzz::failure(kTarget, "attn::explain gave an empty formula");
    }
}

/// Every stage the window shows, at its corner cells; in multi-head mode for the first and the last head.
void explainEverything(const attn::Session& session, const attn::Computation& c)
{
    using attn::Stage;
    if (!c.multi_head) {
        for (const Stage stage : {Stage::RawScores, Stage::Scores, Stage::Mask, Stage::Weights})
            explainCorners(session, c, stage, -1, c.trace.weights);
        explainCorners(session, c, Stage::Outputs, -1, c.trace.outputs);
        explainCorners(session, c, Stage::FinalOutputs, -1, c.outputs);
        return;
    }
    const int heads = static_cast<int>(c.multi_head->heads.size());
    for (const int head : {0, heads - 1}) {
        const attn::Trace& trace = c.multi_head->heads.at(static_cast<std::size_t>(head));
        for (const Stage stage : {Stage::RawScores, Stage::Scores, Stage::Mask, Stage::Weights})
            explainCorners(session, c, stage, head, trace.weights);
        explainCorners(session, c, Stage::Outputs, head, trace.outputs);
    }
    explainCorners(session, c, Stage::Concat, -1, c.multi_head->concat);
    explainCorners(session, c, Stage::FinalOutputs, -1, c.outputs);
}

void requireJson(const QByteArray& json, const char* what)
{
    QJsonParseError error;
    if (QJsonDocument::fromJson(json, &error).isNull())
        attn::fuzz::failure(kTarget, std::string(what) +
                                         " is not valid JSON: " + error.errorString().toStdString() + " at byte " +
                                         std::to_string(error.offset));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    attn::Session session;
    try {
        session = attn::io::sessionFromJson(attn::fuzz::bytesOf(data, size), u"fuzz.json"_s,
                                            attn::io::SessionCheck::Computable);
    } catch (const attn::io::SessionFileError&) {
        return 0; // the documented result for a file that cannot be read
    } catch (const std::exception& error) {
        attn::fuzz::unexpectedException(kTarget, "attn::io::sessionFromJson", error);
    }

    // What the window and `attnlab compute` do with a session that reads: none of it may throw.
    const attn::Computation c =
        attn::fuzz::mustSucceed(kTarget, "attn::evaluate", [&] { return attn::evaluate(session); });
    if (c.outputs.rows() != attn::queryCount(session))
        attn::fuzz::failure(kTarget, "the outputs do not have one row per query");
    // Rows without weights are 0 (attn::Trace), so every output is finite; an overflow must be refused by the
    // reader, not shown as inf or written as null (which the compute JSON reserves for rows without weights).
    if (!c.outputs.allFinite() || !c.trace.outputs.allFinite() ||
        (c.multi_head && !c.multi_head->concat.allFinite()))
        attn::fuzz::failure(kTarget, "a session that reads has outputs that are not finite");
    // The compute JSON grows with n_q × n_k: for the largest sessions that fit in libFuzzer's 4 KB inputs
    // (1000 one-number tokens) it is 100 MB and takes seconds, with no code path that a smaller session lacks.
    if (attn::queryCount(session) * attn::keyCount(session) <= kMaxJsonScoreCells)
        requireJson(attn::fuzz::mustSucceed(kTarget, "attn::io::computationToJson",
                                            [&] { return attn::io::computationToJson(session, c); }),
                    "the compute output");
    explainEverything(session, c);

    // Saving and opening again gives the same session (the save dialog writes exactly this).
    const QByteArray written = attn::fuzz::mustSucceed(kTarget, "attn::io::sessionToJson",
                                                       [&] { return attn::io::sessionToJson(session); });
    requireJson(written, "the written session");
    const attn::Session reread = attn::fuzz::mustSucceed(
        kTarget, "reading a written session", [&] { return attn::io::sessionFromJson(written, u"saved.json"_s); });
    if (attn::io::sessionToJson(reread) != written)
        attn::fuzz::failure(kTarget, "a written session reads back differently:\n" + written.toStdString());
    return 0;
}
