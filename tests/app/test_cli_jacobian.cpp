// `attnlab compute SESSION.json --softmax-jacobian I` (issue 13): the softmax Jacobian of one query row, checked
// against DOMAIN.md worked example 9, and its errors (exit 2, one line on stderr).

#include "clitesthelpers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

namespace {

QJsonObject computeJson(const QStringList& arguments)
{
    const Outcome run = attnlab(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.constData();
    return QJsonDocument::fromJson(run.out).object();
}

double at(const QJsonValue& matrix, int row, int column)
{
    return matrix.toArray().at(row).toArray().at(column).toDouble();
}

} // namespace

TEST(CliJacobian, WaistlineMatchesDomainExample9)
{
    const QJsonObject root = computeJson({u"compute"_s, kWaistline, u"--softmax-jacobian"_s, u"0"_s});
    const QJsonValue j = root.value(u"softmax_jacobian"_s);
    ASSERT_EQ(j.toArray().size(), 3);
    ASSERT_EQ(j.toArray().at(0).toArray().size(), 3);
    EXPECT_NEAR(at(j, 0, 0), 0.2499999999999992, 1e-15);
    EXPECT_NEAR(at(j, 1, 1), 0.2499999999999992, 1e-15);
    EXPECT_NEAR(at(j, 0, 1), -0.24999997186620879, 1e-15);
    EXPECT_NEAR(at(j, 0, 2), -2.8133790513773666e-08, 1e-20);
    EXPECT_NEAR(at(j, 2, 1), -2.8133790513773666e-08, 1e-20);
    EXPECT_NEAR(at(j, 2, 2), 5.6267581027547318e-08, 1e-20);
    EXPECT_EQ(root.value(u"softmax_jacobian_row"_s).toInt(-1), 0);
    // The rest of the output is unchanged.
    EXPECT_NEAR(root.value(u"outputs"_s).toArray().at(0).toArray().at(0).toDouble(), 112.5000007596124, 1e-12);
}

TEST(CliJacobian, ThinkingMachinesMatchesDomainExample9)
{
    const QJsonObject root =
        computeJson({u"compute"_s, exampleFile("thinking-machines"), u"--softmax-jacobian"_s, u"0"_s});
    const QJsonValue j = root.value(u"softmax_jacobian"_s);
    EXPECT_NEAR(at(j, 0, 0), 0.1049935854035066, 1e-15);
    EXPECT_NEAR(at(j, 0, 1), -0.1049935854035065, 1e-15);
    EXPECT_NEAR(at(j, 1, 1), 0.1049935854035065, 1e-15);
}

TEST(CliJacobian, WithoutTheOptionThereIsNoJacobian)
{
    const QJsonObject root = computeJson({u"compute"_s, kWaistline});
    EXPECT_FALSE(root.contains(u"softmax_jacobian"_s));
}

TEST(CliJacobian, MultiHeadPutsOneJacobianInEachHead)
{
    const QJsonObject root = computeJson({u"compute"_s, exampleFile("two-head"), u"--softmax-jacobian"_s, u"1"_s});
    const QJsonArray heads = root.value(u"heads"_s).toArray();
    ASSERT_EQ(heads.size(), 2);
    for (const QJsonValue& head : heads) {
        const QJsonArray weights = head.toObject().value(u"weights"_s).toArray().at(1).toArray();
        const QJsonValue j = head.toObject().value(u"softmax_jacobian"_s);
        ASSERT_EQ(j.toArray().size(), weights.size());
        // J = diag(a) − a aᵀ, from the head's own weights of row 1.
        for (int r = 0; r < weights.size(); ++r)
            for (int c = 0; c < weights.size(); ++c) {
                const double a = weights.at(r).toDouble();
                const double b = weights.at(c).toDouble();
                EXPECT_NEAR(at(j, r, c), (r == c ? a : 0.0) - a * b, 1e-15) << r << ", " << c;
            }
    }
}

TEST(CliJacobian, ErrorsExitWithTwoAndOneLine)
{
    expectFailure(attnlab({u"compute"_s, kWaistline, u"--softmax-jacobian"_s, u"3"_s}),
                  "softmax Jacobian: query row 3 is out of range (0-based, 1 rows)");
    expectFailure(attnlab({u"compute"_s, exampleFile("waistline-boxcar"), u"--softmax-jacobian"_s, u"0"_s}),
                  "softmax Jacobian: the weights are not softmax weights (boxcar)");
    expectFailure(attnlab({u"compute"_s, kWaistline, u"--softmax-jacobian"_s, u"first"_s}),
                  "--softmax-jacobian needs a query row (0, 1, 2, \u2026), got \"first\"");
    expectFailure(attnlab({u"compute"_s, kWaistline, u"--softmax-jacobian"_s, u"-1"_s}),
                  "--softmax-jacobian needs a query row");
    for (const QString& notARow : {u"+0"_s, u" 0"_s, u"0.0"_s, u"0x0"_s, u""_s})
        expectFailure(attnlab({u"compute"_s, kWaistline, u"--softmax-jacobian"_s, notARow}),
                      "--softmax-jacobian needs a query row");
    expectFailure(attnlab({u"export"_s, kWaistline, u"--out"_s, u"/tmp/x"_s, u"--softmax-jacobian"_s, u"0"_s}),
                  "--softmax-jacobian belongs to the compute command");
}

TEST(CliJacobian, ARowWithoutWeightsIsAnError)
{
    // Query 0 may see no key (valid length 0): it has no weights, so no Jacobian; query 1 has one.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"masked.json"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "queries": [[1], [2]], "keys": [[1], [2]],
                  "values": [[1], [2]], "scoring": {"function": "dot"},
                  "mask": {"kind": "valid_lengths", "valid_lengths": [0, 2]}})");
    file.close();
    expectFailure(attnlab({u"compute"_s, path, u"--softmax-jacobian"_s, u"0"_s}),
                  "softmax Jacobian: query row 0 (q1) has no weights");
    const QJsonObject root = computeJson({u"compute"_s, path, u"--softmax-jacobian"_s, u"1"_s});
    EXPECT_EQ(root.value(u"softmax_jacobian"_s).toArray().size(), 2);
}
