// tsesp configuration: compile-time flags of the TypeScript runtime support, each with its default
// and unit. Override with -D on the command line or in platformio.ini build_flags.
// Calling context: none (macros only).
#pragma once

// Nonzero: the event loop calls exit(0) when the sketch exports no loop() and no timer is pending
// (set by host and qemu builds; on a device the loop idles instead).
#ifndef TSESP_EXIT_WHEN_IDLE
#define TSESP_EXIT_WHEN_IDLE 0
#endif

// Longest the idle event loop sleeps in one delay() call while waiting for a timer (ms).
#ifndef TSESP_IDLE_SLICE_MS
#define TSESP_IDLE_SLICE_MS 10
#endif
