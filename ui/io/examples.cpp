#include "io/examples.h"

#include "io/sessionjson.h"
#include "io/sessionreader.h"

#include "attn/examplelist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>
#include <QtDebug>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

/// The position of `id` in the teaching order (ATTN_EXAMPLES, resources/examples/examples.cmake); unlisted ids
/// after the listed ones.
qsizetype rank(const QString& id)
{
    const auto begin = std::begin(kBuiltInExampleIds);
    const auto end = std::end(kBuiltInExampleIds);
    return std::find_if(begin, end, [&id](const char* listed) { return id == QLatin1StringView(listed); }) - begin;
}

/// Sets `*title` and `*description` from the strings of `object` that are present.
void readTexts(const detail::SessionReader& reader, const detail::Field& object, QString* title,
               QString* description)
{
    for (auto [key, text] : {std::pair{u"title"_s, title}, {u"description"_s, description}})
        if (const detail::Field field = object.member(key); !field.absent())
            *text = reader.string(field);
}

} // namespace

ExampleInfo readExampleInfo(const QString& path, const QString& language)
{
    const detail::SessionReader reader(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    const detail::Field root = reader.parseDocument(file.readAll());

    ExampleInfo info;
    info.id = QFileInfo(path).completeBaseName();
    info.path = path;
    readTexts(reader, root, &info.title, &info.description);

    const detail::Field translations = root.member(u"translations"_s);
    reader.requireObject(translations, u"{\"zh_CN\": {\"title\": \"\u2026\", \"description\": \"\u2026\"}}"_s);
    if (translations.absent())
        return info;
    for (const QString& key : translations.value.toObject().keys())
        reader.requireObject(translations.member(key), u"{\"title\": \"\u2026\", \"description\": \"\u2026\"}"_s);
    if (language.isEmpty())
        return info;
    detail::Field texts = translations.member(language);
    if (texts.absent())
        texts = translations.member(language.section(u'_', 0, 0));
    if (!texts.absent())
        readTexts(reader, texts, &info.title, &info.description);
    return info;
}

bool isBuiltInExampleFile(const QString& path, const QString& directory)
{
    if (path.startsWith(directory + u'/'))
        return true;
    const QFileInfo file(path);
    QFile bundled(QDir(directory).filePath(file.fileName()));
    QFile copy(path);
    if (path.isEmpty() || !bundled.exists() || !file.isFile() || file.size() > 1 << 20 ||
        !bundled.open(QIODevice::ReadOnly) || !copy.open(QIODevice::ReadOnly))
        return false;
    return bundled.readAll() == copy.readAll();
}

QList<ExampleInfo> builtInExamples(const QString& directory, const QString& language)
{
    QList<ExampleInfo> examples;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        try {
            examples.append(readExampleInfo(dir.filePath(name), language));
        } catch (const SessionFileError& error) {
            qWarning("attnlab: example left out: %s", error.what());
        }
    }
    std::stable_sort(examples.begin(), examples.end(),
                     [](const ExampleInfo& a, const ExampleInfo& b) { return rank(a.id) < rank(b.id); });
    return examples;
}

} // namespace attn::io
