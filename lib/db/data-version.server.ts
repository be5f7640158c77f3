// The version of the published data (the data_version row a trigger raises on every change, in the change's own
// transaction — docs/decisions/021-replicas-and-the-data-version.md), as each server the directory reads from
// sees it. Responses are validated by it (ETag) and anything cached in memory follows it.
//
// Each server's version is remembered for at most VERSION_TTL_MS; the primary's is forgotten the moment any
// web instance changes the data (the trigger's pg_notify, heard through one LISTEN connection per process).
// A version is always read from the server that then answers the request, before the answer is read: the data
// sent can be newer than the version it is labelled with (a client then asks once more), never older.
//
// Not marked `import "server-only"`: the web server loads it outside Next.js's bundle.

import pg from "pg";
import { databaseUrl } from "./config";
import { poolFor } from "./pool.server";
import { poolSettings } from "./pool-settings";

const VERSION_TTL_MS = 1_000;
export const DATA_VERSION_CHANNEL = "directory_data_version";

type Remembered = { version: string; at: number; reading?: Promise<string> };
type ChangeListener = () => void;

const globalVersions = globalThis as unknown as {
  directoryDataVersions?: {
    remembered: Map<string, Remembered>;
    listeners: Set<ChangeListener>;
    listening: boolean;
  };
};
const state = (globalVersions.directoryDataVersions ??= {
  remembered: new Map(),
  listeners: new Set(),
  listening: false,
});

/** Reads the version straight from the server at `connectionString`. */
export async function readDataVersion(connectionString: string): Promise<string> {
  const { rows } = await poolFor(connectionString).query<{ version: string }>(
    "SELECT version::text AS version FROM data_version",
  );
  if (!rows[0]) throw new Error("the data_version row is missing: are the migrations applied?");
  return rows[0].version;
}

/** The data version of the server at `connectionString`, remembered briefly. */
export function dataVersionOf(connectionString: string): Promise<string> {
  listenForChanges();
  const now = Date.now();
  const known = state.remembered.get(connectionString);
  if (known && now - known.at < VERSION_TTL_MS) return Promise.resolve(known.version);
  if (known?.reading) return known.reading;
  // One reading at a time per server, however many requests ask at once.
  const reading = readDataVersion(connectionString).then(
    (version) => {
      state.remembered.set(connectionString, { version, at: Date.now() });
      return version;
    },
    (error: unknown) => {
      state.remembered.delete(connectionString);
      throw error;
    },
  );
  state.remembered.set(connectionString, { version: known?.version ?? "", at: 0, reading });
  return reading;
}

/** Forgets every remembered version and tells whoever cached something by it. */
export function dataChanged(): void {
  state.remembered.clear();
  for (const listener of state.listeners) listener();
}

/** Calls `listener` whenever the data changes (through any web instance); returns how to stop. */
export function onDataChange(listener: ChangeListener): () => void {
  listenForChanges();
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

/** One connection to the primary per process, LISTENing for the trigger's notification; reconnects when lost. */
function listenForChanges(): void {
  if (state.listening || process.env.DIRECTORY_LISTEN_FOR_CHANGES === "0") return;
  state.listening = true;
  const connect = () => {
    const client = new pg.Client(poolSettings(databaseUrl(), 1));
    let retried = false;
    const retry = () => {
      if (retried) return;
      retried = true;
      client.end().catch(() => {});
      // While not listening, versions are remembered no longer than VERSION_TTL_MS anyway.
      dataChanged();
      setTimeout(connect, 5_000).unref();
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", () => dataChanged());
    client
      .connect()
      .then(() => client.query(`LISTEN ${DATA_VERSION_CHANNEL}`))
      .then(() => {
        // Not holding the process open: the web server and command-line tools end when their work does.
        (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      })
      .catch(retry);
  };
  connect();
}
