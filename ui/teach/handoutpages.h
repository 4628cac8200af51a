#pragma once

#include "attn/evaluation.h"
#include "attn/matrix.h"
#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace attn::ui {

/// What a handout explains.
struct HandoutOptions {
    /// The cell explained on every step, in the step's first explainable heatmap (0-based; clamped to that
    /// heatmap's rows and columns, so the defaults pick its first cell).
    int row{0};
    int column{0};
};

/// One matrix printed as a compact table on a handout page.
struct HandoutTable {
    QString name;             ///< e.g. "Q (queries)", "W_Q".
    attn::Matrix values;      ///< rows × columns.
    QStringList rowLabels;    ///< Token labels, or 1 … d for the rows of a projection.
    QStringList columnLabels; ///< 1 … d.
};

/// Everything printed on one handout page: one teaching step (see teachingSteps()).
struct HandoutPage {
    int number{1};               ///< 1-based step number.
    int count{1};                ///< Number of steps (and pages).
    QString heading;             ///< "Step 2 of 5 — Scaling".
    QString description;         ///< The step's one-line description.
    QString sessionTitle;        ///< The session's title, or empty.
    QList<HeatmapSpec> heatmaps; ///< The step's heatmaps, in board order.
    QList<HandoutTable> inputs;  ///< The matrices the step uses (Q and K, V, X and the projections, W_O).
    QString explanationTitle; ///< e.g. "Attention weight of 60 cm for 62 cm (row “62 cm”, column “60 cm”)";
                              ///< empty for input-only steps.
    QString explanation; ///< The explained cell's full formula with its numbers (Explanation::full_text).
};

/// The logical size of a handout page (A4 landscape, 1600 × 1131 units); a PNG page has this size in pixels.
inline constexpr QSize kHandoutPageSize{1600, 1131};

/// The pages of the handout of `session`: one per teaching step, in teaching order, with the heatmaps of
/// heatmapsFor(…, HeatmapSelection::Mode::Everything). No title page.
/// @throws what attn::evaluate() throws for an invalid session.
QList<HandoutPage> handoutPages(const attn::Session& session, const HandoutOptions& options = {});

/// The text of a table cell: the exact number when it is short (typed inputs such as 60 or −0.5), otherwise
/// four significant digits (0.841470984807897 → "0.8415").
QString handoutNumber(double value);

} // namespace attn::ui
