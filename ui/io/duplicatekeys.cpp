#include "io/duplicatekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace attn::io::detail {

namespace {

/// One open object or array.
struct Container {
    bool object = false;
    bool expectKey = false; ///< In an object: the next string is a key.
    QSet<QString> keys;
};

/// The text of the JSON string literal json[begin … end) (both quotes included).
QString stringText(const QByteArray& json, qsizetype begin, qsizetype end, bool escaped)
{
    const QByteArrayView inner(json.constData() + begin + 1, end - begin - 2);
    if (!escaped)
        return QString::fromUtf8(inner);
    // Escapes (\n, \", \u00e9, surrogate pairs) are rare in keys: let Qt's parser decode them.
    const QByteArray wrapped = '[' + QByteArray(json.constData() + begin, end - begin) + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

std::optional<DuplicateKey> findDuplicateKey(const QByteArray& json)
{
    std::vector<Container> open;
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        switch (c) {
        case '\n':
            ++line;
            lineStart = i + 1;
            break;
        case '{':
            open.push_back({true, true, {}});
            break;
        case '[':
            open.push_back({false, false, {}});
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            break;
        case ':':
            if (!open.empty())
                open.back().expectKey = false;
            break;
        case ',':
            if (!open.empty() && open.back().object)
                open.back().expectKey = true;
            break;
        case '"': {
            const qsizetype begin = i;
            bool escaped = false;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\') {
                    escaped = true;
                    ++i; // the escaped character, also a '"'
                }
            }
            // A string in valid JSON holds no raw line break, so `line` stays right.
            if (open.empty() || !open.back().expectKey)
                break;
            const QString key = stringText(json, begin, i + 1, escaped);
            if (open.back().keys.contains(key))
                return DuplicateKey{key, begin, line, int(begin - lineStart) + 1};
            open.back().keys.insert(key);
            break;
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace attn::io::detail
