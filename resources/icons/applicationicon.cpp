#include "icons/applicationicon.h"

using namespace Qt::Literals::StringLiterals;

namespace attn::ui {

QString applicationId()
{
    return u"io.github.attnlab.AttentionLab"_s;
}

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(applicationId()), QSize(size, size));
    return icon;
}

} // namespace attn::ui
