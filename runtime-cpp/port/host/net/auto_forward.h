// Internal to the PC port's network (port/host/net), do not include from sketches.
// Automatic forwarding ($TSESP_FORWARD containing "auto"): a watcher thread looks at lwIP's listen
// pcbs every 50 ms (on the tcpip thread) and forwards each new listening guest port from 127.0.0.1
// (the same port number when it is >= 1024 and free, else a free one), printing the usual
// "tsesp: forwarding 127.0.0.1:H -> guest port G" line. Forwards are never removed.
#pragma once

#include <stdint.h>

#include <set>

#include "slirp_link.h"

namespace tsesp_host {

// Any thread, once: starts the watcher; `alreadyForwarded` are guest ports with explicit forwards.
void startAutoForward(SlirpLink *link, const std::set<uint16_t> &alreadyForwarded);

}  // namespace tsesp_host
