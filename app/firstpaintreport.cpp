#include "firstpaintreport.h"

#include "console.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <ctime>

namespace attn::app {

namespace {

/// When this program's static objects were initialised, just before main().
const std::chrono::steady_clock::time_point kStarted = std::chrono::steady_clock::now();

} // namespace

void FirstPaintReport::installIfRequested(QWidget* window)
{
    if (qEnvironmentVariableIsEmpty("ATTN_EXIT_AFTER_FIRST_PAINT"))
        return;
    qApp->installEventFilter(new FirstPaintReport(window));
}

FirstPaintReport::FirstPaintReport(QWidget* window) : QObject(window), m_window(window)
{
}

bool FirstPaintReport::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        // Queued: runs once the paint pass that this event belongs to has painted and flushed every widget.
        QTimer::singleShot(0, this, &FirstPaintReport::report);
    }
    return false;
}

void FirstPaintReport::report()
{
    const auto sinceEpoch = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    const std::chrono::duration<double, std::milli> afterStart = std::chrono::steady_clock::now() - kStarted;
    const double cpuMs = 1e3 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC; // since exec, all threads
    writeTo(stderr,
            QStringLiteral("attnlab: first paint at %1 \u00b5s since the epoch (%2 ms after start-up, %3 ms of CPU)\n")
                .arg(sinceEpoch.count())
                .arg(afterStart.count(), 0, 'f', 1)
                .arg(cpuMs, 0, 'f', 1)
                .toUtf8());
    QCoreApplication::exit(0);
}

} // namespace attn::app
