// A user's custom AsyncTCP log sink, as a sketch would supply it with -DCONFIG_ASYNC_TCP_LOG_CUSTOM:
// the five async_tcp_log_x macros, here printing "custom <L>: <message>" lines to stdout.
// Used by async_tcp_logging_print_test (compiled into async_tcp_logging_custom/main.cpp).
#pragma once

#include <stdio.h>

#define async_tcp_log_e(format, ...) printf("custom E: " format "\n", ##__VA_ARGS__)
#define async_tcp_log_w(format, ...) printf("custom W: " format "\n", ##__VA_ARGS__)
#define async_tcp_log_i(format, ...) printf("custom I: " format "\n", ##__VA_ARGS__)
#define async_tcp_log_d(format, ...) printf("custom D: " format "\n", ##__VA_ARGS__)
#define async_tcp_log_v(format, ...) printf("custom V: " format "\n", ##__VA_ARGS__)
