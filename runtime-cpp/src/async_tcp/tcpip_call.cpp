// runOnTcpip(): core-lock mode or marshal mode (see tcpip_call.h). Runs in the caller's thread; the
// marshalled body runs on the tcpip thread while the caller waits on a semaphore.
// Some lwipopts.h (Debian's) declare the core-lock hooks without C linkage; declaring them first
// with it makes those later declarations inherit it.
extern "C" void sys_lock_tcpip_core(void);
extern "C" void sys_unlock_tcpip_core(void);

#include "tcpip_call.h"

#include <atomic>
#include <stdio.h>
#include <stdlib.h>

#include "lwip/priv/tcpip_priv.h"  // tcpip_api_call()
#include "lwip/sys.h"
#include "lwip/tcpip.h"

namespace async_tcp {
namespace {

thread_local int t_tcpipDepth = 0;  // >0: this thread is in tcpip context (lock held / on tcpip)
std::atomic<bool> g_useCoreLock{TSESP_ASYNC_TCP_USE_CORE_LOCK != 0};

struct MarshalledCall {
#if !LWIP_TCPIP_CORE_LOCKING
  struct tcpip_api_call_data base;  // must stay first: tcpip_api_call hands this pointer back
#endif
  TcpipFn fn;
  void *ctx;
#if LWIP_TCPIP_CORE_LOCKING
  sys_sem_t done;
#endif
};

void runBodyInContext(TcpipFn fn, void *ctx) {
  ++t_tcpipDepth;
  fn(ctx);
  --t_tcpipDepth;
}

#if LWIP_TCPIP_CORE_LOCKING
// lwIP has core locking, so tcpip_api_call would run inline: post a callback to really marshal.
void runMarshalledOnTcpipThread(void *arg) {
  auto *call = static_cast<MarshalledCall *>(arg);
  runBodyInContext(call->fn, call->ctx);
  sys_sem_signal(&call->done);
}

void runMarshalled(TcpipFn fn, void *ctx) {
  MarshalledCall call{fn, ctx, {}};
  while (sys_sem_new(&call.done, 0) != ERR_OK) sys_msleep(1);
  while (tcpip_callback(runMarshalledOnTcpipThread, &call) != ERR_OK) sys_msleep(1);
  sys_arch_sem_wait(&call.done, 0);
  sys_sem_free(&call.done);
}
#else
err_t runMarshalledOnTcpipThread(struct tcpip_api_call_data *base) {
  auto *call = reinterpret_cast<MarshalledCall *>(base);
  runBodyInContext(call->fn, call->ctx);
  return ERR_OK;
}

void runMarshalled(TcpipFn fn, void *ctx) {
  MarshalledCall call{};
  call.fn = fn;
  call.ctx = ctx;
  tcpip_api_call(runMarshalledOnTcpipThread, &call.base);
}
#endif

}  // namespace

void runOnTcpip(TcpipFn fn, void *ctx) {
  if (t_tcpipDepth > 0) {
    fn(ctx);
    return;
  }
#if LWIP_TCPIP_CORE_LOCKING
  if (g_useCoreLock.load(std::memory_order_relaxed)) {
    LOCK_TCPIP_CORE();
    runBodyInContext(fn, ctx);
    UNLOCK_TCPIP_CORE();
    return;
  }
#endif
  runMarshalled(fn, ctx);
}

bool isInTcpipContext() { return t_tcpipDepth > 0; }

void failContextAssert(const char *what, const char *file, int line) {
  fprintf(stderr, "AsyncTCP assertion failed: %s at %s:%d\n", what, file, line);
  abort();
}

TcpipContextScope::TcpipContextScope() { ++t_tcpipDepth; }
TcpipContextScope::~TcpipContextScope() { --t_tcpipDepth; }

bool usesCoreLock() { return g_useCoreLock.load(std::memory_order_relaxed); }

void setUseCoreLock(bool useCoreLock) {
#if LWIP_TCPIP_CORE_LOCKING
  g_useCoreLock.store(useCoreLock, std::memory_order_relaxed);
#else
  (void)useCoreLock;
#endif
}

}  // namespace async_tcp
