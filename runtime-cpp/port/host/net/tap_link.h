// Internal to the PC port's network (port/host/net), do not include from sketches.
// The TAP link: a Linux TAP device (IFF_TAP | IFF_NO_PI). The tcpip thread writes frames to it
// directly (non-blocking; a full device queue drops the frame, as a NIC would); a reader thread
// reads frames and hands them to lwIP (deliverFrameToLwip). Meant for tests that create a network
// namespace and run the firmware's stack against the kernel's on the other end of the TAP.
// Lifetime: started once, never destroyed.
#pragma once

#include "ethernet_netif.h"

namespace tsesp_host {

class TapLink;

// Any thread: opens (creating if needed) the TAP device `name`; nullptr on failure (stderr says
// why). The device is brought up; its kernel-side address is the test's business.
TapLink *startTapLink(const char *name);

// Parses "a.b.c.d/len" (TSESP_TAP_IP); the gateway is the first host of the subnet.
bool parseTapAddressing(const char *text, GuestAddressing *out);

// tcpip thread: the netif's linkoutput (netif->state is the TapLink).
err_t tapLinkOutputOnTcpip(struct netif *netif, struct pbuf *p);

// Any thread: starts the reader thread, which delivers frames to `netif` from now on.
void attachTapLink(TapLink *link, struct netif *netif);

}  // namespace tsesp_host
