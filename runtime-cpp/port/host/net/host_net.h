// The PC port's network: Debian's lwIP (NO_SYS=0, core locking) brought up once, with one netif of
// our own: "slirp" (default, unprivileged user-mode NAT; guest 10.0.2.15/24 + fec0::15, the PC's
// loopback reachable at 10.0.2.2 / fec0::2, chosen guest ports forwarded from 127.0.0.1 and ::1)
// or "tap" (a TAP device, normally inside a network namespace a test creates).
// Configuration by environment, read at start:
//   TSESP_NET=slirp|tap        netif backend (default slirp)
//   TSESP_FORWARD=H:G,...      forward 127.0.0.1:H (and [::1]:H) to guest port G; H=0 picks a free
//                              port; "auto" also forwards every port the guest listens on (same
//                              number if >= 1024 and free). Each mapping is printed to stderr as
//                              "tsesp: forwarding 127.0.0.1:H -> guest port G".
//   TSESP_MAX_ACTIVE_TCP=N     at most N TCP pcbs at once, as CONFIG_LWIP_MAX_ACTIVE_TCP (device: 16)
//   TSESP_TAP=name             TAP device (default tsesp0; created if missing, needs CAP_NET_ADMIN)
//   TSESP_TAP_IP=a.b.c.d/len   guest address on the TAP link (default 10.0.3.2/24, gateway .1)
// Calling context: any thread except the tcpip thread (start blocks on it). Nothing is torn down:
// the stack lives until the process exits.
#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

struct netif;

// Starts lwIP and the netif once (later calls return the first result). 0 on success, -1 on
// failure (a message went to stderr).
int tsesp_host_net_start(void);

// The netif brought up by tsesp_host_net_start(), or NULL before it (never starts the net, so the
// tcpip thread may call it). Read its fields in tcpip context.
struct netif *tsesp_host_net_netif(void);

// slirp only: forwards 127.0.0.1:host_port (0 = a free port) and, where the PC has ::1, the same
// port on [::1], to the guest's guest_port. Returns the host port, or -1. Starts the net if needed.
int tsesp_host_net_forward(uint16_t host_port, uint16_t guest_port);

// Runs fn(arg) on the tcpip thread and returns when it has run (inline if called there). Works in
// both core-lock modes; the net must have been started. Any thread.
void tsesp_host_net_run_on_tcpip(void (*fn)(void *arg), void *arg);

// lwIP TCP pcbs (not listen pcbs) allocated now, and a cap on them like the device's
// CONFIG_LWIP_MAX_ACTIVE_TCP (0 = none, the default; returns the previous cap). Any thread.
int tsesp_host_lwip_tcp_pcbs_in_use(void);
int tsesp_host_lwip_set_max_tcp_pcbs(int max);

// 1 if the calling thread holds lwIP's core lock (the tcpip thread holds it while it runs lwIP
// code and callbacks). Any thread.
int tsesp_host_core_lock_held(void);

// 1 if the calling thread is lwIP's tcpip thread. Any thread.
int tsesp_host_on_tcpip_thread(void);

#ifdef __cplusplus
}
#endif
