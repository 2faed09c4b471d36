// Logging (AsyncTCPLogging.h, spec 1.5): with CONFIG_ASYNC_TCP_DEBUG (this file) the five macros print
// "<L> async_tcp <function>() <line>: ..." lines through Serial; the library itself, built without
// it, logs through the core's log_e (a failed begin()); with CONFIG_ASYNC_TCP_LOG_CUSTOM a program
// gets the user's AsyncTCPLoggingCustom.h (compiled and run with the host g++).
#define CONFIG_ASYNC_TCP_DEBUG 1
#include <Arduino.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include <string>
#include <vector>

#include "async_tcp_fixture.h"

using namespace fixture;

namespace {

// Runs body with file descriptor fd (1 or 2) redirected to a temporary file; returns what was written.
template <typename Body>
std::string captureFd(int fd, Body body) {
  char path[] = "/tmp/async_tcp_log_XXXXXX";
  int tmp = mkstemp(path);
  REQUIRE(tmp >= 0);
  unlink(path);
  fflush(stdout);
  fflush(stderr);
  int saved = dup(fd);
  dup2(tmp, fd);
  body();
  fflush(stdout);
  fflush(stderr);
  dup2(saved, fd);
  ::close(saved);
  std::string out;
  lseek(tmp, 0, SEEK_SET);
  char buf[4096];
  ssize_t n;
  while ((n = ::read(tmp, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(tmp);
  return out;
}

std::vector<int> logEveryLevel(int n) {
  std::vector<int> lines;
  async_tcp_log_e("error %d", n); lines.push_back(__LINE__);
  async_tcp_log_w("warning %s", "two"); lines.push_back(__LINE__);
  async_tcp_log_i("info %u", 3u); lines.push_back(__LINE__);
  async_tcp_log_d("debug"); lines.push_back(__LINE__);
  async_tcp_log_v("verbose %c", '5'); lines.push_back(__LINE__);
  return lines;
}

std::string testDir() {
  std::string file = __FILE__;
  return file.substr(0, file.rfind('/'));
}

}  // namespace

TEST_CASE("CONFIG_ASYNC_TCP_DEBUG: every level through Serial.printf with upstream's prefix") {
  std::vector<int> lines;
  std::string out = captureFd(1, [&] {
    lines = logEveryLevel(1);
    Serial.flush();
  });
  REQUIRE(lines.size() == 5);
  std::string expected = "E async_tcp logEveryLevel() " + std::to_string(lines[0]) + ": error 1\n" +
                         "W async_tcp logEveryLevel() " + std::to_string(lines[1]) + ": warning two\n" +
                         "I async_tcp logEveryLevel() " + std::to_string(lines[2]) + ": info 3\n" +
                         "D async_tcp logEveryLevel() " + std::to_string(lines[3]) + ": debug\n" +
                         "V async_tcp logEveryLevel() " + std::to_string(lines[4]) + ": verbose 5\n";
  CHECK(out == expected);
}

TEST_CASE("the library logs through the core's log_e: a begin() on a port in use") {
  startNetwork();
  AsyncServer first(8161);
  first.begin();
  REQUIRE(first.status() == 1);
  AsyncServer second(8161);
  std::string err = captureFd(2, [&] { second.begin(); });
  CHECK(second.lastError() == ERR_USE);
  INFO(err);
  CHECK(err.find("[E][server.cpp:") != std::string::npos);  // esp32-hal-log's format on the PC
  CHECK(err.find("begin(): listen on port 8161 failed: ") != std::string::npos);
  CHECK(err.find("(-8)") != std::string::npos);
  first.end();
}

TEST_CASE("CONFIG_ASYNC_TCP_LOG_CUSTOM: the user's AsyncTCPLoggingCustom.h is used") {
  std::string dir = testDir();
  char tmpl[] = "/tmp/async_tcp_log_custom_XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  std::string exe = std::string(tmpl) + "/custom";
  std::string cmd = "g++ -std=c++17 -Wall -Wextra -Werror -DCONFIG_ASYNC_TCP_LOG_CUSTOM -I" + dir +
                    "/async_tcp_logging_custom -I" + dir + "/../src " + dir + "/async_tcp_logging_custom/main.cpp -o " +
                    exe + " 2>&1 && " + exe + "; echo \"rc=$?\"; rm -rf " + tmpl;
  FILE *p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) out += buf;
  pclose(p);
  CHECK(out ==
        "custom E: error 1\ncustom W: warning two\ncustom I: info 3\ncustom D: debug\ncustom V: verbose 5\nrc=0\n");
}
