#include "files/importtarget.h"
#include "document/roletitles.h"

#include <QCoreApplication>

namespace attn::ui {

QList<MatrixRole> sessionTables(const attn::Session& session)
{
    QList<MatrixRole> roles;
    const bool self = session.self_attention.has_value();
    if (!self)
        roles << MatrixRole::Queries << MatrixRole::Keys << MatrixRole::Values;
    else {
        roles << MatrixRole::X;
        if (!session.multi_head)
            roles << MatrixRole::SelfW_Q << MatrixRole::SelfW_K << MatrixRole::SelfW_V;
    }
    if (session.scoring.function == attn::ScoringFunction::General)
        roles << MatrixRole::GeneralW;
    if (session.scoring.function == attn::ScoringFunction::Additive)
        roles << MatrixRole::AdditiveW_q << MatrixRole::AdditiveW_k << MatrixRole::AdditiveW_v;
    if (session.multi_head)
        roles << MatrixRole::HeadW_Q << MatrixRole::HeadW_K << MatrixRole::HeadW_V << MatrixRole::HeadW_O;
    return roles;
}

QString tableTitle(const attn::Session& session, MatrixRole role)
{
    const attn::Matrix m = matrixOf(session, role);
    return QCoreApplication::translate("attn::ui::ImportTarget", "%1 %2 (%3 \u00d7 %4)")
        .arg(roleTitle(role), roleSymbol(role))
        .arg(m.rows())
        .arg(m.cols());
}

} // namespace attn::ui
