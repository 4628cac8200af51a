// What the crash-safety tests share: the kill schedule (a seeded PRNG, the seed and the round count printed and
// overridable), a child process killed with SIGKILL at a moment, and its output read line by line.
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <cstdint>
#include <iostream>
#include <random>

namespace crashtest {

/// The number of rounds: ATTN_CRASH_ROUNDS if set, else `normal`, or `sanitized` in the sanitizer build (whose
/// processes start and run 2 to 5 times slower). ATTN_CRASH_SANITIZED is defined by tests/CMakeLists.txt there.
inline int rounds([[maybe_unused]] int normal, [[maybe_unused]] int sanitized)
{
    bool ok = false;
    const int set = qEnvironmentVariableIntValue("ATTN_CRASH_ROUNDS", &ok);
    if (ok && set > 0)
        return set;
#ifdef ATTN_CRASH_SANITIZED
    return sanitized;
#else
    return normal;
#endif
}

/// The seed of the kill schedule: ATTN_CRASH_SEED if set, else `fallback` (fixed, so every run kills at the same
/// planned delays; where the kill lands still varies with the machine's speed, the checks do not).
inline std::uint32_t seed(std::uint32_t fallback)
{
    bool ok = false;
    const uint set = qEnvironmentVariable("ATTN_CRASH_SEED").toUInt(&ok);
    return ok ? set : fallback;
}

/// A child process that is killed with SIGKILL (QProcess::kill) at a chosen moment, its standard output kept.
class KilledChild {
public:
    KilledChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_timer.start();
        m_process.start(program, arguments);
    }
    ~KilledChild()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(-1);
        }
    }
    KilledChild(const KilledChild&) = delete;
    KilledChild& operator=(const KilledChild&) = delete;

    bool started() { return m_process.waitForStarted(-1); }

    /// Reads output until a line starting with `prefix` arrived or the child ended; true if it arrived. No time
    /// limit: a child that hangs instead is killed by CTest's timeout, which names the test.
    bool waitForLine(const QByteArray& prefix)
    {
        for (;;) {
            m_output += m_process.readAllStandardOutput();
            for (const QByteArray& line : lines())
                if (line.startsWith(prefix))
                    return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
    }

    /// Lets the child run for `milliseconds` more (reading its output, so that it never blocks on a full pipe),
    /// then kills it with SIGKILL unless it ended by itself. Returns true if it was killed.
    bool killAfter(int milliseconds)
    {
        const QDeadlineTimer deadline(milliseconds);
        while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)));
            m_output += m_process.readAllStandardOutput();
        }
        const bool killed = m_process.state() != QProcess::NotRunning;
        if (killed)
            m_process.kill();
        m_process.waitForFinished(-1);
        m_output += m_process.readAllStandardOutput();
        m_error += m_process.readAllStandardError();
        return killed;
    }

    /// Milliseconds since the start.
    qint64 elapsed() const { return m_timer.elapsed(); }
    QProcess& process() { return m_process; }
    /// The complete lines written so far (a line cut by the kill is left out).
    QByteArrayList lines() const
    {
        QByteArrayList all = m_output.split('\n');
        all.removeLast(); // after the last newline: empty, or a line cut short
        return all;
    }
    QByteArray standardError() const { return m_error; }

private:
    QProcess m_process;
    QElapsedTimer m_timer;
    QByteArray m_output;
    QByteArray m_error;
};

} // namespace crashtest
