#pragma once

#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapstyle.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace attn::ui {

class HeatmapWidget;
class LiveComputation;
class ViewState;

/// The window's heatmap area: one HeatmapWidget per spec, arranged in reading order in a grid that suits the
/// shapes (wide, flat heatmaps one per row; square ones side by side), inside a scroll area when they do not fit.
/// Widgets are reused across setSpecs() calls with the same ids, so that an edit repaints without flicker. A
/// heatmap that comes (the softmax Jacobian of a clicked cell) moves none on screen: the board grows and scrolls
/// instead of shrinking them, and the selected heatmap keeps its place in the viewport.
/// The style, the selection and the step view apply to every heatmap, present and future: they survive setSpecs().
class HeatmapBoard : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapBoard(QWidget* parent = nullptr);

    /// Follows `computation` (its heatmaps and steps) and `view` (the selected cell, the current step); a click on
    /// a cell selects it in `view`. Neither may be null; both must outlive the board.
    void listenTo(LiveComputation* computation, ViewState* view);

    /// Shows exactly `specs`, in order (creates, reuses or removes widgets as needed).
    void setSpecs(const QList<HeatmapSpec>& specs);
    const QList<HeatmapSpec>& specs() const { return m_specs; }

    /// The heatmap showing the spec with this id, or nullptr.
    HeatmapWidget* heatmap(const QString& id) const;
    QList<HeatmapWidget*> heatmaps() const;

    /// Draws every heatmap with `style` (colour map, font scale, light or dark). Larger text makes the heatmaps'
    /// minimum size grow with it (fewer side by side; the board scrolls).
    void setHeatmapStyle(const HeatmapStyle& style);
    const HeatmapStyle& heatmapStyle() const { return m_style; }

    /// Selects cell (`row`, `column`) of the heatmap `id`: that cell gets a thick outline, and in every other
    /// heatmap the cells of the same query and the same key a thin one (see linkedHighlight()). The board does not
    /// select on a click by itself: the window reacts to cellClicked() and calls this.
    void setSelection(const QString& id, int row, int column);
    /// Removes every outline.
    void clearSelection();

    /// A step-through: heatmaps whose id is in `currentIds` are drawn inside an accent frame, the others not in
    /// `shownIds` dimmed and empty ("not yet"), the rest as usual. No widget is created or rebuilt. The current
    /// heatmaps are scrolled into view (from their top), now and after each new size or style of the board.
    void setStepView(const QStringList& shownIds, const QStringList& currentIds);
    /// Shows every heatmap as usual again.
    void clearStepView();
    /// Scrolls the board to its top left corner (another session: its first stage in view).
    void scrollToStart();

signals:
    /// A cell was clicked (left button) in the heatmap with id `id`.
    void cellClicked(const QString& id, int row, int column);
    /// The widest heatmap needs `pixels` of the board's width to be seen whole without scrolling sideways, more
    /// than the board has now (after larger text or a new spec): a splitter beside it may give the board room.
    void widthWanted(int pixels);
    /// A heatmap's right-click export wrote its file or failed: the line for the status bar (exportReport():
    /// what was written and where, or why not). Not emitted when the file dialog is cancelled.
    void exportReported(const QString& message);

private:
    /// Emits widthWanted() when the widest heatmap's minimum is wider than the viewport.
    void checkWidth();

    struct Selection {
        QString id;
        int row{0};
        int column{0};
    };
    struct StepView {
        QStringList shown;
        QStringList current;
        QStringList unmasked; ///< Drawn without their mask: the scores while the step is before the Mask step.
    };

    /// Lays the heatmaps out again if the number that fits side by side in a run of heatmaps changed (a new
    /// width, a new minimum size of a heatmap), or `always`.
    void rearrange(bool always);
    /// Scrolls the heatmaps of the current step into view once the pending layout is done (a step change, a new
    /// size of the board, a new style).
    void revealCurrentStep();
    /// After heatmaps were added (`heights`: the heatmaps shown before, by id): their rows keep at least those
    /// heights, and the heatmap `anchor` is scrolled back to `anchorTop` pixels below the viewport's top, so that
    /// nothing a click added moves the cell under the mouse.
    void keepInPlace(const QHash<QString, int>& heights, const QString& anchor, int anchorTop);
    /// Gives the rows of the heatmaps in m_pins at least their kept heights.
    void applyPins();
    /// Lets every row share the viewport again (a heatmap went, a new size or style).
    void unpinRows();
    /// Outlines the selection (or nothing) on every heatmap.
    void applySelection();
    /// Gives every heatmap its step state.
    void applyStepView();
    /// The selection and the step of the view state this board listens to.
    void followSelection();
    void followStep(int step);

    QList<HeatmapSpec> m_specs;
    QList<HeatmapWidget*> m_widgets;
    QWidget* m_grid{nullptr};
    HeatmapStyle m_style;
    std::optional<Selection> m_selection;
    std::optional<StepView> m_stepView;
    QSet<QString> m_unmasked; ///< The heatmaps now drawn without the mask of their spec.
    LiveComputation* m_computation{nullptr};
    ViewState* m_view{nullptr};
    bool m_revealPending{false};
    QString m_clicked;    ///< The heatmap of the last click on a cell: what must not move when heatmaps come.
    QHash<QString, int> m_pins; ///< Heights kept by heatmap id since heatmaps were added (keepInPlace).
    /// The last setSpecs() kept the heatmaps in place: the step that follows does not scroll.
    bool m_keptInPlace{false};
    QList<int> m_perRow; ///< Heatmaps side by side in each run of the arrangement shown.
};

} // namespace attn::ui
