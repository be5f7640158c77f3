import "server-only";

import pg from "pg";
import { loadSeed } from "@/lib/seed";

/**
 * Loads the real data set when the database holds no partnerships and no councils yet.
 * Returns a one-line summary of what was loaded, or null when the database already had data.
 */
export async function seedIfEmpty(connectionString: string): Promise<string | null> {
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
