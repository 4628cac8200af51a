#include "compute/viewstate.h"

namespace attn::ui {

ViewState::ViewState(QObject* parent) : QObject(parent)
{
}

void ViewState::select(const CellSelection& cell)
{
    if (m_selection == cell)
        return;
    m_selection = cell;
    emit selectionChanged();
}

void ViewState::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    emit selectionChanged();
}

void ViewState::setHeads(HeatmapSelection::Mode mode, int head)
{
    if (m_heads.mode == mode && m_heads.head == head)
        return;
    m_heads.mode = mode;
    m_heads.head = head;
    emit headsChanged();
}

void ViewState::setStep(int step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

} // namespace attn::ui
