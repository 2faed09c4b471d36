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

// Baud rate the generated setup() opens Serial with before any TS code runs, so console.log output
// reaches the serial monitor even if the sketch never calls Serial.begin (bits/s; 0: leave Serial alone).
#ifndef TSESP_CONSOLE_BAUD
#define TSESP_CONSOLE_BAUD 115200
#endif

// Largest ArrayBuffer / typed array a sketch may allocate (bytes); `new Uint8Array(n)` beyond it is a
// RangeError, as JS reports lengths past its own limit (keeps sizes 32-bit clean on the device).
#ifndef TSESP_MAX_BUFFER_BYTES
#define TSESP_MAX_BUFFER_BYTES 0x7fffffffu
#endif
