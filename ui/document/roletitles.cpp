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

std::pair<QString, QString> shapeNames(MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return {QStringLiteral("n_q"), QStringLiteral("d_k")};
    case MatrixRole::Keys:
        return {QStringLiteral("n_k"), QStringLiteral("d_k")};
    case MatrixRole::Values:
        return {QStringLiteral("n_k"), QStringLiteral("d_v")};
    case MatrixRole::X:
        return {QStringLiteral("n"), QStringLiteral("d_model")};
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
        return {QStringLiteral("d_model"), QStringLiteral("d_k")};
    case MatrixRole::SelfW_V:
        return {QStringLiteral("d_model"), QStringLiteral("d_v")};
    case MatrixRole::GeneralW:
        return {QStringLiteral("d_q"), QStringLiteral("d_k")};
    case MatrixRole::AdditiveW_q:
        return {QStringLiteral("d_q"), QStringLiteral("h")};
    case MatrixRole::AdditiveW_k:
        return {QStringLiteral("d_k"), QStringLiteral("h")};
    case MatrixRole::AdditiveW_v:
        return {QStringLiteral("h"), QStringLiteral("1")};
    case MatrixRole::HeadW_Q:
    case MatrixRole::HeadW_K:
    case MatrixRole::HeadW_V:
    case MatrixRole::HeadW_O:
        break;
    }
    return {QStringLiteral("d_model"), QStringLiteral("d_model")};
}

} // namespace attn::ui
