// Registered TS loop sources (see loop_sources.h).
#include "tsesp/loop_sources.h"

#include <Arduino.h>

#ifndef TSESP_MAX_LOOP_SOURCES
#define TSESP_MAX_LOOP_SOURCES 4
#endif

namespace tsesp {
namespace {

struct Sources {
  const LoopSource* list[TSESP_MAX_LOOP_SOURCES] = {};
  int count = 0;
};

Sources& sources() {
  static Sources instance;
  return instance;
}

}  // namespace

void registerLoopSource(const LoopSource* source) {
  Sources& s = sources();
  for (int i = 0; i < s.count; ++i) {
    if (s.list[i] == source) return;
  }
  if (s.count < TSESP_MAX_LOOP_SOURCES) s.list[s.count++] = source;
}

void serviceLoopSources() {
  Sources& s = sources();
  for (int i = 0; i < s.count; ++i) s.list[i]->service();
}

bool loopSourcesKeepAlive() {
  Sources& s = sources();
  for (int i = 0; i < s.count; ++i) {
    if (s.list[i]->keepsAlive()) return true;
  }
  return false;
}

void waitForLoopWork(uint32_t ms) {
  Sources& s = sources();
  for (int i = 0; i < s.count; ++i) {
    if (s.list[i]->wait) {
      s.list[i]->wait(ms);
      return;
    }
  }
  delay(ms);
}

}  // namespace tsesp
