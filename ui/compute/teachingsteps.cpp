#include "compute/teachingsteps.h"

#include <algorithm>
#include <map>

namespace attn::ui {

QList<TeachingStep> teachingSteps(const attn::Session& session, const QList<HeatmapSpec>& specs)
{
    std::map<attn::TeachingStepKind, QList<const HeatmapSpec*>> byStep;
    for (const HeatmapSpec& spec : specs)
        if (spec.stage)
            byStep[spec.step] << &spec;

    QList<TeachingStep> steps;
    for (auto& [kind, members] : byStep) {
        std::stable_sort(members.begin(), members.end(), [](const HeatmapSpec* a, const HeatmapSpec* b) {
            return a->stage->kind < b->stage->kind;
        });
        const attn::TeachingStepText text = attn::teachingStepText(kind, session);
        TeachingStep step{
            kind, QString::fromStdString(text.title), QString::fromStdString(text.description), {}, {}};
        for (const HeatmapSpec* spec : members) {
            step.stages << *spec->stage;
            step.ids << spec->id;
        }
        steps << step;
    }
    return steps;
}

bool isBeforeMask(attn::TeachingStepKind kind)
{
    return kind == attn::TeachingStepKind::Scores || kind == attn::TeachingStepKind::Scaling;
}

HeatmapSpec withoutMask(HeatmapSpec spec)
{
    spec.masked = attn::MaskMatrix();
    spec.rowNotes.clear();
    return spec;
}

} // namespace attn::ui
