// Monotonic uptime for the PC port (see clock.h). The start point is fixed on first use, which
// the static initialiser below forces to happen before main().
#include "clock.h"

#include <chrono>

namespace {
using Clock = std::chrono::steady_clock;

Clock::time_point processStart() {
  static const Clock::time_point start = Clock::now();
  return start;
}

const bool startFixedEarly = (processStart(), true);
}  // namespace

uint64_t tsesp_host_uptime_us(void) {
  (void)startFixedEarly;
  auto elapsed = Clock::now() - processStart();
  return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count());
}
