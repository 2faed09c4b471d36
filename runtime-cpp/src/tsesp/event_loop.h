// The run-to-completion event loop (DESIGN decision 4): top-level code runs first, then timers fire
// one at a time in deadline order, FIFO among equal deadlines, like Node. Deadlines are taken from
// the loop's clock, which advances only between callbacks (libuv's cached "now"), so timers set in
// one callback keep their relative order whatever the callback's duration.
// Calling context: TS loop only. setTimeout/setInterval may be called from inside a timer callback;
// clearTimeout/clearInterval may cancel any timer, including the running interval.
// Ownership: the loop holds each callback until it fires (timeout) or is cleared.
#pragma once

#include "tsesp/function.h"

namespace tsesp {

/** setTimeout(callback, ms): ms < 1 (or NaN) means 1, as in Node. Returns the timer id (> 0). */
double setTimeout(const Function<void()>& callback, double ms = 0);
double setInterval(const Function<void()>& callback, double ms = 0);
void clearTimeout(double id);
void clearInterval(double id);

/** Starts the loop clock; called by the generated Arduino setup() before any TS code. */
void beginEventLoop();
/**
 * Runs the timers that are due, once, from the generated Arduino loop(). With no exported loop()
 * and nothing pending it ends the program (exit(0)) when TSESP_EXIT_WHEN_IDLE, else idles; while
 * timers are pending it sleeps (delay) towards the next deadline.
 */
void serviceEventLoop(bool sketchHasLoop);
/** True if a timer is pending. */
bool hasPendingTimers();

}  // namespace tsesp
