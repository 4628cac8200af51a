// The sinusoidal positional encoding's cells: PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(…)
// (Vaswani et al. 2017, §3.5; DOMAIN.md), with the cell's numbers.
#include "explain_internal.h"

#include "attn/errors.h"
#include "attn/translate.h"

#include <cmath>
#include <string>

namespace attn::explain_detail {

Explanation explainPositional(const Session& session, const Computation& computation, const CellRef& cell)
{
    const Matrix& p = computation.positional_encoding;
    const long pos = cell.row;
    const long column = cell.column;
    const long d = p.cols();
    const long twoI = column - column % 2; // 2i: columns 2i and 2i + 1 share a frequency
    const bool isSin = column % 2 == 0;
    const double angle =
        static_cast<double>(pos) / std::pow(10000.0, static_cast<double>(twoI) / static_cast<double>(d));
    const std::string P = std::to_string(pos);
    const std::string D = std::to_string(d);
    const std::string twoIText = std::to_string(twoI);
    const std::string fn = isSin ? "sin" : "cos";
    const Piece value = number(p(pos, column));
    const Piece theta = number(angle);
    Formula f;
    f.add("PE(pos, " + std::string(isSin ? "2i" : "2i+1") + ") = " + fn + "(pos / 10000^(2i/d)) = " + fn + "(" +
              P + " / 10000^(" + twoIText + "/" + D + ")) = " + fn + "(" + theta.text + ") = " + value.text,
          "PE_{(pos," + std::string(isSin ? "2i" : "2i+1") + ")} = \\" + fn + "(pos / 10000^{2i/d}) = \\" + fn +
              "(" + P + " / 10000^{" + twoIText + "/" + D + "}) = \\" + fn + "(" + theta.latex +
              ") = " + value.latex);
    //: The symbols of the positional encoding's formula; %1: the position (token row, from 0); %2: the column's
    //: 2i (even columns use sin, odd ones cos); %3: d_model.
    const Formula definition(
        Piece{substitute(ATTN_TR("attn::Explain", "pos = %1, 2i = %2, d = %3"), {P, twoIText, D}),
              "pos = " + P + ",\\ 2i = " + twoIText + ",\\ d = " + D});
    //: %1: a token's label; %2: its position (row, from 0); %3: a column of P, from 1 as the heatmap's d1, d2, ….
    const std::string title =
        substitute(ATTN_TR("attn::Explain", "Positional encoding of \u201c%1\u201d (position %2), column %3"),
                   {queryLabel(session, pos), P, std::to_string(column + 1)});
    const Formula whole = withDefinition(f, definition);
    return Explanation{title, whole.text(true), whole.text(false), whole.latex()};
}

} // namespace attn::explain_detail
