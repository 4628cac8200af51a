#pragma once

#include "attn/mask.h"
#include "attn/normalization.h"
#include "attn/scoring.h"

#include <QString>

namespace attn::ui {

/// The menu name of a scoring function, e.g. "Scaled dot product" (translated).
QString scoringTitle(attn::ScoringFunction function);

/// The menu name of a normalisation, e.g. "Softmax" (translated).
QString normalizationTitle(attn::NormalizationFunction function);

/// The menu name of a mask kind, e.g. "Causal (no future keys)" (translated).
QString maskTitle(attn::MaskKind kind);

} // namespace attn::ui
