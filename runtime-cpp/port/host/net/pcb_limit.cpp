// lwIP TCP pcb accounting and limit on the PC port (see host_net.h). Debian's lwIP allocates pcbs
// with malloc, so nothing caps them; ESP32 builds cap them at CONFIG_LWIP_MAX_ACTIVE_TCP (16).
// memp_malloc/memp_free defined here take the place of liblwip's for the whole process (its own
// calls go through the PLT) and forward to them (dlsym RTLD_NEXT); a MEMP_TCP_PCB allocation
// beyond the limit fails exactly as an exhausted pool does on the device.
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include <atomic>

#include "host_net.h"
#include "lwip/memp.h"

namespace {

using MempMallocFn = void *(*)(memp_t);
using MempFreeFn = void (*)(memp_t, void *);

std::atomic<int> tcpPcbsInUse{0};
std::atomic<int> maxTcpPcbs{0};  // 0 = no limit

MempMallocFn lwipMempMalloc() {
  static MempMallocFn fn = reinterpret_cast<MempMallocFn>(dlsym(RTLD_NEXT, "memp_malloc"));
  return fn;
}

MempFreeFn lwipMempFree() {
  static MempFreeFn fn = reinterpret_cast<MempFreeFn>(dlsym(RTLD_NEXT, "memp_free"));
  return fn;
}

}  // namespace

extern "C" {

void *memp_malloc(memp_t type) {
  if (type != MEMP_TCP_PCB) return lwipMempMalloc()(type);
  int limit = maxTcpPcbs.load();
  int inUse = tcpPcbsInUse.fetch_add(1) + 1;
  if (limit > 0 && inUse > limit) {
    tcpPcbsInUse.fetch_sub(1);
    return nullptr;
  }
  void *pcb = lwipMempMalloc()(type);
  if (!pcb) tcpPcbsInUse.fetch_sub(1);
  return pcb;
}

void memp_free(memp_t type, void *mem) {
  if (type == MEMP_TCP_PCB && mem) tcpPcbsInUse.fetch_sub(1);
  lwipMempFree()(type, mem);
}

int tsesp_host_lwip_set_max_tcp_pcbs(int max) { return maxTcpPcbs.exchange(max > 0 ? max : 0); }

int tsesp_host_lwip_tcp_pcbs_in_use(void) { return tcpPcbsInUse.load(); }

}  // extern "C"
