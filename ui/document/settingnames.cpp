#include "document/settingnames.h"

#include <QCoreApplication>

namespace attn::ui {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("attn::ui::SettingNames", text);
}

} // namespace

QString scoringTitle(attn::ScoringFunction function)
{
    switch (function) {
    case attn::ScoringFunction::Dot:
        return translated("Dot product");
    case attn::ScoringFunction::ScaledDot:
        return translated("Scaled dot product");
    case attn::ScoringFunction::General:
        return translated("General (bilinear)");
    case attn::ScoringFunction::Additive:
        return translated("Additive (Bahdanau)");
    case attn::ScoringFunction::Cosine:
        return translated("Cosine similarity");
    case attn::ScoringFunction::Gaussian:
        return translated("Gaussian kernel");
    case attn::ScoringFunction::Boxcar:
        return translated("Boxcar kernel");
    case attn::ScoringFunction::Epanechnikov:
        return translated("Epanechnikov kernel");
    case attn::ScoringFunction::Linear:
        return translated("Linear attention (elu + 1)");
    }
    return {};
}

QString normalizationTitle(attn::NormalizationFunction function)
{
    switch (function) {
    case attn::NormalizationFunction::Softmax:
        return translated("Softmax");
    case attn::NormalizationFunction::Sparsemax:
        return translated("Sparsemax");
    case attn::NormalizationFunction::Relu:
        return translated("ReLU (not normalised)");
    }
    return {};
}

QString maskTitle(attn::MaskKind kind)
{
    switch (kind) {
    case attn::MaskKind::None:
        return translated("No mask");
    case attn::MaskKind::Causal:
        return translated("Causal (no future keys)");
    case attn::MaskKind::ValidLengths:
        return translated("Valid lengths");
    case attn::MaskKind::Window:
        return translated("Local window |i \u2212 j| \u2264 w");
    case attn::MaskKind::Cells:
        return translated("Chosen cells");
    }
    return {};
}

} // namespace attn::ui
