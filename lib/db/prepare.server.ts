import "server-only";

import { applyMigrations } from "./migrate.server";
import { seedIfEmpty } from "./seed-if-empty.server";

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
