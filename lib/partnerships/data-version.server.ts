import "server-only";

import { rowsOf, type SqlConnection } from "@/lib/db/query.server";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The version of the published data as the server behind `db` sees it: the `data_version` row a trigger raises
 * on every change to a published table, in the change's own transaction (docs/decisions/021). A value cached at
 * an older version is out of date, whoever made the change (the one writer, the seed, an import, a hand-written
 * statement). One primary-key lookup; every web instance reading the same database sees the same version.
 */
export async function dataVersion(db: SqlConnection): Promise<number> {
  const [row] = await rowsOf<{ version: number }>(
    db,
    Prisma.sql`SELECT version::float8 AS version FROM data_version WHERE id`,
  );
  return row?.version ?? 0;
}
