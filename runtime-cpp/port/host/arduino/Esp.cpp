// ESP.getFreeHeap() on the PC: a fixed heap budget (kHostHeapBytes) minus the bytes the process's
// allocator has handed out. glibc's mallinfo2() only describes the main arena, so the process is
// limited to that one arena (all threads: the sketch, lwIP's tcpip thread, the async_tcp task) when
// this file is linked, i.e. when a sketch asks for the heap. Sanitizer builds ask the sanitizer's
// allocator instead. Calling context: any thread.
#include <malloc.h>

#include <cstddef>

#include "Arduino.h"

extern "C" size_t __sanitizer_get_current_allocated_bytes() __attribute__((weak));

namespace {

constexpr size_t kHostHeapBytes = 64u * 1024u * 1024u;

// Before main(), hence before any thread but main allocates.
const int oneArena = mallopt(M_ARENA_MAX, 1);

size_t allocatedBytes() {
  if (__sanitizer_get_current_allocated_bytes) return __sanitizer_get_current_allocated_bytes();
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

}  // namespace

EspClass ESP;

uint32_t EspClass::getFreeHeap() {
  (void)oneArena;
  size_t used = allocatedBytes();
  return used >= kHostHeapBytes ? 0 : static_cast<uint32_t>(kHostHeapBytes - used);
}
