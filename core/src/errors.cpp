#include "attn/errors.h"

namespace attn {

std::string shapeText(long rows, long cols)
{
    return std::to_string(rows) + " \u00d7 " + std::to_string(cols);
}

} // namespace attn
