// The ESP-IDF version the PC port stands in for: 5.1 (Arduino-ESP32 core 3.0.x), so code that
// picks APIs by IDF version (IPAddress with IPv6, ip_addr_t conversions) takes the core 3.x path.
#pragma once

#define ESP_IDF_VERSION_MAJOR 5
#define ESP_IDF_VERSION_MINOR 1
#define ESP_IDF_VERSION_PATCH 4
#define ESP_IDF_VERSION_VAL(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))
#define ESP_IDF_VERSION ESP_IDF_VERSION_VAL(ESP_IDF_VERSION_MAJOR, ESP_IDF_VERSION_MINOR, ESP_IDF_VERSION_PATCH)
