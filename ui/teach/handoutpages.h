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
    /// heatmap's rows and columns): the window's selected query row and key. A row of −1 (the default) lets
    /// workedCell() choose both; a column of −1 alone: the row's strongest visible key (strongestKey()).
    int row{-1};
    int column{-1};
    /// Shown in the footer: the session file's name (e.g. "lecture.json"); empty: the session's title.
    QString fileName;
    /// Significant digits of the numbers in heatmap cells and tables (the window's cell-digits preference).
    int cellDigits{4};
    /// The query row whose softmax Jacobian the window shows (−1: none): it gets a page after the weights.
    long jacobianRow{-1};
};

/// A cell of the weights worth working through when none is chosen: the query row that sees the most keys
/// (unmasked, with weights; the first such row), and in it the visible key of the largest weight (the first on a
/// tie). Under a causal mask that is the last query and its strongest key, not a₁₁ = 1. Multi-head: head 1.
/// Returns (0, 0) when no row has weights.
std::pair<int, int> workedCell(const attn::Computation& computation);

/// The visible (unmasked) key of the largest weight for query `row` (the first on a tie; head 1 in multi-head),
/// or 0 if the row has none.
int strongestKey(const attn::Computation& computation, int row);

/// One matrix printed as a compact table on a handout page.
struct HandoutTable {
    QString name;             ///< e.g. "Q (queries)", "W_Q".
    attn::Matrix values;      ///< rows × columns.
    QStringList rowLabels;    ///< Token labels, or 1 … d for the rows of a projection.
    QStringList columnLabels; ///< 1 … d.
    int digits{4};            ///< Significant digits of its numbers (handoutNumber()).
};

/// Everything printed on one handout page: one teaching step (see teachingSteps()).
struct HandoutPage {
    int number{1};               ///< 1-based step number.
    int count{1};                ///< Number of steps (and pages).
    QString heading;             ///< "Step 2 of 5 — Scaling".
    QString description;         ///< The step's one-line description.
    QString sessionTitle;        ///< The footer's name: HandoutOptions::fileName, else the session's title.
    int cellDigits{4};           ///< HandoutOptions::cellDigits.
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
/// `digits` significant digits as in a heatmap cell (0.841470984807897 → "0.8415" at 4).
QString handoutNumber(double value, int digits = 4);

} // namespace attn::ui
