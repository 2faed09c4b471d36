// Event sources of the TS loop besides timers (networking today): a source runs its pending work on
// the TS loop, says whether it keeps the program alive (a listening server, an open connection, as
// libuv handles do) and may provide a wait that returns early when another task posts work, so the
// loop sleeps towards its next timer and wakes at once for an event instead of poll-sleeping.
// Calling context: TS loop only (registration, service, wait). Ownership: sources are static objects
// that outlive the loop; at most TSESP_MAX_LOOP_SOURCES are registered.
#pragma once

#include <stdint.h>

namespace tsesp {

struct LoopSource {
  void (*service)();           // runs the work pending now, run to completion, one callback at a time
  bool (*keepsAlive)();        // true while the program must keep running for this source
  void (*wait)(uint32_t ms);   // sleeps up to ms, returning early when work is posted
};

/** Adds a source (once; registering it again is a no-op). */
void registerLoopSource(const LoopSource* source);
/** Runs every source's pending work. */
void serviceLoopSources();
/** True if any source keeps the program alive. */
bool loopSourcesKeepAlive();
/** Sleeps up to ms: in the first source's wait (which wakes on posted work), else delay(ms). */
void waitForLoopWork(uint32_t ms);

}  // namespace tsesp
