// Timers of the TS event loop (see event_loop.h): a list ordered by (deadline, creation sequence).
#include "tsesp/event_loop.h"

#include <Arduino.h>

#include <cstdlib>
#include <vector>

#include "tsesp/config.h"
#include "tsesp/error.h"
#include "tsesp/loop_sources.h"

namespace tsesp {
namespace {

struct Timer {
  uint32_t id;
  uint32_t deadline;  // ms on the loop clock
  uint32_t sequence;  // creation order: FIFO among equal deadlines
  uint32_t interval;  // ms; 0 for a timeout
  Function<void()> callback;
};

struct Loop {
  std::vector<Timer> timers;  // sorted by (deadline, sequence)
  uint32_t now = 0;           // ms, the cached loop clock
  uint32_t nextId = 1;
  uint32_t nextSequence = 0;
  uint32_t runningId = 0;     // the timer whose callback runs now
  bool runningCleared = false;
};

Loop& loop() {
  static Loop instance;
  return instance;
}

// a before b on the wrapping millisecond clock.
bool earlier(uint32_t a, uint32_t b) { return static_cast<int32_t>(a - b) < 0; }

void insert(Timer timer) {
  std::vector<Timer>& timers = loop().timers;
  size_t at = timers.size();
  while (at > 0) {
    const Timer& prev = timers[at - 1];
    if (!earlier(timer.deadline, prev.deadline)) break;
    --at;
  }
  timers.insert(timers.begin() + static_cast<long>(at), std::move(timer));
}

uint32_t clampDelay(double ms) {
  if (!(ms >= 1 && ms <= 2147483647.0)) return 1;
  return static_cast<uint32_t>(ms);
}

double addTimer(const Function<void()>& callback, double ms, bool repeat) {
  Loop& l = loop();
  uint32_t delay = clampDelay(ms);
  Timer timer{l.nextId++, l.now + delay, l.nextSequence++, repeat ? delay : 0, callback};
  uint32_t id = timer.id;
  insert(std::move(timer));
  return id;
}

// Fires one due timer that existed when the pass started; false if none.
bool fireOneDue(uint32_t passSequenceLimit) {
  Loop& l = loop();
  for (size_t i = 0; i < l.timers.size(); ++i) {
    Timer& t = l.timers[i];
    if (earlier(l.now, t.deadline)) return false;
    if (static_cast<int32_t>(t.sequence - passSequenceLimit) >= 0) continue;
    Timer fired = std::move(t);
    l.timers.erase(l.timers.begin() + static_cast<long>(i));
    l.runningId = fired.id;
    l.runningCleared = false;
    fired.callback();
    checkUncaught();  // a throw out of a timer callback is uncaught, as in Node (error.h)
    l.runningId = 0;
    if (fired.interval && !l.runningCleared) {
      fired.deadline = l.now + fired.interval;
      fired.sequence = l.nextSequence++;
      insert(std::move(fired));
    }
    return true;
  }
  return false;
}

}  // namespace

double setTimeout(const Function<void()>& callback, double ms) { return addTimer(callback, ms, false); }
double setInterval(const Function<void()>& callback, double ms) { return addTimer(callback, ms, true); }

void clearTimeout(double id) {
  Loop& l = loop();
  if (l.runningId != 0 && id == l.runningId) l.runningCleared = true;
  for (size_t i = 0; i < l.timers.size(); ++i) {
    if (l.timers[i].id == id) {
      l.timers.erase(l.timers.begin() + static_cast<long>(i));
      return;
    }
  }
}
void clearInterval(double id) { clearTimeout(id); }

bool hasPendingTimers() { return !loop().timers.empty(); }

void beginEventLoop() { loop().now = static_cast<uint32_t>(millis()); }

void serviceEventLoop(bool sketchHasLoop) {
  Loop& l = loop();
  l.now = static_cast<uint32_t>(millis());
  uint32_t limit = l.nextSequence;
  while (fireOneDue(limit)) {
  }
  serviceLoopSources();  // network events etc. (loop_sources.h), one callback at a time
  if (sketchHasLoop) return;
  if (l.timers.empty()) {
    if (loopSourcesKeepAlive()) {
      waitForLoopWork(TSESP_IDLE_SLICE_MS);
      return;
    }
#if TSESP_EXIT_WHEN_IDLE
    Serial.flush();
    exit(0);
#else
    delay(TSESP_IDLE_SLICE_MS);
    return;
#endif
  }
  uint32_t now = static_cast<uint32_t>(millis());
  uint32_t next = l.timers.front().deadline;
  if (earlier(now, next)) {
    uint32_t wait = next - now;
    waitForLoopWork(wait < TSESP_IDLE_SLICE_MS ? wait : TSESP_IDLE_SLICE_MS);
  }
}

}  // namespace tsesp
