// Fatal runtime errors (see panic.h).
#include "tsesp/panic.h"

#include <Arduino.h>

#include <cstdio>
#include <cstdlib>

#include "tsesp/config.h"
#include "tsesp/ref.h"

namespace tsesp {

void panic(const char* kind, const char* message) {
  Serial.flush();
  fprintf(stderr, "%s: %s\n", kind, message);
  fflush(stderr);
#if TSESP_EXIT_WHEN_IDLE
  exit(1);
#else
  abort();
#endif
}

void panicUndefined() { panic("TypeError", "Cannot read properties of undefined"); }

}  // namespace tsesp
