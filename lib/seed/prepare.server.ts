import "server-only";

import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate.server";
import { loadSeed } from "./load.server";

/**
 * Makes a database ready to serve the directory, as `npm start` does: pending migrations applied, and the real
 * data loaded when it holds none yet. Reports what it did through `say`.
 */
export async function prepareDirectoryDatabase(url: string, say: (line: string) => void): Promise<void> {
  await applyMigrations(url, (line) => {
    if (/successfully applied|No pending migrations/i.test(line)) say(line.trim());
  });
  const seeded = await seedIfEmpty(url);
  say(seeded ? `loaded the real data: ${seeded}` : "the database already holds data; reusing it");
}

/**
 * Loads the real data set when the database holds no partnerships and no councils yet.
 * Returns a one-line summary of what was loaded, or null when the database already had data.
 */
async function seedIfEmpty(connectionString: string): Promise<string | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  let empty: boolean;
  try {
    const { rows } = await client.query<{ empty: boolean }>(
      "SELECT NOT EXISTS (SELECT 1 FROM partnership) AND NOT EXISTS (SELECT 1 FROM organisation) AS empty",
    );
    empty = rows[0]?.empty ?? false;
  } finally {
    await client.end();
  }
  if (!empty) return null;
  const report = await loadSeed({ connectionString });
  return `${report.councils} councils, ${report.partnerships} partnerships, ${report.savingsClaims} savings claims`;
}
