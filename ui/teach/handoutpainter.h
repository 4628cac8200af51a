#pragma once

#include "teach/handoutpages.h"

class QCPPainter;

namespace attn::ui {

/// Paints `page` with `painter` in logical coordinates 0 … kHandoutPageSize (the caller maps them onto its
/// device, e.g. with QPainter::setWindow): the heading and description at the top, the step's heatmaps (drawn
/// by QCustomPlot::toPainter from offscreen plots, so vector graphics on a PDF painter in
/// QCPPainter::pmVectorized mode) on the left, the input tables on the right, the explained cell across the
/// bottom, and a footer with the session title and page number. Text is drawn as text. Fonts shrink so that
/// nothing is clipped. The same code draws PDF and PNG pages. Needs a QApplication. Returns the significant
/// digits the heatmaps' cells print (page.cellDigits, or fewer where even the largest cells the page allows are
/// too narrow for them).
int paintHandoutPage(QCPPainter& painter, const HandoutPage& page);

} // namespace attn::ui
