// npm run db:migrate
//
// Applies pending migrations (prisma/migrations) to DATABASE_URL, or to the embedded database that
// `npm run db:start` runs. `npm start` does the same before serving; this is for a server you run yourself.

import { databaseUrl } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate.server";

const url = databaseUrl();
try {
  await applyMigrations(url, (line) => console.log(line));
  const { host, port, pathname } = new URL(url);
  console.log(
    `migrations applied to the database ${pathname.slice(1)} on ${host || "localhost"}${port ? "" : ":5432"}`,
  );
} catch (error) {
  console.error((error as Error).message);
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set, so this used the embedded database: is `npm run db:start` running?");
  }
  process.exit(1);
}
