// AsyncTCP_detail: the internal functions that need AsyncClient/AsyncServer internals, grouped by
// the context they run in. Internal, do not include from sketches.
// - *OnTcpip and the lwIP shims: tcpip context only (assert TSESP_ASSERT_ON_TCPIP_THREAD()); they
//   never call user code and never block on the async_tcp task.
// - dispatch*: async_tcp task only; they call user callbacks and must re-check `deleted` after each.
#pragma once

#include "AsyncTCP.h"
#include "event_queue.h"
#include "lwip/err.h"
#include "lwip/tcp.h"

struct DnsRequest {  // a pending lookup; freed by the resolver callback (tcpip thread)
  AsyncClient *client;  // null once cancelled
  uint16_t port;
};

class AsyncTCP_detail {
 public:
  // lwip_callbacks.cpp: lwIP raw-API callbacks (tcpip thread)
  static err_t onTcpConnected(void *arg, tcp_pcb *pcb, err_t err);
  static err_t onTcpRecv(void *arg, tcp_pcb *pcb, struct pbuf *pb, err_t err);
  static err_t onTcpSent(void *arg, tcp_pcb *pcb, u16_t len);
  static err_t onTcpPoll(void *arg, tcp_pcb *pcb);
  static void onTcpError(void *arg, err_t err);
  static err_t onTcpAccept(void *arg, tcp_pcb *pcb, err_t err);
  static void onHostFound(const char *name, const ip_addr_t *addr, void *arg);

  // lwip_callbacks.cpp: helpers in tcpip context
  static void bindClientOnTcpip(AsyncClient *client, tcp_pcb *pcb);
  static void snapshotOnTcpip(AsyncClient *client);
  static void cacheAddressesOnTcpip(AsyncClient *client, tcp_pcb *pcb);
  static void queueTerminalOnTcpip(AsyncClient *client, AsyncTcpTerminalReason reason, int8_t err,
                                   bool purgeOthers);
  static bool closePcbOnTcpip(AsyncClient *client, bool abortIt);  // true if a pcb was released
  static err_t startConnectOnTcpip(AsyncClient *client, const ip_addr_t *addr, uint16_t port);
  static void cancelDnsOnTcpip(AsyncClient *client);

  // client_events.cpp / server.cpp: handlers (async_tcp task)
  static void dispatch(const async_tcp::DispatchItem &item);
  static void dispatchConnected(AsyncClient *client);
  static void dispatchRecv(AsyncClient *client, struct pbuf *chain);
  static void dispatchSent(AsyncClient *client, uint32_t bytes);
  static void dispatchPoll(AsyncClient *client);
  static void dispatchTerminal(AsyncClient *client, AsyncTcpTerminalReason reason, int8_t err);
  static void dispatchAccept(AsyncServer *server, AsyncClient *client);

  static bool isActive(const AsyncClient *client);  // Resolving / Connecting / Connected
  static void setPhase(AsyncClient *client, uint8_t phase);
};

namespace async_tcp {
bool startAsyncTask();  // any context; idempotent; false if the task or queue cannot be created
bool isAsyncTaskThread();
// Any task but async_tcp: after `owner`'s events were purged, waits for a dispatch of one of them
// that is still running user code, so deleting a client or server from another task is safe.
void waitWhileDispatching(const void *owner);
void freePbufChainOnTcpip(struct pbuf *chain);  // any context: frees in tcpip context
void recvBytesOnTcpip(tcp_pcb *pcb, uint32_t bytes);  // tcpip context: tcp_recved in <=0xFFFF steps
}  // namespace async_tcp
