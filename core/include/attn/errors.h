#pragma once

#include <stdexcept>
#include <string>

namespace attn {

/// Base of every error that attn::core throws. The message names the shapes or values at fault; it is English,
/// or translated by the translator installed with attn::setTranslator() (context "attn::Errors") when it is
/// thrown. Shapes, symbols and numbers in it are never translated.
class AttentionError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// Matrices whose shapes do not fit together (mismatched d_k or n_k, empty matrices, label counts).
class ShapeError : public AttentionError {
public:
    using AttentionError::AttentionError;
};

/// A parameter outside its domain (bandwidth σ ≤ 0, a non-finite entry, an unknown name).
class ParameterError : public AttentionError {
public:
    using AttentionError::AttentionError;
};

/// A computation that needs more memory than the machine has available (the message names the size, the need and
/// what is available); nothing was allocated for it.
class ResourceError : public AttentionError {
public:
    using AttentionError::AttentionError;
};

/// "r × c", the way shapes are written in messages, e.g. shapeText(2, 3) == "2 × 3".
std::string shapeText(long rows, long cols);

} // namespace attn
