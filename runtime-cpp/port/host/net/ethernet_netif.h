// Internal to the PC port's network (port/host/net), do not include from sketches.
// The guest's Ethernet netif, shared by the slirp and TAP links: lwIP sends frames through the
// link's linkoutput (tcpip thread); the link hands received frames to deliverFrameToLwip (its own
// thread), which copies them into a pbuf and queues them to the tcpip thread.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "lwip/err.h"
#include "lwip/ip_addr.h"
#include "lwip/netif.h"
#include "lwip/pbuf.h"

namespace tsesp_host {

struct GuestAddressing {
  ip4_addr_t address;
  ip4_addr_t netmask;
  ip4_addr_t gateway;
  bool hasIp6 = false;
  ip6_addr_t address6;  // global address, in addition to the link-local one
};

// tcpip thread (core lock held): adds `netif`, makes it the default route and brings it up.
// `state` becomes netif->state for the link's linkoutput.
void addEthernetNetifOnTcpip(struct netif *netif, const GuestAddressing &addressing, netif_linkoutput_fn linkoutput,
                             void *state, const char name[2]);

// Link thread: copies one Ethernet frame into a pbuf and queues it to the tcpip thread. Waits
// briefly when lwIP's input mailbox is full; returns false if the frame was dropped.
bool deliverFrameToLwip(struct netif *netif, const uint8_t *frame, size_t length);

}  // namespace tsesp_host
