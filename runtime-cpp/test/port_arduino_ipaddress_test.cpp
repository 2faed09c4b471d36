// IPAddress (core 3.x flavour) on the PC port: v4 and v6 parsing and printing, comparisons, byte
// access, and the round trip through lwIP's ip_addr_t.
#include <doctest/doctest.h>

#include "Arduino.h"
#include "lwip/ip_addr.h"

TEST_CASE("IPv4: construction, printing, bytes and uint32_t in network order") {
  IPAddress a(10, 0, 2, 15);
  CHECK(a.type() == IPv4);
  CHECK(a.toString() == "10.0.2.15");
  CHECK(a[0] == 10);
  CHECK(a[3] == 15);
  uint32_t raw = a;
  CHECK(raw == PP_HTONL(LWIP_MAKEU32(10, 0, 2, 15)));
  CHECK(IPAddress(raw) == a);
  IPAddress b;
  CHECK(b.fromString("192.168.1.200"));
  CHECK(b == IPAddress(192, 168, 1, 200));
  CHECK(b != a);
  CHECK_FALSE(b.fromString("300.1.1.1"));
  CHECK_FALSE(b.fromString("hello"));
  const uint8_t bytes[] = {127, 0, 0, 1};
  CHECK(IPAddress(bytes) == bytes);
  CHECK(IPAddress().toString() == "0.0.0.0");
}

TEST_CASE("IPv6: parsing, RFC 5952 printing, zones and equality") {
  IPAddress a;
  REQUIRE(a.fromString("FEC0:0:0:0:0:0:0:15"));
  CHECK(a.type() == IPv6);
  CHECK(a.toString() == "fec0::15");
  CHECK(static_cast<uint32_t>(a) == 0);
  IPAddress b("fe80::1%2");
  CHECK(b.type() == IPv6);
  CHECK(b.zone() == 2);
  CHECK(b.toString() == "fe80::1");
  CHECK(b.toString(true) == "fe80::1%2");
  CHECK(IPAddress("::1") == IPAddress(IPv6, IPAddress("::1").raw_address()));
  CHECK(IPAddress("::1") != IPAddress(127, 0, 0, 1));
  CHECK(IN6ADDR_ANY.toString() == "::");
}

TEST_CASE("round trip through lwIP's ip_addr_t keeps type, bytes and zone") {
  ip_addr_t v4;
  IPAddress(10, 0, 2, 2).to_ip_addr_t(&v4);
  CHECK(IP_IS_V4(&v4));
  CHECK(ip4_addr_get_u32(ip_2_ip4(&v4)) == PP_HTONL(LWIP_MAKEU32(10, 0, 2, 2)));
  CHECK(IPAddress(&v4) == IPAddress(10, 0, 2, 2));

  ip_addr_t v6;
  IPAddress("fec0::2").to_ip_addr_t(&v6);
  CHECK(IP_IS_V6(&v6));
  ip_addr_t expected;
  REQUIRE(ipaddr_aton("fec0::2", &expected));
  CHECK(ip6_addr_cmp_zoneless(ip_2_ip6(&v6), ip_2_ip6(&expected)));
  IPAddress back;
  back.from_ip_addr_t(&v6);
  CHECK(back.toString() == "fec0::2");
}

TEST_CASE("IPAddress is Printable") {
  struct Capture : Print {
    std::string text;
    size_t write(uint8_t c) override {
      text += static_cast<char>(c);
      return 1;
    }
  } out;
  out.print(IPAddress(1, 2, 3, 4));
  out.print(' ');
  out.println(IPAddress("2001:db8::1"));
  CHECK(out.text == "1.2.3.4 2001:db8::1\r\n");
}
