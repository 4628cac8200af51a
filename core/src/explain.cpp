// attn::explain(): which matrices a cell refers to, range checks, titles, and the multi-head stages.
#include "attn/explain.h"

#include "attn/errors.h"
#include "explain_internal.h"

#include <string>

namespace attn {

using namespace explain_detail;

namespace {

const char* stageName(Stage stage)
{
    switch (stage) {
    case Stage::RawScores:
        return "raw scores";
    case Stage::Scores:
        return "scores";
    case Stage::Mask:
        return "mask";
    case Stage::Weights:
        return "attention weights";
    case Stage::Outputs:
        return "outputs";
    case Stage::Concat:
        return "concatenated head outputs";
    case Stage::FinalOutputs:
        return "final outputs";
    }
    return "stage";
}

bool isPerHead(Stage stage)
{
    return stage != Stage::Concat && stage != Stage::FinalOutputs;
}

void requireCell(const CellRef& cell, long rows, long cols)
{
    if (cell.row < 0 || cell.row >= rows || cell.column < 0 || cell.column >= cols)
        throw ShapeError("explain: cell [" + std::to_string(cell.row) + ", " + std::to_string(cell.column) +
                         "] (row, column; 0-based) lies outside the " + shapeText(rows, cols) + " " +
                         stageName(cell.stage));
}

void requireHead(const CellRef& cell, long heads, bool multiHead)
{
    if (multiHead && isPerHead(cell.stage)) {
        if (cell.head < 0 || cell.head >= heads)
            throw ShapeError("explain: head " + std::to_string(cell.head) + " is out of range for the " +
                             stageName(cell.stage) + ": the computation has " + std::to_string(heads) +
                             " heads (0-based 0 \u2026 " + std::to_string(heads - 1) + ")");
    } else if (cell.head != -1) {
        throw ShapeError("explain: head " + std::to_string(cell.head) + " given, but " +
                         (multiHead ? std::string("the ") + stageName(cell.stage) + " are not per head"
                                    : std::string("the computation is single-head")) +
                         "; use -1");
    }
    if (!multiHead && cell.stage == Stage::Concat)
        throw ShapeError("explain: the concatenated head outputs exist only in multi-head attention");
}

Explanation make(const std::string& title, const Formula& formula)
{
    return Explanation{title, formula.text(true), formula.text(false), formula.latex()};
}

std::string columnSuffix(long column, long columns)
{
    return columns > 1 ? ", column " + std::to_string(column + 1) : "";
}

/// RawScores, Scores, Mask, Weights and Outputs of one trace (the single-head one, or head c.head).
Explanation explainTraceCell(const Context& c, const CellRef& cell)
{
    const Matrix& shapeOf = cell.stage == Stage::Outputs ? c.trace.outputs : c.trace.weights;
    requireCell(cell, shapeOf.rows(), shapeOf.cols());
    const long i = cell.row;
    const long j = cell.column;
    // Labels are quoted: token labels such as "the" would otherwise read as words of the sentence.
    const std::string query = "\u201c" + queryLabel(c.session, i) + "\u201d";
    const std::string pair =
        cell.stage == Stage::Outputs ? "" : "key \u201c" + keyLabel(c.session, j) + "\u201d for query " + query;
    std::string title;
    Formula f;
    if (c.head >= 0) {
        const std::string h = std::to_string(c.head + 1);
        f.add("Head " + h + ": ", "\\text{head " + h + ": }\\; ");
    }
    switch (cell.stage) {
    case Stage::RawScores:
        title = "Raw score of " + pair;
        f.append(rawScoreFormula(c, i, j));
        break;
    case Stage::Scores:
        title = "Score of " + pair;
        f.append(scoreFormula(c, i, j));
        break;
    case Stage::Mask:
        title = "Mask of " + pair;
        f.append(maskFormula(c, i, j));
        break;
    case Stage::Weights:
        title = "Attention weight of " + pair;
        f.append(weightFormula(c, i, j));
        break;
    default:
        title = "Output of " + query + columnSuffix(j, c.values.cols());
        f.append(outputFormula(c, i, j, Piece{}));
        break;
    }
    if (c.head >= 0)
        title += ", head " + std::to_string(c.head + 1);
    return make(title, f);
}

Context headContext(const Session& session, const MultiHeadTrace& mh, long head, long dModel)
{
    const auto t = static_cast<std::size_t>(head);
    return Context{session,
                   mh.queries[t],
                   mh.keys[t],
                   mh.values[t],
                   mh.heads[t],
                   static_cast<int>(head),
                   static_cast<long>(mh.heads.size()),
                   dModel};
}

Explanation explainConcat(const Session& session, const MultiHeadTrace& mh, const CellRef& cell)
{
    requireCell(cell, mh.concat.rows(), mh.concat.cols());
    const long dModel = mh.concat.cols();
    const long dV = dModel / static_cast<long>(mh.heads.size());
    const long head = cell.column / dV;
    const Context c = headContext(session, mh, head, dModel);
    const std::string h = std::to_string(head + 1);
    const Piece s = subComma(cell.row + 1, cell.column + 1);
    const bool has = c.trace.hasOutput(cell.row);
    const Piece prefix{"Head " + h + ": concat" + s.text + (has ? " = " : " = 0. "),
                       "\\text{head " + h + ": }\\; \\mathrm{concat}" + s.latex + (has ? " = " : " = 0. ")};
    return make("Concatenated head outputs of " + queryLabel(session, cell.row) + ", column " +
                    std::to_string(cell.column + 1) + " (head " + h + ")",
                outputFormula(c, cell.row, cell.column % dV, prefix));
}

Explanation explainFinal(const Session& session, const Computation& computation, const CellRef& cell)
{
    const MultiHeadTrace& mh = *computation.multi_head;
    requireCell(cell, mh.outputs.rows(), mh.outputs.cols());
    if (!session.multi_head || session.multi_head->W_O.rows() != mh.concat.cols() ||
        session.multi_head->W_O.cols() != mh.outputs.cols())
        throw ShapeError("explain: the session's W_O does not fit the computation's concatenated outputs (" +
                         shapeText(mh.concat.rows(), mh.concat.cols()) + ")");
    const Matrix& wO = session.multi_head->W_O;
    const long i = cell.row;
    const long col = cell.column;
    std::vector<Piece> terms;
    for (long k = 0; k < mh.concat.cols(); ++k)
        terms.push_back(product(mh.concat(i, k), wO(k, col)));
    const Piece s = subComma(i + 1, col + 1);
    const Piece value = number(mh.outputs(i, col));
    const std::string I = std::to_string(i + 1);
    const std::string C = std::to_string(col + 1);
    Formula f;
    f.add("(Concat \u00b7 W_O)" + s.text + " = \u03a3_c concat" + subscriptDigits(i + 1) + ",c \u00b7 W_O c," + C +
              " = ",
          "(\\mathrm{Concat}\\, W_O)" + s.latex + " = \\sum_c \\mathrm{concat}_{" + I + ",c} (W_O)_{c," + C +
              "} = ")
        .sum(terms)
        .add(" = " + value.text, " = " + value.latex);
    return make("Final output of " + queryLabel(session, i) + ", column " + C, f);
}

} // namespace

Explanation explain(const Session& session, const Computation& computation, const CellRef& cell)
{
    const bool multiHead = computation.multi_head.has_value();
    const long heads = multiHead ? static_cast<long>(computation.multi_head->heads.size()) : 1;
    requireHead(cell, heads, multiHead);

    if (!multiHead) {
        const Context c{
            session, computation.queries, computation.keys, computation.values, computation.trace, -1, 1, 0};
        CellRef traceCell = cell;
        if (cell.stage == Stage::FinalOutputs)
            traceCell.stage = Stage::Outputs;
        return explainTraceCell(c, traceCell);
    }
    const MultiHeadTrace& mh = *computation.multi_head;
    if (cell.stage == Stage::Concat)
        return explainConcat(session, mh, cell);
    if (cell.stage == Stage::FinalOutputs)
        return explainFinal(session, computation, cell);
    return explainTraceCell(headContext(session, mh, cell.head, mh.concat.cols()), cell);
}

} // namespace attn
