// The pcb registry: how many AsyncClients and AsyncTCP-owned pcbs exist, and lwIP's own pcb lists,
// for leak checks (test_hooks.h). countClient/countPcb: any context (called where objects and pcbs
// are created and released); lwipPcbs/lwipActivePcbs take the tcpip lock.
#include <atomic>

#include "lwip/priv/tcp_priv.h"
#include "tcpip_call.h"
#include "test_hooks.h"

namespace {

std::atomic<int32_t> g_clients{0};
std::atomic<int32_t> g_pcbs{0};

uint32_t countList(tcp_pcb *pcb) {
  uint32_t n = 0;
  for (; pcb; pcb = pcb->next) ++n;
  return n;
}

}  // namespace

namespace async_tcp {

void countClient(int delta) { g_clients.fetch_add(delta, std::memory_order_relaxed); }
void countPcb(int delta) { g_pcbs.fetch_add(delta, std::memory_order_relaxed); }

}  // namespace async_tcp

namespace async_tcp_test {

uint32_t liveClients() { return static_cast<uint32_t>(g_clients.load(std::memory_order_relaxed)); }
uint32_t ownedPcbs() { return static_cast<uint32_t>(g_pcbs.load(std::memory_order_relaxed)); }

uint32_t lwipPcbs() {
  uint32_t n = 0;
  async_tcp::runOnTcpip([&] {
    n = countList(tcp_active_pcbs) + countList(tcp_tw_pcbs) +
        countList(reinterpret_cast<tcp_pcb *>(tcp_listen_pcbs.listen_pcbs));
  });
  return n;
}

uint32_t lwipActivePcbs() {
  uint32_t n = 0;
  async_tcp::runOnTcpip([&] {
    n = countList(tcp_active_pcbs) + countList(reinterpret_cast<tcp_pcb *>(tcp_listen_pcbs.listen_pcbs));
  });
  return n;
}

}  // namespace async_tcp_test
