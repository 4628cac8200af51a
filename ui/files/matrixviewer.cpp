#include "files/matrixviewer.h"

#include "base/numberformat.h"
#include "export/heatmapwidgetexport.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapspec.h"
#include "heatmap/heatmapwidget.h"

#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace attn::ui {

namespace {

constexpr double kRowSumTolerance = 1e-6;

/// A file base name from `title`: "attn.npy [layer 3, head 5]" → "attn_layer3_head5".
QString idFrom(const QString& title)
{
    QString id = title;
    id.remove(
        QRegularExpression(QStringLiteral("\\.(npy|csv|tsv|txt)\\b"), QRegularExpression::CaseInsensitiveOption));
    id.replace(QRegularExpression(QStringLiteral("(\\w+) (\\d+)")), QStringLiteral("\\1\\2"));
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    id.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    return id.isEmpty() ? QStringLiteral("matrix") : id;
}

} // namespace

MatrixViewer::MatrixViewer(const attn::Matrix& weights, const QStringList& rowLabels,
                           const QStringList& columnLabels, const QString& title, QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 \u2014 Attention Lab").arg(title));

    HeatmapSpec spec;
    spec.id = idFrom(title);
    spec.title = title;
    spec.kind = HeatmapKind::Weights;
    spec.values = weights;
    spec.rowLabels = rowLabels;
    spec.columnLabels = columnLabels;
    spec.rowAxisTitle = tr("Queries");
    spec.columnAxisTitle = tr("Keys");

    m_heatmap = new HeatmapWidget(this);
    addExportActions(m_heatmap);
    m_heatmap->setSpec(spec);

    m_summary = new QLabel(rowSumSummary(weights), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heatmap, 1);
    layout->addWidget(m_summary);
    resize(760, 680);
}

void MatrixViewer::setStyleSource(std::function<HeatmapStyle()> source)
{
    m_styleSource = std::move(source);
    if (m_styleSource)
        m_heatmap->setHeatmapStyle(m_styleSource());
}

QString MatrixViewer::summary() const
{
    return m_summary->text();
}

QString MatrixViewer::rowSumSummary(const attn::Matrix& weights)
{
    const QString shape = tr("%1 \u00d7 %2 (n_q \u00d7 n_k)").arg(weights.rows()).arg(weights.cols());
    if (weights.size() == 0)
        return shape;
    const Eigen::VectorXd sums = weights.rowwise().sum();
    long off = 0;
    for (Eigen::Index i = 0; i < sums.size(); ++i)
        off += std::abs(sums(i) - 1.0) > kRowSumTolerance ? 1 : 0;
    if (off == 0)
        return tr("%1, every row sums to 1 within 1e-6").arg(shape);
    const QString range =
        sums.minCoeff() == sums.maxCoeff()
            ? tr("rows sum to %1").arg(formatCellValue(sums.minCoeff(), 10))
            : tr("rows sum to %1 \u2026 %2")
                  .arg(formatCellValue(sums.minCoeff(), 10), formatCellValue(sums.maxCoeff(), 10));
    return tr("%1, %2: %3 of %4 rows do not sum to 1 within 1e-6 (attention weights do; is this the right "
              "slice?)")
        .arg(shape, range)
        .arg(off)
        .arg(sums.size());
}

bool MatrixViewer::event(QEvent* event)
{
    if (event->type() == QEvent::WindowActivate && m_styleSource) {
        const HeatmapStyle style = m_styleSource();
        if (!(style == m_heatmap->controller()->style())) // a replot of a large matrix takes a while
            m_heatmap->setHeatmapStyle(style);
    }
    return QWidget::event(event);
}

} // namespace attn::ui
