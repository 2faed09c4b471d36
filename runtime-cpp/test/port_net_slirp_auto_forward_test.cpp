// TSESP_FORWARD with "auto": every port the guest starts listening on gets a forward from
// 127.0.0.1, announced on stderr (the same number when >= 1024 and free, else a free port);
// explicit entries are announced at start and not forwarded twice.
#include <doctest/doctest.h>

#include <stdio.h>
#include <stdlib.h>

#include <map>
#include <string>

#include "net/host_net.h"
#include "port_net_fixture.h"

using namespace port_test;

namespace {

// Captures this process's stderr through a pipe; lines() returns what arrived so far.
struct StderrCapture {
  int pipeFds[2] = {-1, -1};
  int savedStderr = -1;
  std::mutex mutex;
  std::string text;
  std::thread reader;

  void start() {
    REQUIRE(pipe(pipeFds) == 0);
    savedStderr = dup(2);
    dup2(pipeFds[1], 2);
    reader = std::thread([this] {
      char buf[512];
      ssize_t n;
      while ((n = read(pipeFds[0], buf, sizeof buf)) > 0) {
        std::lock_guard<std::mutex> lock(mutex);
        text.append(buf, static_cast<size_t>(n));
      }
    });
  }
  void stop() {
    dup2(savedStderr, 2);
    close(pipeFds[1]);
    reader.join();
    close(pipeFds[0]);
    close(savedStderr);
  }
  // guest port -> host port, from the "tsesp: forwarding" lines so far.
  std::map<int, int> forwards() {
    std::lock_guard<std::mutex> lock(mutex);
    std::map<int, int> out;
    const std::string prefix = "tsesp: forwarding 127.0.0.1:";
    for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
      int host = 0, guest = 0;
      if (sscanf(text.c_str() + at + prefix.size(), "%d -> guest port %d", &host, &guest) == 2) out[guest] = host;
    }
    return out;
  }
};

bool hostPortIsFree(uint16_t port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool free = bind(fd, reinterpret_cast<struct sockaddr *>(&sa), sizeof sa) == 0;
  close(fd);
  return free;
}

}  // namespace

TEST_CASE("listening guest ports are forwarded automatically and announced once") {
  StderrCapture capture;
  capture.start();
  setenv("TSESP_FORWARD", "0:7,auto", 1);
  REQUIRE(tsesp_host_net_start() == 0);
  uint16_t highPort = 41234;
  for (; highPort < 41300 && !hostPortIsFree(highPort); highPort++) {
  }
  auto *servers = new EchoServer[3];  // live on the tcpip thread until exit
  runOnTcpip([servers, highPort] {
    servers[0].listen(7);
    servers[1].listen(9);
    servers[2].listen(highPort);
  });
  std::map<int, int> forwards;
  for (int i = 0; i < 200 && forwards.size() < 3; i++) {
    usleep(20 * 1000);
    forwards = capture.forwards();
  }
  usleep(200 * 1000);  // a few more watcher rounds: nothing may be announced twice
  std::string text;
  {
    std::lock_guard<std::mutex> lock(capture.mutex);
    text = capture.text;
  }
  forwards = capture.forwards();
  capture.stop();
  REQUIRE(forwards.size() == 3);
  CHECK(forwards[highPort] == highPort);
  CHECK(forwards[9] != 9);
  size_t announcements = 0;
  for (size_t at = text.find("tsesp: forwarding"); at != std::string::npos; at = text.find("tsesp: forwarding", at + 1)) {
    announcements++;
  }
  CHECK(announcements == 3);
  for (auto [guestPort, hostPort] : forwards) {
    int fd = connectTo(AF_INET, "127.0.0.1", static_cast<uint16_t>(hostPort));
    REQUIRE(fd >= 0);
    std::vector<uint8_t> data = patternBytes(32 * 1024, static_cast<uint32_t>(guestPort));
    CHECK(echoThrough(fd, data) == data);
    close(fd);
  }
}
