// AsyncTCP configuration: every CONFIG_ASYNC_TCP_* (upstream defaults) and TSESP_* flag, one place.
// Internal, do not include from sketches (AsyncTCP.h includes it). Pass overrides as global -D flags:
// a #define in a sketch does not reach the library's translation units.
#pragma once

#if __has_include("sdkconfig.h")
#include "sdkconfig.h"  // ESP-IDF: Kconfig values (CONFIG_FREERTOS_UNICORE, ...) come first
#endif
#include "lwip/opt.h"

// ---- upstream flags (same names, same defaults as ESP32Async/AsyncTCP 3.5.0) ----
#ifndef CONFIG_ASYNC_TCP_RUNNING_CORE
#define CONFIG_ASYNC_TCP_RUNNING_CORE -1  // core the async_tcp task is pinned to; -1 = any (0/1 pin)
#endif
#ifndef CONFIG_ASYNC_TCP_USE_WDT
#define CONFIG_ASYNC_TCP_USE_WDT 1  // 1 = subscribe the task to the ESP-IDF task watchdog (device only)
#endif
#ifndef CONFIG_ASYNC_TCP_STACK_SIZE
#define CONFIG_ASYNC_TCP_STACK_SIZE (8192 * 2)  // bytes (ESP-IDF FreeRTOS counts stack in bytes)
#endif
#ifndef CONFIG_ASYNC_TCP_PRIORITY
#define CONFIG_ASYNC_TCP_PRIORITY 10  // FreeRTOS priority of the async_tcp task
#endif
#ifndef CONFIG_ASYNC_TCP_QUEUE_SIZE
#define CONFIG_ASYNC_TCP_QUEUE_SIZE 64  // accepted for compatibility; no event is ever dropped for size
#endif
#ifndef CONFIG_ASYNC_TCP_MAX_ACK_TIME
#define CONFIG_ASYNC_TCP_MAX_ACK_TIME 5000  // ms; initial ack timeout of every AsyncClient (0 = off)
#endif
#ifndef CONFIG_ASYNC_TCP_POLL_TIMER
#define CONFIG_ASYNC_TCP_POLL_TIMER 1  // tcp_poll interval in lwIP slow-timer ticks (500 ms each)
#endif

// ---- ts-esp flags ----
#ifndef TSESP_ASYNC_TCP_USE_CORE_LOCK
#define TSESP_ASYNC_TCP_USE_CORE_LOCK LWIP_TCPIP_CORE_LOCKING  // 1 = lwIP calls under LOCK_TCPIP_CORE;
#endif                                                         // 0 = marshal every call onto tcpip
#ifndef TSESP_ASYNC_TCP_TEST_HOOKS
#define TSESP_ASYNC_TCP_TEST_HOOKS 1  // 1 = allocation-failure injection + counters (test_hooks.h)
#endif
#ifndef TSESP_ASYNC_TCP_LISTEN_BACKLOG
#define TSESP_ASYNC_TCP_LISTEN_BACKLOG 5  // connections; default backlog of AsyncServer::begin()
#endif
#ifndef TSESP_ASYNC_TCP_ERR_DNS_FAILED
#define TSESP_ASYNC_TCP_ERR_DNS_FAILED (-55)  // err_t-like code passed to onError when a lookup fails
#endif

#if TSESP_ASYNC_TCP_USE_CORE_LOCK && !LWIP_TCPIP_CORE_LOCKING
#error "TSESP_ASYNC_TCP_USE_CORE_LOCK=1 needs lwIP built with LWIP_TCPIP_CORE_LOCKING"
#endif
