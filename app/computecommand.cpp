#include "computecommand.h"

#include "console.h"

#include "attn/errors.h"
#include "attn/evaluation.h"
#include "base/availablememory.h"
#include "io/computationjson.h"
#include "io/sessionjson.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace attn::app {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::app::ComputeCommand)
};

} // namespace

int runCompute(const QString& sessionPath, std::optional<long> jacobianRow)
{
    QByteArray json;
    try {
        const attn::Session session = attn::io::readSessionFile(sessionPath, attn::io::SessionCheck::Computable);
        if (const auto available = attn::ui::availableMemoryBytes())
            attn::requireMemory(session,
                                attn::evaluationBytes(session) +
                                    attn::io::computationJsonBytes(session, jacobianRow.has_value()),
                                *available);
        json = attn::io::computationToJson(session, attn::evaluate(session), jacobianRow);
    } catch (const attn::io::SessionFileError& error) {
        return fail(QString::fromUtf8(error.what()));
    } catch (const attn::AttentionError& error) {
        return fail(QDir::toNativeSeparators(sessionPath) + u": "_s + QString::fromUtf8(error.what()));
    }
    if (!writeTo(stdout, json))
        return fail(Tr::tr("cannot write the result to standard output"));
    return 0;
}

} // namespace attn::app
