// lwIP's core lock on the PC port. These definitions take the place of the ones in Debian's
// liblwip (its own calls to them go through the PLT, so the executable's definitions win for the
// whole process), to add what the unix port lacks: a per-thread "held" flag that catches a thread
// taking the lock twice, and the no-core-lock device mode (TSESP_HOST_STRICT_TCPIP_THREAD=1,
// CMake -DTSESP_CORE_LOCKING=OFF) where lwIP may be entered only on the tcpip thread, lock or not.
// Any violation prints what happened and aborts, like LWIP_ASSERT_CORE_LOCKED on the device.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include <atomic>

#include "host_net.h"

#ifndef TSESP_HOST_STRICT_TCPIP_THREAD
#define TSESP_HOST_STRICT_TCPIP_THREAD 0
#endif

namespace {

pthread_mutex_t coreLock = PTHREAD_MUTEX_INITIALIZER;
thread_local bool holdsCoreLock = false;
std::atomic<bool> tcpipThreadKnown{false};
pthread_t tcpipThread;  // written once, published by tcpipThreadKnown

bool onTcpipThread() {
  return tcpipThreadKnown.load(std::memory_order_acquire) && pthread_equal(pthread_self(), tcpipThread);
}

[[noreturn]] void failCoreCheck(const char *what) {
  char name[32] = "?";
  pthread_getname_np(pthread_self(), name, sizeof name);
  fprintf(stderr, "tsesp: lwIP core check failed on thread \"%s\": %s\n", name, what);
  abort();
}

}  // namespace

extern "C" {

void sys_mark_tcpip_thread(void) {
  tcpipThread = pthread_self();
  pthread_setname_np(tcpipThread, "tiT");
  tcpipThreadKnown.store(true, std::memory_order_release);
}

void sys_lock_tcpip_core(void) {
  if (TSESP_HOST_STRICT_TCPIP_THREAD && tcpipThreadKnown.load(std::memory_order_acquire) && !onTcpipThread()) {
    failCoreCheck("LOCK_TCPIP_CORE() outside the tcpip thread in a build without core locking "
                  "(TSESP_CORE_LOCKING=OFF): marshal the call with tcpip_callback instead");
  }
  if (holdsCoreLock) failCoreCheck("LOCK_TCPIP_CORE() by a thread that already holds it (the lock is not recursive)");
  pthread_mutex_lock(&coreLock);
  holdsCoreLock = true;
}

void sys_unlock_tcpip_core(void) {
  if (!holdsCoreLock) failCoreCheck("UNLOCK_TCPIP_CORE() by a thread that does not hold the lock");
  holdsCoreLock = false;
  pthread_mutex_unlock(&coreLock);
}

void sys_check_core_locking(void) {
  if (!tcpipThreadKnown.load(std::memory_order_acquire)) return;  // lwip_init() before the thread runs
  if (TSESP_HOST_STRICT_TCPIP_THREAD) {
    if (!onTcpipThread()) {
      failCoreCheck("lwIP API called outside the tcpip thread in a build without core locking "
                    "(TSESP_CORE_LOCKING=OFF)");
    }
  } else if (!holdsCoreLock) {
    failCoreCheck("lwIP API called without the core lock (LOCK_TCPIP_CORE) and not on the tcpip thread");
  }
}

int tsesp_host_core_lock_held(void) { return holdsCoreLock ? 1 : 0; }

int tsesp_host_on_tcpip_thread(void) { return onTcpipThread() ? 1 : 0; }

}  // extern "C"
