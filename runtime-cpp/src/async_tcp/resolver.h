// Host-name resolution for connect(const char*), with lwIP's dns_gethostbyname() contract.
// Internal, do not include from sketches. Context: tcpip context only.
// Returns ERR_OK with *out filled (IP literal or cached), ERR_INPROGRESS when found(name, addr, arg)
// will run later on the tcpip thread (addr == NULL on failure), or another error at once.
// Where lwIP's DNS is compiled out (Debian's liblwip), the platform provides
// tsesp_port_gethostbyname() with the same contract; AsyncTCP does not know how it resolves.
#pragma once

#include "lwip/err.h"
#include "lwip/ip_addr.h"

namespace async_tcp {
using HostFoundFn = void (*)(const char *name, const ip_addr_t *addr, void *arg);
err_t resolveHostOnTcpip(const char *name, ip_addr_t *out, HostFoundFn found, void *arg);
}  // namespace async_tcp
