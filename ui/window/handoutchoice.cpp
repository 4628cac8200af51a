#include "window/handoutchoice.h"

#include "compute/livecomputation.h"
#include "compute/viewstate.h"
#include "document/sessiondocument.h"

#include <QFileInfo>

namespace attn::ui {

HandoutOptions handoutOptionsFor(const SessionDocument& document, const ViewState& view,
                                 const LiveComputation& computation, int cellDigits)
{
    HandoutOptions options;
    // The selected cell exactly, and its query and key (a Jacobian cell: its query and first key); what it lacks
    // the handout chooses (workedCell()).
    const std::optional<CellSelection>& cell = view.selection();
    if (const HeatmapSpec* spec = computation.selectedSpec(); cell && spec) {
        options.selected = HandoutCell{cell->stage, cell->row, cell->column};
        if (cell->stage.kind == attn::Stage::SoftmaxJacobian) {
            options.row = static_cast<int>(cell->stage.index);
            options.column = cell->row;
        } else {
            if (spec->rows == attn::Axis::Queries || spec->rows == attn::Axis::Tokens)
                options.row = cell->row;
            if (spec->columns == attn::Axis::Keys)
                options.column = cell->column;
        }
    }
    const QString path = document.filePath();
    if (!path.isEmpty() && !path.startsWith(u':'))
        options.fileName = QFileInfo(path).fileName();
    options.cellDigits = cellDigits;
    const ComputeResult& result = computation.result();
    for (const HeatmapSpec& spec : result.specs)
        if (spec.stage && spec.stage->kind == attn::Stage::SoftmaxJacobian)
            options.jacobianRow = spec.stage->index;
    options.heads = view.heads(); // the pages are numbered by this view's steps, as the stage bar
    return options;
}

} // namespace attn::ui
