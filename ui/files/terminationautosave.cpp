#include "files/terminationautosave.h"

#include "files/autosaver.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace attn::ui {

namespace {

constexpr std::array kSignals{SIGTERM, SIGHUP, SIGINT};

int g_sockets[2] = {-1, -1}; ///< [0]: written by the handler; [1]: read in the event loop.
struct sigaction g_previous[kSignals.size()];

/// Async-signal-safe: one byte, the signal's number, into the socket; errno kept.
extern "C" void onTerminationSignal(int signal)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

TerminationAutosave::TerminationAutosave(Autosaver* autosaver, QObject* parent)
    : QObject(parent), m_autosaver(autosaver)
{
    if (g_sockets[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0)
        return; // another instance holds the handlers, or no socket: the signals act as before
    for (const int socket : g_sockets)
        ::fcntl(socket, F_SETFD, FD_CLOEXEC); // not inherited by processes started from here
    ::fcntl(g_sockets[0], F_SETFL, ::fcntl(g_sockets[0], F_GETFL) | O_NONBLOCK); // a full socket drops a byte
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationAutosave::onSignal);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

TerminationAutosave::~TerminationAutosave()
{
    if (!m_notifier)
        return;
    for (std::size_t i = 0; i < kSignals.size(); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void TerminationAutosave::onSignal()
{
    char byte = 0;
    if (::read(g_sockets[1], &byte, 1) != 1 || m_exiting)
        return;
    m_exiting = true;
    m_autosaver->autosaveForExit();
    emit terminating(static_cast<unsigned char>(byte));
    // exit(), not quit(): quit() would close the window, whose unsaved-changes question nobody may answer.
    QCoreApplication::exit(0);
}

} // namespace attn::ui
