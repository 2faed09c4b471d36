// The one locked path into lwIP: every pcb access made by AsyncTCP outside an lwIP callback goes
// through runOnTcpip(). Internal, do not include from sketches.
// - runOnTcpip(fn): any context (app task, async_tcp task, tcpip thread). Blocks until fn has run in
//   *tcpip context*: either on the caller's thread holding LOCK_TCPIP_CORE (core-lock mode, lwIP
//   built with LWIP_TCPIP_CORE_LOCKING) or on the tcpip thread itself (marshal mode: tcpip_api_call
//   or tcpip_callback + a semaphore; the only safe way on cores without core locking). Nested calls
//   run fn directly. fn must not block on the async_tcp task or call user code.
// - TcpipContextScope: opened by every lwIP callback shim, so nested runOnTcpip calls run inline.
// - setUseCoreLock(): switch modes at runtime (tests run both); only while no call is in flight.
#pragma once

#include <type_traits>

#include "config.h"

namespace async_tcp {

using TcpipFn = void (*)(void *ctx);

void runOnTcpip(TcpipFn fn, void *ctx);

template <typename F>
void runOnTcpip(F &&body) {
  using Body = std::remove_reference_t<F>;
  runOnTcpip([](void *ctx) { (*static_cast<Body *>(ctx))(); }, &body);
}

bool isInTcpipContext();
[[noreturn]] void failContextAssert(const char *what, const char *file, int line);

struct TcpipContextScope {
  TcpipContextScope();
  ~TcpipContextScope();
  TcpipContextScope(const TcpipContextScope &) = delete;
  TcpipContextScope &operator=(const TcpipContextScope &) = delete;
};

bool usesCoreLock();
void setUseCoreLock(bool useCoreLock);

}  // namespace async_tcp

#define TSESP_ASSERT_ON_TCPIP_THREAD()                                                  \
  do {                                                                                  \
    if (!async_tcp::isInTcpipContext())                                                 \
      async_tcp::failContextAssert("not in tcpip context", __FILE__, __LINE__);         \
  } while (0)
