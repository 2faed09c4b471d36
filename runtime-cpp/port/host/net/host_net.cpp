// Bringing the PC port's network up (see host_net.h): tcpip_init once, then the chosen link and
// its netif (added on the tcpip thread), then the forwards from $TSESP_FORWARD.
#include "host_net.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <atomic>
#include <mutex>
#include <set>
#include <string>

#include "lwip/sys.h"
#include "lwip/tcpip.h"
#include "auto_forward.h"
#include "net_mode.h"
#include "slirp_link.h"
#include "tap_link.h"

namespace tsesp_host {
namespace {

struct HostNet {
  std::once_flag started;
  std::atomic<int> status{-1};
  bool slirp = false;
  struct netif netif;
  SlirpLink *slirpLink = nullptr;
  TapLink *tapLink = nullptr;
};

HostNet &hostNet() {
  static auto *net = new HostNet();  // never destroyed: lwIP and the link threads outlive main()
  return *net;
}

std::atomic<bool> usesSlirp{false};

struct TcpipCall {
  void (*fn)(void *);
  void *arg;
  sys_sem_t done;
};

// tcpip thread.
void runTcpipCall(void *context) {
  auto *call = static_cast<TcpipCall *>(context);
  call->fn(call->arg);
  sys_sem_signal(&call->done);
}

struct AddNetifArgs {
  HostNet *net;
  GuestAddressing addressing;
  netif_linkoutput_fn linkoutput;
  void *state;
  const char *name;
};

void addNetif(HostNet &net, const GuestAddressing &addressing, netif_linkoutput_fn linkoutput, void *state,
              const char *name) {
  AddNetifArgs args{&net, addressing, linkoutput, state, name};
  tsesp_host_net_run_on_tcpip(
      [](void *context) {
        auto *a = static_cast<AddNetifArgs *>(context);
        addEthernetNetifOnTcpip(&a->net->netif, a->addressing, a->linkoutput, a->state, a->name);
      },
      &args);
}

void startTcpip() {
  sys_sem_t ready;
  sys_sem_new(&ready, 0);
  tcpip_init([](void *arg) { sys_sem_signal(static_cast<sys_sem_t *>(arg)); }, &ready);
  sys_arch_sem_wait(&ready, 0);
  sys_sem_free(&ready);
}

bool startSlirp(HostNet &net) {
  net.slirpLink = startSlirpLink();
  if (!net.slirpLink) return false;
  net.slirp = true;
  usesSlirp.store(true);
  addNetif(net, slirpGuestAddressing(), slirpLinkOutputOnTcpip, net.slirpLink, "st");
  attachSlirpLink(net.slirpLink, &net.netif);
  return true;
}

bool startTap(HostNet &net) {
  const char *name = getenv("TSESP_TAP");
  if (!name || !*name) name = "tsesp0";
  const char *ip = getenv("TSESP_TAP_IP");
  GuestAddressing addressing;
  if (!parseTapAddressing(ip && *ip ? ip : "10.0.3.2/24", &addressing)) {
    fprintf(stderr, "tsesp: TSESP_TAP_IP=%s is not a.b.c.d/len\n", ip);
    return false;
  }
  net.tapLink = startTapLink(name);
  if (!net.tapLink) return false;
  addNetif(net, addressing, tapLinkOutputOnTcpip, net.tapLink, "tp");
  attachTapLink(net.tapLink, &net.netif);
  return true;
}

// One "H:G" entry of $TSESP_FORWARD; false if malformed.
bool parseForward(const std::string &entry, unsigned long *host, unsigned long *guest) {
  char *end;
  *host = strtoul(entry.c_str(), &end, 10);
  if (end == entry.c_str() || *end != ':') return false;
  const char *g = end + 1;
  *guest = strtoul(g, &end, 10);
  return end != g && *end == '\0' && *host <= 65535 && *guest > 0 && *guest <= 65535;
}

// $TSESP_FORWARD: "H:G,H:G,...", H = 0 for a free host port; "auto" forwards every port the guest
// listens on (auto_forward.h).
void applyForwardsFromEnvironment(HostNet &net) {
  const char *spec = getenv("TSESP_FORWARD");
  if (!spec || !*spec) return;
  std::set<uint16_t> forwardedGuestPorts;
  bool automatic = false;
  std::string list = spec;
  for (size_t begin = 0; begin <= list.size();) {
    size_t comma = list.find(',', begin);
    std::string entry = list.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
    begin = comma == std::string::npos ? list.size() + 1 : comma + 1;
    unsigned long host = 0, guest = 0;
    if (entry == "auto") {
      automatic = true;
    } else if (!parseForward(entry, &host, &guest)) {
      fprintf(stderr, "tsesp: TSESP_FORWARD=%s: expected HOST:GUEST or auto, comma-separated\n", spec);
    } else if (!net.slirpLink) {
      fprintf(stderr, "tsesp: port forwarding needs TSESP_NET=slirp\n");
    } else {
      int port = forwardSlirpPort(net.slirpLink, static_cast<uint16_t>(host), static_cast<uint16_t>(guest));
      forwardedGuestPorts.insert(static_cast<uint16_t>(guest));
      if (port > 0) {
        fprintf(stderr, "tsesp: forwarding 127.0.0.1:%d -> guest port %lu\n", port, guest);
      } else {
        fprintf(stderr, "tsesp: cannot forward host port %lu to guest port %lu\n", host, guest);
      }
    }
  }
  if (automatic && net.slirpLink) startAutoForward(net.slirpLink, forwardedGuestPorts);
}

void startNet(HostNet &net) {
  if (tsesp_host_core_lock_held()) {
    fprintf(stderr, "tsesp: tsesp_host_net_start() called with lwIP's core lock held\n");
    return;
  }
  if (const char *max = getenv("TSESP_MAX_ACTIVE_TCP")) tsesp_host_lwip_set_max_tcp_pcbs(atoi(max));
  const char *mode = getenv("TSESP_NET");
  bool tap = mode && strcmp(mode, "tap") == 0;
  if (mode && *mode && !tap && strcmp(mode, "slirp") != 0) {
    fprintf(stderr, "tsesp: TSESP_NET=%s: expected slirp or tap\n", mode);
    return;
  }
  startTcpip();
  if (!(tap ? startTap(net) : startSlirp(net))) return;
  net.status = 0;
  applyForwardsFromEnvironment(net);
}

}  // namespace

bool netUsesSlirp() { return usesSlirp.load(); }

}  // namespace tsesp_host

using tsesp_host::hostNet;

extern "C" {

int tsesp_host_net_start(void) {
  tsesp_host::HostNet &net = hostNet();
  std::call_once(net.started, [&net] { tsesp_host::startNet(net); });
  return net.status.load();
}

struct netif *tsesp_host_net_netif(void) {
  tsesp_host::HostNet &net = hostNet();
  return net.status.load() == 0 ? &net.netif : nullptr;
}

void tsesp_host_net_run_on_tcpip(void (*fn)(void *arg), void *arg) {
  if (tsesp_host_on_tcpip_thread()) {
    fn(arg);
    return;
  }
  tsesp_host::TcpipCall call{fn, arg, {}};
  while (sys_sem_new(&call.done, 0) != ERR_OK) sys_msleep(1);
  while (tcpip_callback(tsesp_host::runTcpipCall, &call) != ERR_OK) sys_msleep(1);
  sys_arch_sem_wait(&call.done, 0);
  sys_sem_free(&call.done);
}

int tsesp_host_net_forward(uint16_t host_port, uint16_t guest_port) {
  if (tsesp_host_net_start() != 0) return -1;
  tsesp_host::HostNet &net = hostNet();
  if (!net.slirpLink) {
    fprintf(stderr, "tsesp: port forwarding needs TSESP_NET=slirp\n");
    return -1;
  }
  return tsesp_host::forwardSlirpPort(net.slirpLink, host_port, guest_port);
}

}  // extern "C"
