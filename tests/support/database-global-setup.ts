// Gives the integration tests a PostgreSQL server to make throwaway databases on:
// the server named by DATABASE_URL when it is set, otherwise an embedded cluster in a temporary folder.

import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { freePort } from "@/lib/db/ports";

function adminUrlFor(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE_ADMIN_URL) return async () => {};
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_ADMIN_URL = adminUrlFor(process.env.DATABASE_URL);
    console.log(
      `[integration] throwaway databases on the server at DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`,
    );
    return async () => {};
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "directory-test-db-"));
  // When tests run as root, PostgreSQL runs as the "postgres" user, which must be able to reach the folder.
  await chmod(dir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir: path.join(dir, "postgres"), port: await freePort() });
  process.env.TEST_DATABASE_ADMIN_URL = database.adminUrl;
  console.log(`[integration] throwaway databases on an embedded PostgreSQL (port ${database.port})`);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
