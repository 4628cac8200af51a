#pragma once

#include <QObject>

class QWidget;

namespace attn::app {

/// For the start-up benchmark (bench/startup.sh): when the environment variable ATTN_EXIT_AFTER_FIRST_PAINT is
/// set to a non-empty value, watches `window` until it has been painted for the first time (the whole first pass
/// of its backing store, i.e. the event loop is idle again after the first paint event of the window or a child),
/// then prints "attnlab: first paint at <µs> µs since the epoch (<ms> ms after start-up, <ms> ms of CPU)" on
/// stderr and quits the
/// event loop with exit code 0. The epoch time lets the caller measure from exec, dynamic loading included; the
/// milliseconds count from the static initialisation of this program, just before main(); the CPU time is the
/// process's (std::clock) since exec, which other processes on a busy machine do not inflate.
class FirstPaintReport : public QObject {
    Q_OBJECT
public:
    /// Installs the report on `window` (as its child) if ATTN_EXIT_AFTER_FIRST_PAINT is set; otherwise nothing.
    static void installIfRequested(QWidget* window);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FirstPaintReport(QWidget* window);
    void report();

    QWidget* m_window{nullptr};
    bool m_painted{false};
};

} // namespace attn::app
