// The TAP link (see tap_link.h). Data path:
//   lwIP tcpip thread --tapLinkOutputOnTcpip--> write(tap fd)
//   reader thread: read(tap fd) --deliverFrameToLwip--> tcpip mailbox --> lwIP
// Each direction has exactly one thread, so the fd needs no lock.
#include "tap_link.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

namespace tsesp_host {

class TapLink {
 public:
  int fd = -1;
  std::atomic<uint64_t> droppedFrames{0};

  err_t linkOutput(struct pbuf *p) {
    uint8_t frame[1600];
    if (p->tot_len > sizeof frame) return ERR_IF;
    u16_t length = pbuf_copy_partial(p, frame, p->tot_len, 0);
    if (write(fd, frame, length) != static_cast<ssize_t>(length)) droppedFrames++;
    return ERR_OK;
  }

  void runReader(struct netif *netif) {
    uint8_t frame[65536];
    for (;;) {
      struct pollfd pfd{fd, POLLIN, 0};
      if (poll(&pfd, 1, -1) < 0 && errno != EINTR) return;
      ssize_t n = read(fd, frame, sizeof frame);
      if (n <= 0) continue;
      if (!deliverFrameToLwip(netif, frame, static_cast<size_t>(n))) droppedFrames++;
    }
  }
};

namespace {

bool bringDeviceUp(const char *name) {
  int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (sock < 0) return false;
  struct ifreq ifr{};
  snprintf(ifr.ifr_name, IFNAMSIZ, "%s", name);
  bool ok = ioctl(sock, SIOCGIFFLAGS, &ifr) == 0;
  ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP);
  ok = ok && ioctl(sock, SIOCSIFFLAGS, &ifr) == 0;
  close(sock);
  return ok;
}

}  // namespace

TapLink *startTapLink(const char *name) {
  int fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC);
  if (fd < 0) {
    fprintf(stderr, "tsesp: cannot open /dev/net/tun: %s\n", strerror(errno));
    return nullptr;
  }
  struct ifreq ifr{};
  ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
  snprintf(ifr.ifr_name, IFNAMSIZ, "%s", name);
  if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
    fprintf(stderr, "tsesp: cannot attach TAP device %s: %s\n", name, strerror(errno));
    close(fd);
    return nullptr;
  }
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  if (!bringDeviceUp(name)) fprintf(stderr, "tsesp: cannot bring TAP device %s up: %s\n", name, strerror(errno));
  auto *link = new TapLink();  // lives until exit, as its reader thread does
  link->fd = fd;
  return link;
}

bool parseTapAddressing(const char *text, GuestAddressing *out) {
  char address[32];
  unsigned prefix = 24;
  const char *slash = strchr(text, '/');
  size_t length = slash ? static_cast<size_t>(slash - text) : strlen(text);
  if (length >= sizeof address) return false;
  memcpy(address, text, length);
  address[length] = '\0';
  if (slash) prefix = static_cast<unsigned>(strtoul(slash + 1, nullptr, 10));
  if (prefix == 0 || prefix > 30 || !ip4addr_aton(address, &out->address)) return false;
  uint32_t mask = prefix == 32 ? 0xFFFFFFFFu : ~((1u << (32 - prefix)) - 1);
  ip4_addr_set_u32(&out->netmask, htonl(mask));
  uint32_t gateway = (ntohl(ip4_addr_get_u32(&out->address)) & mask) + 1;
  ip4_addr_set_u32(&out->gateway, htonl(gateway));
  out->hasIp6 = false;
  return true;
}

err_t tapLinkOutputOnTcpip(struct netif *netif, struct pbuf *p) {
  return static_cast<TapLink *>(netif->state)->linkOutput(p);
}

void attachTapLink(TapLink *link, struct netif *netif) {
  std::thread([link, netif] {
    pthread_setname_np(pthread_self(), "tap-reader");
    link->runReader(netif);
  }).detach();
}

}  // namespace tsesp_host
