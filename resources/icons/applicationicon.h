#pragma once

#include <QIcon>
#include <QString>

namespace attn::ui {

/// The application id: the name of the .desktop launcher and the AppStream metainfo file, and the icon's name in
/// the freedesktop hicolor theme ("io.github.attnlab.AttentionLab").
QString applicationId();

/// The Attention Lab icon (an attention-weights heatmap, see resources/icons/) with a pixmap for every installed
/// size, 16, 22, 24, 32, 48, 64, 128 and 256 px, each rendered from the SVG designs at build time and read from
/// the resources (":/icons/hicolor/<n>x<n>/apps/<applicationId()>.png"). Needs a QGuiApplication. Never fails: a
/// missing image would give an icon without that size, and the build fails before that can happen.
QIcon applicationIcon();

} // namespace attn::ui
