#include "heatmap/heatmapspec.h"
#include "attn/evaluation.h"

#include "base/numberformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace attn::ui {

namespace {

/// Translation context of the heatmap texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(attn::ui::HeatmapSpec)
};

QStringList toStringList(const std::vector<std::string>& texts)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(texts.size()));
    for (const std::string& text : texts)
        list << QString::fromStdString(text);
    return list;
}

} // namespace

HeatmapSpec heatmapOf(const attn::StageMatrix& stage, const attn::Session& session)
{
    HeatmapSpec spec;
    spec.stage = stage.id;
    spec.id = QString::fromStdString(stage.name);
    spec.title = QString::fromStdString(stage.title);
    spec.kind = stage.kind;
    spec.values = SharedMatrix(stage.values);
    spec.rowLabels = toStringList(stage.row_labels);
    spec.columnLabels = toStringList(stage.column_labels);
    spec.rowAxisTitle = QString::fromStdString(stage.row_axis_title);
    spec.columnAxisTitle = QString::fromStdString(stage.column_axis_title);
    spec.masked = stage.masked;
    for (const attn::RowStatus status : stage.empty_rows)
        spec.rowNotes << rowStatusNote(status, session);
    spec.group = QString::fromStdString(stage.group);
    spec.rows = stage.rows;
    spec.columns = stage.columns;
    spec.step = stage.step;
    return spec;
}

QList<HeatmapSpec> heatmapsFor(const attn::Session& session, std::shared_ptr<const attn::Computation> computation,
                               const HeatmapSelection& selection)
{
    QList<HeatmapSpec> specs;
    for (const attn::StageMatrix& stage : attn::stagesOf(session, std::move(computation), selection))
        specs << heatmapOf(stage, session);
    return specs;
}

QList<HeatmapSpec> heatmapsFor(const attn::Session& session, const attn::Computation& computation,
                               const HeatmapSelection& selection)
{
    return heatmapsFor(session, std::make_shared<const attn::Computation>(computation), selection);
}

bool operator==(const HeatmapSpec& a, const HeatmapSpec& b)
{
    const bool sameMask = a.masked.rows() == b.masked.rows() && a.masked.cols() == b.masked.cols() &&
                          (a.masked.size() == 0 || (a.masked == b.masked).all());
    return a.stage == b.stage && a.id == b.id && a.title == b.title && a.kind == b.kind &&
           a.rowLabels == b.rowLabels && a.columnLabels == b.columnLabels && a.rowAxisTitle == b.rowAxisTitle &&
           a.columnAxisTitle == b.columnAxisTitle && a.rowNotes == b.rowNotes && a.group == b.group &&
           a.rows == b.rows && a.columns == b.columns && a.step == b.step && sameMask && a.values == b.values;
}

QString rowStatusNote(attn::RowStatus status, const attn::Session& session)
{
    switch (status) {
    case attn::RowStatus::Ok:
        return {};
    case attn::RowStatus::AllMasked:
        return Text::tr("every key is masked for this query");
    case attn::RowStatus::NoKeyInBandwidth:
        return Text::tr("no key lies within the bandwidth \u03c3 = %1")
            .arg(formatCellValue(session.scoring.sigma));
    }
    return {};
}

} // namespace attn::ui
