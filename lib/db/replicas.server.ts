// The streaming replicas DATABASE_REPLICA_URL names, and which of them may answer reads now. A replica answers
// while it has the primary's data version, or lacks only versions the primary reached less than
// REPLICA_MAX_LAG_SECONDS ago; one
// that cannot be reached, or lags longer, is left out until it catches up, and with none left the primary
// answers every read. Checked every CHECK_MS by each web instance (two one-row queries per server).
//
// Not marked `import "server-only"`: the web server loads it outside Next.js's bundle.

import { databaseUrl } from "./config";
import { readDataVersion } from "./data-version.server";
import { maxReplicaLagMs, type ReadTarget, replicaUrls } from "./read-routing";

const CHECK_MS = 1_000;

export type ReplicaHealth = {
  url: string;
  /** Whether it answers reads now. */
  serving: boolean;
  version: string | null;
  /** Since when the primary has had data this replica lacks (ms since the epoch), or null. */
  behindSince: number | null;
  problem: string | null;
};

type Replicas = {
  health: ReplicaHealth[];
  /** The primary's versions as they were first seen, oldest first. */
  primarySeen: { version: bigint; at: number }[];
  next: number;
  timer: NodeJS.Timeout | null;
};
const globalReplicas = globalThis as unknown as { directoryReplicas?: Replicas };

function replicas(): Replicas {
  if (!globalReplicas.directoryReplicas) {
    const health = replicaUrls().map((url): ReplicaHealth => ({
      url,
      serving: false,
      version: null,
      behindSince: null,
      problem: "not checked yet",
    }));
    const state: Replicas = { health, primarySeen: [], next: 0, timer: null };
    globalReplicas.directoryReplicas = state;
    if (health.length > 0) {
      void checkReplicas();
      state.timer = setInterval(() => void checkReplicas(), CHECK_MS);
      state.timer.unref();
    }
  }
  return globalReplicas.directoryReplicas;
}

/** Whether any replica is configured at all. */
export function hasReplicas(): boolean {
  return replicas().health.length > 0;
}

/** One round of checks: each replica's version against the primary's. */
export async function checkReplicas(now: () => number = Date.now): Promise<ReplicaHealth[]> {
  const { health, primarySeen } = replicas();
  const maxLag = maxReplicaLagMs();
  let primary: bigint | null = null;
  try {
    primary = BigInt(await readDataVersion(databaseUrl()));
    if (primarySeen.at(-1)?.version !== primary) primarySeen.push({ version: primary, at: now() });
    while (primarySeen.length > 1 && now() - primarySeen[1]!.at > 2 * maxLag + 60_000) primarySeen.shift();
  } catch {
    // The primary cannot be asked: replicas that answer keep answering (reads go on while it is away).
  }
  await Promise.all(
    health.map(async (replica) => {
      try {
        const version = BigInt(await readDataVersion(replica.url));
        replica.version = version.toString();
        replica.problem = null;
        // Behind since the primary first had a version this replica has not reached.
        replica.behindSince =
          primary === null || version >= primary
            ? null
            : (primarySeen.find((seen) => seen.version > version)?.at ?? now());
        const lag = replica.behindSince === null ? 0 : now() - replica.behindSince;
        replica.serving = lag <= maxLag;
        if (!replica.serving) replica.problem = `behind the primary for ${Math.round(lag / 1000)} s`;
      } catch (error) {
        replica.serving = false;
        replica.problem = error instanceof Error ? error.message : String(error);
      }
    }),
  );
  return health;
}

/** Where a request that may read from a replica reads from: the serving replicas in turn, else the primary. */
export function replicaReadTarget(): ReadTarget {
  const state = replicas();
  const serving = state.health.filter((replica) => replica.serving);
  if (serving.length === 0) return { kind: "primary" };
  state.next = (state.next + 1) % serving.length;
  return { kind: "replica", url: serving[state.next]!.url };
}

/** The replicas as last checked (for the health report and the logs). */
export function replicaHealth(): readonly ReplicaHealth[] {
  return replicas().health;
}
