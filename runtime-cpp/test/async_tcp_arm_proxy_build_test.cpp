// The portable AsyncTCP sources compile warning-free for a 32-bit MCU: arm-none-eabi-g++, Cortex-M4,
// picolibc, -fno-exceptions -fno-rtti (shared/spec/embedded-proxy.md), against FreeRTOS/ESP-IDF
// stand-in headers (async_tcp_arm_proxy/) and lwIP's headers, in two configurations: core locking
// (the PC's lwipopts) and a device-like one (no core locking, DNS on, task watchdog, pinned task).
#include <dirent.h>
#include <doctest/doctest.h>
#include <stdio.h>
#include <stdlib.h>

#include <string>
#include <vector>

namespace {

std::string testDir() {
  std::string file = __FILE__;
  return file.substr(0, file.rfind('/'));
}

std::vector<std::string> portableSources(const std::string &dir) {
  std::vector<std::string> out;
  DIR *d = opendir(dir.c_str());
  REQUIRE(d != nullptr);
  while (dirent *e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".cpp") == 0) out.push_back(dir + "/" + name);
  }
  closedir(d);
  return out;
}

int compileForCortexM4(const std::string &extraFlags, std::string *output) {
  std::string test = testDir();
  std::string src = test + "/../src";
  char tmpl[] = "/tmp/async_tcp_arm_XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  std::string cmd = std::string("cd ") + tmpl +
                    " && arm-none-eabi-g++ -std=c++17 -Os -mcpu=cortex-m4 -mthumb -fno-exceptions -fno-rtti"
                    " --specs=picolibcpp.specs -Wall -Wextra -Werror -c " + extraFlags + " -I" + src +
                    " -I" + test + "/async_tcp_arm_proxy -I/usr/include/lwip";
  for (auto &f : portableSources(src + "/async_tcp")) cmd += " " + f;
  cmd += " 2>&1; echo \"rc=$?\"; rm -rf " + std::string(tmpl);
  FILE *p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[512];
  while (fgets(buf, sizeof buf, p)) *output += buf;
  pclose(p);
  size_t at = output->rfind("rc=");
  return at == std::string::npos ? -1 : atoi(output->c_str() + at + 3);
}

}  // namespace

TEST_CASE("AsyncTCP compiles for Cortex-M4 with core locking") {
  std::string out;
  int rc = compileForCortexM4("", &out);
  INFO(out);
  CHECK(rc == 0);
}

TEST_CASE("AsyncTCP compiles for Cortex-M4 like Arduino core 2.x (no core lock, DNS, WDT, pinned)") {
  std::string out;
  int rc = compileForCortexM4("-I" + testDir() + "/async_tcp_arm_proxy/device-lwip -DTSESP_ASYNC_TCP_USE_CORE_LOCK=0"
                              " -DCONFIG_ASYNC_TCP_RUNNING_CORE=1",
                              &out);
  INFO(out);
  CHECK(rc == 0);
}
