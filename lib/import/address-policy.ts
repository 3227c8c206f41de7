import { BlockList, isIP } from "node:net";

/** `public`: fetch it. `private`: only when private addresses are allowed. `forbidden`: never. */
export type AddressVerdict = "public" | "private" | "forbidden";

function blockList(ipv4: string[], ipv6: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of ipv4) list.addSubnet(cidr.split("/")[0], Number(cidr.split("/")[1]), "ipv4");
  for (const cidr of ipv6) list.addSubnet(cidr.split("/")[0], Number(cidr.split("/")[1]), "ipv6");
  return list;
}

// Never useful to a reader, even on an intranet: "this host", multicast, broadcast and
// the cloud metadata services (AWS, GCP, Azure, Oracle at 169.254.169.254; AWS IPv6; Alibaba).
const FORBIDDEN = blockList(
  ["0.0.0.0/8", "224.0.0.0/4", "240.0.0.0/4", "169.254.169.254/32", "100.100.100.200/32"],
  ["::/128", "ff00::/8", "fd00:ec2::254/128"],
);

// Loopback, private networks, link-local, CGNAT, and ranges reserved for documentation,
// benchmarks and protocols (RFC 6890); IPv6 loopback, unique-local, link- and site-local.
const PRIVATE = blockList(
  [
    "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
    "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
  ],
  ["::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "100::/64", "2001::/23", "2001:db8::/32", "64:ff9b:1::/48"],
);

/** The eight 16-bit groups of a valid IPv6 address, zone dropped and a dotted IPv4 tail converted. */
function hextets(address: string): number[] {
  let text = address.split("%")[0].toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...fill, ...right].map((group) => Number.parseInt(group, 16));
}

const toIPv4 = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");

/**
 * The IPv4 address an IPv6 address carries and would reach: IPv4-mapped (::ffff:a.b.c.d),
 * IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
 */
function embeddedIPv4(address: string): string | undefined {
  const h = hextets(address);
  const zeros = (from: number, to: number) => h.slice(from, to).every((group) => group === 0);
  if (zeros(0, 5) && h[5] === 0xffff) return toIPv4(h[6], h[7]);
  if (zeros(0, 6) && (h[6] !== 0 || h[7] > 1)) return toIPv4(h[6], h[7]);
  if (h[0] === 0x64 && h[1] === 0xff9b && zeros(2, 6)) return toIPv4(h[6], h[7]);
  if (h[0] === 0x2002) return toIPv4(h[1], h[2]);
  return undefined;
}

/** Classifies an IP address a URL resolved to; anything that is not an IP address is forbidden. */
export function addressVerdict(address: string): AddressVerdict {
  const version = isIP(address.split("%")[0]);
  if (version === 0) return "forbidden";
  if (version === 6) {
    const ipv4 = embeddedIPv4(address);
    if (ipv4) return addressVerdict(ipv4);
  }
  const type = version === 4 ? "ipv4" : "ipv6";
  const plain = address.split("%")[0];
  if (FORBIDDEN.check(plain, type)) return "forbidden";
  if (PRIVATE.check(plain, type)) return "private";
  return "public";
}

/**
 * SELARAS_ALLOW_PRIVATE_URLS=1 lets URL imports reach private and loopback addresses
 * (an intranet, a local test server). Off by default; metadata addresses stay refused.
 */
export function privateUrlsAllowed(env: Record<string, string | undefined> = process.env): boolean {
  return env.SELARAS_ALLOW_PRIVATE_URLS === "1";
}
