// errorToString() / stateToString(): upstream's exact strings (spec 4.2, 4.3). Any context.
#include "AsyncTCP.h"

const char *AsyncClient::errorToString(int8_t error) {
  switch (error) {
    case 0: return "OK";
    case -1: return "Out of memory error";
    case -2: return "Buffer error";
    case -3: return "Timeout";
    case -4: return "Routing problem";
    case -5: return "Operation in progress";
    case -6: return "Illegal value";
    case -7: return "Operation would block";
    case -8: return "Address in use";
    case -9: return "Already connected";
    case -11: return "Not connected";
    case -12: return "Low-level netif error";
    case -13: return "Connection aborted";
    case -14: return "Connection reset";
    case -15: return "Connection closed";
    case -16: return "Illegal argument";
    case -55: return "DNS failed";
    default: return "UNKNOWN";
  }
}

const char *AsyncClient::stateToString() const {
  switch (state()) {
    case 0: return "Closed";
    case 1: return "Listen";
    case 2: return "SYN Sent";
    case 3: return "SYN Received";
    case 4: return "Established";
    case 5: return "FIN Wait 1";
    case 6: return "FIN Wait 2";
    case 7: return "Close Wait";
    case 8: return "Closing";
    case 9: return "Last ACK";
    case 10: return "Time Wait";
    default: return "UNKNOWN";
  }
}
