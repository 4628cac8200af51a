// The softmax Jacobian's cells: J_jl = ∂a_j/∂s_l = a_j (δ_jl − a_l) (DOMAIN.md "Gradients").
#include "explain_internal.h"

#include "attn/translate.h"

namespace attn::explain_detail {

Formula jacobianFormula(const Trace& trace, long i, long j, long l)
{
    const double aj = trace.weights(i, j);
    const double al = trace.weights(i, l);
    const Piece js = sub(j + 1, l + 1);
    const Piece pj = sub(j + 1);
    const Piece pl = sub(l + 1);
    const std::string lhsText = "J" + js.text + " = ∂a" + pj.text + "/∂s" + pl.text + " = ";
    const std::string lhsLatex =
        "J" + js.latex + " = \\frac{\\partial a" + pj.latex + "}{\\partial s" + pl.latex + "} = ";
    Formula f;
    if (j == l) {
        const Piece a = number(aj);
        const Piece value = number(aj * (1.0 - aj));
        f.add(lhsText + "a" + pj.text + "(1 \u2212 a" + pj.text + ") = " + a.text + "\u00b7(1 \u2212 " + a.text +
                  ") = " + value.text,
              lhsLatex + "a" + pj.latex + "(1 - a" + pj.latex + ") = " + a.latex + " \\cdot (1 - " + a.latex +
                  ") = " + value.latex);
    } else {
        const Piece a = number(aj);
        const Piece b = number(al);
        const Piece value = number(-aj * al);
        f.add(lhsText + "−a" + pj.text + "a" + pl.text + " = \u2212" + a.text + "\u00b7" + b.text + " = " +
                  value.text,
              lhsLatex + "-a" + pj.latex + " a" + pl.latex + " = -" + a.latex + " \\cdot " + b.latex + " = " +
                  value.latex);
    }
    return f;
}

} // namespace attn::explain_detail
