#include "attn/session.h"

#include "attn/errors.h"
#include "attn/positional.h"

namespace attn {

namespace {

void requireLabelCount(const std::vector<std::string>& labels, long rows, const char* what)
{
    if (!labels.empty() && static_cast<long>(labels.size()) != rows)
        throw ShapeError(std::string(what) + " labels: " + std::to_string(labels.size()) + " given for "
                         + std::to_string(rows) + " rows");
}

std::string labelOrDefault(const std::vector<std::string>& labels, long row, char prefix)
{
    if (row >= 0 && row < static_cast<long>(labels.size()))
        return labels[static_cast<std::size_t>(row)];
    return std::string(1, prefix) + std::to_string(row + 1);
}

void requireProjection(const Matrix& w, long dModel, const char* what)
{
    if (w.rows() != dModel || w.cols() == 0)
        throw ShapeError(std::string("self-attention: ") + what + " (" + shapeText(w.rows(), w.cols())
                         + ") must have d_model = " + std::to_string(dModel) + " rows");
}

/// The self-attention inputs X' (X, or X + P) of `self`.
Matrix selfAttentionInputs(const SelfAttention& self, Computation& c)
{
    if (self.X.size() == 0)
        throw ShapeError("self-attention: X is empty (" + shapeText(self.X.rows(), self.X.cols()) + ")");
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
    requireLabelCount(session.query_labels, queryCount(session), "query");
    requireLabelCount(session.key_labels, keyCount(session), "key");
    const AttentionOptions options{session.scoring, session.normalization, session.mask};

    Computation c;
    if (session.self_attention) {
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
        }
    } else {
        c.queries = session.queries;
        c.keys = session.keys;
        c.values = session.values;
    }

    if (session.multi_head) {
        if (c.queries.size() == 0 || c.keys.size() == 0 || c.values.size() == 0)
            throw ShapeError("multi-head: queries, keys and values must not be empty");
        c.multi_head = multiHeadAttend(c.queries, c.keys, c.values, *session.multi_head, options);
        c.outputs = c.multi_head->outputs;
    } else {
        c.trace = attend(c.queries, c.keys, c.values, options);
        c.outputs = c.trace.outputs;
    }
    return c;
}

Trace compute(const Session& session)
{
    return evaluate(session).trace;
}

void validate(const Session& session)
{
    (void)evaluate(session);
}

Session waistlineExample()
{
    Session s;
    s.queries = Matrix{{62.0}};
    s.keys = Matrix{{60.0}, {64.0}, {68.0}};
    s.values = Matrix{{110.0}, {115.0}, {126.0}};
    s.query_labels = {"62 cm"};
    s.key_labels = {"60 cm", "64 cm", "68 cm"};
    s.scoring.function = ScoringFunction::Gaussian;
    s.scoring.sigma = 1.0;
    return s;
}

} // namespace attn
