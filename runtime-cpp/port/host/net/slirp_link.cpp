// The slirp link (see slirp_link.h). Data path:
//   lwIP tcpip thread --slirpLinkOutputOnTcpip--> outbound queue --poll thread--> slirp_input
//   slirp send_packet (poll thread) --deliverFrameToLwip--> tcpip mailbox --> lwIP
// Only the poll thread touches the Slirp instance, its timers and its poll set.
#include "slirp_link.h"

#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <libslirp.h>

namespace tsesp_host {
namespace {

constexpr size_t kMaxQueuedBytes = 8u << 20;  // outbound frames waiting for the poll thread, bytes

struct Frame {
  std::unique_ptr<uint8_t[]> bytes;
  size_t length;
};

struct SlirpTimer {
  SlirpTimerCb callback;
  void *callbackOpaque;
  int64_t expireMs = 0;  // on the slirp clock (CLOCK_MONOTONIC)
  bool armed = false;
};

struct PollThreadRequest {
  std::function<void()> body;
  bool done = false;
};

int64_t monotonicNs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace

class SlirpLink {
 public:
  void start();
  err_t linkOutput(struct pbuf *p);
  void attach(struct netif *netif) { netif_.store(netif); }
  int forward(uint16_t hostPort, uint16_t guestPort);

 private:
  friend struct SlirpCallbacks;
  void runPollThread();
  void runOnPollThread(std::function<void()> body);
  void runRequests();
  void drainOutbound();
  void pollOnce();
  void fireDueTimers();
  uint32_t msUntilNextTimer() const;
  void wake();
  bool addForwardOnPollThread(uint16_t hostPort, uint16_t guestPort);
  void widenListenBacklogOnPollThread(uint16_t hostPort);

  Slirp *slirp_ = nullptr;  // poll thread only
  int wakeFd_ = -1;
  std::atomic<struct netif *> netif_{nullptr};
  std::mutex mutex_;  // guards outbound_, queuedBytes_, requests_, the requests' done flags
  std::condition_variable requestDone_;
  std::deque<Frame> outbound_;
  size_t queuedBytes_ = 0;
  std::deque<PollThreadRequest *> requests_;
  std::vector<struct pollfd> pollfds_;  // poll thread only
  std::vector<SlirpTimer *> timers_;    // poll thread only
  std::atomic<uint64_t> droppedFrames_{0};
};

// libslirp's callbacks; all run on the poll thread.
struct SlirpCallbacks {
  static ssize_t sendPacket(const void *buf, size_t len, void *opaque) {
    auto *link = static_cast<SlirpLink *>(opaque);
    struct netif *netif = link->netif_.load();
    if (!netif || !deliverFrameToLwip(netif, static_cast<const uint8_t *>(buf), len)) link->droppedFrames_++;
    return static_cast<ssize_t>(len);
  }
  static void guestError(const char *msg, void *) { fprintf(stderr, "tsesp: slirp: guest error: %s\n", msg); }
  static int64_t clockGetNs(void *) { return monotonicNs(); }
  static void *timerNew(SlirpTimerCb cb, void *cbOpaque, void *opaque) {
    auto *timer = new SlirpTimer{cb, cbOpaque};
    static_cast<SlirpLink *>(opaque)->timers_.push_back(timer);
    return timer;
  }
  static void timerFree(void *timer, void *opaque) {
    auto &timers = static_cast<SlirpLink *>(opaque)->timers_;
    for (size_t i = 0; i < timers.size(); i++) {
      if (timers[i] == timer) timers.erase(timers.begin() + static_cast<long>(i));
    }
    delete static_cast<SlirpTimer *>(timer);
  }
  static void timerMod(void *timer, int64_t expireMs, void *) {
    auto *t = static_cast<SlirpTimer *>(timer);
    t->expireMs = expireMs;
    t->armed = true;
  }
  static void registerPollFd(int, void *) {}
  static void unregisterPollFd(int, void *) {}
  static void notify(void *opaque) { static_cast<SlirpLink *>(opaque)->wake(); }
  static int addPoll(int fd, int events, void *opaque) {
    auto &pollfds = static_cast<SlirpLink *>(opaque)->pollfds_;
    short mask = 0;
    if (events & SLIRP_POLL_IN) mask |= POLLIN;
    if (events & SLIRP_POLL_OUT) mask |= POLLOUT;
    if (events & SLIRP_POLL_PRI) mask |= POLLPRI;
    if (events & SLIRP_POLL_ERR) mask |= POLLERR;
    if (events & SLIRP_POLL_HUP) mask |= POLLHUP;
    pollfds.push_back({fd, mask, 0});
    return static_cast<int>(pollfds.size() - 1);
  }
  static int getRevents(int idx, void *opaque) {
    auto &pollfds = static_cast<SlirpLink *>(opaque)->pollfds_;
    if (idx < 0 || static_cast<size_t>(idx) >= pollfds.size()) return 0;
    short revents = pollfds[static_cast<size_t>(idx)].revents;
    int events = 0;
    if (revents & POLLIN) events |= SLIRP_POLL_IN;
    if (revents & POLLOUT) events |= SLIRP_POLL_OUT;
    if (revents & POLLPRI) events |= SLIRP_POLL_PRI;
    if (revents & POLLERR) events |= SLIRP_POLL_ERR;
    if (revents & POLLHUP) events |= SLIRP_POLL_HUP;
    return events;
  }
};

namespace {

const SlirpCb kSlirpCallbacks = {
    SlirpCallbacks::sendPacket, SlirpCallbacks::guestError, SlirpCallbacks::clockGetNs,
    SlirpCallbacks::timerNew, SlirpCallbacks::timerFree, SlirpCallbacks::timerMod,
    SlirpCallbacks::registerPollFd, SlirpCallbacks::unregisterPollFd, SlirpCallbacks::notify,
    nullptr, nullptr,
};

struct in_addr ip4(const char *text) {
  struct in_addr a;
  inet_pton(AF_INET, text, &a);
  return a;
}

struct in6_addr ip6(const char *text) {
  struct in6_addr a;
  inet_pton(AF_INET6, text, &a);
  return a;
}

Slirp *createSlirp(void *opaque) {
  SlirpConfig config{};
  config.version = 4;
  config.restricted = 0;
  config.in_enabled = true;
  config.vnetwork = ip4("10.0.2.0");
  config.vnetmask = ip4("255.255.255.0");
  config.vhost = ip4("10.0.2.2");
  config.in6_enabled = true;
  config.vprefix_addr6 = ip6("fec0::");
  config.vprefix_len = 64;
  config.vhost6 = ip6("fec0::2");
  config.vhostname = "tsesp-host";
  config.vdhcp_start = ip4("10.0.2.15");
  config.vnameserver = ip4("10.0.2.3");
  config.vnameserver6 = ip6("fec0::3");
  config.if_mtu = 1500;
  config.if_mru = 1500;
  config.disable_host_loopback = false;
  config.enable_emu = false;
  return slirp_new(&config, &kSlirpCallbacks, opaque);
}

// A free TCP port on 127.0.0.1, found by binding port 0 (the kernel's choice) and releasing it.
int pickFreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  struct sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr = ip4("127.0.0.1");
  socklen_t len = sizeof addr;
  int port = -1;
  if (bind(fd, reinterpret_cast<struct sockaddr *>(&addr), sizeof addr) == 0 &&
      getsockname(fd, reinterpret_cast<struct sockaddr *>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

}  // namespace

void SlirpLink::start() {
  wakeFd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  std::mutex readyMutex;
  std::condition_variable readyCv;
  bool ready = false;
  std::thread([this, &readyMutex, &readyCv, &ready] {
    pthread_setname_np(pthread_self(), "slirp");
    // slirp writes to host sockets whose peer may be gone: get EPIPE there, never a SIGPIPE that
    // would kill the process (the signal is thread-directed, so blocking it here is enough).
    sigset_t sigpipe;
    sigemptyset(&sigpipe);
    sigaddset(&sigpipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &sigpipe, nullptr);
    slirp_ = createSlirp(this);
    {
      std::lock_guard<std::mutex> lock(readyMutex);
      ready = true;
      readyCv.notify_all();  // under the lock: start() may return, destroying readyCv, right after
    }
    runPollThread();
  }).detach();
  std::unique_lock<std::mutex> lock(readyMutex);
  readyCv.wait(lock, [&] { return ready; });
}

void SlirpLink::wake() {
  uint64_t one = 1;
  ssize_t n = write(wakeFd_, &one, sizeof one);
  (void)n;  // a full counter already means "wake up"
}

err_t SlirpLink::linkOutput(struct pbuf *p) {
  Frame frame{std::unique_ptr<uint8_t[]>(new uint8_t[p->tot_len]), p->tot_len};
  pbuf_copy_partial(p, frame.bytes.get(), p->tot_len, 0);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (queuedBytes_ + frame.length > kMaxQueuedBytes) {
      droppedFrames_++;
      return ERR_OK;  // a NIC with a full ring drops; TCP retransmits
    }
    queuedBytes_ += frame.length;
    outbound_.push_back(std::move(frame));
  }
  wake();
  return ERR_OK;
}

void SlirpLink::runOnPollThread(std::function<void()> body) {
  PollThreadRequest request{std::move(body)};
  std::unique_lock<std::mutex> lock(mutex_);
  requests_.push_back(&request);
  wake();
  requestDone_.wait(lock, [&] { return request.done; });
}

void SlirpLink::runRequests() {
  for (;;) {
    PollThreadRequest *request;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (requests_.empty()) return;
      request = requests_.front();
      requests_.pop_front();
    }
    request->body();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      request->done = true;
    }
    requestDone_.notify_all();
  }
}

void SlirpLink::drainOutbound() {
  std::deque<Frame> frames;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    frames.swap(outbound_);
    queuedBytes_ = 0;
  }
  for (Frame &frame : frames) slirp_input(slirp_, frame.bytes.get(), static_cast<int>(frame.length));
}

uint32_t SlirpLink::msUntilNextTimer() const {
  int64_t nowMs = monotonicNs() / 1000000;
  int64_t best = 1000;
  for (const SlirpTimer *timer : timers_) {
    if (timer->armed) best = std::min(best, std::max<int64_t>(0, timer->expireMs - nowMs));
  }
  return static_cast<uint32_t>(best);
}

void SlirpLink::fireDueTimers() {
  for (int round = 0; round < 64; round++) {
    int64_t nowMs = monotonicNs() / 1000000;
    SlirpTimer *due = nullptr;
    for (SlirpTimer *timer : timers_) {
      if (timer->armed && timer->expireMs <= nowMs) due = timer;
    }
    if (!due) return;
    due->armed = false;
    due->callback(due->callbackOpaque);
  }
}

void SlirpLink::pollOnce() {
  pollfds_.clear();
  pollfds_.push_back({wakeFd_, POLLIN, 0});
  uint32_t timeout = msUntilNextTimer();
  slirp_pollfds_fill(slirp_, &timeout, SlirpCallbacks::addPoll, this);
  int rc = poll(pollfds_.data(), pollfds_.size(), static_cast<int>(timeout));
  bool failed = rc < 0 && errno != EINTR;
  if (rc < 0) {
    for (auto &p : pollfds_) p.revents = 0;
  }
  if (pollfds_[0].revents & POLLIN) {
    uint64_t count;
    ssize_t n = read(wakeFd_, &count, sizeof count);
    (void)n;
  }
  slirp_pollfds_poll(slirp_, failed ? 1 : 0, SlirpCallbacks::getRevents, this);
  fireDueTimers();
}

void SlirpLink::runPollThread() {
  for (;;) {
    runRequests();
    drainOutbound();
    pollOnce();
  }
}

bool SlirpLink::addForwardOnPollThread(uint16_t hostPort, uint16_t guestPort) {
  if (slirp_add_hostfwd(slirp_, 0, ip4("127.0.0.1"), hostPort, ip4("10.0.2.15"), guestPort) < 0) return false;
  struct sockaddr_in6 host{};
  host.sin6_family = AF_INET6;
  host.sin6_port = htons(hostPort);
  host.sin6_addr = in6addr_loopback;
  struct sockaddr_in6 guest{};
  guest.sin6_family = AF_INET6;
  guest.sin6_port = htons(guestPort);
  guest.sin6_addr = ip6("fec0::15");
  // Best effort: a PC without ::1 still gets the IPv4 forward.
  (void)slirp_add_hostxfwd(slirp_, reinterpret_cast<struct sockaddr *>(&host), sizeof host,
                           reinterpret_cast<struct sockaddr *>(&guest), sizeof guest, SLIRP_HOSTFWD_V6ONLY);
  widenListenBacklogOnPollThread(hostPort);
  return true;
}

// libslirp listens on forwarded ports with a backlog of 1, so a burst of clients overflows the
// kernel's accept queue (connections reset, SYN cookies failing). Find slirp's listening sockets
// for hostPort among the fds it polls and listen() again with a full-size backlog.
void SlirpLink::widenListenBacklogOnPollThread(uint16_t hostPort) {
  pollfds_.clear();
  uint32_t timeout = 0;
  slirp_pollfds_fill(slirp_, &timeout, SlirpCallbacks::addPoll, this);
  for (const struct pollfd &p : pollfds_) {
    int accepting = 0;
    socklen_t optlen = sizeof accepting;
    if (getsockopt(p.fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &optlen) != 0 || !accepting) continue;
    struct sockaddr_storage addr{};
    socklen_t addrlen = sizeof addr;
    if (getsockname(p.fd, reinterpret_cast<struct sockaddr *>(&addr), &addrlen) != 0) continue;
    uint16_t port = addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<struct sockaddr_in6 *>(&addr)->sin6_port)
                                               : ntohs(reinterpret_cast<struct sockaddr_in *>(&addr)->sin_port);
    if (port == hostPort) listen(p.fd, SOMAXCONN);
  }
  pollfds_.clear();
}

int SlirpLink::forward(uint16_t hostPort, uint16_t guestPort) {
  for (int attempt = 0; attempt < 8; attempt++) {
    int port = hostPort ? hostPort : pickFreeLoopbackPort();
    if (port <= 0) return -1;
    bool added = false;
    runOnPollThread([&] { added = addForwardOnPollThread(static_cast<uint16_t>(port), guestPort); });
    if (added) return port;
    if (hostPort) return -1;  // the caller's port is taken; a picked one may have raced: retry
  }
  return -1;
}

SlirpLink *startSlirpLink() {
  auto *link = new SlirpLink();  // lives until exit: the poll thread never stops
  link->start();
  return link;
}

GuestAddressing slirpGuestAddressing() {
  GuestAddressing a;
  IP4_ADDR(&a.address, 10, 0, 2, 15);
  IP4_ADDR(&a.netmask, 255, 255, 255, 0);
  IP4_ADDR(&a.gateway, 10, 0, 2, 2);
  a.hasIp6 = true;
  ip6addr_aton("fec0::15", &a.address6);
  return a;
}

err_t slirpLinkOutputOnTcpip(struct netif *netif, struct pbuf *p) {
  return static_cast<SlirpLink *>(netif->state)->linkOutput(p);
}

void attachSlirpLink(SlirpLink *link, struct netif *netif) { link->attach(netif); }

int forwardSlirpPort(SlirpLink *link, uint16_t hostPort, uint16_t guestPort) {
  return link->forward(hostPort, guestPort);
}

}  // namespace tsesp_host
