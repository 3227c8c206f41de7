import type dns from "node:dns";
import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/errors/refusal";
import { parseWebAddress, pinnedLookup, resolveAllowedAddress, type AddressRules } from "./web-address";

const resolvingTo = (...addresses: string[]): AddressRules["resolve"] => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const rules = (overrides: Partial<AddressRules>): AddressRules => ({ allowPrivate: false, trustedAddresses: [], resolve: resolvingTo("93.184.216.34"), ...overrides });

describe("parseWebAddress", () => {
  it("accepts http and https URLs", () => {
    expect(parseWebAddress("  https://www.tempo.co/dunia?id=1#a ").href).toBe("https://www.tempo.co/dunia?id=1#a");
    expect(parseWebAddress("http://[::1]:8080/").hostname).toBe("[::1]");
  });

  it.each([
    ["tempo.co/dunia", "urlInvalid"],
    ["https://budi:rahasia@tempo.co/", "urlInvalid"],
    ["file:///etc/passwd", "urlUnsupportedScheme"],
    ["data:text/html,<p>x</p>", "urlUnsupportedScheme"],
    ["gopher://tempo.co/", "urlUnsupportedScheme"],
  ])("refuses %s", async (raw, code) => {
    expect((await refusal(() => parseWebAddress(raw))).code).toBe(code);
  });
});

describe("resolveAllowedAddress", () => {
  const url = new URL("https://berita.test/");

  it("returns the first address of a public host", async () => {
    expect(await resolveAllowedAddress(url, rules({ resolve: resolvingTo("93.184.216.34", "2606:2800:220:1::") }))).toEqual({ address: "93.184.216.34", family: 4 });
  });

  it("refuses a host with any private address unless private addresses are allowed or it is trusted", async () => {
    const resolve = resolvingTo("93.184.216.34", "10.0.0.5");
    expect((await refusal(() => resolveAllowedAddress(url, rules({ resolve })))).params).toEqual({ host: "berita.test" });
    await expect(resolveAllowedAddress(url, rules({ resolve, allowPrivate: true }))).resolves.toBeTruthy();
    await expect(resolveAllowedAddress(url, rules({ resolve, trustedAddresses: ["10.0.0.5"] }))).resolves.toBeTruthy();
  });

  it("refuses metadata addresses even when private addresses are allowed", async () => {
    const error = await refusal(() => resolveAllowedAddress(url, rules({ resolve: resolvingTo("169.254.169.254"), allowPrivate: true })));
    expect(error.code).toBe("urlPrivateAddress");
  });

  it("reports a host that does not resolve, or resolves to nothing", async () => {
    const failing = async (): Promise<dns.LookupAddress[]> => {
      throw new Error("ENOTFOUND");
    };
    expect((await refusal(() => resolveAllowedAddress(url, rules({ resolve: failing })))).code).toBe("urlUnresolvable");
    expect((await refusal(() => resolveAllowedAddress(url, rules({ resolve: resolvingTo() })))).code).toBe("urlUnresolvable");
  });
});

describe("pinnedLookup", () => {
  it("answers every lookup with the checked address, in both calling styles", () => {
    const lookup = pinnedLookup({ address: "93.184.216.34", family: 4 });
    const answers: unknown[] = [];
    lookup("elsewhere.test", {}, (_error, address, family) => answers.push([address, family]));
    lookup("elsewhere.test", { all: true } as never, (_error, addresses) => answers.push(addresses));
    expect(answers).toEqual([["93.184.216.34", 4], [{ address: "93.184.216.34", family: 4 }]]);
  });
});
