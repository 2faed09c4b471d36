// The event queue between the tcpip thread (producer) and the async_tcp task (consumer): one FIFO of
// intrusive AsyncTcpEvent nodes behind one FreeRTOS mutex, plus a task notification to wake the
// consumer. Internal, do not include from sketches.
// Context: any; lock order is "tcpip core lock, then this mutex" — never call runOnTcpip() or user
// code while holding it. The *Locked functions require lockEventQueue() to be held.
// Ownership: embedded nodes stay owned by their client; heap Recv nodes returned by the purge
// functions belong to the caller, who frees them (freeRecvNodes) after unlocking.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "event.h"

namespace async_tcp {

struct DispatchItem {  // a popped event, copied out under the mutex
  AsyncTcpEventKind kind;
  AsyncTcpTerminalReason reason;
  int8_t err;
  uint32_t bytes;
  AsyncClient *client;
  AsyncServer *server;
  struct pbuf *pb;  // Recv: owned by the dispatcher now
};

bool initEventQueue();  // any; idempotent; false if the mutex cannot be created
void lockEventQueue();
void unlockEventQueue();

struct EventQueueLock {
  EventQueueLock() { lockEventQueue(); }
  ~EventQueueLock() { unlockEventQueue(); }
  EventQueueLock(const EventQueueLock &) = delete;
  EventQueueLock &operator=(const EventQueueLock &) = delete;
};

void pushEventLocked(AsyncTcpEvent *event);  // appends unless already queued
bool popEventLocked(DispatchItem *out);
size_t queuedEventsLocked();

// Unlinks every event of `client` (the terminal node too when includeTerminal); returns the heap
// Recv nodes removed, chained through `next`; `recvBytes` gets the payload bytes they carried.
AsyncTcpEvent *purgeClientEventsLocked(AsyncClient *client, bool includeTerminal, uint32_t *recvBytes);
// Unlinks every Accept event of `server`; returns those nodes chained through `next`.
AsyncTcpEvent *takeServerAcceptsLocked(AsyncServer *server);

void freeRecvNodes(AsyncTcpEvent *chain);  // any context without the mutex; frees pbufs too

void setEventConsumer(void *taskHandle);  // the async_tcp task's TaskHandle_t
void wakeEventConsumer();                  // any context; call after unlocking
bool waitForEvents(uint32_t timeoutMs);    // async_tcp task only

}  // namespace async_tcp
