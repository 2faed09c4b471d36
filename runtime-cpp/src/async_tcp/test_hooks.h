// Test hooks (TSESP_ASYNC_TCP_TEST_HOOKS): allocation-failure injection per event kind and counters
// for leak checks. Internal, do not include from sketches; tests include it.
// Which kinds allocate: Recv (one node per lwIP recv callback; on failure the shim returns ERR_MEM and
// lwIP redelivers the data later) and Accept (the AsyncClient; on failure the pcb is aborted and the
// shim returns ERR_ABRT). Connected/Sent/Poll/Terminal use nodes preallocated in each client, so
// failing "their" allocations changes nothing: tests use that to prove teardown cannot be lost.
// Context: any.
#pragma once

#include <stdint.h>

#include "event.h"

namespace async_tcp_test {

void failAllocations(AsyncTcpEventKind kind, uint32_t count);  // the next `count` allocations fail
uint32_t failedAllocations(AsyncTcpEventKind kind);            // injected failures that happened
void resetFaultInjection();

uint32_t liveClients();    // AsyncClient objects alive
uint32_t ownedPcbs();      // pcbs currently held by AsyncClient/AsyncServer objects
uint32_t lwipPcbs();       // pcbs on lwIP's active + time-wait + listen lists (takes the lock)
uint32_t lwipActivePcbs(); // pcbs on lwIP's active + listen lists (TIME_WAIT excluded)
uint32_t queuedEvents();

void setUseCoreLock(bool useCoreLock);  // false = marshal every lwIP call onto the tcpip thread
bool usesCoreLock();

}  // namespace async_tcp_test

namespace async_tcp {
bool allocationAllowed(AsyncTcpEventKind kind);  // consumes one injected failure if armed
void countClient(int delta);
void countPcb(int delta);
}  // namespace async_tcp
