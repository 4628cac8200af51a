// The window with the whole attention family, offscreen: switching variants through the real panels and
// editing parameter matrices through the real table models. Expected numbers are worked by hand.
#include "document/sessiondocument.h"
#include "fixtures.h"
#include "heatmap/heatmapcontroller.h"
#include "heatmap/heatmapwidget.h"
#include "tables/matrixeditor.h"
#include "tables/matrixmodel.h"
#include "teach/heatmapboard.h"
#include "window/mainwindow.h"
#include "window/maskpanel.h"
#include "window/modepanel.h"
#include "window/scoringpanel.h"
#include "window/valueslider.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

#include <cmath>

using attn::ui::MainWindow;
using attn::ui::MatrixRole;

namespace {

double cell(const MainWindow& w, const QString& id, int row, int column)
{
    attn::ui::HeatmapWidget* h = w.heatmap(id);
    EXPECT_NE(h, nullptr) << id.toStdString();
    return h ? h->controller()->cellValue(row, column) : NAN;
}

void choose(QComboBox* box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

/// Two 2-d queries and keys, one-hot values: Q = [[1, 0], [0, 1]], K = [[1, 0], [0, 1]], V = I.
attn::Session twoByTwo()
{
    attn::Session s;
    s.queries = attn::Matrix::Identity(2, 2);
    s.keys = attn::Matrix::Identity(2, 2);
    s.values = attn::Matrix::Identity(2, 2);
    s.scoring = attn::Scoring(attn::ScoringFunction::Dot);
    return s;
}

} // namespace

TEST(VariantsWindow, GeneralScoringWithAnEditedW)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    choose(w.scoringPanel()->functionBox(), static_cast<int>(attn::ScoringFunction::General));
    // W starts as the identity, so the scores are q·k: [[1, 0], [0, 1]].
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("scores"), 0, 0), 1.0);
    auto* model = w.editor(MatrixRole::GeneralW)->model();
    ASSERT_EQ(model->rowCount(), 2);
    ASSERT_EQ(model->columnCount(), 2);
    ASSERT_TRUE(model->setData(model->index(0, 1), QStringLiteral("3")));
    // W = [[1, 3], [0, 1]]: score(q1, k2) = [1 0] W [0 1]ᵀ = 3; weights of row 1: softmax(1, 3).
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("scores"), 0, 1), 3.0);
    EXPECT_NEAR(cell(w, QStringLiteral("weights"), 0, 1), 1.0 / (1.0 + std::exp(-2.0)), 1e-15);
}

TEST(VariantsWindow, TemperatureSliderFlattensTheWeights)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    w.scoringPanel()->temperatureSlider()->spinBox()->setValue(2.0);
    // Scores [1, 0] ÷ 2: weights 1/(1 + e^{−1/2}), e^{−1/2}/(1 + e^{−1/2}).
    EXPECT_NEAR(cell(w, QStringLiteral("weights"), 0, 0), 1.0 / (1.0 + std::exp(-0.5)), 1e-15);
    EXPECT_NEAR(cell(w, QStringLiteral("raw_scores"), 0, 0), 1.0, 1e-15);
    EXPECT_NEAR(cell(w, QStringLiteral("scores"), 0, 0), 0.5, 1e-15);
    EXPECT_EQ(w.document()->session().normalization.temperature, 2.0);
}

TEST(VariantsWindow, ClickingAScoreCellMasksIt)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    emit w.board()->cellClicked(QStringLiteral("scores"), 0, 0); // without the cell mask a click only selects
    EXPECT_EQ(w.document()->session().mask.kind, attn::MaskKind::None);
    choose(w.maskPanel()->kindBox(), static_cast<int>(attn::MaskKind::Cells));
    emit w.board()->cellClicked(QStringLiteral("scores"), 0, 0);
    // Query 1 now sees only key 2: weight exactly 1 there and exactly 0 on the masked key.
    EXPECT_EQ(cell(w, QStringLiteral("weights"), 0, 0), 0.0);
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("weights"), 0, 1), 1.0);
    EXPECT_NE(w.heatmap(QStringLiteral("mask")), nullptr);
    emit w.board()->cellClicked(QStringLiteral("scores"), 0, 1); // now every key of query 1 is masked
    EXPECT_TRUE(w.notice().contains(QStringLiteral("every key is masked"))) << w.notice().toStdString();
    emit w.board()->cellClicked(QStringLiteral("weights"), 0, 0); // a weight cell only selects
    EXPECT_TRUE(w.notice().contains(QStringLiteral("every key is masked")));
    emit w.board()->cellClicked(QStringLiteral("scores"), 0, 0);
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("weights"), 0, 0), 1.0);
}

TEST(VariantsWindow, ValidLengthsTypedIntoThePanel)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    choose(w.maskPanel()->kindBox(), static_cast<int>(attn::MaskKind::ValidLengths));
    w.maskPanel()->validLengthsEdit()->setText(QStringLiteral("1, 2"));
    emit w.maskPanel()->validLengthsEdit()->editingFinished();
    EXPECT_EQ(w.document()->session().mask.valid_lengths, (std::vector<long>{1, 2}));
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("weights"), 0, 0), 1.0);
    w.maskPanel()->validLengthsEdit()->setText(QStringLiteral("1, 7"));
    emit w.maskPanel()->validLengthsEdit()->editingFinished();
    EXPECT_TRUE(w.maskPanel()->message().contains(QStringLiteral("7"))) << w.maskPanel()->message().toStdString();
    EXPECT_EQ(w.document()->session().mask.valid_lengths, (std::vector<long>{1, 2}));
}

TEST(VariantsWindow, BoxcarAtSigmaOneSaysNoKeyIsInRange)
{
    MainWindow w;
    w.loadSession(attn::waistlineExample());
    choose(w.scoringPanel()->functionBox(), static_cast<int>(attn::ScoringFunction::Boxcar));
    EXPECT_TRUE(w.notice().contains(QStringLiteral("no key lies within"))) << w.notice().toStdString();
    w.scoringPanel()->sigmaSlider()->spinBox()->setValue(3.0);
    // DOMAIN.md example 1: at σ = 3 the boxcar gives 0.5, 0.5, 0 and output 112.5.
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("weights"), 0, 0), 0.5);
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("outputs"), 0, 0), 112.5);
    EXPECT_TRUE(w.notice().isEmpty());
}

TEST(VariantsWindow, SelfAttentionDerivesQKVFromX)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    w.modePanel()->selfAttentionButton()->setChecked(true);
    ASSERT_TRUE(w.document()->session().self_attention.has_value());
    EXPECT_EQ(w.document()->session().self_attention->X, attn::Matrix::Identity(2, 2));
    // W_V = [[1, 0], [0, 1]] → edit W_V(0, 1) = 2: V = X W_V = [[1, 2], [0, 1]].
    auto* wv = w.editor(MatrixRole::SelfW_V)->model();
    ASSERT_TRUE(wv->setData(wv->index(0, 1), QStringLiteral("2")));
    EXPECT_DOUBLE_EQ(cell(w, QStringLiteral("values"), 0, 1), 2.0);
    // Scores are the dot products of X's rows: [[1, 0], [0, 1]] → outputs row 1 = a·[1, 2] + (1 − a)·[0, 1]
    // with a = e/(1 + e).
    const double a = std::exp(1.0) / (1.0 + std::exp(1.0));
    EXPECT_NEAR(cell(w, QStringLiteral("outputs"), 0, 1), 2.0 * a + (1.0 - a), 1e-15);
}

TEST(VariantsWindow, MultiHeadShowsEveryHead)
{
    MainWindow w;
    w.loadSession(twoByTwo());
    w.modePanel()->multiHeadBox()->setChecked(true);
    ASSERT_TRUE(w.document()->session().multi_head.has_value());
    EXPECT_EQ(w.document()->session().multi_head->heads, 2);
    // Overview: each head's weights. Head 1 sees column 0: scores [[1, 0], [0, 0]] → row 1 [e/(1+e), 1/(1+e)].
    const double a = std::exp(1.0) / (1.0 + std::exp(1.0));
    EXPECT_NEAR(cell(w, QStringLiteral("head1_weights"), 0, 0), a, 1e-15);
    EXPECT_NEAR(cell(w, QStringLiteral("head2_weights"), 0, 0), 0.5, 1e-15);
    w.modePanel()->headViewBox()->setCurrentIndex(2); // Head 2
    EXPECT_NEAR(cell(w, QStringLiteral("head2_scores"), 1, 1), 1.0, 1e-15);
    EXPECT_EQ(w.heatmap(QStringLiteral("head1_weights")), nullptr);
}
