#include "io/examples.h"

#include "io/sessionjson.h"
#include "io/sessionreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QtDebug>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace attn::io {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::io::SessionJson)
};

/// The teaching order of the bundled examples (resources/examples/).
const QStringList kOrder = {u"waistline"_s,  u"waistline-boxcar"_s,  u"waistline-epanechnikov"_s,
                            u"seed004-2d"_s, u"thinking-machines"_s, u"seed004-self-attention"_s,
                            u"d2l-masked"_s, u"causal-sentence"_s,   u"two-head"_s};

qsizetype rank(const QString& id)
{
    const qsizetype index = kOrder.indexOf(id);
    return index < 0 ? kOrder.size() : index;
}

} // namespace

ExampleInfo readExampleInfo(const QString& path)
{
    const detail::SessionReader reader(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        reader.fail(Tr::tr("cannot be read: %1").arg(file.errorString()));
    const detail::Field root = reader.parseDocument(file.readAll());

    ExampleInfo info;
    info.id = QFileInfo(path).completeBaseName();
    info.path = path;
    for (auto [key, text] : {std::pair{u"title"_s, &info.title}, {u"description"_s, &info.description}})
        if (const detail::Field field = root.member(key); !field.absent())
            *text = reader.string(field);
    return info;
}

QList<ExampleInfo> builtInExamples(const QString& directory)
{
    QList<ExampleInfo> examples;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        try {
            examples.append(readExampleInfo(dir.filePath(name)));
        } catch (const SessionFileError& error) {
            qWarning("attnlab: example left out: %s", error.what());
        }
    }
    std::stable_sort(examples.begin(), examples.end(),
                     [](const ExampleInfo& a, const ExampleInfo& b) { return rank(a.id) < rank(b.id); });
    return examples;
}

} // namespace attn::io
