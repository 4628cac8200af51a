#pragma once

#include "attn/matrix.h"
#include "heatmap/heatmapstyle.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;

namespace attn::ui {

class HeatmapWidget;

/// A window that shows an attention weight matrix from a file as a heatmap, with no computation: rows are
/// queries, columns are keys. It has the heatmap's exact-value tooltips, zoom and pan (wheel, drag, double-click
/// to reset; see HeatmapWidget) and right-click export (images and data), and a line under it with the shape and
/// the row sums (a row that does not sum to 1 within 1e-6 often
/// means a wrong slice). Several viewers may be open at once; each deletes itself when closed.
class MatrixViewer : public QWidget {
    Q_OBJECT
public:
    /// Shows `weights` (n_q × n_k) with `rowLabels` (n_q) and `columnLabels` (n_k) under `title`. `parent` only
    /// ties the viewer's lifetime to it: the viewer is a window of its own.
    MatrixViewer(const attn::Matrix& weights, const QStringList& rowLabels, const QStringList& columnLabels,
                 const QString& title, QWidget* parent = nullptr);

    /// Where the heatmap style comes from (the main window's View menu); asked now and whenever the viewer
    /// becomes the active window, so that a colour map chosen meanwhile is followed.
    void setStyleSource(std::function<HeatmapStyle()> source);

    HeatmapWidget* heatmap() const { return m_heatmap; }
    /// The line under the heatmap, e.g. "64 × 64 (n_q × n_k), every row sums to 1 within 1e-6".
    QString summary() const;

    /// The summary of `weights`: its shape, and whether every row sums to 1 within 1e-6 (if not: the smallest and
    /// largest row sum, and how many rows are off).
    static QString rowSumSummary(const attn::Matrix& weights);

protected:
    bool event(QEvent* event) override;

private:
    HeatmapWidget* m_heatmap{nullptr};
    QLabel* m_summary{nullptr};
    std::function<HeatmapStyle()> m_styleSource;
};

} // namespace attn::ui
