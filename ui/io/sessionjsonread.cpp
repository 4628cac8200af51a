// Reading session files, format versions 1 and 2 (docs/session-format.md).

#include "io/sessionjson.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "io/jsonhelpers.h"
#include "io/sessionchecks.h"
#include "io/sessionreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

using detail::Field;
using detail::format;
using detail::SessionReader;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

/// Larger files are refused before reading: a session of typed-in numbers is a few kilobytes.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

template <typename Enum, std::size_t N, typename NameOf>
QStringList namesOf(const Enum (&values)[N], NameOf nameOf)
{
    QStringList names;
    for (const Enum value : values)
        names.append(QString::fromUtf8(nameOf(value)));
    return names;
}

QStringList normalizationNames()
{
    const NormalizationFunction all[] = {NormalizationFunction::Softmax, NormalizationFunction::Sparsemax,
                                         NormalizationFunction::Relu};
    return namesOf(all, normalizationName);
}

QStringList maskNames()
{
    const MaskKind all[] = {MaskKind::None, MaskKind::Causal, MaskKind::ValidLengths, MaskKind::Window,
                            MaskKind::Cells};
    return namesOf(all, maskName);
}

/// The top-level members that SessionParser reads; every other member is kept by unreadMembers().
const QStringList& sessionMembers()
{
    static const QStringList members{u"version"_s,       u"title"_s,        u"queries"_s,    u"keys"_s,
                                     u"values"_s,        u"query_labels"_s, u"key_labels"_s, u"scoring"_s,
                                     u"normalization"_s, u"mask"_s,         u"multi_head"_s, u"self_attention"_s};
    return members;
}

/// Reads one session object: first every field with its type, then whether the shapes fit (naming the fields),
/// then (SessionCheck::Computable) attn::validate for whatever is left (non-finite scores, zero-length vectors for
/// cosine).
class SessionParser {
public:
    SessionParser(const SessionReader& reader, Field root, SessionCheck check)
        : m_reader{reader}, m_root{std::move(root)}, m_check{check}
    {
    }

    Session parse()
    {
        m_reader.checkVersion(m_root);
        const Field title = member(u"title"_s);
        if (!title.absent())
            m_s.title = m_reader.string(title).toStdString();
        readInputs();
        m_s.query_labels = m_reader.labels(member(u"query_labels"_s));
        m_s.key_labels = m_reader.labels(member(u"key_labels"_s));
        readScoring(member(u"scoring"_s));
        readNormalization(member(u"normalization"_s));
        readMask(member(u"mask"_s));
        readMultiHead(member(u"multi_head"_s));
        detail::checkSessionShapes(m_reader, m_s, m_check);
        if (m_check == SessionCheck::Computable) {
            try {
                attn::validate(m_s);
            } catch (const AttentionError& error) {
                m_reader.fail(QString::fromUtf8(error.what()));
            }
        }
        return m_s;
    }

private:
    /// A top-level member, one of sessionMembers() (so that unreadMembers() never keeps what is read here).
    Field member(const QString& name) const
    {
        Q_ASSERT_X(sessionMembers().contains(name), "SessionParser",
                   "read a member missing from sessionMembers()");
        return m_root.member(name);
    }

    void readInputs()
    {
        const Field self = member(u"self_attention"_s);
        m_reader.requireObject(self,
                               u"{\"X\": [[1, 0], [0, 1]], \"W_Q\": \u2026, \"W_K\": \u2026, \"W_V\": \u2026}"_s);
        if (self.absent()) {
            m_s.queries = m_reader.matrix(member(u"queries"_s));
            m_s.keys = m_reader.matrix(member(u"keys"_s));
            m_s.values = m_reader.matrix(member(u"values"_s));
            return;
        }
        SelfAttention s;
        s.X = m_reader.matrix(self.member(u"X"_s));
        if (const Field pe = self.member(u"positional_encoding"_s); !pe.absent())
            s.positional_encoding = m_reader.boolean(pe);
        if (member(u"multi_head"_s).absent()) { // with multi-head, X feeds all three: no W_Q, W_K, W_V
            const QString hint = Tr::tr(" (self-attention needs W_Q, W_K and W_V unless \"multi_head\" is given)");
            for (auto [key, matrix] : {std::pair{u"W_Q"_s, &s.W_Q}, {u"W_K"_s, &s.W_K}, {u"W_V"_s, &s.W_V}}) {
                m_reader.requirePresent(self.member(key), hint);
                *matrix = m_reader.matrix(self.member(key));
            }
        }
        m_s.self_attention = s;
    }

    void readScoring(const Field& field)
    {
        m_reader.requireObject(field, u"{\"function\": \"gaussian\", \"sigma\": 1}"_s);
        if (field.absent())
            return;
        Scoring& scoring = m_s.scoring;
        if (const Field f = field.member(u"function"_s); !f.absent())
            scoring.function = *scoringFromName(
                m_reader.name(f, namesOf(kScoringFunctions, scoringName), Tr::tr("scoring function"))
                    .toStdString());
        if (const Field sigma = field.member(u"sigma"_s); !sigma.absent())
            scoring.sigma = m_reader.positiveNumber(sigma);
        if (scoring.function == ScoringFunction::General) {
            m_reader.requirePresent(field.member(u"W"_s), Tr::tr(" (general scoring needs W, d_q \u00d7 d_k)"));
            scoring.W = m_reader.matrix(field.member(u"W"_s));
        } else if (scoring.function == ScoringFunction::Additive) {
            const QString hint = Tr::tr(" (additive scoring needs W_q, d_q \u00d7 h; W_k, d_k \u00d7 h; w_v, h)");
            for (const QString& key : {u"W_q"_s, u"W_k"_s, u"w_v"_s})
                m_reader.requirePresent(field.member(key), hint);
            scoring.W_q = m_reader.matrix(field.member(u"W_q"_s));
            scoring.W_k = m_reader.matrix(field.member(u"W_k"_s));
            scoring.w_v = m_reader.numbers(field.member(u"w_v"_s));
        }
    }

    void readNormalization(const Field& field)
    {
        m_reader.requireObject(field, u"{\"function\": \"softmax\", \"temperature\": 1}"_s);
        if (field.absent())
            return;
        if (const Field f = field.member(u"function"_s); !f.absent())
            m_s.normalization.function = *normalizationFromName(
                m_reader.name(f, normalizationNames(), Tr::tr("normalization")).toStdString());
        if (const Field t = field.member(u"temperature"_s); !t.absent())
            m_s.normalization.temperature = m_reader.positiveNumber(t);
    }

    void readMask(const Field& field)
    {
        m_reader.requireObject(field, u"{\"kind\": \"causal\"}"_s);
        if (field.absent())
            return;
        Mask& mask = m_s.mask;
        mask.kind =
            *maskFromName(m_reader.name(field.member(u"kind"_s), maskNames(), Tr::tr("mask kind")).toStdString());
        if (mask.kind == MaskKind::ValidLengths) {
            const Field lengths = field.member(u"valid_lengths"_s);
            m_reader.requirePresent(lengths, Tr::tr(" (one length per query row, e.g. [2, 6])"));
            if (!lengths.value.isArray())
                m_reader.fail(format(Tr::tr("%1 must be an array of whole numbers such as [2, 6], got %2"),
                                     lengths.path, detail::valueText(lengths.value)));
            for (qsizetype i = 0; i < lengths.value.toArray().size(); ++i)
                mask.valid_lengths.push_back(m_reader.wholeNumber(lengths.item(i), 0));
        } else if (mask.kind == MaskKind::Window) {
            m_reader.requirePresent(field.member(u"window"_s), Tr::tr(" (the window width w \u2265 0)"));
            mask.window = m_reader.wholeNumber(field.member(u"window"_s), 0);
        } else if (mask.kind == MaskKind::Cells) {
            readCells(field.member(u"cells"_s));
        }
    }

    void readCells(const Field& cells)
    {
        m_reader.requirePresent(cells, Tr::tr(" (0-based [query, key] pairs, e.g. [[0, 1], [1, 2]])"));
        if (!cells.value.isArray())
            m_reader.fail(format(Tr::tr("%1 must be an array of [query, key] pairs such as [[0, 1]], got %2"),
                                 cells.path, detail::valueText(cells.value)));
        const auto isIndex = [](const QJsonValue& v) {
            const double d = v.toDouble(-1.0);
            return v.isDouble() && d >= 0.0 && d == std::floor(d) && d <= 9007199254740992.0;
        };
        for (qsizetype i = 0; i < cells.value.toArray().size(); ++i) {
            const Field cell = cells.item(i);
            const QJsonArray pair = cell.value.toArray();
            if (!cell.value.isArray() || pair.size() != 2 || !isIndex(pair.at(0)) || !isIndex(pair.at(1)))
                m_reader.fail(format(Tr::tr("%1 must be a [query, key] pair of 0-based whole numbers such as "
                                            "[0, 1], got %2"),
                                     cell.path,
                                     cell.value.isArray()
                                         ? QString::fromUtf8(QJsonDocument(pair).toJson(QJsonDocument::Compact))
                                         : detail::valueText(cell.value)));
            m_s.mask.cells.emplace_back(long(pair.at(0).toDouble()), long(pair.at(1).toDouble()));
        }
    }

    void readMultiHead(const Field& field)
    {
        m_reader.requireObject(
            field, u"{\"heads\": 2, \"W_Q\": \u2026, \"W_K\": \u2026, \"W_V\": \u2026, \"W_O\": \u2026}"_s);
        if (field.absent())
            return;
        const QString hint = Tr::tr(" (multi-head attention needs heads, W_Q, W_K, W_V and W_O)");
        for (const QString& key : {u"heads"_s, u"W_Q"_s, u"W_K"_s, u"W_V"_s, u"W_O"_s})
            m_reader.requirePresent(field.member(key), hint);
        MultiHead m;
        m.heads = m_reader.wholeNumber(field.member(u"heads"_s), 1);
        m.W_Q = m_reader.matrix(field.member(u"W_Q"_s));
        m.W_K = m_reader.matrix(field.member(u"W_K"_s));
        m.W_V = m_reader.matrix(field.member(u"W_V"_s));
        m.W_O = m_reader.matrix(field.member(u"W_O"_s));
        m_s.multi_head = m;
    }

    const SessionReader& m_reader;
    Field m_root;
    SessionCheck m_check;
    Session m_s;
};

} // namespace

Session sessionFromJson(const QByteArray& json, const QString& sourceName, SessionCheck check)
{
    const SessionReader reader(sourceName);
    return SessionParser(reader, reader.parseDocument(json), check).parse();
}

Session readSessionFile(const QString& path, SessionCheck check)
{
    if (path.isEmpty())
        throw SessionFileError(Tr::tr("no session file given").toStdString());
    const QString name = QDir::toNativeSeparators(path);
    const SessionReader reader(name);
    const QFileInfo info(path);
    if (!info.exists())
        reader.fail(Tr::tr("no such file"));
    if (info.isDir())
        reader.fail(Tr::tr("is a directory, not a session file"));
    if (!info.isFile())
        reader.fail(Tr::tr("is not a regular file (a device, pipe or socket is not a session file)"));
    if (info.size() > kMaxFileSize)
        reader.fail(
            Tr::tr("is too large for a session file (%1 bytes; at most %2)").arg(info.size()).arg(kMaxFileSize));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    const QByteArray json = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    if (json.size() > kMaxFileSize)
        reader.fail(Tr::tr("is too large for a session file (at most %1 bytes)").arg(kMaxFileSize));
    return sessionFromJson(json, name, check);
}

QJsonObject unreadMembers(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject unread;
    for (auto member = root.constBegin(); member != root.constEnd(); ++member)
        if (!sessionMembers().contains(member.key()))
            unread.insert(member.key(), member.value());
    return unread;
}

QJsonObject unreadMembersOfFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? unreadMembers(file.readAll()) : QJsonObject();
}

} // namespace attn::io
