#include "attn/evaluation.h"

#include "attn/errors.h"
#include "attn/positional.h"
#include "attn/translate.h"

#include "projection_check.h"

namespace attn {

namespace {

bool labelCountDiffers(const std::vector<std::string>& labels, long rows)
{
    return !labels.empty() && static_cast<long>(labels.size()) != rows;
}

std::string labelOrDefault(const std::vector<std::string>& labels, long row, char prefix)
{
    if (row >= 0 && row < static_cast<long>(labels.size()))
        return labels[static_cast<std::size_t>(row)];
    return std::string(1, prefix) + std::to_string(row + 1);
}

/// Checks the projection `name` (W_Q, W_K or W_V: a symbol, not translated).
void requireProjection(const Matrix& w, long dModel, const char* name)
{
    if (w.rows() != dModel || w.cols() == 0)
        //: %1: a projection such as W_Q; %2: its shape, e.g. "3 × 2"; %3: the columns of X.
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "self-attention: %1 (%2) must have d_model = %3 rows"),
                                    {name, shapeText(w.rows(), w.cols()), std::to_string(dModel)}));
}

/// The self-attention inputs X' (X, or X + P) of `self`.
Matrix selfAttentionInputs(const SelfAttention& self, Computation& c)
{
    if (self.X.size() == 0)
        //: %1: a shape such as "0 × 0".
        throw ShapeError(substitute(ATTN_TR("attn::Errors", "self-attention: X is empty (%1)"),
                                    {shapeText(self.X.rows(), self.X.cols())}));
    Matrix x = self.X;
    if (self.positional_encoding) {
        c.positional_encoding = sinusoidalPositionalEncoding(self.X.rows(), self.X.cols());
        x += c.positional_encoding;
    }
    c.inputs = x;
    return x;
}

} // namespace

long queryCount(const Session& session)
{
    return session.self_attention ? session.self_attention->X.rows() : session.queries.rows();
}

long keyCount(const Session& session)
{
    return session.self_attention ? session.self_attention->X.rows() : session.keys.rows();
}

std::string queryLabel(const Session& session, long row)
{
    if (session.self_attention && session.query_labels.empty())
        return labelOrDefault(session.key_labels, row, 'x');
    return labelOrDefault(session.query_labels, row, 'q');
}

std::string keyLabel(const Session& session, long row)
{
    if (session.self_attention && session.key_labels.empty())
        return labelOrDefault(session.query_labels, row, 'x');
    return labelOrDefault(session.key_labels, row, 'k');
}

Computation evaluate(const Session& session)
{
    if (labelCountDiffers(session.query_labels, queryCount(session)))
        //: %1: how many query labels the session has; %2: how many query rows.
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "query labels: %1 given for %2 rows"),
                       {std::to_string(session.query_labels.size()), std::to_string(queryCount(session))}));
    if (labelCountDiffers(session.key_labels, keyCount(session)))
        //: %1: how many key labels the session has; %2: how many key rows.
        throw ShapeError(
            substitute(ATTN_TR("attn::Errors", "key labels: %1 given for %2 rows"),
                       {std::to_string(session.key_labels.size()), std::to_string(keyCount(session))}));
    const AttentionOptions options{session.scoring, session.normalization, session.mask};

    Computation c;
    ProjectionNames names;
    for (long row = 0; row < queryCount(session); ++row)
        names.query_labels.push_back(queryLabel(session, row));
    for (long row = 0; row < keyCount(session); ++row)
        names.key_labels.push_back(keyLabel(session, row));
    if (session.self_attention) {
        names.input = session.self_attention->positional_encoding ? "(X + P)" : "X";
        const SelfAttention& self = *session.self_attention;
        const Matrix x = selfAttentionInputs(self, c);
        if (session.multi_head) {
            c.queries = c.keys = c.values = x;
        } else {
            requireProjection(self.W_Q, x.cols(), "W_Q");
            requireProjection(self.W_K, x.cols(), "W_K");
            requireProjection(self.W_V, x.cols(), "W_V");
            c.queries = x * self.W_Q;
            c.keys = x * self.W_K;
            c.values = x * self.W_V;
            detail::requireFiniteProjection(c.queries, detail::Projection::Queries, names, 0);
            detail::requireFiniteProjection(c.keys, detail::Projection::Keys, names, 0);
            detail::requireFiniteProjection(c.values, detail::Projection::Values, names, 0);
        }
    } else {
        c.queries = session.queries;
        c.keys = session.keys;
        c.values = session.values;
    }

    if (session.multi_head) {
        if (c.queries.size() == 0 || c.keys.size() == 0 || c.values.size() == 0)
            throw ShapeError(ATTN_TR("attn::Errors", "multi-head: queries, keys and values must not be empty"));
        c.multi_head = multiHeadAttend(c.queries, c.keys, c.values, *session.multi_head, options, names);
        c.outputs = c.multi_head->outputs;
    } else {
        c.trace = attend(c.queries, c.keys, c.values, options);
        c.outputs = c.trace.outputs;
    }
    return c;
}

void validate(const Session& session)
{
    (void)evaluate(session);
}

} // namespace attn
