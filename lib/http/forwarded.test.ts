import { describe, expect, it } from "vitest";
import {
  addressKey,
  believeForwardedHeaders,
  forwardedView,
  type IncomingRequest,
  normaliseAddress,
  parseTrustProxy,
  TrustProxyError,
} from "./forwarded";

const request = (
  socketAddress: string,
  headers: IncomingRequest["headers"] = {},
  encrypted = false,
): IncomingRequest => ({ socketAddress, encrypted, headers: { host: "directory.example", ...headers } });

const spoofed = {
  "x-forwarded-for": "203.0.113.7",
  "x-forwarded-proto": "https",
  "x-forwarded-host": "evil.example",
};

describe("TRUST_PROXY", () => {
  it("trusts nobody by default", () => {
    for (const off of [undefined, "", "0", "off", "false"]) expect(parseTrustProxy(off)).toEqual({ kind: "none" });
  });

  it("takes a number of proxies, or their addresses and networks", () => {
    expect(parseTrustProxy("2")).toEqual({ kind: "hops", hops: 2 });
    const list = parseTrustProxy("10.0.0.5, 10.1.0.0/16, fd00::/8");
    expect(list.kind).toBe("addresses");
  });

  it("refuses values that would trust everyone, or are not addresses, naming the variable", () => {
    for (const bad of ["true", "*", "all", "10.0.0.0/33", "proxy.internal", "10.0.0.5/8/1", "11"]) {
      expect(() => parseTrustProxy(bad), bad).toThrow(TrustProxyError);
      expect(() => parseTrustProxy(bad), bad).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("who sent a request", () => {
  it("is the socket's peer, whatever the client claims, when no proxy is trusted", () => {
    const view = forwardedView(request("::ffff:198.51.100.4", spoofed), parseTrustProxy(undefined));
    expect(view).toEqual({ clientAddress: "198.51.100.4", protocol: "http", host: "directory.example" });
  });

  it("is the address the trusted proxy saw, with its protocol and host", () => {
    const viaProxy = request("10.0.0.5", {
      "x-forwarded-for": "198.51.100.99, 203.0.113.7",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "directory.example.gov.uk",
    });
    const expected = { clientAddress: "203.0.113.7", protocol: "https", host: "directory.example.gov.uk" };
    expect(forwardedView(viaProxy, parseTrustProxy("1"))).toEqual(expected);
    expect(forwardedView(viaProxy, parseTrustProxy("10.0.0.0/8"))).toEqual(expected);
  });

  it("believes a trusted proxy's X-Forwarded-Proto even when it sends no X-Forwarded-For", () => {
    const bare = request("10.0.0.5", { "x-forwarded-proto": "https" });
    for (const trust of ["1", "10.0.0.5"])
      expect(forwardedView(bare, parseTrustProxy(trust))).toEqual({
        clientAddress: "10.0.0.5",
        protocol: "https",
        host: "directory.example",
      });
  });

  it("walks back through every trusted proxy, and stops at the first it does not trust", () => {
    const chain = request("10.0.0.5", { "x-forwarded-for": "198.51.100.99, 203.0.113.7, 10.0.0.9" });
    expect(forwardedView(chain, parseTrustProxy("10.0.0.0/8")).clientAddress).toBe("203.0.113.7");
    expect(forwardedView(chain, parseTrustProxy("2")).clientAddress).toBe("203.0.113.7");
    expect(forwardedView(chain, parseTrustProxy("1")).clientAddress).toBe("10.0.0.9");
  });

  it("ignores forwarded headers from a peer that is not a trusted proxy", () => {
    const direct = request("198.51.100.4", spoofed);
    expect(forwardedView(direct, parseTrustProxy("10.0.0.0/8"))).toEqual({
      clientAddress: "198.51.100.4",
      protocol: "http",
      host: "directory.example",
    });
  });

  it("never takes something that is not an address for the client", () => {
    const junk = request("10.0.0.5", { "x-forwarded-for": "<script>, unknown" });
    expect(forwardedView(junk, parseTrustProxy("3")).clientAddress).toBe("10.0.0.5");
  });

  it("rewrites the request's forwarded headers to what it believes, adding HSTS only over https", () => {
    const direct = request("::ffff:198.51.100.4", {
      ...spoofed,
      "x-real-ip": "203.0.113.8",
      "x-forwarded-port": "443",
    });
    expect(believeForwardedHeaders(direct, parseTrustProxy(undefined))).toEqual({});
    expect(direct.headers).toEqual({
      host: "directory.example",
      "x-forwarded-for": "198.51.100.4",
      "x-forwarded-proto": "http",
      "x-forwarded-host": "directory.example",
    });

    const viaProxy = request("10.0.0.5", spoofed);
    const added = believeForwardedHeaders(viaProxy, parseTrustProxy("1"));
    expect(added).toEqual({ "Strict-Transport-Security": expect.stringMatching(/^max-age=\d{7,}/) });
    expect(viaProxy.headers).toMatchObject({ "x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https" });
  });

  it("reports https for a TLS socket even with no proxy", () => {
    expect(forwardedView(request("198.51.100.4", {}, true), parseTrustProxy(undefined)).protocol).toBe("https");
  });
});

describe("addresses as the limits count them", () => {
  it("writes IPv4-mapped IPv6 as IPv4 and accepts proxies' bracketed and port forms", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normaliseAddress("not-an-address")).toBeNull();
  });

  it("counts an IPv6 client by its /64, since one subscriber holds the whole network", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe(addressKey("2001:db8:1:2::9"));
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
    expect(addressKey("192.0.2.1")).toBe("192.0.2.1");
  });
});
