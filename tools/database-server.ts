// The directory's database server for the command-line tools that work beside its own database (the synthetic
// data generator, the search benchmark): DATABASE_URL's server, or else the embedded PostgreSQL, started for
// the run when it is not already running (and stopped again by `stop`).

import path from "node:path";
import { databaseUrl, EMBEDDED_DEFAULTS, embeddedDataDir, embeddedDatabaseUrl, embeddedPort } from "@/lib/db/config";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { portIsFree } from "@/lib/db/ports";

export interface DatabaseServer {
  /** Connection string of the server's maintenance database. */
  adminUrl: string;
  /** The directory's own database on that server. */
  directoryDatabase: string;
  /** Connection string of another database on the same server. */
  urlOf(database: string): string;
  /** Stops the embedded database when this call started it; otherwise does nothing. */
  stop(): Promise<void>;
}

/** The connection string of another database on the same server. */
export function databaseUrlOn(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function openDatabaseServer(say: (line: string) => void): Promise<DatabaseServer> {
  const on = (adminUrl: string, directoryDatabase: string, stop: () => Promise<void> = async () => {}) => ({
    adminUrl,
    directoryDatabase,
    urlOf: (database: string) => databaseUrlOn(adminUrl, database),
    stop,
  });
  if (process.env.DATABASE_URL) {
    const url = databaseUrl();
    say(`on the server at DATABASE_URL (${new URL(url).host})`);
    return on(databaseUrlOn(url, "postgres"), decodeURIComponent(new URL(url).pathname.slice(1)));
  }
  const port = embeddedPort();
  if (!(await portIsFree(port))) {
    say(`on the embedded database already running on port ${port}`);
    return on(embeddedDatabaseUrl(port, "postgres"), EMBEDDED_DEFAULTS.database);
  }
  const started = Date.now();
  const embedded = await startEmbeddedDatabase({ dataDir: embeddedDataDir(), port });
  say(
    `started the embedded database in ${path.relative(process.cwd(), embedded.dataDir) || embedded.dataDir} on port ${port} ` +
      `(${Date.now() - started} ms); it stops at the end`,
  );
  return on(embedded.adminUrl, EMBEDDED_DEFAULTS.database, () => embedded.stop());
}
