#include "document/settingnames.h"

#include <QCoreApplication>

namespace attn::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::SettingNames)
};

} // namespace

QString scoringTitle(attn::ScoringFunction function)
{
    switch (function) {
    case attn::ScoringFunction::Dot:
        return Tr::tr("Dot product");
    case attn::ScoringFunction::ScaledDot:
        return Tr::tr("Scaled dot product");
    case attn::ScoringFunction::General:
        return Tr::tr("General (bilinear)");
    case attn::ScoringFunction::Additive:
        return Tr::tr("Additive (Bahdanau)");
    case attn::ScoringFunction::Cosine:
        return Tr::tr("Cosine similarity");
    case attn::ScoringFunction::Gaussian:
        return Tr::tr("Gaussian kernel");
    case attn::ScoringFunction::Boxcar:
        return Tr::tr("Boxcar kernel");
    case attn::ScoringFunction::Epanechnikov:
        return Tr::tr("Epanechnikov kernel");
    case attn::ScoringFunction::Linear:
        return Tr::tr("Linear attention (elu + 1)");
    }
    return {};
}

QString normalizationTitle(attn::NormalizationFunction function)
{
    switch (function) {
    case attn::NormalizationFunction::Softmax:
        return Tr::tr("Softmax");
    case attn::NormalizationFunction::Sparsemax:
        return Tr::tr("Sparsemax");
    case attn::NormalizationFunction::Relu:
        return Tr::tr("ReLU (not normalised)");
    }
    return {};
}

QString maskTitle(attn::MaskKind kind)
{
    switch (kind) {
    case attn::MaskKind::None:
        return Tr::tr("No mask");
    case attn::MaskKind::Causal:
        return Tr::tr("Causal (no future keys)");
    case attn::MaskKind::ValidLengths:
        return Tr::tr("Valid lengths");
    case attn::MaskKind::Window:
        return Tr::tr("Local window |i \u2212 j| \u2264 w");
    case attn::MaskKind::Cells:
        return Tr::tr("Chosen cells");
    }
    return {};
}

} // namespace attn::ui
