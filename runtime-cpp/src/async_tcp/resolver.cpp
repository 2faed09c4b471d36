// resolveHostOnTcpip(): lwIP DNS when compiled in, else the platform's resolver (resolver.h).
#include "resolver.h"

#include "lwip/opt.h"
#include "tcpip_call.h"
#if LWIP_DNS
#include "lwip/dns.h"
#else
extern "C" err_t tsesp_port_gethostbyname(const char *name, ip_addr_t *out, async_tcp::HostFoundFn found,
                                          void *arg);
#endif

namespace async_tcp {

err_t resolveHostOnTcpip(const char *name, ip_addr_t *out, HostFoundFn found, void *arg) {
  TSESP_ASSERT_ON_TCPIP_THREAD();
  if (!name || !*name) return ERR_ARG;
  if (ipaddr_aton(name, out)) return ERR_OK;
#if LWIP_DNS
  return dns_gethostbyname(name, out, found, arg);
#else
  return tsesp_port_gethostbyname(name, out, found, arg);
#endif
}

}  // namespace async_tcp
