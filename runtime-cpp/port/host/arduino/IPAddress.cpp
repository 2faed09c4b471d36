// IPAddress (see IPAddress.h): parsing and printing with the C library (inet_pton/inet_ntop, so v6
// prints in RFC 5952 form), conversion to and from lwIP's ip_addr_t.
#include "IPAddress.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "Print.h"
#include "lwip/ip_addr.h"

const IPAddress IN6ADDR_ANY(IPv6);

IPAddress::IPAddress(IPType type) : type_(type) { memset(bytes_, 0, sizeof bytes_); }

IPAddress::IPAddress(uint8_t first, uint8_t second, uint8_t third, uint8_t fourth) : IPAddress(IPv4) {
  bytes_[12] = first;
  bytes_[13] = second;
  bytes_[14] = third;
  bytes_[15] = fourth;
}

IPAddress::IPAddress(uint8_t o1, uint8_t o2, uint8_t o3, uint8_t o4, uint8_t o5, uint8_t o6, uint8_t o7, uint8_t o8,
                     uint8_t o9, uint8_t o10, uint8_t o11, uint8_t o12, uint8_t o13, uint8_t o14, uint8_t o15,
                     uint8_t o16, uint8_t zone)
    : type_(IPv6), zone_(zone) {
  const uint8_t all[16] = {o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12, o13, o14, o15, o16};
  memcpy(bytes_, all, sizeof bytes_);
}

IPAddress::IPAddress(uint32_t address) : IPAddress(IPv4) { memcpy(&bytes_[12], &address, 4); }

IPAddress::IPAddress(const uint8_t *address) : IPAddress(IPv4) {
  if (address) memcpy(&bytes_[12], address, 4);
}

IPAddress::IPAddress(IPType type, const uint8_t *address, uint8_t zone) : IPAddress(type) {
  if (!address) return;
  if (type == IPv4) {
    memcpy(&bytes_[12], address, 4);
  } else {
    memcpy(bytes_, address, 16);
    zone_ = zone;
  }
}

IPAddress::IPAddress(const char *address) : IPAddress(IPv4) { fromString(address); }

IPAddress::IPAddress(const ip_addr_t *address) : IPAddress(IPv4) { from_ip_addr_t(address); }

bool IPAddress::fromString(const char *address) {
  if (!address) return false;
  uint8_t v4[4];
  if (inet_pton(AF_INET, address, v4) == 1) {
    *this = IPAddress(IPv4, v4);
    return true;
  }
  char text[INET6_ADDRSTRLEN + 8];
  snprintf(text, sizeof text, "%s", address);
  uint8_t zone = 0;
  if (char *percent = strchr(text, '%')) {
    *percent = '\0';
    zone = static_cast<uint8_t>(atoi(percent + 1));
  }
  uint8_t v6[16];
  if (inet_pton(AF_INET6, text, v6) == 1) {
    *this = IPAddress(IPv6, v6, zone);
    return true;
  }
  return false;
}

IPAddress::operator uint32_t() const {
  if (type_ != IPv4) return 0;
  uint32_t v;
  memcpy(&v, &bytes_[12], 4);
  return v;
}

bool IPAddress::operator==(const IPAddress &other) const {
  if (type_ != other.type_) return false;
  if (type_ == IPv4) return memcmp(&bytes_[12], &other.bytes_[12], 4) == 0;
  return memcmp(bytes_, other.bytes_, 16) == 0 && zone_ == other.zone_;
}

bool IPAddress::operator==(const uint8_t *address) const {
  return type_ == IPv4 && address && memcmp(&bytes_[12], address, 4) == 0;
}

uint8_t IPAddress::operator[](int index) const {
  if (type_ == IPv4) return (index >= 0 && index < 4) ? bytes_[12 + index] : 0;
  return (index >= 0 && index < 16) ? bytes_[index] : 0;
}

uint8_t &IPAddress::operator[](int index) {
  static uint8_t outOfRange;
  if (type_ == IPv4) return (index >= 0 && index < 4) ? bytes_[12 + index] : (outOfRange = 0);
  return (index >= 0 && index < 16) ? bytes_[index] : (outOfRange = 0);
}

IPAddress &IPAddress::operator=(const uint8_t *address) {
  *this = IPAddress(address);
  return *this;
}

IPAddress &IPAddress::operator=(uint32_t address) {
  *this = IPAddress(address);
  return *this;
}

IPAddress &IPAddress::operator=(const char *address) {
  *this = IPAddress(address);
  return *this;
}

String IPAddress::toString(bool includeZone) const {
  char text[INET6_ADDRSTRLEN + 8];
  if (type_ == IPv4) {
    snprintf(text, sizeof text, "%u.%u.%u.%u", bytes_[12], bytes_[13], bytes_[14], bytes_[15]);
    return String(text);
  }
  inet_ntop(AF_INET6, bytes_, text, sizeof text);
  String out(text);
  if (includeZone && zone_ != 0) {
    out += '%';
    out += static_cast<unsigned int>(zone_);
  }
  return out;
}

size_t IPAddress::printTo(Print &p) const { return p.print(toString()); }

void IPAddress::to_ip_addr_t(ip_addr_t *address) const {
  if (type_ == IPv4) {
    ip_addr_set_zero_ip4(address);
    memcpy(&ip_2_ip4(address)->addr, &bytes_[12], 4);
    return;
  }
  ip_addr_set_zero_ip6(address);
  memcpy(ip_2_ip6(address)->addr, bytes_, 16);
#if LWIP_IPV6_SCOPES
  ip6_addr_set_zone(ip_2_ip6(address), zone_);
#endif
}

IPAddress &IPAddress::from_ip_addr_t(const ip_addr_t *address) {
  if (!address) {
    *this = IPAddress(IPv4);
  } else if (IP_IS_V6(address)) {
    uint8_t zone = 0;
#if LWIP_IPV6_SCOPES
    zone = ip6_addr_zone(ip_2_ip6(address));
#endif
    *this = IPAddress(IPv6, reinterpret_cast<const uint8_t *>(ip_2_ip6(address)->addr), zone);
  } else {
    *this = IPAddress(ip_2_ip4(address)->addr);
  }
  return *this;
}
