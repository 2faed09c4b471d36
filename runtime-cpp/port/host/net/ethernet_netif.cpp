// The guest Ethernet netif (see ethernet_netif.h): netif setup on the tcpip thread and the
// receive path from a link thread into lwIP's tcpip mailbox.
#include "ethernet_netif.h"

#include <string.h>
#include <unistd.h>

#include "lwip/etharp.h"
#include "lwip/ethip6.h"
#include "lwip/tcpip.h"
#include "netif/ethernet.h"

namespace tsesp_host {
namespace {

const uint8_t kGuestMac[6] = {0x52, 0x54, 0x00, 0x12, 0x34, 0x56};  // QEMU's default guest MAC

struct InitArgs {
  netif_linkoutput_fn linkoutput;
  const char *name;
};

err_t initEthernetNetif(struct netif *netif) {
  auto *args = static_cast<InitArgs *>(netif->state);
  netif->name[0] = args->name[0];
  netif->name[1] = args->name[1];
  netif->hwaddr_len = ETH_HWADDR_LEN;
  memcpy(netif->hwaddr, kGuestMac, sizeof kGuestMac);
  netif->mtu = 1500;
  netif->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP | NETIF_FLAG_ETHERNET | NETIF_FLAG_IGMP | NETIF_FLAG_MLD6;
  netif->output = etharp_output;
  netif->output_ip6 = ethip6_output;
  netif->linkoutput = args->linkoutput;
  return ERR_OK;
}

}  // namespace

void addEthernetNetifOnTcpip(struct netif *netif, const GuestAddressing &addressing, netif_linkoutput_fn linkoutput,
                             void *state, const char name[2]) {
  InitArgs args{linkoutput, name};
  netif_add(netif, &addressing.address, &addressing.netmask, &addressing.gateway, &args, initEthernetNetif,
            tcpip_input);
  netif->state = state;
  netif_create_ip6_linklocal_address(netif, 1);
  netif_ip6_addr_set_state(netif, 0, IP6_ADDR_PREFERRED);
  if (addressing.hasIp6) {
    s8_t index = -1;
    if (netif_add_ip6_address(netif, &addressing.address6, &index) == ERR_OK && index >= 0) {
      netif_ip6_addr_set_state(netif, index, IP6_ADDR_PREFERRED);
    }
  }
  netif_set_default(netif);
  netif_set_link_up(netif);
  netif_set_up(netif);
}

bool deliverFrameToLwip(struct netif *netif, const uint8_t *frame, size_t length) {
  if (length == 0 || length > 0xFFFF) return false;
  // PBUF_RAM, one contiguous buffer: Debian's liblwip sizes PBUF_POOL elements for a 536-byte MSS
  // but fills them as if the MSS were 1460, so a full-size frame in a pool pbuf overruns the heap
  // (the corruption seen with its contrib tapif driver).
  struct pbuf *p = pbuf_alloc(PBUF_RAW, static_cast<u16_t>(length), PBUF_RAM);
  if (!p) return false;
  pbuf_take(p, frame, static_cast<u16_t>(length));
  // lwIP's unix mailbox holds 128 messages; under a burst wait up to ~50 ms for room rather than
  // drop, so TCP does not stall on retransmission timers.
  for (int attempt = 0; attempt < 500; attempt++) {
    if (netif->input(p, netif) == ERR_OK) return true;
    usleep(100);
  }
  pbuf_free(p);
  return false;
}

}  // namespace tsesp_host
