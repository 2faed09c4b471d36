// A device-like lwIP configuration for compile checks: like Arduino-ESP32 2.x (no core locking, DNS
// and IPv6 on), so the tcpip_api_call and dns_gethostbyname paths of AsyncTCP compile too.
#pragma once
#define NO_SYS 0
#define LWIP_TCPIP_CORE_LOCKING 0
#define LWIP_DNS 1
#define LWIP_IPV4 1
#define LWIP_IPV6 1
#define LWIP_TCP 1
#define LWIP_UDP 1
#define LWIP_TCP_KEEPALIVE 1
#define SO_REUSE 1
#define MEM_LIBC_MALLOC 1
#define MEMP_MEM_MALLOC 1
#define LWIP_NETIF_TX_SINGLE_PBUF 1
#define TCP_MSS 1436
#define TCP_WND (4 * TCP_MSS)
#define TCP_SND_BUF (4 * TCP_MSS)
#define LWIP_SOCKET 0
#define LWIP_NETCONN 0
