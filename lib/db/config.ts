// Where the database is: DATABASE_URL when set, otherwise the embedded PostgreSQL the start scripts run.

export const EMBEDDED_DEFAULTS = {
  /** Below the ephemeral port range on every common system (lib/db/ports.ts says why that matters). */
  port: 25432,
  user: "postgres",
  password: "postgres",
  database: "directory",
  dataDir: ".data/postgres",
} as const;

export function embeddedPort(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.EMBEDDED_PG_PORT;
  if (raw === undefined || raw === "") return EMBEDDED_DEFAULTS.port;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number (1-65535), not "${raw}"`);
  }
  return port;
}

export function embeddedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ? `${env.DATA_DIR.replace(/\/$/, "")}/postgres` : EMBEDDED_DEFAULTS.dataDir;
}

export function embeddedDatabaseUrl(port = embeddedPort(), database: string = EMBEDDED_DEFAULTS.database): string {
  const { user, password } = EMBEDDED_DEFAULTS;
  return `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`;
}

/** The connection string every part of the product uses. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.length > 0 ? env.DATABASE_URL : embeddedDatabaseUrl(embeddedPort(env));
}
