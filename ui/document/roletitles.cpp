#include "document/roletitles.h"

#include <QCoreApplication>

namespace attn::ui {

QString roleSymbol(MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return QStringLiteral("Q");
    case MatrixRole::Keys:
        return QStringLiteral("K");
    case MatrixRole::Values:
        return QStringLiteral("V");
    case MatrixRole::X:
        return QStringLiteral("X");
    case MatrixRole::SelfW_Q:
    case MatrixRole::HeadW_Q:
        return QStringLiteral("W_Q");
    case MatrixRole::SelfW_K:
    case MatrixRole::HeadW_K:
        return QStringLiteral("W_K");
    case MatrixRole::SelfW_V:
    case MatrixRole::HeadW_V:
        return QStringLiteral("W_V");
    case MatrixRole::GeneralW:
        return QStringLiteral("W");
    case MatrixRole::AdditiveW_q:
        return QStringLiteral("W_q");
    case MatrixRole::AdditiveW_k:
        return QStringLiteral("W_k");
    case MatrixRole::AdditiveW_v:
        return QStringLiteral("w_v");
    case MatrixRole::HeadW_O:
        return QStringLiteral("W_O");
    }
    return {};
}

QString roleTitle(MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Queries");
    case MatrixRole::Keys:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Keys");
    case MatrixRole::Values:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Values");
    case MatrixRole::X:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Tokens");
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
    case MatrixRole::SelfW_V:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Projection");
    case MatrixRole::GeneralW:
        return QCoreApplication::translate("attn::ui::MatrixRole", "General scoring");
    case MatrixRole::AdditiveW_q:
    case MatrixRole::AdditiveW_k:
    case MatrixRole::AdditiveW_v:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Additive scoring");
    case MatrixRole::HeadW_Q:
    case MatrixRole::HeadW_K:
    case MatrixRole::HeadW_V:
    case MatrixRole::HeadW_O:
        return QCoreApplication::translate("attn::ui::MatrixRole", "Multi-head");
    }
    return {};
}

QString roleName(MatrixRole role)
{
    if (isTokenRole(role))
        return roleTitle(role);
    return QStringLiteral("%1 %2").arg(roleTitle(role), roleSymbol(role));
}

} // namespace attn::ui
