// Ports for the embedded database. A database port must lie outside the range the operating system hands out
// for outgoing connections: while nothing listens on a port inside it, a client retrying 127.0.0.1:port can be
// given that very port as its own source port and connect to itself (TCP simultaneous open), and then holds
// the port so PostgreSQL cannot bind it again. See docs/decisions/009-supervised-embedded-database.md.

import { readFileSync } from "node:fs";
import net from "node:net";

export interface PortRange {
  low: number;
  high: number;
}

/** The range outgoing connections take their source ports from (Linux's setting; the platform default elsewhere). */
export function ephemeralPortRange(
  readSetting: () => string = () => readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8"),
  platform: NodeJS.Platform = process.platform,
): PortRange {
  if (platform === "linux") {
    try {
      const [low, high] = readSetting().trim().split(/\s+/).map(Number);
      if (Number.isInteger(low) && Number.isInteger(high) && low! > 0 && high! >= low!)
        return { low: low!, high: high! };
    } catch {
      // No /proc (a restricted container): Linux's default below.
    }
    return { low: 32768, high: 60999 };
  }
  // macOS, the BSDs and Windows use IANA's dynamic range.
  return { low: 49152, high: 65535 };
}

export function isEphemeralPort(port: number, range: PortRange = ephemeralPortRange()): boolean {
  return port >= range.low && port <= range.high;
}

/** Resolves true when nothing listens on host:port. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, host);
  });
}

/**
 * A free port for a throwaway cluster (tests, tools): chosen at random below the ephemeral range, so it has the
 * same protection as the default port, and checked free on 127.0.0.1.
 */
export async function freePort(range: PortRange = ephemeralPortRange()): Promise<number> {
  const low = 20_000;
  const high = Math.min(range.low - 1, 32_767);
  const candidates = high > low ? { low, high } : { low: range.high + 1, high: 65_535 };
  if (candidates.high <= candidates.low) throw new Error("every unprivileged port is in the ephemeral range");
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = candidates.low + Math.floor(Math.random() * (candidates.high - candidates.low + 1));
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port between ${candidates.low} and ${candidates.high}`);
}
