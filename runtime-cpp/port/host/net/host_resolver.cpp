// getaddrinfo-based resolver for the PC port (see host_resolver.h). Data path:
//   tcpip context: tsesp_port_gethostbyname -> lookup queue -> resolver thread: getaddrinfo
//   -> tcpip_callback -> tcpip thread: found(name, addr|NULL, arg)
#include "host_resolver.h"

#include <netdb.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

#include "lwip/tcpip.h"
#include "net_mode.h"

namespace {

constexpr size_t kMaxNameLength = 255;  // lwIP's DNS_MAX_NAME_LENGTH

struct Lookup {
  std::string name;
  tsesp_host_found_fn found;
  void *arg;
  bool resolved = false;
  ip_addr_t addr = {};
};

struct ResolverQueue {
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<Lookup *> pending;
  bool threadStarted = false;
};

ResolverQueue &resolverQueue() {
  static auto *queue = new ResolverQueue();  // never destroyed: the thread outlives main()
  return *queue;
}

void aliasLoopbackForGuest(ip_addr_t *addr) {
  if (!tsesp_host::netUsesSlirp()) return;
  if (IP_IS_V4(addr) && ip4_addr1(ip_2_ip4(addr)) == 127) {
    IP_ADDR4(addr, 10, 0, 2, 2);
  } else if (IP_IS_V6(addr) && ip6_addr_isloopback(ip_2_ip6(addr))) {
    ip6addr_aton("fec0::2", ip_2_ip6(addr));
    IP_SET_TYPE(addr, IPADDR_TYPE_V6);
  }
}

void resolve(Lookup *lookup) {
  struct addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  struct addrinfo *results = nullptr;
  if (getaddrinfo(lookup->name.c_str(), nullptr, &hints, &results) != 0) return;
  const struct addrinfo *chosen = nullptr;
  for (const struct addrinfo *ai = results; ai; ai = ai->ai_next) {
    if (ai->ai_family == AF_INET) { chosen = ai; break; }
    if (ai->ai_family == AF_INET6 && !chosen) chosen = ai;
  }
  if (chosen && chosen->ai_family == AF_INET) {
    const auto *sin = reinterpret_cast<const struct sockaddr_in *>(chosen->ai_addr);
    ip_addr_set_zero_ip4(&lookup->addr);
    ip4_addr_set_u32(ip_2_ip4(&lookup->addr), sin->sin_addr.s_addr);
    lookup->resolved = true;
  } else if (chosen) {
    const auto *sin6 = reinterpret_cast<const struct sockaddr_in6 *>(chosen->ai_addr);
    ip_addr_set_zero_ip6(&lookup->addr);
    memcpy(ip_2_ip6(&lookup->addr)->addr, &sin6->sin6_addr, 16);
    lookup->resolved = true;
  }
  freeaddrinfo(results);
  if (lookup->resolved) aliasLoopbackForGuest(&lookup->addr);
}

// tcpip thread.
void deliverOnTcpip(void *context) {
  auto *lookup = static_cast<Lookup *>(context);
  lookup->found(lookup->name.c_str(), lookup->resolved ? &lookup->addr : nullptr, lookup->arg);
  delete lookup;
}

void runResolverThread() {
  pthread_setname_np(pthread_self(), "resolver");
  ResolverQueue &queue = resolverQueue();
  for (;;) {
    Lookup *lookup;
    {
      std::unique_lock<std::mutex> lock(queue.mutex);
      queue.ready.wait(lock, [&] { return !queue.pending.empty(); });
      lookup = queue.pending.front();
      queue.pending.pop_front();
    }
    resolve(lookup);
    while (tcpip_callback(deliverOnTcpip, lookup) != ERR_OK) usleep(1000);
  }
}

}  // namespace

extern "C" err_t tsesp_port_gethostbyname(const char *name, ip_addr_t *out, tsesp_host_found_fn found, void *arg) {
  if (!name || !*name || !out || !found) return ERR_ARG;
  if (ipaddr_aton(name, out)) return ERR_OK;
  if (strlen(name) > kMaxNameLength) return ERR_ARG;
  auto *lookup = new Lookup{name, found, arg};
  ResolverQueue &queue = resolverQueue();
  {
    std::lock_guard<std::mutex> lock(queue.mutex);
    queue.pending.push_back(lookup);
    if (!queue.threadStarted) {
      queue.threadStarted = true;
      std::thread(runResolverThread).detach();
    }
  }
  queue.ready.notify_one();
  return ERR_INPROGRESS;
}
