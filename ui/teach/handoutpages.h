#pragma once

#include "attn/evaluation.h"
#include "attn/matrix.h"
#include "attn/session.h"
#include "heatmap/heatmapspec.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace attn::ui {

/// A cell of one stage, as the window selects it (0-based row and column of that stage's matrix).
struct HandoutCell {
    attn::StageId stage;
    int row{0};
    int column{0};
};

/// What a handout explains, and how the window that asks for it shows the session.
struct HandoutOptions {
    /// The cell explained on every step, in the step's first explainable heatmap (0-based; clamped to that
    /// heatmap's rows and columns): the window's selected query row and key. A row of −1 (the default) lets
    /// workedCell() choose both; a column of −1 alone: the row's strongest visible key (strongestKey()).
    int row{-1};
    int column{-1};
    /// The window's selected cell, or nothing. The page of its step explains exactly this cell (its stage, row
    /// and column); in multi-head attention the other pages explain `row` and `column` in the heatmaps of its
    /// head (a stage of every head, such as the concatenation, leaves head 1).
    std::optional<HandoutCell> selected;
    /// Shown in the footer: the session file's name (e.g. "lecture.json"); empty: the session's title.
    QString fileName;
    /// Significant digits of the numbers in heatmap cells and tables (the window's cell-digits preference).
    int cellDigits{4};
    /// The query row whose softmax Jacobian the window shows (−1: none): it gets a page after the weights.
    long jacobianRow{-1};
    /// The heads the window shows (multi-head: all heads, the overview, as a session opens; or one head): its
    /// stage bar's steps, teachingSteps() of heatmapsFor() with these heads and `jacobianRow`, number the pages,
    /// so that "step 2" is the same step in the window and on paper. The handout itself shows every stage of
    /// every head.
    HeatmapSelection heads{HeatmapSelection::Mode::Overview};
};

/// A cell of the weights worth working through when none is chosen: the query row that sees the most keys
/// (unmasked, with weights; the first such row), and in it the visible key of the largest weight (the first on a
/// tie). Under a causal mask that is the last query and its strongest key, not a₁₁ = 1. Multi-head: the weights
/// of `head` (0-based; head 1 when out of range). Returns (0, 0) when no row has weights.
std::pair<int, int> workedCell(const attn::Computation& computation, int head = 0);

/// The visible (unmasked) key of the largest weight for query `row` (the first on a tie; multi-head: in `head`,
/// 0-based, head 1 when out of range), or 0 if the row has none.
int strongestKey(const attn::Computation& computation, int row, int head = 0);

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
    int number{1}; ///< 1-based page number.
    int count{1};  ///< Number of pages.
    /// The 1-based number of the window's step this page belongs to (HandoutOptions::heads), or 0 for a page
    /// whose stages the window's view does not show (the projections in the all-heads view). The softmax
    /// Jacobian's page has the number of the step whose heatmaps the window shows it with.
    int step{1};
    int steps{1}; ///< The number of the window's steps.
    /// "Step 2 of 5 — Scaling"; a page without a step: "Before step 1 — Projections" (or "After step …" when
    /// no numbered page follows).
    QString heading;
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
/// heatmapsFor(…, HeatmapSelection::Mode::Everything), numbered by the window's steps (HandoutOptions::heads).
/// No title page.
/// @throws what attn::evaluate() throws for an invalid session.
QList<HandoutPage> handoutPages(const attn::Session& session, const HandoutOptions& options = {});

/// The text of a table cell: the exact number when it is short (typed inputs such as 60 or −0.5), otherwise
/// `digits` significant digits as in a heatmap cell (0.841470984807897 → "0.8415" at 4).
QString handoutNumber(double value, int digits = 4);

} // namespace attn::ui
