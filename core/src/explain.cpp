// attn::explain(): which matrices a cell refers to, range checks, titles, and the multi-head stages.
#include "attn/explain.h"
#include "attn/evaluation.h"

#include "attn/errors.h"
#include "attn/translate.h"
#include "explain_internal.h"

#include <cstdio>
#include <memory>
#include <string>

namespace attn {

using namespace explain_detail;

namespace {

/// The stage as a noun phrase inside an error message.
std::string stageName(Stage stage)
{
    switch (stage) {
    case Stage::RawScores:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "raw scores");
    case Stage::Scores:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "scores");
    case Stage::Mask:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "mask");
    case Stage::Weights:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "attention weights");
    case Stage::Outputs:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "outputs");
    case Stage::Concat:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "concatenated head outputs");
    case Stage::FinalOutputs:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "final outputs");
    case Stage::SoftmaxJacobian:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "softmax Jacobian");
    case Stage::PositionalEncoding:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "positional encoding");
    case Stage::Inputs:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "inputs");
    case Stage::Queries:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "queries");
    case Stage::Keys:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "keys");
    case Stage::Values:
        //: A stage of the computation in "explain: cell [2, 5] … lies outside the 2 × 3 %4" and the like.
        return ATTN_TR("attn::Errors", "values");
    }
    return ATTN_TR("attn::Errors", "stage");
}

bool isPerHead(Stage stage)
{
    return stage != Stage::Concat && stage != Stage::FinalOutputs && stage != Stage::PositionalEncoding &&
           stage != Stage::Inputs;
}

void requireCell(const CellRef& cell, long rows, long cols)
{
    if (cell.row < 0 || cell.row >= rows || cell.column < 0 || cell.column >= cols)
        //: %1, %2: row and column of a cell; %3: a shape such as "2 × 3"; %4: a stage such as "attention weights".
        throw ShapeError(substitute(
            ATTN_TR("attn::Errors", "explain: cell [%1, %2] (row, column; 0-based) lies outside the %3 %4"),
            {std::to_string(cell.row), std::to_string(cell.column), shapeText(rows, cols),
             stageName(cell.stage)}));
}

void requireHead(const CellRef& cell, long heads, bool multiHead)
{
    const std::string head = std::to_string(cell.head);
    if (multiHead && isPerHead(cell.stage)) {
        if (cell.head < 0 || cell.head >= heads)
            //: %2: a stage such as "attention weights"; %3: the number of heads h; %4: h − 1.
            throw ShapeError(
                substitute(ATTN_TR("attn::Errors", "explain: head %1 is out of range for the %2: the "
                                                   "computation has %3 heads (0-based 0 \u2026 %4)"),
                           {head, stageName(cell.stage), std::to_string(heads), std::to_string(heads - 1)}));
    } else if (cell.head != -1) {
        if (multiHead)
            //: %2: a stage that exists once, not per head, such as "final outputs"; -1 means "no head".
            throw ShapeError(
                substitute(ATTN_TR("attn::Errors", "explain: head %1 given, but the %2 are not per head; use -1"),
                           {head, stageName(cell.stage)}));
        //: -1 means "no head".
        throw ShapeError(substitute(
            ATTN_TR("attn::Errors", "explain: head %1 given, but the computation is single-head; use -1"),
            {head}));
    }
    if (!multiHead && cell.stage == Stage::Concat)
        throw ShapeError(
            ATTN_TR("attn::Errors", "explain: the concatenated head outputs exist only in multi-head attention"));
}

Explanation make(const std::string& title, const Formula& formula)
{
    return Explanation{title, formula.text(true), formula.text(false), formula.latex()};
}

/// `formula` after "Head h: " (text translated), LaTeX "\text{head h: }\; formula".
Formula inHead(long head, const Formula& formula)
{
    const std::string h = std::to_string(head + 1);
    //: The formula %2 of one head (%1 = 1, 2, …) in multi-head attention.
    return Formula::sentence(ATTN_TR("attn::Explain", "Head %1: %2"), {Formula(Piece{h, h}), formula},
                             "\\text{head " + h + ": }\\; " + formula.latex());
}

/// The title of a trace cell in single-head attention, labels quoted: token labels such as "the" would
/// otherwise read as words of the sentence.
std::string traceTitle(const Context& c, const CellRef& cell)
{
    const std::string query = queryLabel(c.session, cell.row);
    const std::string key = cell.stage == Stage::Outputs ? std::string() : keyLabel(c.session, cell.column);
    switch (cell.stage) {
    case Stage::RawScores:
        return substitute(ATTN_TR("attn::Explain", "Raw score of key \u201c%1\u201d for query \u201c%2\u201d"),
                          {key, query});
    case Stage::Scores:
        return substitute(ATTN_TR("attn::Explain", "Score of key \u201c%1\u201d for query \u201c%2\u201d"),
                          {key, query});
    case Stage::Mask:
        return substitute(ATTN_TR("attn::Explain", "Mask of key \u201c%1\u201d for query \u201c%2\u201d"),
                          {key, query});
    case Stage::Weights:
        return substitute(
            ATTN_TR("attn::Explain", "Attention weight of key \u201c%1\u201d for query \u201c%2\u201d"),
            {key, query});
    default:
        break;
    }
    if (c.values.cols() > 1)
        //: %1: a query's label; %2: a column of the output, counted from 1.
        return substitute(ATTN_TR("attn::Explain", "Output of \u201c%1\u201d, column %2"),
                          {query, std::to_string(cell.column + 1)});
    //: %1: a query's label.
    return substitute(ATTN_TR("attn::Explain", "Output of \u201c%1\u201d"), {query});
}

/// RawScores, Scores, Mask, Weights and Outputs of one trace (the single-head one, or head c.head).
Explanation explainTraceCell(const Context& c, const CellRef& cell)
{
    const Matrix& shapeOf = cell.stage == Stage::Outputs ? c.trace.outputs : c.trace.weights;
    requireCell(cell, shapeOf.rows(), shapeOf.cols());
    const long i = cell.row;
    const long j = cell.column;
    Formula f;
    switch (cell.stage) {
    case Stage::RawScores:
        f = rawScoreFormula(c, i, j);
        break;
    case Stage::Scores:
        f = scoreFormula(c, i, j);
        break;
    case Stage::Mask:
        f = maskFormula(c, i, j);
        break;
    case Stage::Weights:
        f = weightFormula(c, i, j);
        break;
    default:
        f = outputFormula(c, i, j);
        break;
    }
    if (c.head < 0)
        return make(traceTitle(c, cell), f);
    //: %1: the title of a cell, e.g. "Score of key “k1” for query “q1”"; %2: the head, counted from 1.
    return make(
        substitute(ATTN_TR("attn::Explain", "%1, head %2"), {traceTitle(c, cell), std::to_string(c.head + 1)}),
        inHead(c.head, f));
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
    const Piece s = subComma(cell.row + 1, cell.column + 1);
    const bool has = c.trace.hasOutput(cell.row);
    Formula f;
    f.add("concat" + s.text + (has ? " = " : " = 0. "), "\\mathrm{concat}" + s.latex + (has ? " = " : " = 0. "))
        .append(outputFormula(c, cell.row, cell.column % dV));
    //: %1: a query's label (not quoted); %2: a column of Concat(head_1, …, head_h), counted from 1; %3: its head.
    return make(
        substitute(ATTN_TR("attn::Explain", "Concatenated head outputs of %1, column %2 (head %3)"),
                   {queryLabel(session, cell.row), std::to_string(cell.column + 1), std::to_string(head + 1)}),
        inHead(head, f));
}

Explanation explainFinal(const Session& session, const Computation& computation, const CellRef& cell)
{
    const MultiHeadTrace& mh = *computation.multi_head;
    requireCell(cell, mh.outputs.rows(), mh.outputs.cols());
    if (!session.multi_head || session.multi_head->W_O.rows() != mh.concat.cols() ||
        session.multi_head->W_O.cols() != mh.outputs.cols())
        //: %1: the shape of Concat(head_1, …, head_h), e.g. "4 × 4".
        throw ShapeError(substitute(
            ATTN_TR("attn::Errors",
                    "explain: the session's W_O does not fit the computation's concatenated outputs (%1)"),
            {shapeText(mh.concat.rows(), mh.concat.cols())}));
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
    f.add("(Concat \u00b7 W_O)" + s.text + " = \u03a3_c Concat[" + I + ", c] \u00b7 W_O[c, " + C + "] = ",
          "(\\mathrm{Concat}\\, W_O)" + s.latex + " = \\sum_c \\mathrm{concat}_{" + I + ",c} (W_O)_{c," + C +
              "} = ")
        .sum(terms)
        .add(" = " + value.text, " = " + value.latex);
    //: %1: a query's label; %2: a column of the final outputs Concat · W_O, counted from 1.
    return make(substitute(ATTN_TR("attn::Explain", "Final output of \u201c%1\u201d, column %2"),
                           {queryLabel(session, i), C}),
                f);
}

/// A cell of a matrix that is an input of attention (P, X + P, Q, K, V): its labels and its value.
Explanation explainValue(const Session& session, const Computation& computation, const CellRef& cell)
{
    const std::shared_ptr<const Computation> view(std::shared_ptr<const Computation>(), &computation);
    for (const StageMatrix& stage : stagesOf(session, view, {StageSelection::Mode::Everything}))
        if (stage.id == cell.stageId()) {
            requireCell(cell, stage.values->rows(), stage.values->cols());
            const Piece value = number((*stage.values)(cell.row, cell.column)); // as the explanations' numbers
            const std::string text = stage.row_labels[static_cast<std::size_t>(cell.row)] + ", " +
                                     stage.column_labels[static_cast<std::size_t>(cell.column)] + " = " +
                                     value.text;
            return Explanation{stage.title, text, text, {}};
        }
    //: %1: a stage such as "positional encoding".
    throw ShapeError(
        substitute(ATTN_TR("attn::Errors", "explain: this computation has no %1"), {stageName(cell.stage)}));
}

/// A cell (j, l) of the softmax Jacobian of query row cell.index.
Explanation explainJacobian(const Session& session, const Computation& computation, const CellRef& cell)
{
    const long i = cell.index;
    if (i < 0 || i >= computation.queryCount())
        //: %1: a query row (0-based); %2: how many query rows there are.
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "explain: query row %1 of the softmax Jacobian is "
                                                            "out of range (0-based, %2 rows)"),
                                    {std::to_string(i), std::to_string(computation.queryCount())}));
    if (normalizesBySum(session.scoring.function) ||
        session.normalization.function != NormalizationFunction::Softmax)
        throw ParameterError(
            ATTN_TR("attn::Errors", "explain: the softmax Jacobian exists only for softmax weights"));
    const Trace& trace = computation.multi_head
                             ? computation.multi_head->heads[static_cast<std::size_t>(cell.head)]
                             : computation.trace;
    if (!trace.hasOutput(i))
        //: %1: a query's label.
        throw ParameterError(substitute(
            ATTN_TR("attn::Errors", "explain: query %1 has no weights, so its softmax Jacobian is not defined"),
            {queryLabel(session, i)}));
    requireCell(cell, trace.weights.cols(), trace.weights.cols());
    //: %1: a query's label; %2, %3: two keys' labels. ∂a/∂s: the derivative of a weight by a score.
    const std::string title =
        substitute(ATTN_TR("attn::Explain", "Softmax Jacobian ∂a/∂s of query "
                                            "\u201c%1\u201d, keys \u201c%2\u201d and "
                                            "\u201c%3\u201d"),
                   {queryLabel(session, i), keyLabel(session, cell.row), keyLabel(session, cell.column)});
    Formula f = jacobianFormula(trace, i, cell.row, cell.column);
    if (const double t = session.normalization.temperature; t != 1.0) {
        // The softmax takes s = score ÷ T: J is per unit of s; per unit of the score itself it is J ÷ T.
        const double a = trace.weights(i, cell.row);
        const double jacobian = cell.row == cell.column ? a * (1.0 - a) : -a * trace.weights(i, cell.column);
        const Piece temperature = number(t);
        const Piece perScore = number(jacobian / t);
        const Piece js = sub(cell.row + 1, cell.column + 1);
        const Piece pj = sub(cell.row + 1);
        const Piece pl = sub(cell.column + 1);
        //: The softmax Jacobian's s when the temperature T is not 1. %1: T; %2, %3: subscripts; %4: J's subscript;
        //: %5: the derivative by the score itself.
        const std::string text =
            substitute(ATTN_TR("attn::Explain", "s = score ÷ T (T = %1), so ∂a%2/∂score%3 = J%4 ÷ T = %5"),
                       {temperature.text, pj.text, pl.text, js.text, perScore.text});
        const std::string latex = "s = \\mathrm{score} / T,\\ T = " + temperature.latex +
                                  ",\\ \\frac{\\partial a" + pj.latex + "}{\\partial\\, \\mathrm{score}" +
                                  pl.latex + "} = J" + js.latex + " / T = " + perScore.latex;
        f = withDefinition(f, Formula(Piece{text, latex}));
    }
    if (trace.mask(i, cell.row) || trace.mask(i, cell.column)) {
        const long key = trace.mask(i, cell.row) ? cell.row : cell.column;
        //: %1: a key's label; %2: a query's label; %3: the formula J = … = 0.
        f = Formula::sentence(
            ATTN_TR("attn::Explain",
                    "Key \u201c%1\u201d is masked for query \u201c%2\u201d: its weight is exactly 0, so %3"),
            {Formula(Piece{keyLabel(session, key), keyLabel(session, key)}),
             Formula(Piece{queryLabel(session, i), queryLabel(session, i)}), f},
            f.latex());
    }
    if (cell.head < 0)
        return make(title, f);
    return make(substitute(ATTN_TR("attn::Explain", "%1, head %2"), {title, std::to_string(cell.head + 1)}),
                inHead(cell.head, f));
}

} // namespace

Explanation explain(const Session& session, const Computation& computation, const CellRef& cell)
{
    const bool multiHead = computation.multi_head.has_value();
    const long heads = multiHead ? static_cast<long>(computation.multi_head->heads.size()) : 1;
    requireHead(cell, heads, multiHead);
    switch (cell.stage) {
    case Stage::PositionalEncoding:
        if (computation.positional_encoding.size() == 0)
            break; // explainValue() says that there is none
        requireCell(cell, computation.positional_encoding.rows(), computation.positional_encoding.cols());
        return explain_detail::explainPositional(session, computation, cell);
    default:
        break;
    }
    switch (cell.stage) {
    case Stage::PositionalEncoding:
    case Stage::Inputs:
    case Stage::Queries:
    case Stage::Keys:
    case Stage::Values:
        return explainValue(session, computation, cell);
    case Stage::SoftmaxJacobian:
        return explainJacobian(session, computation, cell);
    default:
        break;
    }

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
