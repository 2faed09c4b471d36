// IPAddress as in Arduino-ESP32 core 3.x: IPv4 or IPv6 (with a zone for link-local), printable,
// convertible to and from lwIP's ip_addr_t. IPv4 bytes sit in the last 4 of the 16 (as the core
// stores them); operator uint32_t gives the v4 address in network byte order (0 for v6).
// This header does not include lwIP: ip_addr_t is only declared. Calling context: any.
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "Printable.h"
#include "WString.h"

struct ip_addr;
typedef struct ip_addr ip_addr_t;

enum IPType { IPv4, IPv6 };

class IPAddress : public Printable {
 public:
  IPAddress() : IPAddress(IPv4) {}
  explicit IPAddress(IPType type);
  IPAddress(uint8_t first, uint8_t second, uint8_t third, uint8_t fourth);
  IPAddress(uint8_t o1, uint8_t o2, uint8_t o3, uint8_t o4, uint8_t o5, uint8_t o6, uint8_t o7, uint8_t o8,
            uint8_t o9, uint8_t o10, uint8_t o11, uint8_t o12, uint8_t o13, uint8_t o14, uint8_t o15, uint8_t o16,
            uint8_t zone = 0);
  IPAddress(uint32_t address);  // v4, network byte order
  IPAddress(const uint8_t *address);  // v4, 4 bytes
  IPAddress(IPType type, const uint8_t *address, uint8_t zone = 0);
  IPAddress(const char *address);
  IPAddress(const ip_addr_t *address);
  IPAddress(const IPAddress &from) = default;
  ~IPAddress() override = default;

  bool fromString(const char *address);
  bool fromString(const String &address) { return fromString(address.c_str()); }

  operator uint32_t() const;
  bool operator==(const IPAddress &other) const;
  bool operator!=(const IPAddress &other) const { return !(*this == other); }
  bool operator==(const uint8_t *address) const;
  uint8_t operator[](int index) const;
  uint8_t &operator[](int index);

  IPAddress &operator=(const IPAddress &other) = default;
  IPAddress &operator=(const uint8_t *address);
  IPAddress &operator=(uint32_t address);
  IPAddress &operator=(const char *address);

  size_t printTo(Print &p) const override;
  String toString(bool includeZone = false) const;
  IPType type() const { return type_; }
  uint8_t zone() const { return type_ == IPv6 ? zone_ : 0; }
  const uint8_t *raw_address() const { return type_ == IPv4 ? &bytes_[12] : bytes_; }

  void to_ip_addr_t(ip_addr_t *address) const;
  IPAddress &from_ip_addr_t(const ip_addr_t *address);

 private:
  uint8_t bytes_[16];  // v6 in network order; v4 in bytes_[12..15]
  IPType type_;
  uint8_t zone_ = 0;   // lwIP netif zone of a link-local v6 address, 0 = none
};

extern const IPAddress IN6ADDR_ANY;
