// Internal to the PC port's network (port/host/net), do not include from sketches.
// The slirp link: one libslirp instance (user-mode NAT) owned by its own poll thread, which makes
// every slirp call. Frames cross threads as copies: guest -> slirp through a bounded queue the
// poll thread drains (linkOutputOnTcpip, tcpip thread), slirp -> guest through lwIP's tcpip
// mailbox (deliverFrameToLwip, poll thread). Forwards are requests the poll thread executes.
// Lifetime: started once, never destroyed (it serves until the process exits).
#pragma once

#include <stdint.h>

#include "ethernet_netif.h"

namespace tsesp_host {

class SlirpLink;

// Any thread: creates the slirp instance and its poll thread; frames flow once attach() ran.
SlirpLink *startSlirpLink();

// The guest addressing slirp expects (10.0.2.15/24 via 10.0.2.2, fec0::15).
GuestAddressing slirpGuestAddressing();

// tcpip thread: the netif's linkoutput (netif->state is the SlirpLink).
err_t slirpLinkOutputOnTcpip(struct netif *netif, struct pbuf *p);

// Any thread: frames from slirp go to this netif from now on.
void attachSlirpLink(SlirpLink *link, struct netif *netif);

// Any thread but the poll thread: forwards 127.0.0.1:hostPort (and [::1]:hostPort if possible)
// to the guest's guestPort; hostPort 0 picks a free port. Returns the host port or -1.
int forwardSlirpPort(SlirpLink *link, uint16_t hostPort, uint16_t guestPort);

}  // namespace tsesp_host
