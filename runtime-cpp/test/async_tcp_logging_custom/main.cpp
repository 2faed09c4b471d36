// Built by async_tcp_logging_print_test with -DCONFIG_ASYNC_TCP_LOG_CUSTOM and this folder on the
// include path: AsyncTCPLogging.h must pick up the user's AsyncTCPLoggingCustom.h.
#include "AsyncTCPLogging.h"

int main() {
  async_tcp_log_e("error %d", 1);
  async_tcp_log_w("warning %s", "two");
  async_tcp_log_i("info %u", 3u);
  async_tcp_log_d("debug");
  async_tcp_log_v("verbose %c", '5');
  return 0;
}
