import type dns from "node:dns";
import type { LookupFunction } from "node:net";
import { AppError } from "@/lib/errors/app-error";
import { addressVerdict } from "./address-policy";

/** Parses a user-given address, refusing anything but plain http(s) URLs without credentials. */
export function parseWebAddress(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AppError("urlInvalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError("urlUnsupportedScheme", { scheme: url.protocol.replace(/:$/, "") });
  if (url.username || url.password) throw new AppError("urlInvalid");
  return url;
}

export interface AddressRules {
  allowPrivate: boolean;
  trustedAddresses: readonly string[];
  resolve: (hostname: string) => Promise<dns.LookupAddress[]>;
}

/** Resolves a URL's host and returns the address to connect to, refusing hosts with any address the rules forbid. */
export async function resolveAllowedAddress(url: URL, options: AddressRules): Promise<dns.LookupAddress> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: dns.LookupAddress[];
  try {
    addresses = await options.resolve(hostname);
  } catch {
    throw new AppError("urlUnresolvable", { host: hostname });
  }
  if (addresses.length === 0) throw new AppError("urlUnresolvable", { host: hostname });
  // Every address must pass, or a host could list a public address beside a private one.
  for (const { address } of addresses) {
    const verdict = addressVerdict(address);
    const trusted = options.trustedAddresses.includes(address);
    if (!trusted && (verdict === "forbidden" || (verdict === "private" && !options.allowPrivate))) {
      throw new AppError("urlPrivateAddress", { host: hostname });
    }
  }
  return addresses[0];
}

/** A lookup that answers with the address already checked, so the connection cannot be rebound elsewhere. */
export function pinnedLookup({ address, family }: dns.LookupAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}
