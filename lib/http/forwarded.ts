// Who sent a request, and over what. The web server (scripts/web-server.ts) serves HTTP itself, so by default
// the client is the socket's peer and every X-Forwarded-* header a client sends is thrown away: otherwise anyone
// could claim a new address with each request and walk round the per-address limits. TRUST_PROXY names the
// proxies in front of the directory whose X-Forwarded-For, -Proto and -Host may be believed:
//
//   unset, 0, off        none (the default)
//   1, 2, …              that many proxies, the nearest being the socket's peer
//   10.0.0.5,10.1.0.0/16 proxies at these addresses or networks (IPv4 or IPv6, comma-separated)
//
// Pure; unit-tested beside it.

import { BlockList, isIP } from "node:net";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; trusted: BlockList };

export class TrustProxyError extends Error {}

const MAX_HOPS = 10;

export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = (raw ?? "").trim();
  if (value === "" || /^(0|false|no|off)$/i.test(value)) return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_HOPS) throw new TrustProxyError(`TRUST_PROXY=${value}: at most ${MAX_HOPS} proxies`);
    return { kind: "hops", hops };
  }
  if (/^(true|yes|on|all|\*)$/i.test(value)) {
    throw new TrustProxyError(
      `TRUST_PROXY=${value} would believe any client's X-Forwarded-For. Give the number of proxies in front of ` +
        `the directory (e.g. TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.1.0.0/16).`,
    );
  }
  const trusted = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim())) {
    const [address = "", bits, ...rest] = entry.split("/");
    const family = isIP(address);
    const maxBits = family === 6 ? 128 : 32;
    const prefix = bits === undefined ? maxBits : /^\d+$/.test(bits) ? Number(bits) : NaN;
    if (!family || rest.length > 0 || !(prefix >= 0 && prefix <= maxBits)) {
      throw new TrustProxyError(
        `TRUST_PROXY: "${entry}" is not an IP address or network (e.g. 10.0.0.5, 10.1.0.0/16 or fd00::/8)`,
      );
    }
    trusted.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "addresses", trusted };
}

/** An address as the limits count it: IPv4-mapped IPv6 written as IPv4, IPv6 lower-cased; null if not an address. */
export function normaliseAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return address.toLowerCase();
  return null;
}

function isTrusted(trust: TrustProxy & { kind: "addresses" }, address: string): boolean {
  return trust.trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

function headerList(value: string | string[] | undefined): string[] {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export interface IncomingRequest {
  /** The socket's peer, as Node gives it (e.g. "::ffff:127.0.0.1"). */
  socketAddress: string | undefined;
  /** True when the socket itself is TLS. */
  encrypted: boolean;
  headers: Record<string, string | string[] | undefined>;
}

export interface ForwardedView {
  /** The client's address; "unknown" only when the socket has none (it was already closed). */
  clientAddress: string;
  protocol: "http" | "https";
  /** The host the client asked for. */
  host: string | null;
}

/** What the directory believes about a request: the client, the protocol and the host. */
export function forwardedView(request: IncomingRequest, trust: TrustProxy): ForwardedView {
  const socket = normaliseAddress(request.socketAddress);
  const ownProtocol = request.encrypted ? "https" : "http";
  const ownHost = typeof request.headers.host === "string" ? request.headers.host : null;
  if (trust.kind === "none" || !socket)
    return { clientAddress: socket ?? "unknown", protocol: ownProtocol, host: ownHost };

  // Each proxy appends the address it received the request from: the chain reads client, proxy, proxy, … socket.
  const chain = [...headerList(request.headers["x-forwarded-for"]).map(normaliseAddress), socket];
  let index = chain.length - 1;
  let proxies = 0;
  const isProxy = (address: string | null) =>
    trust.kind === "hops" ? proxies < trust.hops : address !== null && isTrusted(trust, address);
  while (isProxy(chain[index]!)) {
    proxies += 1;
    // A proxy that sent no X-Forwarded-For: the best known address is its own.
    if (index === 0) break;
    index -= 1;
  }
  // Whatever a client wrote further left is not an address a trusted proxy saw; stop at the last one that is.
  while (chain[index] === null) index += 1;
  if (proxies === 0) return { clientAddress: socket, protocol: ownProtocol, host: ownHost };

  // X-Forwarded-Proto and -Host: the value the outermost trusted proxy gave (most proxies set a single value).
  const pick = (name: string) => {
    const values = headerList(request.headers[name]);
    return values.length ? values[Math.max(0, values.length - proxies)]! : null;
  };
  const forwardedProtocol = pick("x-forwarded-proto")?.toLowerCase();
  return {
    clientAddress: chain[index]!,
    protocol: forwardedProtocol === "https" || forwardedProtocol === "http" ? forwardedProtocol : ownProtocol,
    host: pick("x-forwarded-host") ?? ownHost,
  };
}

/**
 * The key the per-address limits count under: an IPv4 address, or the /64 network of an IPv6 address (one
 * subscriber is usually given a whole /64, so counting single IPv6 addresses would not limit anyone).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/** Strict-Transport-Security for responses the client received over https: a year, this host only. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip"];

/**
 * Replaces whatever the client sent in the forwarded headers with what the directory believes, so everything
 * after (Next.js, route handlers, server actions) can read X-Forwarded-For, -Proto and -Host as facts. Returns
 * the response headers to add.
 */
export function believeForwardedHeaders(request: IncomingRequest, trust: TrustProxy): Record<string, string> {
  const view = forwardedView(request, trust);
  for (const name of FORWARDED_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = view.clientAddress;
  request.headers["x-forwarded-proto"] = view.protocol;
  if (view.host) request.headers["x-forwarded-host"] = view.host;
  return view.protocol === "https" ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {};
}
