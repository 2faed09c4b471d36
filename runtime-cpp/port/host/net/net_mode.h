// Internal to the PC port's network (port/host/net), do not include from sketches.
// Which netif backend tsesp_host_net_start() brought up. Any thread.
#pragma once

namespace tsesp_host {
bool netUsesSlirp();
}  // namespace tsesp_host
