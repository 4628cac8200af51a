#include "attn/session.h"

#include "attn/errors.h"

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

} // namespace

void validate(const Session& session)
{
    (void)compute(session);
}

std::string queryLabel(const Session& session, long row)
{
    return labelOrDefault(session.query_labels, row, 'q');
}

std::string keyLabel(const Session& session, long row)
{
    return labelOrDefault(session.key_labels, row, 'k');
}

Trace compute(const Session& session)
{
    requireLabelCount(session.query_labels, session.queries.rows(), "query");
    requireLabelCount(session.key_labels, session.keys.rows(), "key");
    return attend(session.queries, session.keys, session.values, session.scoring);
}

Session waistlineExample()
{
    Session s;
    s.queries = Matrix{{62.0}};
    s.keys = Matrix{{60.0}, {64.0}, {68.0}};
    s.values = Matrix{{110.0}, {115.0}, {126.0}};
    s.query_labels = {"62 cm"};
    s.key_labels = {"60 cm", "64 cm", "68 cm"};
    s.scoring = {ScoringFunction::Gaussian, 1.0};
    return s;
}

} // namespace attn
