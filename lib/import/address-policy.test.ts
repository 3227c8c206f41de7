import { describe, expect, it } from "vitest";
import { addressVerdict, privateUrlsAllowed } from "./address-policy";

describe("addressVerdict", () => {
  it.each([
    "93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e",
    "::ffff:8.8.8.8", "2002:0808:0808::1", "64:ff9b::808:808",
  ])("%s is public", (address) => {
    expect(addressVerdict(address)).toBe("public");
  });

  it.each([
    ["loopback", "127.0.0.1"], ["loopback", "127.255.0.9"], ["private", "10.1.2.3"], ["private", "172.16.0.1"],
    ["private", "172.31.255.255"], ["private", "192.168.1.1"], ["link-local", "169.254.1.1"], ["CGNAT", "100.64.0.1"],
    ["CGNAT", "100.127.255.254"], ["documentation", "192.0.2.10"], ["benchmarking", "198.18.5.5"],
    ["IPv6 loopback", "::1"], ["unique-local", "fc00::1"], ["unique-local", "fd12:3456::1"], ["link-local", "fe80::1"],
    ["link-local with zone", "fe80::1%eth0"], ["site-local", "fec0::1"], ["documentation", "2001:db8::1"], ["Teredo", "2001:0:4136:e378::1"],
    ["IPv4-mapped loopback", "::ffff:127.0.0.1"], ["IPv4-mapped in hex", "::ffff:7f00:1"], ["IPv4-mapped private", "::ffff:10.0.0.1"],
    ["IPv4-compatible loopback", "::127.0.0.1"], ["NAT64 private", "64:ff9b::a00:1"], ["6to4 private", "2002:c0a8:0101::1"],
  ])("%s %s is private", (_name, address) => {
    expect(addressVerdict(address)).toBe("private");
  });

  it.each([
    ["cloud metadata", "169.254.169.254"], ["AWS IPv6 metadata", "fd00:ec2::254"], ["mapped metadata", "::ffff:169.254.169.254"],
    ["Alibaba metadata", "100.100.100.200"], ["unspecified", "0.0.0.0"], ["this network", "0.1.2.3"], ["IPv6 unspecified", "::"],
    ["multicast", "224.0.0.1"], ["multicast", "239.255.255.250"], ["broadcast", "255.255.255.255"], ["reserved", "240.0.0.1"],
    ["IPv6 multicast", "ff02::1"], ["not an address", "localhost"], ["mapped unspecified", "::ffff:0.0.0.0"],
  ])("%s %s is forbidden", (_name, address) => {
    expect(addressVerdict(address)).toBe("forbidden");
  });
});

describe("privateUrlsAllowed", () => {
  it("is off unless SELARAS_ALLOW_PRIVATE_URLS is exactly 1", () => {
    expect(privateUrlsAllowed({})).toBe(false);
    expect(privateUrlsAllowed({ SELARAS_ALLOW_PRIVATE_URLS: "true" })).toBe(false);
    expect(privateUrlsAllowed({ SELARAS_ALLOW_PRIVATE_URLS: "1" })).toBe(true);
  });
});
