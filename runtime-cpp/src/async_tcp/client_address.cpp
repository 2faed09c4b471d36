// AsyncClient address getters (any task): read the cache that the tcpip thread fills at connect and
// accept time, under the event-queue mutex; they never read the pcb.
#include "detail.h"

using async_tcp::EventQueueLock;

namespace {

ip_addr_t copyAddress(const ip_addr_t &source) {
  EventQueueLock lock;
  ip_addr_t copy;
  ip_addr_copy(copy, source);
  return copy;
}

uint16_t copyPort(const uint16_t &source) {
  EventQueueLock lock;
  return source;
}

ip4_addr_t v4Of(const ip_addr_t &addr) {
  ip4_addr_t out;
  ip4_addr_set_zero(&out);
  if (IP_IS_V4_VAL(addr)) ip4_addr_copy(out, *ip_2_ip4(&addr));
  return out;
}

}  // namespace

uint32_t AsyncClient::getRemoteAddress() const { return v4Of(copyAddress(_remoteIp)).addr; }
uint16_t AsyncClient::getRemotePort() const { return copyPort(_remotePort); }
uint32_t AsyncClient::getLocalAddress() const { return v4Of(copyAddress(_localIp)).addr; }
uint16_t AsyncClient::getLocalPort() const { return copyPort(_localPort); }
ip4_addr_t AsyncClient::getRemoteAddress4() const { return v4Of(copyAddress(_remoteIp)); }
ip4_addr_t AsyncClient::getLocalAddress4() const { return v4Of(copyAddress(_localIp)); }

#if LWIP_IPV6
namespace {
ip6_addr_t v6Of(const ip_addr_t &addr) {
  ip6_addr_t out;
  ip6_addr_set_zero(&out);
  if (IP_IS_V6_VAL(addr)) ip6_addr_copy(out, *ip_2_ip6(&addr));
  return out;
}
}  // namespace

ip6_addr_t AsyncClient::getRemoteAddress6() const { return v6Of(copyAddress(_remoteIp)); }
ip6_addr_t AsyncClient::getLocalAddress6() const { return v6Of(copyAddress(_localIp)); }
#endif

#if ASYNCTCP_HAS_IPADDRESS
namespace {
IPAddress toIPAddress(const ip_addr_t &addr) {
#if ASYNCTCP_IDF_MAJOR >= 5
  return IPAddress(&addr);
#else
  return IPAddress(v4Of(addr).addr);
#endif
}
}  // namespace

IPAddress AsyncClient::remoteIP() const { return toIPAddress(copyAddress(_remoteIp)); }
IPAddress AsyncClient::localIP() const { return toIPAddress(copyAddress(_localIp)); }

#if LWIP_IPV6
#if ASYNCTCP_HAS_IPV6ADDRESS
IPv6Address AsyncClient::remoteIP6() const { return IPv6Address(getRemoteAddress6().addr); }
IPv6Address AsyncClient::localIP6() const { return IPv6Address(getLocalAddress6().addr); }
#else
IPAddress AsyncClient::remoteIP6() const { return toIPAddress(copyAddress(_remoteIp)); }
IPAddress AsyncClient::localIP6() const { return toIPAddress(copyAddress(_localIp)); }
#endif
#endif
#endif
