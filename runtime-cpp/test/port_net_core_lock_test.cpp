// lwIP's core lock on the PC port (port/host/net/core_lock.cpp). With core locking
// (TSESP_CORE_LOCKING=ON) a thread may enter lwIP holding LOCK_TCPIP_CORE; without it (OFF, the
// device mode of Arduino core 2.x/3.0) only the tcpip thread may, lock or not. Violations abort
// with a message: checked in forked children, whose exit status and stderr are asserted.
// Debian's lwipopts.h declares these without extern "C"; declare them first so C++ links them.
extern "C" void sys_lock_tcpip_core(void);
extern "C" void sys_unlock_tcpip_core(void);

#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>

#include <string>

#include "lwip/tcp.h"
#include "lwip/tcpip.h"
#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

struct ChildResult {
  bool aborted;
  std::string stderrText;
};

// Runs body in a forked child (only the forking thread exists there) and reports how it ended.
ChildResult runInChild(void (*body)()) {
  int pipeFds[2];
  REQUIRE(pipe(pipeFds) == 0);
  fflush(nullptr);
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    signal(SIGABRT, SIG_DFL);  // not doctest's crash reporter: the parent judges the abort
    dup2(pipeFds[1], 2);
    close(pipeFds[0]);
    body();
    _exit(0);
  }
  close(pipeFds[1]);
  std::string text;
  char buf[512];
  ssize_t n;
  while ((n = read(pipeFds[0], buf, sizeof buf)) > 0) text.append(buf, static_cast<size_t>(n));
  close(pipeFds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT, text};
}

void startNet() { REQUIRE(tsesp_host_net_start() == 0); }

}  // namespace

TEST_CASE("the tcpip thread is known and holds the lock while it runs lwIP code") {
  startNet();
  CHECK_FALSE(tsesp_host_on_tcpip_thread());
  CHECK_FALSE(tsesp_host_core_lock_held());
  bool onThread = false, held = false;
  runOnTcpip([&] {
    onThread = tsesp_host_on_tcpip_thread();
    held = tsesp_host_core_lock_held();
    struct tcp_pcb *pcb = tcp_new();
    REQUIRE(pcb != nullptr);
    tcp_abort(pcb);
  });
  CHECK(onThread);
  CHECK(held);
}

TEST_CASE("entering lwIP from another thread without the lock aborts with a message") {
  startNet();
  ChildResult child = runInChild([] {
    struct tcp_pcb *pcb = tcp_new();
    (void)pcb;
  });
  CHECK(child.aborted);
  CHECK(child.stderrText.find("lwIP core check failed") != std::string::npos);
}

#if TSESP_HOST_STRICT_TCPIP_THREAD

TEST_CASE("without core locking, even a locked call from another thread aborts") {
  startNet();
  ChildResult child = runInChild([] { LOCK_TCPIP_CORE(); });
  CHECK(child.aborted);
  CHECK(child.stderrText.find("TSESP_CORE_LOCKING=OFF") != std::string::npos);
}

#else

TEST_CASE("with core locking, another thread may create and free a pcb under the lock") {
  startNet();
  LOCK_TCPIP_CORE();
  CHECK(tsesp_host_core_lock_held());
  struct tcp_pcb *pcb = tcp_new();
  CHECK(pcb != nullptr);
  if (pcb) tcp_abort(pcb);
  UNLOCK_TCPIP_CORE();
  CHECK_FALSE(tsesp_host_core_lock_held());
}

TEST_CASE("taking the core lock twice on one thread aborts instead of deadlocking") {
  startNet();
  ChildResult child = runInChild([] {
    LOCK_TCPIP_CORE();
    LOCK_TCPIP_CORE();
  });
  CHECK(child.aborted);
  CHECK(child.stderrText.find("already holds it") != std::string::npos);
}

#endif
