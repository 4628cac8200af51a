#include "edits/matrixrole.h"

namespace attn::ui {

bool isTokenRole(MatrixRole role)
{
    return role == MatrixRole::Queries || role == MatrixRole::Keys || role == MatrixRole::Values ||
           role == MatrixRole::X;
}

bool hasRole(const attn::Session& s, MatrixRole role)
{
    const bool self = s.self_attention.has_value();
    switch (role) {
    case MatrixRole::Queries:
    case MatrixRole::Keys:
    case MatrixRole::Values:
        return !self;
    case MatrixRole::X:
        return self;
    case MatrixRole::SelfW_Q:
    case MatrixRole::SelfW_K:
    case MatrixRole::SelfW_V:
        return self && !s.multi_head;
    case MatrixRole::GeneralW:
        return s.scoring.function == attn::ScoringFunction::General && s.scoring.W.size() > 0;
    case MatrixRole::AdditiveW_q:
    case MatrixRole::AdditiveW_k:
    case MatrixRole::AdditiveW_v:
        return s.scoring.function == attn::ScoringFunction::Additive && s.scoring.w_v.size() > 0;
    case MatrixRole::HeadW_Q:
    case MatrixRole::HeadW_K:
    case MatrixRole::HeadW_V:
    case MatrixRole::HeadW_O:
        return s.multi_head.has_value();
    }
    return false;
}

attn::Matrix* matrixPointer(attn::Session& s, MatrixRole role)
{
    switch (role) {
    case MatrixRole::Queries:
        return &s.queries;
    case MatrixRole::Keys:
        return &s.keys;
    case MatrixRole::Values:
        return &s.values;
    case MatrixRole::X:
        return s.self_attention ? &s.self_attention->X : nullptr;
    case MatrixRole::SelfW_Q:
        return s.self_attention ? &s.self_attention->W_Q : nullptr;
    case MatrixRole::SelfW_K:
        return s.self_attention ? &s.self_attention->W_K : nullptr;
    case MatrixRole::SelfW_V:
        return s.self_attention ? &s.self_attention->W_V : nullptr;
    case MatrixRole::GeneralW:
        return &s.scoring.W;
    case MatrixRole::AdditiveW_q:
        return &s.scoring.W_q;
    case MatrixRole::AdditiveW_k:
        return &s.scoring.W_k;
    case MatrixRole::AdditiveW_v:
        return nullptr;
    case MatrixRole::HeadW_Q:
        return s.multi_head ? &s.multi_head->W_Q : nullptr;
    case MatrixRole::HeadW_K:
        return s.multi_head ? &s.multi_head->W_K : nullptr;
    case MatrixRole::HeadW_V:
        return s.multi_head ? &s.multi_head->W_V : nullptr;
    case MatrixRole::HeadW_O:
        return s.multi_head ? &s.multi_head->W_O : nullptr;
    }
    return nullptr;
}

attn::Matrix matrixOf(const attn::Session& session, MatrixRole role)
{
    if (role == MatrixRole::AdditiveW_v)
        return session.scoring.w_v;
    const attn::Matrix* m = matrixPointer(const_cast<attn::Session&>(session), role);
    return m ? *m : attn::Matrix();
}

bool setEntry(attn::Session& session, MatrixRole role, long row, long column, double value)
{
    if (role == MatrixRole::AdditiveW_v) {
        if (column != 0 || row < 0 || row >= session.scoring.w_v.size())
            return false;
        session.scoring.w_v(row) = value;
        return true;
    }
    attn::Matrix* m = matrixPointer(session, role);
    if (!m || row < 0 || row >= m->rows() || column < 0 || column >= m->cols())
        return false;
    (*m)(row, column) = value;
    return true;
}

} // namespace attn::ui
