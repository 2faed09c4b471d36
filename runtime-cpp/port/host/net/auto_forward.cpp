// Automatic forwarding of listening guest ports (see auto_forward.h). Data path:
//   watcher thread --tsesp_host_net_run_on_tcpip--> snapshot of tcp_listen_pcbs (tcpip thread)
//   --> forwardSlirpPort (slirp poll thread) --> one line on stderr per new forward.
#include "auto_forward.h"

#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "host_net.h"
#include "lwip/priv/tcp_priv.h"
#include "lwip/tcp.h"

namespace tsesp_host {
namespace {

std::vector<uint16_t> listeningPorts() {
  std::vector<uint16_t> ports;
  tsesp_host_net_run_on_tcpip(
      [](void *arg) {
        auto *out = static_cast<std::vector<uint16_t> *>(arg);
        for (struct tcp_pcb_listen *pcb = tcp_listen_pcbs.listen_pcbs; pcb; pcb = pcb->next) {
          out->push_back(pcb->local_port);
        }
      },
      &ports);
  return ports;
}

void forwardNewPorts(SlirpLink *link, std::set<uint16_t> &forwarded) {
  for (uint16_t guestPort : listeningPorts()) {
    if (!forwarded.insert(guestPort).second) continue;
    int hostPort = guestPort >= 1024 ? forwardSlirpPort(link, guestPort, guestPort) : -1;
    if (hostPort < 0) hostPort = forwardSlirpPort(link, 0, guestPort);
    if (hostPort > 0) {
      fprintf(stderr, "tsesp: forwarding 127.0.0.1:%d -> guest port %u\n", hostPort, guestPort);
    } else {
      fprintf(stderr, "tsesp: cannot forward a host port to guest port %u\n", guestPort);
    }
  }
}

}  // namespace

void startAutoForward(SlirpLink *link, const std::set<uint16_t> &alreadyForwarded) {
  std::thread([link, forwarded = alreadyForwarded]() mutable {
    pthread_setname_np(pthread_self(), "auto-forward");
    for (;;) {
      forwardNewPorts(link, forwarded);
      usleep(50 * 1000);
    }
  }).detach();
}

}  // namespace tsesp_host
