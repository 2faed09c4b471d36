// Host-name resolution for the PC port, where Debian's lwIP has DNS compiled out: the platform
// side of AsyncTCP's resolveHostOnTcpip() (src/async_tcp/resolver.h), with the contract of lwIP's
// dns_gethostbyname():
// - Call in tcpip context (core lock held or on the tcpip thread).
// - IP literal: ERR_OK, *out filled, `found` never called. Empty/NULL/too long name: ERR_ARG.
// - Otherwise ERR_INPROGRESS; the name is resolved with getaddrinfo() on a resolver thread, and
//   found(name, addr, arg) runs later on the tcpip thread with addr == NULL if the lookup failed.
//   IPv4 is preferred (lwIP's LWIP_DNS_ADDRTYPE_IPV4_IPV6). `name` is valid during the call only.
// - With the slirp netif, loopback results are rewritten to the PC as the guest sees it:
//   127.0.0.0/8 -> 10.0.2.2 and ::1 -> fec0::2, so "localhost" reaches servers on the PC.
// Nothing cancels a lookup: `arg` must stay valid until `found` ran (or outlive the process).
#pragma once

#include "lwip/err.h"
#include "lwip/ip_addr.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef void (*tsesp_host_found_fn)(const char *name, const ip_addr_t *addr, void *arg);

err_t tsesp_port_gethostbyname(const char *name, ip_addr_t *out, tsesp_host_found_fn found, void *arg);

#ifdef __cplusplus
}
#endif
